// What the import stage says about procedure files, workbooks and --roles files: every diagnostic's
// message, written once per language with named parameters. The English catalogue fixes the keys and
// parameters; the Chinese one must match it (the compiler checks both). A message never repeats the
// location (file:line) or the code: formatDiagnostic adds them in both languages alike.
// Chinese follows docs/glossary.md.

import type { Catalogue, Lang } from './lang.js';
import { enCount, enList, enQuote, zhList, zhQuote, zhQuoteAll } from './words.js';

/** A contract column as messages name it: its English contract name and its first Chinese header. */
export interface ColumnRef {
  name: string;
  chinese: string;
}

/** A role as messages name it: its contract name (`review`) and its first word of the table (审查). */
export interface RoleRef {
  role: string;
  word: string;
}

/** A unit of the contract's day columns. */
export type TimeUnit = 'workday' | 'calendar-day' | 'hour';

/** An amount of time as read from a cell: the number as messages write it, and its unit. */
export interface Amount {
  days: string;
  unit: TimeUnit;
}

/** The day columns, which messages name by what they hold. */
export type DayColumn = 'duration_days' | 'duration_min' | 'duration_max' | 'wait_days' | 'legal_limit_days' | 'promised_limit_days';

/** Why a reference names no step: the column it stands in. */
export type ReferenceColumn = 'predecessors' | 'hard_predecessors' | 'return_to';

/** What an unreadable day cell counts as instead. */
export type Instead = 'unknown-time' | 'no-wait' | 'not-given';

/** Why a file cannot be read; `other` carries the system's own words. */
export type UnreadableReason = 'missing' | 'directory' | 'permission' | 'other';

/** Where an item code was first used: a line of this file, or another file's line. */
export interface FirstUse {
  file: string | null;
  line: number;
}

/** Why a workbook cannot be read (see read-workbook.ts and zip-archive.ts). */
export type WorkbookRefusal =
  | { kind: 'not-a-workbook' }
  | { kind: 'zip-not-a-workbook' }
  | { kind: 'office-not-excel' }
  | { kind: 'unreadable'; detail: string }
  | { kind: 'cannot-parse'; detail: string }
  | { kind: 'encrypted' }
  | { kind: 'too-large'; bytes: number; maxBytes: number }
  | { kind: 'zip64' }
  | { kind: 'unpacks-too-large'; mib: string; maxMib: string }
  | { kind: 'part-bomb'; part: string; bytes: number }
  | { kind: 'zip-damaged'; damage: ZipDamage };

/** What is damaged in a workbook's zip structure. */
export type ZipDamage =
  | { kind: 'directory-outside' }
  | { kind: 'no-end-record' }
  | { kind: 'entry'; entry: number }
  | { kind: 'no-local-header'; part: string }
  | { kind: 'part-past-end'; part: string }
  | { kind: 'stored-sizes'; part: string }
  | { kind: 'inflate'; part: string; detail: string }
  | { kind: 'inflated-size'; part: string; bytes: number; declared: number }
  | { kind: 'method'; part: string; method: number };

/** A table read like a procedure CSV but left out row by row: a case log or a --calendar file. */
export type OtherTable = 'case-log' | 'calendar';

const EN_TABLE: Readonly<Record<OtherTable, string>> = { 'case-log': 'case log', calendar: 'calendar file' };
const ZH_TABLE: Readonly<Record<OtherTable, string>> = { 'case-log': '办件日志', calendar: '日历文件' };

const EN_UNIT: Readonly<Record<TimeUnit, string>> = {
  workday: 'working days (工作日)',
  'calendar-day': 'calendar days (自然日)',
  hour: 'hours (小时)',
};
const EN_DAY_COLUMN: Readonly<Record<DayColumn, string>> = {
  duration_days: 'duration (办理时限)',
  duration_min: 'shortest time (最短时限)',
  duration_max: 'longest time (最长时限)',
  wait_days: 'wait (等待时间)',
  legal_limit_days: 'legal limit (法定时限)',
  promised_limit_days: 'promised limit (承诺时限)',
};
const EN_REFERENCE: Readonly<Record<ReferenceColumn, string>> = {
  predecessors: 'predecessor (前置环节)',
  hard_predecessors: 'hard predecessor (法定前置)',
  return_to: 'return step (退回环节)',
};
const enColumn = (c: ColumnRef): string => `${c.name} (${c.chinese})`;
const enAmount = (a: Amount): string => `${a.days} ${EN_UNIT[a.unit]}`;
const enRoles = (roles: readonly RoleRef[]): string => roles.map((r) => `${r.role} (${r.word})`).join(' and ');
const enBy = (words: readonly string[]): string => (words.length === 0 ? '' : `, by the word${words.length > 1 ? 's' : ''} ${enList(words)}`);
const EN_OTHER = 'the step is other (其他): no gate, never removed or merged';
const EN_ENCODING_HINT = 'save it as UTF-8 or GBK, or name its encoding with --encoding';

