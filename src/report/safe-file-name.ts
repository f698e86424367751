// File names from item codes that cannot escape the output folder: letters (CJK included),
// digits, '-', '_', '+' and single inner dots are kept; anything else becomes '_', Windows reserved
// names are prefixed, long names are cut by UTF-8 bytes (file systems count bytes, not characters),
// and a short SHA-256 suffix is added whenever the code was changed.

import { createHash } from 'node:crypto';

/** Windows device names (with or without an extension), checked on the sanitised name. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;
/** `-` and 8 hex digits. */
const HASH_SUFFIX_BYTES = 9;
/**
 * A stem's bytes (UTF-8), hash suffix included. A file name joins at most two stems and a short
 * extension (`<item>.<candidate>.csv`): 2 × 100 + 20 bytes stays under the 255-byte limit of ext4,
 * APFS and (counted in UTF-16 units, never more than UTF-8 bytes) NTFS.
 */
export const MAX_STEM_BYTES = 100;

function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
}

/** The longest prefix of `name` of at most `maxBytes` UTF-8 bytes, cut between code points (never inside a surrogate pair). */
function cutToBytes(name: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of name) {
    const size = Buffer.byteLength(char, 'utf8');
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += char.length;
  }
  return name.slice(0, end);
}

/**
 * A file-name stem for an item code: deterministic, never containing '/', '\\', '..', control
 * characters or a reserved device name, at most MAX_STEM_BYTES bytes as UTF-8. Unchanged codes
 * stay as they are; changed ones (sanitised, or cut) get `-` + 8 hex digits of the code's hash, so
 * two codes differing only in unsafe characters, or only after the cut, do not collide.
 */
export function safeFileName(itemCode: string): string {
  let name = itemCode
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\p{M}._+-]/gu, '_')
    .replace(/\.{2,}/g, '_')
    .replace(/^[.-]+|[.]+$/g, '_');
  if (RESERVED.test(name)) name = `_${name}`;
  if (name === '') name = '_';
  if (name === itemCode && Buffer.byteLength(name, 'utf8') <= MAX_STEM_BYTES) return name;
  return `${cutToBytes(name, MAX_STEM_BYTES - HASH_SUFFIX_BYTES)}-${shortHash(itemCode)}`;
}

/** The file name (no folder) of one diagram variant of an item, e.g. `X-001.original.svg`, `X-001.beforeAfter.svg`. */
export function diagramFileName(itemCode: string, variant: string): string {
  return `${safeFileName(itemCode)}.${safeFileName(variant)}.svg`;
}
