// Writing output files and folders: a file-system failure (a read-only folder, a name too long, a
// path through a file, a full disk) becomes a usage error naming the file (exit 2), never an
// internal error with a stack.

import { mkdirSync, writeFileSync } from 'node:fs';
import { ProcoptError } from '../domain/index.js';
import { CLI_TEXT, isWriteFailure } from '../i18n/index.js';

/** Whether `error` is a failure of a file-system call (it has an errno code and a syscall). */
function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

/**
 * The usage error for a file or folder that cannot be written, e.g. `cannot write out/x.csv:
 * permission denied (EACCES)`, worded in every language; any other error is returned as it is (a bug stays a bug).
 */
export function writeError(path: string, error: unknown, what: 'file' | 'folder' = 'file'): unknown {
  if (!isFileSystemError(error)) return error;
  const code = error.code ?? '';
  // A failure the catalogue does not word is named by the system's own message.
  const reason = isWriteFailure(code) ? code : null;
  const detail = error.message;
  return new ProcoptError('UNWRITABLE_FILE', (lang) => CLI_TEXT[lang].unwritable({ what, path, reason, detail, code }));
}

/** Creates `path` and its missing parents. @throws ProcoptError UNWRITABLE_FILE naming the folder. */
export function makeFolder(path: string): void {
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    throw writeError(path, error, 'folder');
  }
}

/** Writes (replaces) the file `path`. @throws ProcoptError UNWRITABLE_FILE naming the file. */
export function writeOutputFile(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (error) {
    throw writeError(path, error);
  }
}