function enZipDamage(d: ZipDamage): string {
  switch (d.kind) {
    case 'directory-outside':
      return 'the central directory lies outside the file';
    case 'no-end-record':
      return 'no end of central directory: the file was cut short';
    case 'entry':
      return `central directory entry ${d.entry} is damaged`;
    case 'no-local-header':
      return `the part ${d.part} has no local header`;
    case 'part-past-end':
      return `the part ${d.part} runs past the end of the file`;
    case 'stored-sizes':
      return `the stored part ${d.part} has two different sizes`;
    case 'inflate':
      return `the part ${d.part} does not inflate: ${d.detail}`;
    case 'inflated-size':
      return `the part ${d.part} inflates to ${d.bytes} bytes, not the ${d.declared} it declares`;
    case 'method':
      return `the part ${d.part} uses compression method ${d.method}`;
  }
}

function enWorkbook(r: WorkbookRefusal): string {
  switch (r.kind) {
    case 'not-a-workbook':
      return 'the file is neither an Excel workbook (.xlsx, .xls) nor CSV';
    case 'zip-not-a-workbook':
      return 'the file is a zip archive but not an Excel workbook (no [Content_Types].xml or xl/workbook part); .ods and other formats are not read: save it from Excel as .xlsx or CSV';
    case 'office-not-excel':
      return 'the file is an Office document but not an Excel workbook (no workbook stream: a Word or PowerPoint file?)';
    case 'unreadable':
      return `the file is not a readable workbook: ${r.detail}`;
    case 'cannot-parse':
      return `the workbook cannot be read: ${r.detail}`;
    case 'encrypted':
      return 'the workbook is encrypted (password-protected); remove the password in Excel (文件 → 信息 → 保护工作簿) and save it again';
    case 'too-large':
      return `the workbook is ${r.bytes} bytes, more than the ${r.maxBytes} procopt reads from one workbook`;
    case 'zip64':
      return 'the workbook is a ZIP64 archive (over 4 GB or 65535 parts), far beyond what procopt reads';
    case 'unpacks-too-large':
      return `the workbook unpacks to ${r.mib} MiB (declared), more than the ${r.maxMib} MiB procopt reads from one workbook (a zip bomb, or a sheet far beyond 100 000 rows); split it, or save it as CSV`;
    case 'part-bomb':
      return `the part ${r.part} inflates to more than the ${r.bytes} bytes it declares (a zip bomb?); nothing was read`;
    case 'zip-damaged':
      return `the file is not a readable workbook: its zip structure is damaged (${enZipDamage(r.damage)}); open it in Excel and save it again`;
  }
}

