// A --calendar file → the user's working-day overrides: CSV rows of date, kind (holiday / workday /
// covered) and note, decoded and cut like procedure CSVs (decodeText, detectDelimiter, openRecords).
// Every bad row is a located diagnostic and is left out alone; the good rows always stand.

import type { Diagnostic, DiagnosticCode, Lang } from '../domain/index.js';
import { CALENDAR_TEXT, DEFAULT_LANG, IMPORT_TEXT, type ImportText } from '../i18n/index.js';
import { BUILT_IN_HOLIDAYS, dayNumberOf, formatIsoDate, yearOf, type CalendarDay, type CalendarOverrides, type DayKind } from '../calendar/index.js';
import type { CellRecord } from './cell-record.js';
import { decodeText, type EncodingName } from './decode-text.js';
import { detectDelimiter } from './detect-delimiter.js';
import { columnRef, makeDiagnostic, sortDiagnostics, type PendingDiagnostic } from './diagnostics.js';
import type { SourceFile } from './import-file.js';
import { openRecords } from './scan-records.js';

/** What a calendar file gave: the overrides to build the calendar with, and every problem found. */
export interface CalendarImport {
  overrides: CalendarOverrides;
  diagnostics: Diagnostic[];
}

type CalendarColumn = 'date' | 'kind' | 'note';

/** Header names accepted per column (compared trimmed, lower-case, spaces and hyphens as `_`). */
const HEADERS: Readonly<Record<CalendarColumn, readonly string[]>> = {
  date: ['date', '日期'],
  kind: ['kind', 'type', '类型', '日期类型'],
  note: ['note', 'name', '说明', '备注', '名称'],
};

/** Words of the kind column; `covered` declares a year complete (its date cell is the year). */
type RowKind = DayKind | 'covered';
const KINDS: Readonly<Record<RowKind, readonly string[]>> = {
  holiday: ['holiday', 'off', '节假日', '假日', '休息日', '放假', '休'],
  workday: ['workday', 'work', '工作日', '调休上班', '上班', '补班', '班'],
  covered: ['covered', '全年', '覆盖', '全年覆盖'],
};

const normalize = (text: string): string => text.trim().toLowerCase().replace(/[\s-]+/g, '_');

const COLUMN_BY_HEADER: ReadonlyMap<string, CalendarColumn> = new Map(
  (Object.keys(HEADERS) as CalendarColumn[]).flatMap((c) => HEADERS[c].map((h) => [normalize(h), c] as const)),
);
const KIND_BY_WORD: ReadonlyMap<string, RowKind> = new Map(
  (Object.keys(KINDS) as RowKind[]).flatMap((k) => KINDS[k].map((w) => [normalize(w), k] as const)),
);

/** `2027-01-01`, `2027-1-1`, `2027/1/1` (Excel's Chinese locale), `2027.1.1`, `2027年1月1日`. */
const DATE_FORMS = [/^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/, /^(\d{4})(年)(\d{1,2})月(\d{1,2})日$/];
const YEAR = /^\d{4}$/;

/** The day number of a date cell, or undefined. */
function readDate(cell: string): number | undefined {
  for (const form of DATE_FORMS) {
    const m = form.exec(cell);
    if (m) return dayNumberOf(Number(m[1]), Number(m[3]), Number(m[4]));
  }
  return undefined;
}

/** At most this many title rows are skipped above the header (as in procedure files). */
const MAX_TITLE_ROWS = 3;
/** At most this many UNDECODABLE rows are listed; the rest are counted in the last message. */
const MAX_UNDECODABLE = 10;

/**
 * Reads a calendar file. Never throws. A row with a bad date, an unknown kind, a repeated date or
 * a quote problem is reported (file, line, column; in `lang`) and left out; a bad header leaves the file out.
 */
