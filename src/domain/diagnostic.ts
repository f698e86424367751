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
  | 'BAD_DURATION'
  | 'BAD_WAIT'
  | 'BAD_UNIT'
  | 'BAD_BOOLEAN'
  | 'BAD_LIMIT'
  // a three-point estimate (duration_min, duration_days, duration_max) that does not hold together
  | 'BAD_THREE_POINT'
  | 'INCOMPLETE_THREE_POINT'
  | 'ITEM_VALUE_CONFLICT'
  | 'DUPLICATE_STEP'
  | 'UNKNOWN_STEP'
  | 'SELF_REFERENCE'
  | 'CYCLE'
  | 'DUPLICATE_ITEM'
  | 'COLUMN_COUNT'
  | 'UNTERMINATED_QUOTE'
  | 'BAD_QUOTE'
  // errors of a workbook (.xlsx, .xls) as a whole: nothing of it is read
  | 'NOT_A_WORKBOOK'
  | 'ENCRYPTED_WORKBOOK'
  | 'WORKBOOK_TOO_LARGE'
  | 'UNKNOWN_SHEET'
  // errors of a --calendar file: the row is left out, the other rows stand
  | 'BAD_DATE'
  | 'BAD_DAY_KIND'
  | 'DUPLICATE_DATE'
  // an error in the --roles file (word, role): the run stops before any item is read
  | 'BAD_ROLES_FILE'
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
  // how a type word (环节类型) was read: see the CSV contract's "Reading a type word"
  | 'UNKNOWN_ROLE'
  | 'ROLE_GUESSED'
  | 'ROLE_FROM_NAME'
  // how a duration word was read: see the CSV contract's "Duration words"
  | 'AMBIGUOUS_DAYS'
  | 'DURATION_RANGE'
  | 'DURATION_MINIMUM'
  | 'DURATION_DEADLINE'
  | 'DURATION_FROM_ACCEPTANCE'
  | 'DURATION_NOTE'
  | 'UNPARSED_DURATION'
  // a column the file lacks, read as the contract says (footnote ³)
  | 'NO_DURATION_COLUMN'
  | 'NO_PREDECESSORS_COLUMN'
  // a workbook's sheet that is not read
  | 'HIDDEN_SHEET'
  | 'SHEET_SKIPPED'
  // warning of a case log: a case's times fall outside the working-day calendar (its durations are left out)
  | 'OUTSIDE_CALENDAR'
  // the analysis: a data dependency against the declared order (a warning, the item is analysed)
  | 'DATA_AGAINST_ORDER'
  // the analysis: an item over the per-item time budget (an error: the item is left out, the run goes on)
  | 'ITEM_TIME_LIMIT';

export type Severity = 'error' | 'warning';

/** One input problem, located as precisely as the input allows. */
export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  /** The file as the user named it. */
  file: string;
  /** CSV line (header = line 1) or sheet row; 0 when the problem is the file (or sheet) as a whole. */
  line: number;
  /** In a workbook sheet, the cell's address (`G17`) where one cell is at fault; `file` then names the sheet (`窗口.xlsx[食品科]`). */
  cell?: string;
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