const en = {
  // How formatDiagnostic writes a line: the label of a warning and a column, and the item/step prefix.
  warningLabel: () => 'warning: ',
  columnPrefix: (p: { column: ColumnRef }) => `${p.column.name}: `,
  subjectItem: (p: { itemCode: string }) => `item ${p.itemCode}: `,
  subjectStep: (p: { stepId: string }) => `step ${p.stepId}: `,
  subjectItemStep: (p: { itemCode: string; stepId: string }) => `item ${p.itemCode}, step ${p.stepId}: `,

  // Files that cannot be read at all.
  unreadableFile: (p: { what: 'file' | 'case-log'; reason: UnreadableReason; detail: string }) =>
    `cannot read the ${p.what === 'file' ? 'file' : 'case log'}: ${p.reason === 'missing' ? 'no such file' : p.reason === 'directory' ? 'it is a directory, not a file' : p.reason === 'permission' ? 'permission denied' : p.detail}`,
  emptyFile: () => 'the file is empty: no header and no steps',
  headerOnly: () => 'the file has a header but no steps',
  undecodable: (p: { encoding: string; more: number }) =>
    `bytes that are not valid ${p.encoding} (undecodable, shown as U+FFFD)${p.more > 0 ? ` (and ${p.more} more lines)` : ''}; the whole file is left out — ${EN_ENCODING_HINT}`,
  titleRow: (p: { title: string }) => `title row ${enQuote(p.title)} above the header skipped`,

  // The header.
  quoteProblem: (p: { kind: 'bad-quote' | 'unterminated-quote' }) =>
    p.kind === 'unterminated-quote'
      ? 'a quote (") opened here is never closed'
      : 'a quote (") stands inside an unquoted cell or after a closing quote; quote the whole cell and double inner quotes ("")',
  headerQuote: (p: { kind: 'bad-quote' | 'unterminated-quote' }) => `${en.quoteProblem(p)} in the header; the whole file is left out`,
  duplicateColumn: (p: { header: string; column: ColumnRef; first: number }) =>
    `${enQuote(p.header)} names ${enColumn(p.column)} again (column ${p.first} already does); the whole file is left out`,
  duplicateUnknownColumn: (p: { header: string; first: number; second: number }) =>
    `column ${enQuote(p.header)} appears twice (columns ${p.first} and ${p.second}); the whole file is left out`,
  missingColumn: (p: { column: ColumnRef; accepted: readonly string[] }) =>
    `required column ${p.column.name} is missing (header names accepted: ${enList(p.accepted)}); the whole file is left out`,
  unknownColumns: (p: { headers: readonly string[] }) =>
    `unknown column${p.headers.length > 1 ? 's' : ''} ${enList(p.headers.map(enQuote))} kept as step attributes`,
  noDurationColumn: () =>
    "the file has no duration column (办理时限, 时限, 办理时间): every step's time is unknown (counted as 0), so every item's durations are incomplete",

  // A row.
  rowQuote: (p: { kind: 'bad-quote' | 'unterminated-quote' }) =>
    `${en.quoteProblem(p)}${p.kind === 'unterminated-quote' ? '; reading goes on at the next line' : ''}`,
  columnCount: (p: { cells: number; width: number }) => `the row has ${p.cells} cells but the header has ${p.width}`,
  noItemCode: (p: { column: ColumnRef }) => `${enColumn(p.column)} is empty, so the row belongs to no item`,
  emptyStepCell: (p: { column: ColumnRef }) => `${enColumn(p.column)} is empty; every step needs one`,
  badUnit: (p: { cell: string }) => `unknown unit (时限单位) ${enQuote(p.cell)}; expected workday 工作日, calendar-day 自然日 or hour 小时`,
  unitConflict: (p: { column: ColumnRef; header: TimeUnit; row: TimeUnit }) =>
    `the header gives ${enColumn(p.column)} in ${EN_UNIT[p.header]}, but this row's unit (时限单位) says ${EN_UNIT[p.row]}`,
  negativeDays: (p: { column: DayColumn; unit: TimeUnit; cell: string }) =>
    `${p.column === 'duration_days' ? 'duration' : EN_DAY_COLUMN[p.column]} must be ≥ 0 ${EN_UNIT[p.unit]}, got ${enQuote(p.cell)}`,
  // Three-point estimates (duration_min, duration_max around duration_days).
  threePointIncomplete: (p: { given: DayColumn; missing: DayColumn }) =>
    `${EN_DAY_COLUMN[p.given]} is given but ${EN_DAY_COLUMN[p.missing]} is empty: a three-point estimate needs both (or neither, for a certain time)`,
  threePointUnreadable: (p: { column: DayColumn; cell: string }) =>
    `${EN_DAY_COLUMN[p.column]} ${enQuote(p.cell)} is not a duration procopt can read (a number of 工作日, 自然日 or 小时, 天, a range, 不少于 …, … 内, 即办 …)`,
  threePointNoLikely: (p: { cell: string }) =>
    `a three-point estimate needs the most likely time in ${EN_DAY_COLUMN.duration_days}, which is ${p.cell === '' ? 'empty' : enQuote(p.cell)}`,
  threePointOrder: (p: { column: 'duration_min' | 'duration_max'; days: number; likely: number }) =>
    `${EN_DAY_COLUMN[p.column]} ${p.days} ${EN_UNIT.workday} ${p.column === 'duration_min' ? 'exceeds' : 'is below'} the most likely time ${p.likely} ${EN_UNIT.workday} (办理时限); a three-point estimate needs min ≤ most likely ≤ max`,
  unparsedDays: (p: { column: DayColumn; cell: string; instead: Instead }) =>
    `${EN_DAY_COLUMN[p.column]} ${enQuote(p.cell)} is not a duration procopt can read (a number of 工作日, 自然日 or 小时, 天, a range, 不少于 …, … 内, 即办 …): ${
      p.instead === 'unknown-time'
        ? "the step's time is unknown (counted as 0; the item's durations are incomplete)"
        : p.instead === 'no-wait'
          ? 'read as empty (no wait)'
          : 'read as not given'
    }`,
  badBoolean: (p: { column: ColumnRef; cell: string }) => `${enColumn(p.column)} must be 是/否, yes/no, true/false, 1/0 or Y/N, got ${enQuote(p.cell)}`,

  // How a duration word was read (warnings).
  ambiguousDays: (p: { column: DayColumn; cell: string; amount: Amount }) =>
    `${EN_DAY_COLUMN[p.column]} ${enQuote(p.cell)}: 天/日 does not say whether working or calendar days; read as ${enAmount(p.amount)} (write 个工作日 or 个自然日 to say which)`,
  durationRange: (p: { column: DayColumn; cell: string; amount: Amount }) =>
    `${EN_DAY_COLUMN[p.column]} ${enQuote(p.cell)} is a range: read as its larger bound, ${enAmount(p.amount)}`,
  durationMinimum: (p: { column: DayColumn; cell: string; amount: Amount }) =>
    `${EN_DAY_COLUMN[p.column]} ${enQuote(p.cell)} is a minimum period: read as its minimum, ${enAmount(p.amount)}`,
  durationDeadline: (p: { column: DayColumn; cell: string; amount: Amount }) =>
    `${EN_DAY_COLUMN[p.column]} ${enQuote(p.cell)} is a deadline (at most): read as the time it allows, ${enAmount(p.amount)}`,
  durationFromAcceptance: (p: { column: DayColumn; cell: string; amount: Amount }) =>
    `${EN_DAY_COLUMN[p.column]} ${enQuote(p.cell)} is a deadline counted from 受理: read as the step's own time, ${enAmount(p.amount)}`,
  durationNote: (p: { column: DayColumn; cell: string; amount: Amount; note: string }) =>
    `${EN_DAY_COLUMN[p.column]} ${enQuote(p.cell)}: the note ${enQuote(p.note)} at its end is dropped; read as ${enAmount(p.amount)}`,
  emptyDuration: () => "duration (办理时限) is empty; the step counts as 0 days and the item's durations are incomplete",

  // How a type word (环节类型) was read (warnings).
  roleFromName: (p: { name: string; roles: readonly RoleRef[]; words: readonly string[] }) =>
    `the type cell (环节类型) is empty: the step name ${enQuote(p.name)} is read as ${enRoles(p.roles)}${enBy(p.words)}`,
  roleFromNameUnknown: (p: { name: string }) =>
    `the type cell (环节类型) is empty and nothing in the step name ${enQuote(p.name)} is a known word, so ${EN_OTHER}`,
  roleGuessed: (p: { word: string; roles: readonly RoleRef[]; words: readonly string[] }) =>
    `type word (环节类型) ${enQuote(p.word)} is not in the table: read as ${enRoles(p.roles)}${enBy(p.words)}`,
  unknownRole: (p: { word: string; closest: readonly { word: string; role: RoleRef }[] }) =>
    `unknown type word (环节类型) ${enQuote(p.word)}: ${EN_OTHER}${
      p.closest.length > 0 ? `; closest table words: ${enList(p.closest.map((c) => `${c.word} (${c.role.role})`))}` : ''
    }; a centre's own words can be given with --roles FILE`,

  // An item as a whole.
  duplicateStep: (p: { stepId: string; first: number }) => `step id ${enQuote(p.stepId)} is used twice (first at line ${p.first})`,
  itemNameConflict: (p: { name: string; other: string; line: number }) =>
    `item name (事项名称) ${enQuote(p.name)} disagrees with ${enQuote(p.other)} at line ${p.line}`,
  limitConflict: (p: { column: 'legal_limit_days' | 'promised_limit_days'; value: number; other: number; line: number }) =>
    `${p.column === 'legal_limit_days' ? 'legal limit (法定时限)' : 'promised limit (承诺时限)'} ${p.value} disagrees with ${p.other} at line ${p.line}`,
  noItemName: (p: { column: ColumnRef }) => `${enColumn(p.column)} is empty on every row of the item`,
  selfReference: (p: { column: 'predecessors' | 'hard_predecessors' }) =>
    `the step lists itself as a ${p.column === 'predecessors' ? 'predecessor (前置环节)' : 'hard predecessor (法定前置)'}`,
  unknownReference: (p: { column: ReferenceColumn; stepId: string }) => `${EN_REFERENCE[p.column]} ${enQuote(p.stepId)} is not a step of this item`,
  cycle: (p: { stepIds: readonly string[] }) => `cycle in the declared order: ${p.stepIds.join(' → ')}`,
  noPredecessorsColumn: (p: { rows: number }) =>
    `the file has no predecessors column (前置环节): the item's ${p.rows} rows are read as a chain, each step after the row before it, as the declared order`,
  duplicateItem: (p: { itemCode: string; first: FirstUse }) =>
    `item ${p.itemCode} is already defined in ${p.first.file === null ? `line ${p.first.line}` : `${p.first.file}:${p.first.line}`}; an item code must be unique across files, so the first file's item is kept and this one is left out`,

  // Workbooks.
  workbookRefused: (p: { refusal: WorkbookRefusal }) => `${enWorkbook(p.refusal)}; the whole file is left out`,
  unknownSheet: (p: { sheet: string; sheets: readonly string[] }) =>
    `no sheet ${enQuote(p.sheet)} (--sheet) in the workbook; its sheets are ${enList(p.sheets.map(enQuote))}`,
  hiddenSheet: (p: { sheet: string }) => `hidden sheet ${enQuote(p.sheet)} skipped; name it with --sheet to read it`,
  sheetSkipped: (p: { sheet: string }) =>
    `sheet ${enQuote(p.sheet)} skipped: none of its first rows is a header naming the procedure columns (事项编码, 环节编号, 环节名称, …)`,
  noProcedureSheet: () => 'the workbook has no sheet with a procedure table (a header row naming 事项编码, 环节编号, 环节名称, …)',

  // The --roles file (word, role).
  rolesUndecodable: (p: { encoding: string }) => `the roles file has bytes that are not valid ${p.encoding}; ${EN_ENCODING_HINT}`,
  rolesQuote: () => 'a quote (") is not closed or stands inside an unquoted cell; quote the whole cell and double inner quotes ("")',
  rolesEmptyWord: () => 'the word is empty; each row is: word, role (e.g. 会办,review)',
  rolesTooManyCells: (p: { word: string }) => `the row has more than two cells; each row is: word, role (e.g. ${p.word},review)`,
  rolesNoRole: (p: { word: string; roles: readonly RoleRef[] }) =>
    `no role is given for the word ${enQuote(p.word)}; a role is one of ${enList(p.roles.map((r) => r.role))}, or a word of the table (审查, 受理 …)`,
  rolesBadRole: (p: { word: string; cell: string; roles: readonly RoleRef[] }) =>
    `${enQuote(p.cell)} (for the word ${enQuote(p.word)}) is not a role of the table; a role is one of ${enList(p.roles.map((r) => r.role))}, or a word of the table (审查, 受理 …)`,
  rolesConflict: (p: { word: string; role: RoleRef; other: RoleRef; line: number }) =>
    `the word ${enQuote(p.word)} is given the role ${p.role.role} here and ${p.other.role} at line ${p.line}`,
  rolesEmpty: () => 'the roles file holds no words; each row is: word, role (e.g. 会办,review)',
  /** How many problems the --roles file has, for the error that stops the run. */
  rolesFileProblems: (p: { file: string; problems: number }) =>
    `the roles file ${p.file} has ${enCount(p.problems, 'problem')} (above); fix it, or run without --roles`,

  // What case logs and --calendar files share (`what` names the file: its rows are left out one by one).
  tableHeaderQuote: (p: { what: OtherTable }) => `a quote problem in the header; the ${EN_TABLE[p.what]} is left out`,
  tableDuplicateColumn: (p: { what: OtherTable; header: string; column: ColumnRef; first: number }) =>
    `${enQuote(p.header)} names the ${p.column.name} column again (column ${p.first} already does); the ${EN_TABLE[p.what]} is left out`,
  tableMissingColumn: (p: { what: OtherTable; column: ColumnRef; accepted: readonly string[] }) =>
    `required column ${p.column.name} is missing (header names accepted: ${enList(p.accepted)}); the ${EN_TABLE[p.what]} is left out`,
  tableUnknownColumns: (p: { headers: readonly string[] }) => `unknown column${p.headers.length > 1 ? 's' : ''} ${enList(p.headers.map(enQuote))} ignored`,
  tableRowQuote: (p: { kind: 'bad-quote' | 'unterminated-quote' }) =>
    `${p.kind === 'unterminated-quote' ? 'a quote (") opened here is never closed' : 'a quote (") stands inside an unquoted cell or after a closing quote'}; the row is left out`,
  tableRowUndecodable: (p: { what: OtherTable; encoding: string }) =>
    `bytes that are not valid ${p.encoding} (shown as U+FFFD); the row is left out — save the ${p.what === 'case-log' ? 'log' : 'file'} as UTF-8 or GBK, or name its encoding with --encoding`,
  tableMoreUndecodable: (p: { rows: number }) => `${p.rows} more rows with undecodable bytes left out`,
  tableColumnCount: (p: { cells: number; width: number }) => `the row has ${p.cells} cells but the header has ${p.width}; the row is left out`,
};

