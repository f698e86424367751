// Diagnostics: bad input as data. The importer returns every problem it finds as one of
// these and goes on; the CLI prints them compiler-style.

/** Stable codes for every input problem (see the CSV contract's "Bad input"). */
export type DiagnosticCode =
  // errors: the item (or the whole file) is left out
  | 'UNREADABLE_FILE'
  | 'UNDECODABLE'
  | 'EMPTY_FILE'
  | 'MISSING_COLUMN'
  | 'DUPLICATE_COLUMN'
  | 'MISSING_CELL'
  | 'UNKNOWN_ROLE'
  | 'BAD_DURATION'
  | 'BAD_WAIT'
  | 'BAD_UNIT'
  | 'BAD_BOOLEAN'
  | 'BAD_LIMIT'
  | 'ITEM_VALUE_CONFLICT'
  | 'DUPLICATE_STEP'
  | 'UNKNOWN_STEP'
  | 'SELF_REFERENCE'
  | 'CYCLE'
  | 'DUPLICATE_ITEM'
  | 'COLUMN_COUNT'
  | 'UNTERMINATED_QUOTE'
  | 'BAD_QUOTE'
  // errors of a --calendar file: the row is left out, the other rows stand
  | 'BAD_DATE'
  | 'BAD_DAY_KIND'
  | 'DUPLICATE_DATE'
  // errors of a case log: the row (or XES event) is left out, the other rows stand
  | 'BAD_TIMESTAMP'
  | 'BAD_LIFECYCLE'
  | 'BAD_INTERVAL'
  | 'BAD_XML'
  | 'CASE_ITEM_CONFLICT'
  | 'UNKNOWN_ITEM'
  // warnings: reported, nothing left out
  | 'EMPTY_DURATION'
  | 'UNKNOWN_COLUMN'
  | 'TITLE_ROW'
  | 'UNCOVERED_YEAR'
  // warning of a case log: a case's times fall outside the working-day calendar (its durations are left out)
  | 'OUTSIDE_CALENDAR';

export type Severity = 'error' | 'warning';

/** One input problem, located as precisely as the input allows. */
export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  /** The file as the user named it. */
  file: string;
  /** CSV line (header = line 1); 0 when the problem is the file as a whole. */
  line: number;
  /** Contract column name (English), where one cell or column is at fault. */
  column?: string;
  itemCode?: string;
  message: string;
}

/** Items that were left out, with the first error that left each out. */
export interface LeftOutItem {
  itemCode: string;
  file: string;
  line: number;
}
