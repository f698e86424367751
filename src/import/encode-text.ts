// Text → bytes for writing CSVs. UTF-8/UTF-16 by hand; GB18030/GBK by inverting Node's own
// WHATWG gb18030 decoder (Node has no such TextEncoder): 2-byte table decoded once, the BMP part of
// the 4-byte table only when a character needs it, supplementary planes by the GB18030 linear formula.

import type { EncodingName } from './decode-text.js';

/** Thrown when a character has no representation in the requested encoding (GBK only). */
export class UnencodableCharacterError extends Error {
  readonly character: string;
  constructor(character: string, encoding: string) {
    const cp = character.codePointAt(0) ?? 0;
    super(`character "${character}" (U+${cp.toString(16).toUpperCase().padStart(4, '0')}) cannot be written in ${encoding}`);
    this.name = 'UnencodableCharacterError';
    this.character = character;
  }
}

let twoByte: Map<number, number> | null = null;
let fourByteBmp: Map<number, number> | null = null;

/** Code point → 2-byte GBK sequence (lead << 8 | trail); the first sequence decoding to a code point wins. */
function twoByteTable(): Map<number, number> {
  if (twoByte) return twoByte;
  const table = new Map<number, number>();
  const decoder = new TextDecoder('gb18030');
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const s = decoder.decode(pair);
      const cp = s.codePointAt(0);
      if (s.length === 1 && cp !== undefined && cp !== 0xfffd && !table.has(cp)) table.set(cp, (lead << 8) | trail);
    }
  }
  twoByte = table;
  return table;
}

/** Code point → 4-byte linear index (0 … 39419) for BMP characters outside the 2-byte table. */
function fourByteBmpTable(): Map<number, number> {
  if (fourByteBmp) return fourByteBmp;
  const table = new Map<number, number>();
  const decoder = new TextDecoder('gb18030');
  const quad = new Uint8Array(4);
  // Linear index of 81 30 81 30 is 0; BMP code points stop at 84 31 A4 39 (index 39419).
  for (let index = 0; index <= 39419; index++) {
    writeFourByte(quad, 0, index);
    const s = decoder.decode(quad);
    const cp = s.codePointAt(0);
    if (s.length === 1 && cp !== undefined && cp !== 0xfffd && !table.has(cp)) table.set(cp, index);
  }
  fourByteBmp = table;
  return table;
}

function writeFourByte(out: Uint8Array, at: number, index: number): void {
  out[at + 3] = 0x30 + (index % 10);
  index = Math.floor(index / 10);
  out[at + 2] = 0x81 + (index % 126);
  index = Math.floor(index / 126);
  out[at + 1] = 0x30 + (index % 10);
  out[at] = 0x81 + Math.floor(index / 10);
}

function encodeGb(text: string, gbkOnly: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 4);
  let n = 0;
  const table = twoByteTable();
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) {
      out[n++] = cp;
      continue;
    }
    const pair = table.get(cp);
    if (pair !== undefined) {
      out[n++] = pair >> 8;
      out[n++] = pair & 0xff;
      continue;
    }
    if (gbkOnly || (cp >= 0xd800 && cp <= 0xdfff)) throw new UnencodableCharacterError(ch, gbkOnly ? 'GBK' : 'GB18030');
    if (cp >= 0x10000) {
      // GB18030 maps U+10000… linearly onto 90 30 81 30 (linear index 189000).
      writeFourByte(out, n, 189000 + cp - 0x10000);
      n += 4;
      continue;
    }
    const index = fourByteBmpTable().get(cp);
    if (index === undefined) throw new UnencodableCharacterError(ch, 'GB18030');
    writeFourByte(out, n, index);
    n += 4;
  }
  return out.slice(0, n);
}

function encodeUtf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const offset = bom ? 2 : 0;
  const out = new Uint8Array(offset + text.length * 2);
  const view = new DataView(out.buffer);
  if (bom) view.setUint16(0, 0xfeff, !bigEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(offset + 2 * i, text.charCodeAt(i), !bigEndian);
  return out;
}

function concat(prefix: readonly number[], body: Uint8Array): Uint8Array {
  const out = new Uint8Array(prefix.length + body.length);
  out.set(prefix, 0);
  out.set(body, prefix.length);
  return out;
}

/**
 * Encodes text for a CSV file. `bom` defaults to true for UTF-16 (Excel's "Unicode text" needs it)
 * and false otherwise; GB18030's BOM is 84 31 95 33, GBK has none. Throws UnencodableCharacterError
 * when a character cannot be written (GBK: anything outside its 2-byte table; lone surrogates).
 */
export function encodeText(text: string, encoding: Exclude<EncodingName, 'auto'>, bom?: boolean): Uint8Array {
  switch (encoding) {
    case 'utf-8': {
      const body = new TextEncoder().encode(text);
      return bom ? concat([0xef, 0xbb, 0xbf], body) : body;
    }
    case 'utf-16le':
      return encodeUtf16(text, false, bom ?? true);
    case 'utf-16be':
      return encodeUtf16(text, true, bom ?? true);
    case 'gb18030': {
      const body = encodeGb(text, false);
      return bom ? concat([0x84, 0x31, 0x95, 0x33], body) : body;
    }
    case 'gbk':
      return encodeGb(text, true);
  }
}