/** The import catalogue's shape: every language has exactly these messages and parameters. */
export type ImportText = Catalogue<typeof en>;

const ZH_UNIT: Readonly<Record<TimeUnit, string>> = { workday: '工作日', 'calendar-day': '自然日', hour: '小时' };
const ZH_AMOUNT_UNIT: Readonly<Record<TimeUnit, string>> = { workday: '个工作日', 'calendar-day': '个自然日', hour: '小时' };
const ZH_DAY_COLUMN: Readonly<Record<DayColumn, string>> = {
  duration_days: '办理时限',
  duration_min: '最短时限',
  duration_max: '最长时限',
  wait_days: '等待时间',
  legal_limit_days: '法定时限',
  promised_limit_days: '承诺时限',
};
const ZH_REFERENCE: Readonly<Record<ReferenceColumn, string>> = { predecessors: '前置环节', hard_predecessors: '法定前置', return_to: '退回环节' };
const zhAmount = (a: Amount): string => `${a.days} ${ZH_AMOUNT_UNIT[a.unit]}`;
const zhRoles = (roles: readonly RoleRef[]): string => roles.map((r) => zhQuote(r.word)).join('和');
const zhBy = (words: readonly string[]): string => (words.length === 0 ? '' : `（依据${zhQuoteAll(words)}${words.length > 1 ? '等词' : '一词'}）`);
const ZH_OTHER = '该环节按“其他”处理：不作为关口，不予删除或合并';
const ZH_ENCODING_HINT = '请将文件另存为 UTF-8 或 GBK 编码，或以 --encoding 指明其编码';

