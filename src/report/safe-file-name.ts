// File names from item codes that cannot escape the output folder: letters (CJK included),
// digits, '-', '_', '+' and single inner dots are kept; anything else becomes '_', Windows reserved
// names are prefixed, and a short SHA-256 suffix is added whenever the code was changed.

import { createHash } from 'node:crypto';

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;
const MAX_LENGTH = 80;

function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
}

/**
 * A file-name stem for an item code: deterministic, never containing '/', '\\', '..', control
 * characters or a reserved device name, at most ~90 characters. Unchanged codes stay as they are;
 * changed ones get `-` + 8 hex digits of the code's hash, so two codes differing only in unsafe
 * characters do not collide.
 */
export function safeFileName(itemCode: string): string {
  let name = itemCode
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\p{M}._+-]/gu, '_')
    .replace(/\.{2,}/g, '_')
    .replace(/^[.-]+|[.]+$/g, '_');
  if (RESERVED.test(name)) name = `_${name}`;
  if ([...name].length > MAX_LENGTH) name = [...name].slice(0, MAX_LENGTH).join('');
  if (name === '') name = '_';
  return name === itemCode ? name : `${name}-${shortHash(itemCode)}`;
}

/** The file name (no folder) of one diagram variant of an item, e.g. `X-001.original.svg`, `X-001.beforeAfter.svg`. */
export function diagramFileName(itemCode: string, variant: string): string {
  return `${safeFileName(itemCode)}.${safeFileName(variant)}.svg`;
}
