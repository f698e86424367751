// A workbook (.xlsx, .xls) → its items and diagnostics: each visible sheet is read as one CSV file
// would be (title rows, header, rows, item checks: importRecords), under the name `窗口.xlsx[食品科]`,
// and every problem at one cell is located as Excel names the cell (`窗口.xlsx[食品科]!G17`).
// Hidden sheets and sheets that hold no procedure table are skipped with a warning; `sheet` picks one.

import type { DiagnosticCode } from '../../domain/index.js';
import { findColumn } from '../columns.js';
import { makeDiagnostic, type PendingDiagnostic } from '../diagnostics.js';
import { defaultReadContext, importRecords, type FileImport, type SourceFile } from '../import-file.js';
import type { ReadContext } from '../read-row.js';
import { readWorkbook, type SheetTable } from './read-workbook.js';
import { MAX_UNPACKED_BYTES } from './zip-archive.js';

export interface WorkbookOptions {
  /** Read only this sheet (hidden or not); other sheets are not looked at. */
  sheet?: string;
  /** Most bytes the workbook's parts may unpack to (default MAX_UNPACKED_BYTES, 256 MiB). */
  maxUnpackedBytes?: number;
}

/** The name a sheet's diagnostics and items carry in place of a file name: `窗口.xlsx[食品科]`. */
export function sheetFileName(file: string, sheet: string): string {
  return `${file}[${sheet}]`;
}

/** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Rows above the header that may be title rows, plus the header itself. */
const HEADER_SEARCH_ROWS = 4;

/**
 * Whether a sheet holds a procedure table: one of its first rows names at least two contract
 * columns (one alone, such as 结果 in a note, is not a header).
 */
function hasProcedureHeader(sheet: SheetTable): boolean {
  const next = sheet.openRows();
  for (let k = 0; k < HEADER_SEARCH_ROWS; k++) {
    const row = next();
    if (row === null) return false;
    if (row.cells.filter((cell) => cell !== '' && findColumn(cell) !== undefined).length >= 2) return true;
  }
  return false;
}

/** Reads one workbook's items. Pure: never throws for bad input, every problem is a diagnostic. */
export function importWorkbook(
  source: SourceFile,
  options: WorkbookOptions = {},
  context: ReadContext = defaultReadContext(),
): FileImport {
  const { text } = context;
  const file = source.file;
  const diagnostics: PendingDiagnostic[] = [];
  const fail = (code: DiagnosticCode, message: string): FileImport => {
    diagnostics.push(makeDiagnostic(code, { file, line: 0 }, message));
    return { diagnostics, items: [] };
  };
  const read = readWorkbook(source.bytes, options.maxUnpackedBytes ?? MAX_UNPACKED_BYTES);
  if (!read.ok) return fail(read.code, text.workbookRefused({ refusal: read.refusal }));

  let sheets = read.sheets;
  if (options.sheet !== undefined) {
    const chosen = sheets.filter((s) => s.name === options.sheet);
    if (chosen.length === 0) {
      return fail('UNKNOWN_SHEET', text.unknownSheet({ sheet: options.sheet, sheets: sheets.map((s) => s.name) }));
    }
    sheets = chosen;
  }

  const result: FileImport = { diagnostics, items: [] };
  let tables = 0;
  for (const sheet of sheets) {
    const name = sheetFileName(file, sheet.name);
    const warn = (code: DiagnosticCode, message: string): void => void diagnostics.push(makeDiagnostic(code, { file: name, line: 0 }, message));
    if (options.sheet === undefined) {
      if (sheet.hidden) {
        warn('HIDDEN_SHEET', text.hiddenSheet({ sheet: sheet.name }));
        continue;
      }
      if (sheet.columns.length === 0) continue;
      if (!hasProcedureHeader(sheet)) {
        warn('SHEET_SKIPPED', text.sheetSkipped({ sheet: sheet.name }));
        continue;
      }
    }
    tables++;
    const next = sheet.openRows();
    const records = (): { cells: string[]; line: number; problem: null } | null => {
      const row = next();
      return row === null ? null : { cells: row.cells, line: row.row, problem: null };
    };
    const imported = importRecords(name, records, context);
    for (const pending of imported.diagnostics) diagnostics.push(locateCell(pending, sheet.columns));
    for (const item of imported.items) result.items.push({ ...item, file: name });
  }
  if (tables === 0 && options.sheet === undefined) {
    return fail('EMPTY_FILE', text.noProcedureSheet());
  }
  return result;
}

/** Adds the cell address to a diagnostic that names a row and a column of the sheet. */
function locateCell(pending: PendingDiagnostic, columns: readonly number[]): PendingDiagnostic {
  const column = columns[pending.columnOrder];
  if (pending.diagnostic.line <= 0 || column === undefined) return pending;
  return { ...pending, diagnostic: { ...pending.diagnostic, cell: `${columnLetters(column)}${pending.diagnostic.line}` } };
}
