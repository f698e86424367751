// Reads input files' bytes from disk; a file that cannot be read becomes an UNREADABLE_FILE diagnostic.
// Only regular files are read (a FIFO, a device such as /dev/zero or a folder would block or never
// end), and at most MAX_INPUT_BYTES of each: the file is opened without blocking, checked with
// fstat on the open descriptor (no race with a rename), then read in chunks up to the limit.

import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Diagnostic, Lang } from '../domain/index.js';
import { DEFAULT_LANG, IMPORT_TEXT, type UnreadableReason } from '../i18n/index.js';
import type { SourceFile } from './import-file.js';

/**
 * The most bytes read from one input file: 256 MiB. A file is decoded into one string, and V8's
 * longest string (2^29 − 24 UTF-16 units) would not hold a larger file of ASCII text; a real
 * catalogue file is a few MB (10 000 items are 19 MB of CSV).
 */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENAMETOOLONG: 'the name is too long',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ELOOP: 'too many symbolic links',
};

/** Why a file cannot be read, as a diagnostic's message ends: `no such file`, `it is a FIFO (named pipe), not a regular file`. */
export class UnreadableFileError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnreadableFileError';
  }
}

/** The first buffer for a file whose size fstat does not tell. */
const FIRST_CHUNK_BYTES = 1 << 16;

/** What a non-regular file is, for the message. */
function kindOf(stats: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (stats.isDirectory()) return 'it is a directory, not a file';
  if (stats.isFIFO()) return 'it is a FIFO (named pipe), not a regular file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'it is a device, not a regular file';
  if (stats.isSocket()) return 'it is a socket, not a regular file';
  return 'it is not a regular file';
}

function tooLarge(maxBytes: number): UnreadableFileError {
  return new UnreadableFileError(`it is larger than ${formatLimit(maxBytes)}, the most procopt reads from one file; split it`);
}

/** `256 MiB`, `1 KiB`, `100 bytes`. */
function formatLimit(bytes: number): string {
  if (bytes >= 1 << 20 && bytes % (1 << 20) === 0) return `${bytes / (1 << 20)} MiB`;
  if (bytes >= 1 << 10 && bytes % (1 << 10) === 0) return `${bytes / (1 << 10)} KiB`;
  return `${bytes} bytes`;
}

/**
 * Opens `path` for reading if it is a regular file: without blocking (a FIFO with no writer would
 * block open), then checked on the descriptor. The caller closes the descriptor.
 * @throws UnreadableFileError naming why (missing, a folder, a FIFO, a device, no permission).
 */
export function openRegularFile(path: string): number {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new UnreadableFileError(reasonOf(error));
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new UnreadableFileError(kindOf(stats));
    return fd;
  } catch (error) {
    closeSync(fd);
    throw error instanceof UnreadableFileError ? error : new UnreadableFileError(reasonOf(error));
  }
}

/**
 * The bytes of the regular file `path`, at most `maxBytes` of them (read until the end, not trusting
 * the size fstat gives: files in /proc say 0).
 * @throws UnreadableFileError when it is not a regular file, cannot be read or is larger than `maxBytes`.
 */
export function readRegularFile(path: string, maxBytes = MAX_INPUT_BYTES): Uint8Array {
  const fd = openRegularFile(path);
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) throw tooLarge(maxBytes);
    // One byte more than the size: reading to the end then needs no second buffer. Files in /proc say 0.
    let buffer = Buffer.allocUnsafeSlow(Math.min(maxBytes + 1, size > 0 ? size + 1 : FIRST_CHUNK_BYTES));
    let used = 0;
    for (;;) {
      if (used === buffer.length) {
        if (used > maxBytes) throw tooLarge(maxBytes);
        const larger = Buffer.allocUnsafeSlow(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(larger, 0, 0, used);
        buffer = larger;
      }
      const read = readSync(fd, buffer, used, buffer.length - used, null);
      if (read === 0) break;
      used += read;
    }
    if (used > maxBytes) throw tooLarge(maxBytes);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, used);
  } catch (error) {
    throw error instanceof UnreadableFileError ? error : new UnreadableFileError(reasonOf(error));
  } finally {
    closeSync(fd);
  }
}

const REASON_KINDS: Readonly<Record<string, UnreadableReason>> = { ENOENT: 'missing', EISDIR: 'directory', EACCES: 'permission', EPERM: 'permission' };

/**
 * Why a file could not be read, as the message catalogue words it: missing, a folder, no permission,
 * or another reason given in English detail (a FIFO, a device, too large).
 */
export function unreadableReason(error: unknown): { reason: UnreadableReason; detail: string } {
  if (error instanceof UnreadableFileError) return { reason: error.reason === 'it is a directory, not a file' ? 'directory' : 'other', detail: error.reason };
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return { reason: REASON_KINDS[code] ?? 'other', detail: reasonOf(error) };
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return REASONS[code] ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Reads each path as given; unreadable paths are reported (line 0) and skipped, the rest are
 * returned in order. Only regular files are read, each up to `maxBytes` (default MAX_INPUT_BYTES).
 */
export function readSourceFiles(paths: readonly string[], lang: Lang = DEFAULT_LANG, maxBytes = MAX_INPUT_BYTES): { files: SourceFile[]; diagnostics: Diagnostic[] } {
  const files: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of paths) {
    try {
      files.push({ file, bytes: readRegularFile(file, maxBytes) });
    } catch (error) {
      diagnostics.push({ severity: 'error', code: 'UNREADABLE_FILE', file, line: 0, message: IMPORT_TEXT[lang].unreadableFile({ what: 'file', ...unreadableReason(error) }) });
    }
  }
  return { files, diagnostics };
}
