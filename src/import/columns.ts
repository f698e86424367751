// The CSV contract's columns, units and boolean words (docs/procedure-csv.md),
// with their Chinese aliases; header and cell words are matched trimmed and case-insensitively.

/** Contract column names (English), in the contract's order. */
export type ColumnName =
  | 'item_code'
  | 'item_name'
  | 'step_id'
  | 'step_name'
  | 'department'
  | 'role'
  | 'duration_days'
  | 'duration_min'
  | 'duration_max'
  | 'duration_unit'
  | 'wait_days'
  | 'counts_toward_limit'
  | 'predecessors'
  | 'hard_predecessors'
  | 'inputs'
  | 'outputs'
  | 'applicant_visit'
  | 'condition'
  | 'return_to'
  | 'legal_limit_days'
  | 'promised_limit_days';

export interface ColumnSpec {
  name: ColumnName;
  /** Chinese aliases; the first is what the CSV writer uses for Chinese headers. */
  aliases: readonly string[];
  /** The header must name this column. */
  required: boolean;
}

/** Every contract column in the contract's order (also the CSV writer's column order). */
export const COLUMNS: readonly ColumnSpec[] = [
  { name: 'item_code', aliases: ['事项编码', '事项代码'], required: true },
  { name: 'item_name', aliases: ['事项名称'], required: true },
  { name: 'step_id', aliases: ['环节编号', '环节序号'], required: true },
  { name: 'step_name', aliases: ['环节名称'], required: true },
  { name: 'department', aliases: ['承办部门', '办理部门', '窗口', '责任单位'], required: true },
  { name: 'role', aliases: ['环节类型'], required: false },
  { name: 'duration_days', aliases: ['办理时限', '时限', '办理时间'], required: false },
  { name: 'duration_min', aliases: ['最短时限'], required: false },
  { name: 'duration_max', aliases: ['最长时限'], required: false },
  { name: 'duration_unit', aliases: ['时限单位', '计时单位'], required: false },
  { name: 'wait_days', aliases: ['等待时间', '流转时间'], required: false },
  { name: 'counts_toward_limit', aliases: ['计入时限', '是否计算在法定办结时限内'], required: false },
  { name: 'predecessors', aliases: ['前置环节', '上一环节'], required: false },
  { name: 'hard_predecessors', aliases: ['法定前置', '必须前置'], required: false },
  { name: 'inputs', aliases: ['所需材料', '申请材料', '输入'], required: false },
  { name: 'outputs', aliases: ['产出', '输出', '结果'], required: false },
  { name: 'applicant_visit', aliases: ['需到场', '申请人到场', '是否到场'], required: false },
  { name: 'condition', aliases: ['适用条件', '触发条件'], required: false },
  { name: 'return_to', aliases: ['退回环节', '补正环节'], required: false },
  { name: 'legal_limit_days', aliases: ['法定时限', '法定办结时限'], required: false },
  { name: 'promised_limit_days', aliases: ['承诺时限', '承诺办结时限'], required: false },
];

