// A case log as CSV → events of cases: decoded, cut and headed like procedure CSVs (decodeText,
// detectDelimiter, openRecords, up to three title rows), with the columns of case-log.md. Each bad
// row is a located diagnostic (file:line, column) and is left out alone; a bad header, the file.

import type { DiagnosticCode, Lifecycle } from '../domain/index.js';
import { CASE_LOG_TEXT, IMPORT_TEXT, type Lang } from '../i18n/index.js';
import type { CaseCollector } from './case-collector.js';
import { findLifecycle, findLogColumn, LOG_COLUMNS, type LogColumn } from './case-log-columns.js';
import type { CellRecord } from './cell-record.js';
import { decodeText, type EncodingName } from './decode-text.js';
import { detectDelimiter } from './detect-delimiter.js';
import { columnRef, makeDiagnostic, type PendingDiagnostic } from './diagnostics.js';
import { parseTimestamp } from './parse-timestamp.js';
import { openRecords } from './scan-records.js';

const MAX_TITLE_ROWS = 3;
const MAX_UNDECODABLE = 10;

/** Reads one CSV log's events into `collector`; every problem goes to `pending` (in `lang`). Never throws. */
export function readCaseLogCsv(file: string, bytes: Uint8Array, encoding: EncodingName, lang: Lang, collector: CaseCollector, pending: PendingDiagnostic[]): void {
  const shared = IMPORT_TEXT[lang];
  const text = CASE_LOG_TEXT[lang];
  const report = (code: DiagnosticCode, line: number, column: LogColumn | undefined, order: number, message: string, itemCode?: string): void => {
    pending.push(makeDiagnostic(code, { file, line, ...(column !== undefined ? { column, columnOrder: order } : {}), ...(itemCode !== undefined ? { itemCode } : {}) }, message));
  };
  const decoded = decodeText(bytes, encoding);
  const used = decoded.encoding;
  if (decoded.text.trim() === '') {
    report('EMPTY_FILE', 0, undefined, -1, text.emptyLog());
    return;
  }
  const next = openRecords(decoded.text, detectDelimiter(decoded.text));
  let header = next();
  for (let skipped = 0; header && skipped < MAX_TITLE_ROWS && isTitleRow(header); skipped++) {
    report('TITLE_ROW', header.line, undefined, -1, shared.titleRow({ title: header.cells.find((c) => c !== '') ?? '' }));
    header = next();
  }
  if (!header) {
    report('EMPTY_FILE', 0, undefined, -1, text.emptyLog());
    return;
  }
  const at = readHeader(header, report, lang);
  if (at === undefined) return;
  const width = header.cells.length;
  const position = (c: LogColumn): number => at.get(c) ?? -1;
  const intervals = at.has('start_time') && at.has('end_time');

  // Column positions as numbers (−1: absent): the loop below runs once per row of a large log.
  const iCase = position('case_id');
  const iItem = position('item_code');
  const iActivity = position('activity');
  const iTimestamp = position('timestamp');
  const iLifecycle = position('lifecycle');
  const iStart = position('start_time');
  const iEnd = position('end_time');
  const iResource = position('resource');
  const iDepartment = position('department');
  const mayHaveBadBytes = decoded.text.includes('\uFFFD');
  let dataRows = 0;
  let undecodable = 0;
  for (let row = next(); row !== null; row = next()) {
    const cells = row.cells;
    if (row.problem === null && cells.every((c) => c === '')) continue;
    dataRows++;
    const line = row.line;
    if (row.problem !== null) {
      const code = row.problem.kind === 'unterminated-quote' ? 'UNTERMINATED_QUOTE' : 'BAD_QUOTE';
      report(code, row.problem.line, undefined, row.problem.field, shared.tableRowQuote({ kind: row.problem.kind }));
      continue;
    }
    if (mayHaveBadBytes && cells.some((c) => c.includes('\uFFFD'))) {
      if (++undecodable <= MAX_UNDECODABLE) {
        report('UNDECODABLE', line, undefined, -1, shared.tableRowUndecodable({ what: 'case-log', encoding: used.toUpperCase() }));
      }
      continue;
    }
    if (cells.length !== width && cells.slice(width).some((c) => c !== '')) {
      report('COLUMN_COUNT', line, undefined, -1, shared.tableColumnCount({ cells: cells.length, width }));
      continue;
    }
    const caseId = cellAt(cells, iCase);
    const itemCode = cellAt(cells, iItem);
    const activity = cellAt(cells, iActivity);
    if (caseId === '' || itemCode === '' || activity === '') {
      const missing = caseId === '' ? 'case_id' : itemCode === '' ? 'item_code' : 'activity';
      report('MISSING_CELL', line, missing, position(missing), text.missingCell({ column: columnRef(missing) }), itemCode || undefined);
      continue;
    }
    const resource = cellAt(cells, iResource);
    const department = cellAt(cells, iDepartment);
    const endText = cellAt(cells, iEnd);
    const startText = cellAt(cells, iStart);
    let start: number | null = null;
    let lifecycle: Lifecycle = 'complete';
    let timeColumn: LogColumn;
    let timeText: string;
    if (intervals && (endText !== '' || startText !== '' || iTimestamp < 0)) {
      if (endText === '') {
        report('MISSING_CELL', line, 'end_time', iEnd, text.missingCell({ column: columnRef('end_time') }), itemCode);
        continue;
      }
      if (startText !== '') {
        const t = parseTimestamp(startText);
        if (t === undefined) {
          report('BAD_TIMESTAMP', line, 'start_time', iStart, text.badTimestamp({ column: columnRef('start_time'), cell: startText }), itemCode);
          continue;
        }
        start = t;
      }
      timeColumn = 'end_time';
      timeText = endText;
    } else {
      timeText = cellAt(cells, iTimestamp);
      timeColumn = 'timestamp';
      if (timeText === '') {
        report('MISSING_CELL', line, 'timestamp', iTimestamp, text.missingCell({ column: columnRef('timestamp') }), itemCode);
        continue;
      }
      const word = cellAt(cells, iLifecycle);
      const read = findLifecycle(word);
      if (read === undefined) {
        report('BAD_LIFECYCLE', line, 'lifecycle', iLifecycle, text.badLifecycle({ cell: word }), itemCode);
        continue;
      }
      lifecycle = read;
    }
    const time = parseTimestamp(timeText);
    if (time === undefined) {
      report('BAD_TIMESTAMP', line, timeColumn, position(timeColumn), text.badTimestamp({ column: columnRef(timeColumn), cell: timeText }), itemCode);
      continue;
    }
    if (start !== null && start > time) {
      report('BAD_INTERVAL', line, 'end_time', iEnd, text.badInterval({ start: startText, end: endText }), itemCode);
      continue;
    }
    let other: string | null = null;
    if (start !== null) other = collector.add(caseId, itemCode, activity, start, 'start', resource, department, file, line);
    if (other === null) other = collector.add(caseId, itemCode, activity, time, lifecycle, resource, department, file, line);
    if (other !== null) {
      report('CASE_ITEM_CONFLICT', line, 'item_code', iItem, text.caseItemConflict({ caseId, itemCode, other }), itemCode);
    }
  }
  if (undecodable > MAX_UNDECODABLE) report('UNDECODABLE', 0, undefined, -1, shared.tableMoreUndecodable({ rows: undecodable - MAX_UNDECODABLE }));
  if (dataRows === 0) report('EMPTY_FILE', header.line, undefined, -1, text.headerOnly());
}

