// A case log as CSV → events of cases: decoded, cut and headed like procedure CSVs (decodeText,
// detectDelimiter, openRecords, up to three title rows), with the columns of case-log.md. Each bad
// row is a located diagnostic (file:line, column) and is left out alone; a bad header, the file.

import type { DiagnosticCode, Lifecycle } from '../domain/index.js';
import type { CaseCollector } from './case-collector.js';
import { findLifecycle, findLogColumn, LOG_COLUMNS, type LogColumn } from './case-log-columns.js';
import type { CellRecord } from './cell-record.js';
import { decodeText, type EncodingName } from './decode-text.js';
import { detectDelimiter } from './detect-delimiter.js';
import { makeDiagnostic, type PendingDiagnostic } from './diagnostics.js';
import { parseTimestamp } from './parse-timestamp.js';
import { openRecords } from './scan-records.js';

const MAX_TITLE_ROWS = 3;
const MAX_UNDECODABLE = 10;
const TIMESTAMP_FORMS = 'ISO 8601 (2026-03-02T09:30:00+08:00), 2026-03-02 09:30[:00] or 2026/3/2 9:30';

/** Reads one CSV log's events into `collector`; every problem goes to `pending`. Never throws. */
export function readCaseLogCsv(file: string, bytes: Uint8Array, encoding: EncodingName, collector: CaseCollector, pending: PendingDiagnostic[]): void {
  const report = (code: DiagnosticCode, line: number, column: LogColumn | undefined, order: number, message: string, itemCode?: string): void => {
    pending.push(makeDiagnostic(code, { file, line, ...(column !== undefined ? { column, columnOrder: order } : {}), ...(itemCode !== undefined ? { itemCode } : {}) }, message));
  };
  const { text, encoding: used } = decodeText(bytes, encoding);
  if (text.trim() === '') {
    report('EMPTY_FILE', 0, undefined, -1, 'the case log is empty: no header and no events');
    return;
  }
  const next = openRecords(text, detectDelimiter(text));
  let header = next();
  for (let skipped = 0; header && skipped < MAX_TITLE_ROWS && isTitleRow(header); skipped++) {
    report('TITLE_ROW', header.line, undefined, -1, `title row "${header.cells.find((c) => c !== '')}" above the header skipped`);
    header = next();
  }
  if (!header) {
    report('EMPTY_FILE', 0, undefined, -1, 'the case log is empty: no header and no events');
    return;
  }
  const at = readHeader(header, report);
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
  const mayHaveBadBytes = text.includes('\uFFFD');
  let dataRows = 0;
  let undecodable = 0;
  for (let row = next(); row !== null; row = next()) {
    const cells = row.cells;
    if (row.problem === null && cells.every((c) => c === '')) continue;
    dataRows++;
    const line = row.line;
    if (row.problem !== null) {
      const code = row.problem.kind === 'unterminated-quote' ? 'UNTERMINATED_QUOTE' : 'BAD_QUOTE';
      const what = code === 'UNTERMINATED_QUOTE' ? 'a quote (") opened here is never closed' : 'a quote (") stands inside an unquoted cell or after a closing quote';
      report(code, row.problem.line, undefined, row.problem.field, `${what}; the row is left out`);
      continue;
    }
    if (mayHaveBadBytes && cells.some((c) => c.includes('\uFFFD'))) {
      if (++undecodable <= MAX_UNDECODABLE) {
        report('UNDECODABLE', line, undefined, -1, `bytes that are not valid ${used.toUpperCase()} (shown as U+FFFD); the row is left out — save the log as UTF-8 or GBK, or name its encoding with --encoding`);
      }
      continue;
    }
    if (cells.length !== width && cells.slice(width).some((c) => c !== '')) {
      report('COLUMN_COUNT', line, undefined, -1, `the row has ${cells.length} cells but the header has ${width}; the row is left out`);
      continue;
    }
    const caseId = cellAt(cells, iCase);
    const itemCode = cellAt(cells, iItem);
    const activity = cellAt(cells, iActivity);
    if (caseId === '' || itemCode === '' || activity === '') {
      const missing = caseId === '' ? 'case_id' : itemCode === '' ? 'item_code' : 'activity';
      report('MISSING_CELL', line, missing, position(missing), `${missing} is empty; the row is left out`, itemCode || undefined);
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
        report('MISSING_CELL', line, 'end_time', iEnd, 'end_time is empty; the row is left out', itemCode);
        continue;
      }
      if (startText !== '') {
        const t = parseTimestamp(startText);
        if (t === undefined) {
          report('BAD_TIMESTAMP', line, 'start_time', iStart, `start_time must be a time such as ${TIMESTAMP_FORMS}, got "${startText}"; the row is left out`, itemCode);
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
        report('MISSING_CELL', line, 'timestamp', iTimestamp, 'timestamp is empty; the row is left out', itemCode);
        continue;
      }
      const word = cellAt(cells, iLifecycle);
      const read = findLifecycle(word);
      if (read === undefined) {
        report('BAD_LIFECYCLE', line, 'lifecycle', iLifecycle, `lifecycle must be start (开始) or complete (完成), got "${word}"; the row is left out`, itemCode);
        continue;
      }
      lifecycle = read;
    }
    const time = parseTimestamp(timeText);
    if (time === undefined) {
      report('BAD_TIMESTAMP', line, timeColumn, position(timeColumn), `${timeColumn} must be a time such as ${TIMESTAMP_FORMS}, got "${timeText}"; the row is left out`, itemCode);
      continue;
    }
    if (start !== null && start > time) {
      report('BAD_INTERVAL', line, 'end_time', iEnd, `end_time ${endText} is before start_time ${startText}; the row is left out`, itemCode);
      continue;
    }
    let other: string | null = null;
    if (start !== null) other = collector.add(caseId, itemCode, activity, start, 'start', resource, department, file, line);
    if (other === null) other = collector.add(caseId, itemCode, activity, time, lifecycle, resource, department, file, line);
    if (other !== null) {
      report('CASE_ITEM_CONFLICT', line, 'item_code', iItem, `case ${caseId} belongs to item ${other} (its first row says so), this row says ${itemCode}; the row is left out`, itemCode);
    }
  }
  if (undecodable > MAX_UNDECODABLE) report('UNDECODABLE', 0, undefined, -1, `${undecodable - MAX_UNDECODABLE} more rows with undecodable bytes left out`);
  if (dataRows === 0) report('EMPTY_FILE', header.line, undefined, -1, 'the case log has a header but no events');
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
function readHeader(header: CellRecord, report: Report): Map<LogColumn, number> | undefined {
  const line = header.line;
  if (header.problem !== null) {
    report(header.problem.kind === 'unterminated-quote' ? 'UNTERMINATED_QUOTE' : 'BAD_QUOTE', line, undefined, -1, 'a quote problem in the header; the case log is left out');
    return undefined;
  }
  const at = new Map<LogColumn, number>();
  const unknown: string[] = [];
  let ok = true;
  header.cells.forEach((name, i) => {
    if (name === '') return;
    const column = findLogColumn(name);
    if (column === undefined) unknown.push(`"${name}"`);
    else if (at.has(column)) {
      report('DUPLICATE_COLUMN', line, column, i, `"${name}" names the ${column} column again (column ${at.get(column)! + 1} already does); the case log is left out`);
      ok = false;
    } else at.set(column, i);
  });
  const names = (c: LogColumn): string => [c, ...(LOG_COLUMNS.find((s) => s.name === c)?.aliases ?? [])].join(', ');
  for (const column of ['case_id', 'item_code', 'activity'] as const) {
    if (!at.has(column)) {
      report('MISSING_COLUMN', line, column, -1, `required column ${column} is missing (header names accepted: ${names(column)}); the case log is left out`);
      ok = false;
    }
  }
  if (!at.has('timestamp') && !(at.has('start_time') && at.has('end_time'))) {
    const column = at.has('start_time') ? 'end_time' : at.has('end_time') ? 'start_time' : 'timestamp';
    report('MISSING_COLUMN', line, column, -1, `a case log needs a timestamp column (${names('timestamp')}) or both start_time (${names('start_time')}) and end_time (${names('end_time')}); the case log is left out`);
    ok = false;
  }
  if (ok && unknown.length > 0) report('UNKNOWN_COLUMN', line, undefined, -1, `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} ignored`);
  return ok ? at : undefined;
}