export function importCalendar(source: SourceFile, encoding: EncodingName = 'auto', lang: Lang = DEFAULT_LANG): CalendarImport {
  const file = source.file;
  const shared = IMPORT_TEXT[lang];
  const text = CALENDAR_TEXT[lang];
  const pending: PendingDiagnostic[] = [];
  const report = (code: DiagnosticCode, line: number, column: CalendarColumn | undefined, order: number, message: string): void => {
    pending.push(makeDiagnostic(code, { file, line, ...(column !== undefined ? { column, columnOrder: order } : {}) }, message));
  };
  const finish = (days: CalendarDay[], coveredYears: number[]): CalendarImport => ({
    overrides: { days, coveredYears },
    diagnostics: sortDiagnostics(pending, new Map([[file, 0]])),
  });

  const decoded = decodeText(source.bytes, encoding);
  const used = decoded.encoding;
  if (decoded.text.trim() === '') {
    report('EMPTY_FILE', 0, undefined, -1, text.empty());
    return finish([], []);
  }
  const next = openRecords(decoded.text, detectDelimiter(decoded.text));
  let header = next();
  for (let skipped = 0; header && skipped < MAX_TITLE_ROWS && isTitleRow(header); skipped++) {
    report('TITLE_ROW', header.line, undefined, -1, shared.titleRow({ title: header.cells.find((c) => c !== '') ?? '' }));
    header = next();
  }
  if (!header) {
    report('EMPTY_FILE', 0, undefined, -1, text.empty());
    return finish([], []);
  }
  const positions = readHeader(header, report, shared);
  if (positions === undefined) return finish([], []);

  const days: CalendarDay[] = [];
  const coveredYears: number[] = [];
  const firstLine = new Map<string, { line: number; kind: RowKind }>();
  let undecodable = 0;
  let dataRows = 0;
  for (let row = next(); row !== null; row = next()) {
    if (row.problem === null && row.cells.every((c) => c === '')) continue;
    dataRows++;
    const cell = (c: CalendarColumn): string => {
      const at = positions.get(c);
      return at === undefined ? '' : (row.cells[at] ?? '');
    };
    const order = (c: CalendarColumn): number => positions.get(c) ?? -1;
    if (row.problem !== null) {
      const code = row.problem.kind === 'unterminated-quote' ? 'UNTERMINATED_QUOTE' : 'BAD_QUOTE';
      report(code, row.problem.line, undefined, row.problem.field, shared.tableRowQuote({ kind: row.problem.kind }));
      continue;
    }
    if (row.cells.some((c) => c.includes('\uFFFD'))) {
      undecodable++;
      if (undecodable <= MAX_UNDECODABLE) {
        report('UNDECODABLE', row.line, undefined, -1, shared.tableRowUndecodable({ what: 'calendar', encoding: used.toUpperCase() }));
      }
      continue;
    }
    if (row.cells.slice(header.cells.length).some((c) => c !== '')) {
      report('COLUMN_COUNT', row.line, undefined, -1, shared.tableColumnCount({ cells: row.cells.length, width: header.cells.length }));
      continue;
    }
    const dateCell = cell('date');
    const kindCell = cell('kind');
    const note = cell('note');
    let bad = false;
    if (dateCell === '') {
      report('MISSING_CELL', row.line, 'date', order('date'), text.noDate());
      bad = true;
    }
    const kind = KIND_BY_WORD.get(normalize(kindCell));
    if (kindCell === '') {
      report('MISSING_CELL', row.line, 'kind', order('kind'), text.noKind());
      bad = true;
    } else if (kind === undefined) {
      report('BAD_DAY_KIND', row.line, 'kind', order('kind'), text.badKind({ cell: kindCell }));
      bad = true;
    }
    if (bad || kind === undefined) continue;

    if (kind === 'covered') {
      if (!YEAR.test(dateCell)) {
        report('BAD_DATE', row.line, 'date', order('date'), text.badCoveredYear({ cell: dateCell }));
        continue;
      }
      const key = dateCell;
      const first = firstLine.get(key);
      if (first !== undefined) {
        report('DUPLICATE_DATE', row.line, 'date', order('date'), text.duplicateYear({ year: key, line: first.line }));
        continue;
      }
      firstLine.set(key, { line: row.line, kind });
      coveredYears.push(Number(dateCell));
      continue;
    }
    const date = readDate(dateCell);
    if (date === undefined) {
      report('BAD_DATE', row.line, 'date', order('date'), text.badDate({ cell: dateCell, bareYear: YEAR.test(dateCell) }));
      continue;
    }
    const key = formatIsoDate(date);
    const first = firstLine.get(key);
    if (first !== undefined) {
      report('DUPLICATE_DATE', row.line, 'date', order('date'), text.duplicateDate({ date: key, line: first.line, first: first.kind, kind }));
      continue;
    }
    firstLine.set(key, { line: row.line, kind });
    days.push({ date, kind, name: note !== '' ? note : kind === 'holiday' ? '节假日' : '调休上班' });
  }
  if (undecodable > MAX_UNDECODABLE) {
    report('UNDECODABLE', 0, undefined, -1, shared.tableMoreUndecodable({ rows: undecodable - MAX_UNDECODABLE }));
  }
  if (dataRows === 0) report('EMPTY_FILE', header.line, undefined, -1, text.headerOnly());
  warnUncoveredYears(days, coveredYears, firstLine, (year, line) =>
    report('UNCOVERED_YEAR', line, 'date', -1, text.uncoveredYear({ year, firstYear: BUILT_IN_HOLIDAYS.firstYear, lastYear: BUILT_IN_HOLIDAYS.lastYear })),
  );
  return finish(days, coveredYears);
}