function cellAt(cells: readonly string[], i: number): string {
  return i < 0 ? '' : (cells[i] ?? '');
}

/** A title row: one non-empty cell that names no column, and no quote problem. */
function isTitleRow(r: CellRecord): boolean {
  if (r.problem !== null) return false;
  const filled = r.cells.filter((c) => c !== '');
  return filled.length === 1 && findLogColumn(filled[0]!) === undefined;
}

type Report = (code: DiagnosticCode, line: number, column: LogColumn | undefined, order: number, message: string) => void;

/** Column positions, or undefined (reported) when the header leaves the file unreadable. */
function readHeader(header: CellRecord, report: Report, lang: Lang): Map<LogColumn, number> | undefined {
  const shared = IMPORT_TEXT[lang];
  const line = header.line;
  if (header.problem !== null) {
    report(header.problem.kind === 'unterminated-quote' ? 'UNTERMINATED_QUOTE' : 'BAD_QUOTE', line, undefined, -1, shared.tableHeaderQuote({ what: 'case-log' }));
    return undefined;
  }
  const at = new Map<LogColumn, number>();
  const unknown: string[] = [];
  let ok = true;
  header.cells.forEach((name, i) => {
    if (name === '') return;
    const column = findLogColumn(name);
    if (column === undefined) unknown.push(name);
    else if (at.has(column)) {
      report('DUPLICATE_COLUMN', line, column, i, shared.tableDuplicateColumn({ what: 'case-log', header: name, column: columnRef(column), first: at.get(column)! + 1 }));
      ok = false;
    } else at.set(column, i);
  });
  const names = (c: LogColumn): string[] => [c, ...(LOG_COLUMNS.find((s) => s.name === c)?.aliases ?? [])];
  for (const column of ['case_id', 'item_code', 'activity'] as const) {
    if (!at.has(column)) {
      report('MISSING_COLUMN', line, column, -1, shared.tableMissingColumn({ what: 'case-log', column: columnRef(column), accepted: names(column) }));
      ok = false;
    }
  }
  if (!at.has('timestamp') && !(at.has('start_time') && at.has('end_time'))) {
    const column = at.has('start_time') ? 'end_time' : at.has('end_time') ? 'start_time' : 'timestamp';
    report('MISSING_COLUMN', line, column, -1, CASE_LOG_TEXT[lang].needTimestamp({ timestamp: names('timestamp'), start: names('start_time'), end: names('end_time') }));
    ok = false;
  }
  if (ok && unknown.length > 0) report('UNKNOWN_COLUMN', line, undefined, -1, shared.tableUnknownColumns({ headers: unknown }));
  return ok ? at : undefined;
}