/** Lower-cases and folds spaces and hyphens to `_`, so `Item Code`, `item-code` and `ITEM_CODE` match. */
export function normalizeHeader(text: string): string {
  return text.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

const COLUMN_BY_HEADER: ReadonlyMap<string, ColumnName> = new Map(
  COLUMNS.flatMap((c) => [c.name, ...c.aliases].map((h) => [normalizeHeader(h), c.name] as const)),
);

/** Columns whose values are days, so a header may name their unit: `办理时限（工作日）`, `等待时间（小时）`, `承诺时限（自然日）`. */
const DAY_COLUMNS: ReadonlySet<ColumnName> = new Set<ColumnName>(['duration_days', 'duration_min', 'duration_max', 'wait_days', 'legal_limit_days', 'promised_limit_days']);

/** A header cell read: the contract column it names and, for a day column, the unit it names (null: none named). */
export interface HeaderColumn {
  column: ColumnName;
  unit: DurationUnit | null;
}

/**
 * The contract column a header cell names, with the unit it gives in brackets, or undefined for an
 * unknown column. Excel sheets often name the unit in the header: a trailing `（工作日）`,
 * `（自然日）`, `(hours)` … on a day column gives that column's unit (converted as duration_unit is).
 * A bracket that names no unit, or a unit on another column, leaves the header unknown.
 */
export function readHeaderColumn(header: string): HeaderColumn | undefined {
  const exact = COLUMN_BY_HEADER.get(normalizeHeader(header));
  if (exact !== undefined) return { column: exact, unit: null };
  const annotated = /^(.*?)\s*[（(]\s*([^（）()]+?)\s*[)）]\s*$/.exec(header);
  if (annotated === null) return undefined;
  const unit = findUnit(annotated[2]!);
  const column = COLUMN_BY_HEADER.get(normalizeHeader(annotated[1]!));
  return unit !== undefined && column !== undefined && DAY_COLUMNS.has(column) ? { column, unit } : undefined;
}

/** The contract column a header cell names (see readHeaderColumn), or undefined for an unknown column. */
export function findColumn(header: string): ColumnName | undefined {
  return readHeaderColumn(header)?.column;
}

export type DurationUnit = 'workday' | 'calendar-day' | 'hour';

const UNIT_BY_WORD: ReadonlyMap<string, DurationUnit> = new Map(
  (
    [
      ['workday', ['workday', 'workdays', 'working_day', 'working_days', 'work_day', 'work_days', 'business_day', 'business_days', '工作日']],
      ['calendar-day', ['calendar_day', 'calendar_days', 'calendarday', 'calendardays', '自然日', '日历日']],
      ['hour', ['hour', 'hours', 'h', 'hr', 'hrs', '小时', '工作小时']],
    ] as const
  ).flatMap(([unit, words]) => words.map((w) => [w, unit] as const)),
);

/** The unit a duration_unit cell names, or undefined; words are matched like headers (`calendar day` = `calendar-day`). */
export function findUnit(cell: string): DurationUnit | undefined {
  // Every key is already normalized, so a cell that is a key as written needs no normalising.
  return UNIT_BY_WORD.get(cell) ?? UNIT_BY_WORD.get(normalizeHeader(cell));
}

const BOOLEAN_BY_WORD: ReadonlyMap<string, boolean> = new Map([
  ['是', true],
  ['否', false],
  ['yes', true],
  ['no', false],
  ['true', true],
  ['false', false],
  ['1', true],
  ['0', false],
  ['y', true],
  ['n', false],
]);

/** The boolean a cell means (是/否, yes/no, true/false, 1/0, Y/N), or undefined. */
export function parseBoolean(cell: string): boolean | undefined {
  // Every key is trimmed lower case, so a cell that is a key as written needs no normalising.
  return BOOLEAN_BY_WORD.get(cell) ?? BOOLEAN_BY_WORD.get(cell.trim().toLowerCase());
}

/** List cells separate entries by these (half- and full-width semicolon, 顿号, bar, newline). */
export const LIST_SEPARATOR = /[;；、|\r\n]/;

/** Whether a UTF-16 code unit is one of LIST_SEPARATOR's characters. */
function isListSeparator(c: number): boolean {
  return c === 0x3b || c === 0xff1b || c === 0x3001 || c === 0x7c || c === 0x0d || c === 0x0a;
}

/** Splits a list cell at LIST_SEPARATOR into trimmed, non-empty, distinct entries in their order. */
export function splitList(cell: string): string[] {
  const out: string[] = [];
  const n = cell.length;
  let from = 0;
  // A character scan instead of String.split(regex): no array of parts for the (usual) short cell.
  for (let i = 0; i <= n; i++) {
    if (i < n && !isListSeparator(cell.charCodeAt(i))) continue;
    if (i > from) {
      const entry = from === 0 && i === n ? cell.trim() : cell.slice(from, i).trim();
      if (entry !== '' && !out.includes(entry)) out.push(entry);
    }
    from = i + 1;
  }
  return out;
}
