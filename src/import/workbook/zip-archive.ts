// The parts of a zip archive (an .xlsx package), read safely: the central directory is read first
// (PKWARE APPNOTE 4.3.12, 4.3.16) and every declared size is checked against the limit before anything
// is inflated; each part is then inflated by node:zlib with its output capped at its declared size, so
// a part that inflates to more than it declares (a zip bomb that lies) is refused, not followed.

import { inflateRawSync } from 'node:zlib';
import type { WorkbookRefusal, ZipDamage } from '../../i18n/index.js';

/** What a workbook may unpack to: the sum of the declared sizes of the parts procopt reads. */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

/** A zip archive procopt will not read, and why (`refusal`, worded for the user by the import catalogue). */
export class ArchiveRefusal extends Error {
  constructor(
    readonly code: 'NOT_A_WORKBOOK' | 'ENCRYPTED_WORKBOOK' | 'WORKBOOK_TOO_LARGE',
    readonly refusal: WorkbookRefusal,
  ) {
    super(refusal.kind);
  }
}

interface Entry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** Whether bytes start like a zip archive (a local file header). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function corrupt(damage: ZipDamage): ArchiveRefusal {
  return new ArchiveRefusal('NOT_A_WORKBOOK', { kind: 'zip-damaged', damage });
}

/** The end-of-central-directory record: searched backwards over at most the 64 KiB comment. */
function findDirectory(bytes: Uint8Array): { count: number; offset: number } {
  const data = view(bytes);
  const last = bytes.length - 22;
  for (let i = last; i >= 0 && i >= last - 0xffff; i--) {
    if (data.getUint32(i, true) !== EOCD) continue;
    const count = data.getUint16(i + 10, true);
    const size = data.getUint32(i + 12, true);
    const offset = data.getUint32(i + 16, true);
    if (count === 0xffff || offset === 0xffffffff) {
      throw new ArchiveRefusal('WORKBOOK_TOO_LARGE', { kind: 'zip64' });
    }
    if (offset + size > i) throw corrupt({ kind: 'directory-outside' });
    return { count, offset };
  }
  throw corrupt({ kind: 'no-end-record' });
}

function readEntries(bytes: Uint8Array): Entry[] {
  const data = view(bytes);
  const { count, offset } = findDirectory(bytes);
  const decoder = new TextDecoder('utf-8');
  const entries: Entry[] = [];
  let at = offset;
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== CENTRAL) throw corrupt({ kind: 'entry', entry: k + 1 });
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: data.getUint16(at + 8, true),
      method: data.getUint16(at + 10, true),
      compressedSize: data.getUint32(at + 20, true),
      size: data.getUint32(at + 24, true),
      localHeader: data.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function inflate(bytes: Uint8Array, entry: Entry): Uint8Array {
  const data = view(bytes);
  const at = entry.localHeader;
  if (at + 30 > bytes.length || data.getUint32(at, true) !== LOCAL) throw corrupt({ kind: 'no-local-header', part: entry.name });
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt({ kind: 'part-past-end', part: entry.name });
  const packed = bytes.subarray(start, end);
  if (entry.method === STORED) {
    if (entry.compressedSize !== entry.size) throw corrupt({ kind: 'stored-sizes', part: entry.name });
    return packed;
  }
  let out: Buffer;
  try {
    // maxOutputLength makes zlib stop (and throw) past the declared size instead of following a bomb.
    out = inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.size) });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ArchiveRefusal('WORKBOOK_TOO_LARGE', { kind: 'part-bomb', part: entry.name, bytes: entry.size });
    }
    throw corrupt({ kind: 'inflate', part: entry.name, detail: error instanceof Error ? error.message : String(error) });
  }
  if (out.length !== entry.size) throw corrupt({ kind: 'inflated-size', part: entry.name, bytes: out.length, declared: entry.size });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/**
 * The parts of a zip archive whose names `wanted` accepts, unpacked. Checks the directory first:
 * an encrypted part, an unknown compression method, or declared sizes adding up to more than
 * `maxBytes` refuse the archive before anything is inflated.
 * @throws ArchiveRefusal (the only error it throws).
 */
export function unpackZip(bytes: Uint8Array, wanted: (name: string) => boolean, maxBytes: number = MAX_UNPACKED_BYTES): Map<string, Uint8Array> {
  const entries = readEntries(bytes).filter((e) => wanted(e.name));
  let total = 0;
  for (const entry of entries) {
    if ((entry.flags & 0x1) !== 0) {
      throw new ArchiveRefusal('ENCRYPTED_WORKBOOK', { kind: 'encrypted' });
    }
    if (entry.method !== STORED && entry.method !== DEFLATED) throw corrupt({ kind: 'method', part: entry.name, method: entry.method });
    total += entry.size;
  }
  if (total > maxBytes) {
    throw new ArchiveRefusal('WORKBOOK_TOO_LARGE', { kind: 'unpacks-too-large', mib: formatMiB(total), maxMib: formatMiB(maxBytes) });
  }
  const parts = new Map<string, Uint8Array>();
  for (const entry of entries) parts.set(entry.name, inflate(bytes, entry));
  return parts;
}

function formatMiB(bytes: number): string {
  return String(Math.round((bytes / (1024 * 1024)) * 10) / 10);
}
