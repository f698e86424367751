// Reads input files' bytes from disk; a file that cannot be read becomes an UNREADABLE_FILE diagnostic.

import { readFileSync } from 'node:fs';
import type { Diagnostic, Lang } from '../domain/index.js';
import { DEFAULT_LANG, IMPORT_TEXT, type UnreadableReason } from '../i18n/index.js';
import type { SourceFile } from './import-file.js';

const REASONS: Readonly<Record<string, UnreadableReason>> = {
  ENOENT: 'missing',
  EISDIR: 'directory',
  EACCES: 'permission',
  EPERM: 'permission',
};

/** Why a file could not be read, from the error the file system gave. */
export function unreadableReason(error: unknown): { reason: UnreadableReason; detail: string } {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return { reason: REASONS[code] ?? 'other', detail: error instanceof Error ? error.message : String(error) };
}

/** Reads each path as given; unreadable paths are reported (line 0, in `lang`) and skipped, the rest are returned in order. */
export function readSourceFiles(paths: readonly string[], lang: Lang = DEFAULT_LANG): { files: SourceFile[]; diagnostics: Diagnostic[] } {
  const files: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of paths) {
    try {
      const buffer = readFileSync(file);
      files.push({ file, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) });
    } catch (error) {
      diagnostics.push({ severity: 'error', code: 'UNREADABLE_FILE', file, line: 0, message: IMPORT_TEXT[lang].unreadableFile({ what: 'file', ...unreadableReason(error) }) });
    }
  }
  return { files, diagnostics };
}
