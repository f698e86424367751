// The --calendar fixtures of tests/fixtures/calendar, one per diagnostic code: where each problem
// is reported and which dates still stand (a bad row never takes a good one with it).

import type { DiagnosticCode } from '../../src/domain/index.js';

export interface CalendarCase {
  file: string;
  code: DiagnosticCode;
  line: number;
  column?: string;
  /** Dates kept from the file, in file order. */
  kept: string[];
}

export const CALENDAR_CASES: readonly CalendarCase[] = [
  { file: 'bad-date.csv', code: 'BAD_DATE', line: 3, column: 'date', kept: ['2026-10-08', '2026-10-09'] },
  { file: 'bad-day-kind.csv', code: 'BAD_DAY_KIND', line: 3, column: 'kind', kept: ['2026-10-08', '2026-10-11'] },
  { file: 'duplicate-date.csv', code: 'DUPLICATE_DATE', line: 4, column: 'date', kept: ['2026-10-08', '2026-10-09'] },
  { file: 'uncovered-year.csv', code: 'UNCOVERED_YEAR', line: 2, column: 'date', kept: ['2027-01-01', '2026-10-08'] },
  { file: 'missing-column.csv', code: 'MISSING_COLUMN', line: 1, column: 'kind', kept: [] },
  { file: 'missing-cell.csv', code: 'MISSING_CELL', line: 2, column: 'date', kept: ['2026-10-09'] },
  { file: 'unterminated-quote.csv', code: 'UNTERMINATED_QUOTE', line: 2, kept: ['2026-10-09'] },
  { file: 'column-count.csv', code: 'COLUMN_COUNT', line: 2, kept: ['2026-10-09'] },
  { file: 'empty-file.csv', code: 'EMPTY_FILE', line: 0, kept: [] },
];