function zhZipDamage(d: ZipDamage): string {
  switch (d.kind) {
    case 'directory-outside':
      return '中央目录位于文件之外';
    case 'no-end-record':
      return '缺少中央目录结束记录，文件不完整';
    case 'entry':
      return `中央目录第 ${d.entry} 项已损坏`;
    case 'no-local-header':
      return `部件 ${d.part} 缺少本地文件头`;
    case 'part-past-end':
      return `部件 ${d.part} 超出文件末尾`;
    case 'stored-sizes':
      return `未压缩部件 ${d.part} 的两处大小不一致`;
    case 'inflate':
      return `部件 ${d.part} 无法解压：${d.detail}`;
    case 'inflated-size':
      return `部件 ${d.part} 解压后为 ${d.bytes} 字节，与声明的 ${d.declared} 字节不符`;
    case 'method':
      return `部件 ${d.part} 使用了不支持的压缩方式（${d.method}）`;
  }
}

function zhWorkbook(r: WorkbookRefusal): string {
  switch (r.kind) {
    case 'not-a-workbook':
      return '该文件既不是 Excel 工作簿（.xlsx、.xls），也不是 CSV 文件';
    case 'zip-not-a-workbook':
      return '该文件是压缩包，但不是 Excel 工作簿（缺少工作簿部件）；.ods 等格式不予读取，请在 Excel 中另存为 .xlsx 或 CSV';
    case 'office-not-excel':
      return '该文件是 Office 文档，但不是 Excel 工作簿（可能是 Word 或 PowerPoint 文件）';
    case 'unreadable':
      return `该文件不是可读取的工作簿：${r.detail}`;
    case 'cannot-parse':
      return `工作簿无法读取：${r.detail}`;
    case 'encrypted':
      return '工作簿已加密（设有密码）；请在 Excel 中取消密码（文件 → 信息 → 保护工作簿）后重新保存';
    case 'too-large':
      return `工作簿大小为 ${r.bytes} 字节，超过单个工作簿可读取的上限（${r.maxBytes} 字节）`;
    case 'zip64':
      return '工作簿为 ZIP64 格式（超过 4 GB 或 65535 个部件），远超可读取的范围';
    case 'unpacks-too-large':
      return `工作簿解压后为 ${r.mib} MiB（按声明），超过单个工作簿可读取的上限（${r.maxMib} MiB），可能是恶意压缩文件，或工作表远超 10 万行；请拆分，或另存为 CSV`;
    case 'part-bomb':
      return `部件 ${r.part} 解压后超过其声明的 ${r.bytes} 字节（疑似恶意压缩文件），未读取任何内容`;
    case 'zip-damaged':
      return `该文件不是可读取的工作簿：压缩结构已损坏（${zhZipDamage(r.damage)}）；请在 Excel 中打开后重新保存`;
  }
}

