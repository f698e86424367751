// Bytes → text. Detection order: byte-order mark (UTF-8, UTF-16LE/BE, GB18030) → strict UTF-8 →
// GB18030 (a superset of GBK/GB2312, Excel's "CSV" on Chinese Windows), all through the built-in
// WHATWG TextDecoder (Node's full ICU). Bad bytes become U+FFFD, which the importer reports.

import type { Lang } from '../domain/index.js';
import type { RoleWord } from './read-type-word.js';

/** Encodings the importer reads (and, except `auto`, writes). */
export type EncodingName = 'auto' | 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'gbk';

/** Options of importFiles; `encoding` defaults to `auto` (BOM → strict UTF-8 → GB18030). */
export interface ImportOptions {
  encoding?: EncodingName;
  /** A centre's own type words (--roles FILE), read before the contract's table. */
  roleWords?: readonly RoleWord[];
  /** In workbooks (.xlsx, .xls), read only this sheet (`--sheet`); CSV files ignore it. */
  sheet?: string;
  /** The language of the diagnostics' messages (`--lang`); default zh-CN. */
  lang?: Lang;
}

/** Every accepted `--encoding` value; `auto` first. */
export const ENCODINGS: readonly EncodingName[] = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'gbk'];

/** The result of decoding one file. */
export interface DecodedText {
  /** The text without any byte-order mark. */
  text: string;
  /** The encoding used (detected or forced). */
  encoding: Exclude<EncodingName, 'auto'>;
}

const BOMS: readonly { encoding: Exclude<EncodingName, 'auto' | 'gbk'>; bytes: readonly number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'gb18030', bytes: [0x84, 0x31, 0x95, 0x33] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** The text of bytes that are valid UTF-8 (a leading U+FEFF kept), or null. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes a file's bytes. With `auto`, a byte-order mark decides; without one, bytes that are valid
 * UTF-8 are UTF-8 and anything else is GB18030. A forced encoding still drops its own BOM.
 * Never throws; undecodable bytes come out as U+FFFD.
 */
export function decodeText(bytes: Uint8Array, encoding: EncodingName = 'auto'): DecodedText {
  let chosen: Exclude<EncodingName, 'auto'>;
  let skip = 0;
  if (encoding === 'auto') {
    const bom = BOMS.find((b) => startsWith(bytes, b.bytes));
    if (bom) {
      chosen = bom.encoding;
      skip = bom.bytes.length;
    } else {
      // Valid UTF-8 is decoded once: the strict decoder's text is what the lenient one would give.
      const utf8 = strictUtf8(bytes);
      if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
      chosen = 'gb18030';
    }
  } else {
    chosen = encoding;
    const own = BOMS.find((b) => b.encoding === (encoding === 'gbk' ? 'gb18030' : encoding));
    if (own && startsWith(bytes, own.bytes)) skip = own.bytes.length;
  }
  // ignoreBOM keeps a U+FEFF that is not at the very start; the leading one was skipped above.
  const text = new TextDecoder(chosen, { ignoreBOM: true }).decode(bytes.subarray(skip));
  return { text, encoding: chosen };
}
