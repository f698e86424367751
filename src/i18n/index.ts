// Public API of the message catalogues: the languages and one typed catalogue per area. A helper
// folder like graph/: it knows only what it words, and every stage may import it.

export { LANGS, DEFAULT_LANG, isLang, type Lang, type Catalogue } from './lang.js';
export { enQuote, enList, enCount, zhQuote, zhList, zhQuoteAll, formatDays } from './words.js';
export { ANALYSIS_TEXT, type AnalysisText, type DatePart, type StepList } from './analysis-text.js';
export { REPORT_TEXT, nameCandidate, type ReportText } from './report-text.js';
export { columnName } from './column-names.js';
export {
  IMPORT_TEXT,
  type ImportText,
  type ColumnRef,
  type RoleRef,
  type TimeUnit,
  type Amount,
  type DayColumn,
  type Instead,
  type UnreadableReason,
  type OtherTable,
  type WorkbookRefusal,
  type ZipDamage,
} from './import-text.js';
export { CASE_LOG_TEXT, type CaseLogText, type XesPlace, type MissingItem } from './case-log-text.js';
export { CALENDAR_TEXT, type CalendarText, type CalendarRowKind, type OutsideCalendarContext } from './calendar-text.js';
export { MODEL_TEXT, type ModelText, type MachineStateName, type StepName, type StepStateName } from './model-text.js';
export { CLI_TEXT, isWriteFailure, type WriteFailure, type CliText, type HelpHeading, type Placeholder, type ProgressUnit, type ProgressTask, type CheckStatus } from './cli-text.js';