const zhCN: ImportText = {
  warningLabel: () => '警告：',
  columnPrefix: (p) => `${p.column.chinese}：`,
  subjectItem: (p) => `事项 ${p.itemCode}：`,
  subjectStep: (p) => `环节 ${p.stepId}：`,
  subjectItemStep: (p) => `事项 ${p.itemCode}，环节 ${p.stepId}：`,

  unreadableFile: (p) =>
    `无法读取该${p.what === 'file' ? '文件' : '办件日志'}：${p.reason === 'missing' ? '文件不存在' : p.reason === 'directory' ? '这是一个文件夹，不是文件' : p.reason === 'permission' ? '没有读取权限' : p.detail}`,
  emptyFile: () => '文件为空：既无表头，也无环节',
  headerOnly: () => '文件只有表头，没有环节',
  undecodable: (p) => `含有不符合 ${p.encoding} 编码的字节，无法解码${p.more > 0 ? `（另有 ${p.more} 行同样无法解码）` : ''}；整个文件未读取，${ZH_ENCODING_HINT}`,
  titleRow: (p) => `已跳过表头上方的标题行${zhQuote(p.title)}`,

  quoteProblem: (p) =>
    p.kind === 'unterminated-quote' ? '此处开始的引号（"）没有闭合' : '引号（"）出现在未加引号的单元格内或闭合引号之后；请将整个单元格置于引号内，单元格内的引号写作两个（""）',
  headerQuote: (p) => `表头有误：${zhCN.quoteProblem(p)}；整个文件未读取`,
  duplicateColumn: (p) => `${zhQuote(p.header)}与第 ${p.first} 列重复，均指“${p.column.chinese}”列；整个文件未读取`,
  duplicateUnknownColumn: (p) => `列${zhQuote(p.header)}出现两次（第 ${p.first} 列和第 ${p.second} 列）；整个文件未读取`,
  missingColumn: (p) => `缺少必填列“${p.column.chinese}”（可用的表头名称：${zhList(p.accepted)}）；整个文件未读取`,
  unknownColumns: (p) => `未知列${zhQuoteAll(p.headers)}作为环节属性保留`,
  noDurationColumn: () => '文件没有办理时限列（办理时限、时限、办理时间）：各环节用时不明（按 0 计），所有事项均为时限未填',

  rowQuote: (p) => `${zhCN.quoteProblem(p)}${p.kind === 'unterminated-quote' ? '；从下一行继续读取' : ''}`,
  columnCount: (p) => `该行有 ${p.cells} 个单元格，而表头有 ${p.width} 个`,
  noItemCode: (p) => `${p.column.chinese}为空，该行不属于任何事项`,
  emptyStepCell: (p) => `${p.column.chinese}为空；每个环节均须填写`,
  badUnit: (p) => `时限单位${zhQuote(p.cell)}无法识别；应为工作日、自然日或小时`,
  unitConflict: (p) => `表头注明${p.column.chinese}以${ZH_UNIT[p.header]}计，而本行的时限单位为${ZH_UNIT[p.row]}`,
  negativeDays: (p) => `${ZH_DAY_COLUMN[p.column]}不得为负数（以${ZH_UNIT[p.unit]}计），实为${zhQuote(p.cell)}`,
  threePointIncomplete: (p) => `填写了${ZH_DAY_COLUMN[p.given]}，但${ZH_DAY_COLUMN[p.missing]}为空：三点估计须两者都填（时限确定的环节两者都不填）`,
  threePointUnreadable: (p) => `${ZH_DAY_COLUMN[p.column]}${zhQuote(p.cell)}无法识别为时限（应为工作日、自然日或小时数，天数、区间、“不少于……”、“……内”、“即办”等）`,
  threePointNoLikely: (p) => `三点估计需要在办理时限中填写最可能时限，该栏${p.cell === '' ? '为空' : `为${zhQuote(p.cell)}`}`,
  threePointOrder: (p) =>
    `${ZH_DAY_COLUMN[p.column]} ${p.days} 个工作日${p.column === 'duration_min' ? '大于' : '小于'}最可能时限（办理时限）${p.likely} 个工作日；三点估计须满足最短 ≤ 最可能 ≤ 最长`,
  unparsedDays: (p) =>
    `${ZH_DAY_COLUMN[p.column]}${zhQuote(p.cell)}无法识别为时长（可写数字加工作日、自然日、小时或天，也可写区间、“不少于……”“……内”“即办”等）：${
      p.instead === 'unknown-time' ? '该环节用时不明（按 0 计，本事项时限未填）' : p.instead === 'no-wait' ? '按空白处理（无等待时间）' : '按未填写处理'
    }`,
  badBoolean: (p) => `${p.column.chinese}应填写“是”或“否”，实为${zhQuote(p.cell)}`,

  ambiguousDays: (p) =>
    `${ZH_DAY_COLUMN[p.column]}${zhQuote(p.cell)}：“天”或“日”未说明是工作日还是自然日，按 ${zhAmount(p.amount)}计（请写明“个工作日”或“个自然日”）`,
  durationRange: (p) => `${ZH_DAY_COLUMN[p.column]}${zhQuote(p.cell)}为区间，按上限 ${zhAmount(p.amount)}计`,
  durationMinimum: (p) => `${ZH_DAY_COLUMN[p.column]}${zhQuote(p.cell)}为最短期限，按下限 ${zhAmount(p.amount)}计`,
  durationDeadline: (p) => `${ZH_DAY_COLUMN[p.column]}${zhQuote(p.cell)}为最长期限，按其允许的时间 ${zhAmount(p.amount)}计`,
  durationFromAcceptance: (p) => `${ZH_DAY_COLUMN[p.column]}${zhQuote(p.cell)}为自受理之日起算的期限，按本环节用时 ${zhAmount(p.amount)}计`,
  durationNote: (p) => `${ZH_DAY_COLUMN[p.column]}${zhQuote(p.cell)}：末尾的说明${zhQuote(p.note)}不予计入，按 ${zhAmount(p.amount)}计`,
  emptyDuration: () => '办理时限为空；该环节按 0 个工作日计，本事项时限未填',

  roleFromName: (p) => `环节类型为空：按环节名称${zhQuote(p.name)}读作${zhRoles(p.roles)}${zhBy(p.words)}`,
  roleFromNameUnknown: (p) => `环节类型为空，环节名称${zhQuote(p.name)}中也没有可识别的用语，${ZH_OTHER}`,
  roleGuessed: (p) => `环节类型${zhQuote(p.word)}不在用语表中：读作${zhRoles(p.roles)}${zhBy(p.words)}`,
  unknownRole: (p) =>
    `环节类型${zhQuote(p.word)}无法识别：${ZH_OTHER}${
      p.closest.length > 0 ? `；最接近的用语：${zhList(p.closest.map((c) => `${c.word}（${c.role.word}）`))}` : ''
    }；本中心的自有用语可用 --roles 文件提供`,

  duplicateStep: (p) => `环节编号${zhQuote(p.stepId)}重复使用（首次出现在第 ${p.first} 行）`,
  itemNameConflict: (p) => `事项名称${zhQuote(p.name)}与第 ${p.line} 行的${zhQuote(p.other)}不一致`,
  limitConflict: (p) => `${p.column === 'legal_limit_days' ? '法定时限' : '承诺时限'} ${p.value} 与第 ${p.line} 行的 ${p.other} 不一致`,
  noItemName: (p) => `该事项各行的${p.column.chinese}均为空`,
  selfReference: (p) => `该环节将自身列为${p.column === 'predecessors' ? '前置环节' : '法定前置'}`,
  unknownReference: (p) => `${ZH_REFERENCE[p.column]}${zhQuote(p.stepId)}不是本事项的环节`,
  cycle: (p) => `现行顺序存在循环：${p.stepIds.join(' → ')}`,
  noPredecessorsColumn: (p) => `文件没有前置环节列：该事项的 ${p.rows} 行按文件顺序依次衔接，作为现行顺序`,
  duplicateItem: (p) =>
    `事项 ${p.itemCode} 已在${p.first.file === null ? `第 ${p.first.line} 行` : ` ${p.first.file} 第 ${p.first.line} 行`}定义；事项编码在各文件之间应当唯一，保留先出现的事项，此处的事项未纳入分析`,

  workbookRefused: (p) => `${zhWorkbook(p.refusal)}；整个文件未读取`,
  unknownSheet: (p) => `工作簿中没有名为${zhQuote(p.sheet)}的工作表（--sheet）；现有工作表为${zhQuoteAll(p.sheets)}`,
  hiddenSheet: (p) => `已跳过隐藏的工作表${zhQuote(p.sheet)}；如需读取，请以 --sheet 指明`,
  sheetSkipped: (p) => `已跳过工作表${zhQuote(p.sheet)}：其前几行均不是列明办理规程各列（事项编码、环节编号、环节名称等）的表头`,
  noProcedureSheet: () => '工作簿中没有办理规程表（表头应列明事项编码、环节编号、环节名称等）',

  rolesUndecodable: (p) => `用语文件含有不符合 ${p.encoding} 编码的字节；${ZH_ENCODING_HINT}`,
  rolesQuote: () => '引号（"）没有闭合，或出现在未加引号的单元格内；请将整个单元格置于引号内，单元格内的引号写作两个（""）',
  rolesEmptyWord: () => '用语为空；每行应为：用语,环节类型（例如：会办,审查）',
  rolesTooManyCells: (p) => `该行多于两个单元格；每行应为：用语,环节类型（例如：${p.word},审查）`,
  rolesNoRole: (p) => `用语${zhQuote(p.word)}未给出环节类型；环节类型应为${zhList(p.roles.map((r) => r.word))}之一，或用语表中的其他词`,
  rolesBadRole: (p) => `${zhQuote(p.cell)}（用语${zhQuote(p.word)}）不是环节类型；环节类型应为${zhList(p.roles.map((r) => r.word))}之一，或用语表中的其他词`,
  rolesConflict: (p) => `用语${zhQuote(p.word)}在此处为“${p.role.word}”，在第 ${p.line} 行为“${p.other.word}”，前后不一致`,
  rolesEmpty: () => '用语文件中没有任何用语；每行应为：用语,环节类型（例如：会办,审查）',
  rolesFileProblems: (p) => `用语文件 ${p.file} 有 ${p.problems} 处问题（见上文）；请修正，或不使用 --roles 运行`,

  tableHeaderQuote: (p) => `表头中的引号有误；整个${ZH_TABLE[p.what]}未读取`,
  tableDuplicateColumn: (p) => `${zhQuote(p.header)}与第 ${p.first} 列重复，均指“${p.column.chinese}”列；整个${ZH_TABLE[p.what]}未读取`,
  tableMissingColumn: (p) => `缺少必填列“${p.column.chinese}”（可用的表头名称：${zhList(p.accepted)}）；整个${ZH_TABLE[p.what]}未读取`,
  tableUnknownColumns: (p) => `未知列${zhQuoteAll(p.headers)}不予读取`,
  tableRowQuote: (p) => `${p.kind === 'unterminated-quote' ? '此处开始的引号（"）没有闭合' : '引号（"）出现在未加引号的单元格内或闭合引号之后'}；该行未读取`,
  tableRowUndecodable: (p) => `含有不符合 ${p.encoding} 编码的字节；该行未读取，${ZH_ENCODING_HINT}`,
  tableMoreUndecodable: (p) => `另有 ${p.rows} 行含有无法解码的字节，未读取`,
  tableColumnCount: (p) => `该行有 ${p.cells} 个单元格，而表头有 ${p.width} 个；该行未读取`,
};

/** The import messages in every language. */
export const IMPORT_TEXT: Readonly<Record<Lang, ImportText>> = { en, 'zh-CN': zhCN };
