// The case-log fixtures of tests/fixtures/caselog, one per diagnostic code a log can get from the
// importer: where each problem is reported and which events still stand (a bad row never takes a
// good one with it). UNKNOWN_ITEM and OUTSIDE_CALENDAR come from conformance (tests/conformance).

import type { DiagnosticCode } from '../../src/domain/index.js';

export interface CaseLogCase {
  file: string;
  code: DiagnosticCode;
  line: number;
  column?: string;
  /** Activities of the events kept, in time order. */
  kept: string[];
}

export const CASE_LOG_CASES: readonly CaseLogCase[] = [
  { file: 'bad-timestamp.csv', code: 'BAD_TIMESTAMP', line: 3, column: 'timestamp', kept: ['A', 'C'] },
  { file: 'bad-timestamp.xes', code: 'BAD_TIMESTAMP', line: 6, column: 'time:timestamp', kept: ['A', 'C'] },
  { file: 'bad-lifecycle.csv', code: 'BAD_LIFECYCLE', line: 3, column: 'lifecycle', kept: ['A', 'C'] },
  { file: 'bad-interval.csv', code: 'BAD_INTERVAL', line: 3, column: 'end_time', kept: ['A', 'A', 'C', 'C'] },
  { file: 'bad-xml.xes', code: 'BAD_XML', line: 9, kept: ['A', 'B', 'C'] },
  { file: 'case-item-conflict.csv', code: 'CASE_ITEM_CONFLICT', line: 3, column: 'item_code', kept: ['A', 'C'] },
  { file: 'missing-cell.csv', code: 'MISSING_CELL', line: 3, column: 'activity', kept: ['A', 'C'] },
  { file: 'missing-column.csv', code: 'MISSING_COLUMN', line: 1, column: 'activity', kept: [] },
  { file: 'duplicate-column.csv', code: 'DUPLICATE_COLUMN', line: 1, column: 'activity', kept: [] },
  { file: 'column-count.csv', code: 'COLUMN_COUNT', line: 3, kept: ['A', 'C'] },
  { file: 'unterminated-quote.csv', code: 'UNTERMINATED_QUOTE', line: 3, kept: ['A', 'C'] },
  { file: 'bad-quote.csv', code: 'BAD_QUOTE', line: 3, kept: ['A', 'C'] },
  { file: 'undecodable.csv', code: 'UNDECODABLE', line: 3, kept: ['A', 'C'] },
  { file: 'empty-file.csv', code: 'EMPTY_FILE', line: 0, kept: [] },
  { file: 'title-row.csv', code: 'TITLE_ROW', line: 1, kept: ['A', 'B', 'C'] },
  { file: 'title-row.csv', code: 'UNKNOWN_COLUMN', line: 2, kept: ['A', 'B', 'C'] },
];
