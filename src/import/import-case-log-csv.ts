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

  let dataRows = 0;
  let undecodable = 0;
  for (let row = next(); row !== null; row = next()) {
    if (row.problem === null && row.cells.every((c) => c === '')) continue;
    dataRows++;
    if (row.problem !== null) {
      const code = row.problem.kind === 'unterminated-quote' ? 'UNTERMINATED_QUOTE' : 'BAD_QUOTE';
      const what = code === 'UNTERMINATED_QUOTE' ? 'a quote (") opened here is never closed' : 'a quote (") stands inside an unquoted cell or after a closing quote';
      report(code, row.problem.line, undefined, row.problem.field, `${what}; the row is left out`);
      continue;
    }
    const cells = row.cells;
    const cell = (c: LogColumn): string => {
      const i = at.get(c);
      return i === undefined ? '' : (cells[i] ?? '');
    };
    if (cells.some((c) => c.includes('\uFFFD'))) {
      if (++undecodable <= MAX_UNDECODABLE) {
        report('UNDECODABLE', row.line, undefined, -1, `bytes that are not valid ${used.toUpperCase()} (shown as U+FFFD); the row is left out — save the log as UTF-8 or GBK, or name its encoding with --encoding`);
      }
      continue;
    }
    if (cells.length !== width && cells.slice(width).some((c) => c !== '')) {
      report('COLUMN_COUNT', row.line, undefined, -1, `the row has ${cells.length} cells but the header has ${width}; the row is left out`);
      continue;
    }
    const caseId = cell('case_id');
    const itemCode = cell('item_code');
    const activity = cell('activity');
    const missing = (['case_id', 'item_code', 'activity'] as const).find((c) => cell(c) === '');
    if (missing !== undefined) {
      report('MISSING_CELL', row.line, missing, position(missing), `${missing} is empty; the row is left out`, itemCode || undefined);
      continue;
    }
    const base = { activity, resource: cell('resource'), department: cell('department') };
    const where = { file, line: row.line };
    const add = (time: number, lifecycle: Lifecycle): boolean => {
      const other = collector.add(caseId, itemCode, { ...base, time, lifecycle }, where);
      if (other === null) return true;
      report('CASE_ITEM_CONFLICT', row.line, 'item_code', position('item_code'), `case ${caseId} belongs to item ${other} (its first row says so), this row says ${itemCode}; the row is left out`, itemCode);
      return false;
    };
    const readTime = (c: LogColumn): number | undefined => {
      const value = cell(c);
      const time = parseTimestamp(value);
      if (time === undefined) report('BAD_TIMESTAMP', row.line, c, position(c), `${c} must be a time such as ${TIMESTAMP_FORMS}, got "${value}"; the row is left out`, itemCode);
      return time;
    };
    if (intervals && (cell('end_time') !== '' || cell('start_time') !== '' || !at.has('timestamp'))) {
      if (cell('end_time') === '') {
        report('MISSING_CELL', row.line, 'end_time', position('end_time'), 'end_time is empty; the row is left out', itemCode);
        continue;
      }
      const end = readTime('end_time');
      const start = cell('start_time') === '' ? null : readTime('start_time');
      if (end === undefined || start === undefined) continue;
      if (start !== null && start > end) {
        report('BAD_INTERVAL', row.line, 'end_time', position('end_time'), `end_time ${cell('end_time')} is before start_time ${cell('start_time')}; the row is left out`, itemCode);
        continue;
      }
      if (start !== null && !add(start, 'start')) continue;
      add(end, 'complete');
      continue;
    }
    if (cell('timestamp') === '') {
      report('MISSING_CELL', row.line, 'timestamp', position('timestamp'), 'timestamp is empty; the row is left out', itemCode);
      continue;
    }
    const lifecycle = findLifecycle(cell('lifecycle'));
    if (lifecycle === undefined) {
      report('BAD_LIFECYCLE', row.line, 'lifecycle', position('lifecycle'), `lifecycle must be start (开始) or complete (完成), got "${cell('lifecycle')}"; the row is left out`, itemCode);
      continue;
    }
    const time = readTime('timestamp');
    if (time === undefined) continue;
    add(time, lifecycle);
  }
  if (undecodable > MAX_UNDECODABLE) report('UNDECODABLE', 0, undefined, -1, `${undecodable - MAX_UNDECODABLE} more rows with undecodable bytes left out`);
  if (dataRows === 0) report('EMPTY_FILE', header.line, undefined, -1, 'the case log has a header but no events');
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
