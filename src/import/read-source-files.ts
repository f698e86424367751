// Reads input files' bytes from disk; a file that cannot be read becomes an UNREADABLE_FILE diagnostic.

import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../domain/index.js';
import type { SourceFile } from './import-file.js';

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** Reads each path as given; unreadable paths are reported (line 0) and skipped, the rest are returned in order. */
export function readSourceFiles(paths: readonly string[]): { files: SourceFile[]; diagnostics: Diagnostic[] } {
  const files: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of paths) {
    try {
      const buffer = readFileSync(file);
      files.push({ file, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      const reason = REASONS[code] ?? (error instanceof Error ? error.message : String(error));
      diagnostics.push({ severity: 'error', code: 'UNREADABLE_FILE', file, line: 0, message: `cannot read the file: ${reason}` });
    }
  }
  return { files, diagnostics };
}
