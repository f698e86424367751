// Several files' imports → one catalogue: item codes are checked across files (the first file to
// use a code keeps its item; a later file's item of that code is left out) and diagnostics are
// ordered. Generic in what an item carries, so files imported in worker threads can hand back
// their items already analysed instead of whole procedures.

import type { Diagnostic, Lang, LeftOutItem, Procedure } from '../domain/index.js';
import { DEFAULT_LANG, IMPORT_TEXT } from '../i18n/index.js';
import { makeDiagnostic, sortDiagnostics, type PendingDiagnostic } from './diagnostics.js';
import type { ImportOptions } from './decode-text.js';
import { importFile, type SourceFile } from './import-file.js';
import { isWorkbook } from './workbook/read-workbook.js';
import { importWorkbook } from './workbook/import-workbook.js';
import type { StringPool } from './keep-string.js';
import { createRoleTable, type RoleTable } from './read-type-word.js';

/**
 * One item of one file: where it starts, its first error (null: none) and what it carries when
 * valid. A valid item with a null payload was not selected by the caller (--item): it still counts
 * for the cross-file code check, but is neither accepted nor left out.
 */
export interface ImportedItem<T> {
  itemCode: string;
  /** Line of the item's first row. */
  line: number;
  errorLine: number | null;
  payload: T | null;
  /** Where the item was read when it is not `file` itself: a workbook's sheet (`窗口.xlsx[食品科]`). */
  file?: string;
}

/** One file's import, items in order of first appearance. */
export interface ImportedFile<T> {
  file: string;
  diagnostics: PendingDiagnostic[];
  items: ImportedItem<T>[];
}

export interface CombinedImport<T> {
  /** Payloads of the valid items, in order of first appearance (file order, then row order). */
  accepted: T[];
  /** Sorted by file (input order), line, then column position. */
  diagnostics: Diagnostic[];
  leftOut: LeftOutItem[];
}

/** Combines files' imports in the order given; see the file comment for the cross-file rule. */
export function combineFileImports<T>(files: readonly ImportedFile<T>[], lang: Lang = DEFAULT_LANG): CombinedImport<T> {
  const combiner = createCombiner<T>(lang);
  const accepted = files.flatMap((file) => combiner.add(file));
  return { accepted, ...combiner.finish() };
}

/** Combines files one at a time, in order: a file's accepted items are known as soon as it is added. */
export interface Combiner<T> {
  /** Adds the next file; returns the payloads of its items that are accepted. */
  add(file: ImportedFile<T>): T[];
  /** Every diagnostic (sorted) and every item left out, once all files are added. */
  finish(): Omit<CombinedImport<T>, 'accepted'>;
}

/** A combiner for files added in catalogue order (the first file to use an item code keeps it); messages in `lang`. */
export function createCombiner<T>(lang: Lang = DEFAULT_LANG): Combiner<T> {
  const text = IMPORT_TEXT[lang];
  const pending: PendingDiagnostic[] = [];
  const leftOut: LeftOutItem[] = [];
  const owner = new Map<string, { file: string; line: number }>();
  const fileOrder = new Map<string, number>();
  return {
    add(source) {
      if (!fileOrder.has(source.file)) fileOrder.set(source.file, fileOrder.size);
      // A workbook's sheets are ordered as they come, after the workbook itself.
      for (const p of source.diagnostics) if (!fileOrder.has(p.diagnostic.file)) fileOrder.set(p.diagnostic.file, fileOrder.size);
      pending.push(...source.diagnostics);
      const accepted: T[] = [];
      for (const item of source.items) {
        const file = item.file ?? source.file;
        if (!fileOrder.has(file)) fileOrder.set(file, fileOrder.size);
        let errorLine = item.errorLine;
        const first = owner.get(item.itemCode);
        if (first) {
          const where = { file: first.file === file ? null : first.file, line: first.line };
          pending.push(
            makeDiagnostic('DUPLICATE_ITEM', { file, line: item.line, column: 'item_code', itemCode: item.itemCode }, text.duplicateItem({ itemCode: item.itemCode, first: where })),
          );
          errorLine = errorLine === null ? item.line : Math.min(errorLine, item.line);
        } else {
          owner.set(item.itemCode, { file, line: item.line });
        }
        if (errorLine !== null) leftOut.push({ itemCode: item.itemCode, file, line: errorLine });
        else if (item.payload !== null) accepted.push(item.payload);
      }
      return accepted;
    },
    finish() {
      leftOut.sort((a, b) => (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) || a.line - b.line);
      return { diagnostics: sortDiagnostics(pending, fileOrder), leftOut };
    },
  };
}

/**
 * Imports one file on its own, its valid items carrying their procedures (combine with
 * `combineFileImports`). Files imported with one `pool` share their repeated strings; `table`
 * (default: the contract's words and `options.roleWords`) reads the type words; messages are in
 * `options.lang` (default zh-CN). A workbook (.xlsx, .xls: told by its content) is read sheet by
 * sheet, each sheet as one CSV file.
 */
export function importSourceFile(
  source: SourceFile,
  options: ImportOptions = {},
  pool: StringPool = new Map(),
  table: RoleTable = createRoleTable(options.roleWords),
): ImportedFile<Procedure> {
  const context = { pool, table, text: IMPORT_TEXT[options.lang ?? DEFAULT_LANG] };
  const { diagnostics, items } = isWorkbook(source.bytes)
    ? importWorkbook(source, options.sheet !== undefined ? { sheet: options.sheet } : {}, context)
    : importFile(source, options.encoding ?? 'auto', context);
  return {
    file: source.file,
    diagnostics,
    items: items.map((item) => ({
      itemCode: item.itemCode,
      line: item.line,
      errorLine: item.errorLine,
      payload: item.procedure,
      ...(item.file !== undefined ? { file: item.file } : {}),
    })),
  };
}
