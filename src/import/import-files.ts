// Several files → one catalogue: each file is imported on its own, then item codes are checked across
// files (the first file to use a code keeps its item; a later file's item of that code is left out).

import type { Diagnostic, LeftOutItem, Procedure } from '../domain/index.js';
import type { EncodingName } from './decode-text.js';
import { makeDiagnostic, sortDiagnostics, type PendingDiagnostic } from './diagnostics.js';
import { importFile, type SourceFile } from './import-file.js';

/** Options of importFiles; `encoding` defaults to `auto` (BOM → strict UTF-8 → GB18030). */
export interface ImportOptions {
  encoding?: EncodingName;
}

/** Everything the files gave: valid items, every problem, and the items left out. */
export interface ImportResult {
  /** Valid items, in order of first appearance (file order, then row order). */
  procedures: Procedure[];
  /** Errors and warnings, sorted by file (input order), line, then column position. */
  diagnostics: Diagnostic[];
  /** Items left out because of an error, at the file and line of their first error. */
  leftOut: LeftOutItem[];
}

/**
 * Reads procedures from CSV files' bytes. Pure and total: bad input never throws, it becomes
 * diagnostics, and an error leaves out only the item it concerns (or the file, for problems such
 * as a missing column or undecodable bytes). Every problem of every file is reported in one run.
 */
export function importFiles(files: readonly SourceFile[], options: ImportOptions = {}): ImportResult {
  const encoding = options.encoding ?? 'auto';
  const pending: PendingDiagnostic[] = [];
  const procedures: Procedure[] = [];
  const leftOut: LeftOutItem[] = [];
  const owner = new Map<string, { file: string; line: number }>();
  const fileOrder = new Map<string, number>();

  files.forEach((source, fileIndex) => {
    if (!fileOrder.has(source.file)) fileOrder.set(source.file, fileIndex);
    const result = importFile(source, encoding);
    pending.push(...result.diagnostics);
    for (const item of result.items) {
      let errorLine = item.errorLine;
      const first = owner.get(item.itemCode);
      if (first) {
        const where = first.file === source.file ? `line ${first.line}` : `${first.file}:${first.line}`;
        pending.push(
          makeDiagnostic(
            'DUPLICATE_ITEM',
            { file: source.file, line: item.line, column: 'item_code', itemCode: item.itemCode },
            `item ${item.itemCode} is already defined in ${where}; an item code must be unique across files, so the first file's item is kept and this one is left out`,
          ),
        );
        errorLine = errorLine === null ? item.line : Math.min(errorLine, item.line);
      } else {
        owner.set(item.itemCode, { file: source.file, line: item.line });
      }
      if (errorLine === null && item.procedure) procedures.push(item.procedure);
      else leftOut.push({ itemCode: item.itemCode, file: source.file, line: errorLine ?? item.line });
    }
  });

  leftOut.sort((a, b) => (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) || a.line - b.line);
  return { procedures, diagnostics: sortDiagnostics(pending, fileOrder), leftOut };
}