/** A title row: one non-empty cell that names no column, and no quote problem. */
function isTitleRow(r: CellRecord): boolean {
  if (r.problem !== null) return false;
  const filled = r.cells.filter((c) => c !== '');
  return filled.length === 1 && !COLUMN_BY_HEADER.has(normalize(filled[0]!));
}

type Report = (code: DiagnosticCode, line: number, column: CalendarColumn | undefined, order: number, message: string) => void;

/** Column positions of the header, or undefined (reported) when the file cannot be read. */
function readHeader(header: CellRecord, report: Report, text: ImportText): Map<CalendarColumn, number> | undefined {
  const line = header.line;
  if (header.problem !== null) {
    report(header.problem.kind === 'unterminated-quote' ? 'UNTERMINATED_QUOTE' : 'BAD_QUOTE', line, undefined, -1, text.tableHeaderQuote({ what: 'calendar' }));
    return undefined;
  }
  const positions = new Map<CalendarColumn, number>();
  const unknown: string[] = [];
  let ok = true;
  header.cells.forEach((name, i) => {
    if (name === '') return;
    const column = COLUMN_BY_HEADER.get(normalize(name));
    if (column === undefined) unknown.push(name);
    else if (positions.has(column)) {
      report('DUPLICATE_COLUMN', line, column, i, text.tableDuplicateColumn({ what: 'calendar', header: name, column: columnRef(column), first: positions.get(column)! + 1 }));
      ok = false;
    } else positions.set(column, i);
  });
  for (const column of ['date', 'kind'] as const) {
    if (!positions.has(column)) {
      report('MISSING_COLUMN', line, column, -1, text.tableMissingColumn({ what: 'calendar', column: columnRef(column), accepted: HEADERS[column] }));
      ok = false;
    }
  }
  if (ok && unknown.length > 0) report('UNKNOWN_COLUMN', line, undefined, -1, text.tableUnknownColumns({ headers: unknown }));
  return ok ? positions : undefined;
}

/** One warning per year whose days are listed but which neither the built-in table nor the file covers. */
function warnUncoveredYears(
  days: readonly CalendarDay[],
  coveredYears: readonly number[],
  firstLine: ReadonlyMap<string, { line: number }>,
  warn: (year: number, line: number) => void,
): void {
  const covered = new Set(coveredYears);
  const warned = new Set<number>();
  for (const d of days) {
    const year = yearOf(d.date);
    if (covered.has(year) || (year >= BUILT_IN_HOLIDAYS.firstYear && year <= BUILT_IN_HOLIDAYS.lastYear) || warned.has(year)) continue;
    warned.add(year);
    warn(year, firstLine.get(formatIsoDate(d.date))?.line ?? 0);
  }
}
