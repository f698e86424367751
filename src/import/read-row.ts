// One CSV row → one step, cell by cell, reporting every bad cell of the row (not just the first).
// Days are parsed as exact hundredths, converted from the row's unit (自然日 × 5/7, 小时 ÷ 8) and
// rounded to 0.01 working days; 行政许可法 Art. 45 sets the default of counts_toward_limit.

import type { DiagnosticCode, Role, Step } from '../domain/index.js';
import {
  CLOCK_EXEMPT_ROLES,
  COLUMNS,
  INSTANT_WORDS,
  ROLE_ALIASES,
  findRole,
  findUnit,
  parseBoolean,
  splitList,
  type ColumnName,
  type DurationUnit,
} from './columns.js';
import { subject } from './diagnostics.js';
import { keepString, keepStrings, type StringPool } from './keep-string.js';

/** The file's header: where each contract column stands, and which columns are kept as attributes. */
export interface Header {
  line: number;
  /** Number of header cells; every row must have as many. */
  width: number;
  index: ReadonlyMap<ColumnName, number>;
  /** `index` as a record (−1: the file has no such column), so reading a row does no map lookups. */
  at: Readonly<Record<ColumnName, number>>;
  /** Units the header names for day columns (`办理时限（自然日）`); the others are in working days. */
  units: Readonly<Partial<Record<ColumnName, DurationUnit>>>;
  attributes: readonly { index: number; key: string }[];
}

/** Header.at from Header.index. */
export function columnPositions(index: ReadonlyMap<ColumnName, number>): Record<ColumnName, number> {
  const at = {} as Record<ColumnName, number>;
  for (const { name } of COLUMNS) at[name] = index.get(name) ?? -1;
  return at;
}

/** Reports one problem at `line` of the item `itemCode` ('' for none); `column` is a contract column name. */
export type RowReport = (code: DiagnosticCode, line: number, column: ColumnName | undefined, itemCode: string, message: string) => void;

/** What one row says, read as far as its cells allow. */
export interface RowFacts {
  line: number;
  itemCode: string;
  stepId: string;
  /** Item-level cells: '' / null where the row does not give them (or gives a bad value). */
  itemName: string;
  legalLimitDays: number | null;
  promisedLimitDays: number | null;
  predecessors: string[];
  hardPredecessors: string[];
  returnTo: string | null;
  /** The step, or null when a cell of the row is bad. */
  step: Step | null;
}

const CHINESE_NAME: ReadonlyMap<ColumnName, string> = new Map(COLUMNS.map((c) => [c.name, c.aliases[0] ?? c.name]));

/** `duration_days (办理时限)`: the contract name with its first Chinese alias, for messages. */
export function columnLabel(column: ColumnName): string {
  return `${column} (${CHINESE_NAME.get(column) ?? ''})`;
}

/** The cell under a contract column ('' when the file has no such column). */
export function cellOf(cells: readonly string[], header: Header, column: ColumnName): string {
  const i = header.at[column];
  return i < 0 ? '' : (cells[i] ?? '');
}

type DaysParse = { ok: true; hundredths: number } | { ok: false };

/** Full-width digits and point (from Chinese input methods) read as ASCII. */
function asciiDigits(cell: string): string {
  return cell.replace(/[０-９．－＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** A count of days as exact hundredths: a number ≥ 0 with at most 2 decimals, or 即办 / 当场办理 (0). */
export function parseHundredths(cell: string): DaysParse {
  const plain = plainHundredths(cell);
  if (plain >= 0) return { ok: true, hundredths: plain };
  if (INSTANT_WORDS.has(cell)) return { ok: true, hundredths: 0 };
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(asciiDigits(cell));
  if (!m || ((m[2] ?? '') === '' && (m[3] ?? '') === '')) return { ok: false };
  const whole = m[2] ?? '';
  const decimals = m[3] ?? '';
  const magnitude = Number(whole || '0') * 100 + Number((decimals + '00').slice(0, 2));
  if (m[1] === '-' && magnitude > 0) return { ok: false };
  if (decimals.length > 2 && /[1-9]/.test(decimals.slice(2))) return { ok: false };
  if (!Number.isSafeInteger(magnitude)) return { ok: false };
  return { ok: true, hundredths: magnitude };
}

/**
 * The common shapes `12`, `1.5`, `.25`, `3.` (ASCII, at most 9 whole digits and 2 decimals) read
 * without a regex, as parseHundredths's general rule reads them; −1 for anything else.
 */
function plainHundredths(cell: string): number {
  const n = cell.length;
  let i = 0;
  let whole = 0;
  for (; i < n; i++) {
    const c = cell.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    whole = whole * 10 + c;
  }
  const wholeDigits = i;
  if (wholeDigits > 9) return -1;
  let decimals = 0;
  let decimalDigits = 0;
  if (i < n) {
    if (cell.charCodeAt(i) !== 46) return -1; // '.'
    for (i++; i < n; i++) {
      const c = cell.charCodeAt(i) - 48;
      if (c < 0 || c > 9 || decimalDigits === 2) return -1;
      decimals = decimals * 10 + c;
      decimalDigits++;
    }
  }
  if (wholeDigits + decimalDigits === 0) return -1;
  return whole * 100 + (decimalDigits === 1 ? decimals * 10 : decimals);
}

function toWorkdays(hundredths: number, unit: DurationUnit): number {
  switch (unit) {
    case 'workday':
      return hundredths / 100;
    case 'calendar-day':
      return Math.round((hundredths * 5) / 7) / 100;
    case 'hour':
      return Math.round(hundredths / 8) / 100;
  }
}

const UNIT_TEXT: Readonly<Record<DurationUnit, string>> = {
  workday: 'working days (工作日)',
  'calendar-day': 'calendar days (自然日)',
  hour: 'hours (小时)',
};

/** Reads one row of the right length. Reports every bad cell; the step is null when any cell was bad. */
export function readRow(cells: readonly string[], line: number, header: Header, report: RowReport, pool: StringPool): RowFacts {
  const at = header.at;
  const itemCode = cellAt(cells, at.item_code);
  const stepId = cellAt(cells, at.step_id);
  const stepName = cellAt(cells, at.step_name);
  const department = cellAt(cells, at.department);
  // No closure per row: most rows report nothing, and their message prefix is never built.
  let bad = false;

  if (itemCode === '') bad = failRow(report, line, itemCode, stepId, 'MISSING_CELL', 'item_code', `${columnLabel('item_code')} is empty, so the row belongs to no item`);
  if (stepId === '') bad = failRow(report, line, itemCode, stepId, 'MISSING_CELL', 'step_id', `${columnLabel('step_id')} is empty; every step needs one`);
  if (stepName === '') bad = failRow(report, line, itemCode, stepId, 'MISSING_CELL', 'step_name', `${columnLabel('step_name')} is empty; every step needs one`);
  if (department === '') bad = failRow(report, line, itemCode, stepId, 'MISSING_CELL', 'department', `${columnLabel('department')} is empty; every step needs one`);

  let role: Role = 'review';
  const roleCell = cellAt(cells, at.role);
  if (roleCell !== '') {
    const found = findRole(roleCell);
    if (found) role = found;
    else {
      const known = (Object.entries(ROLE_ALIASES) as [Role, readonly string[]][]).map(([r, a]) => `${r} ${a[0] ?? ''}`);
      bad = failRow(report, line, itemCode, stepId, 'UNKNOWN_ROLE', 'role', `unknown role (环节类型) "${roleCell}"; expected one of ${known.join(', ')}`);
    }
  }

  // A row's 时限单位 gives the unit of its duration and wait; a header may give a column's unit
  // (`办理时限（自然日）`). Both given and different is a contradiction, not a choice to guess.
  let rowUnit: DurationUnit | null = null;
  const unitCell = cellAt(cells, at.duration_unit);
  if (unitCell !== '') {
    const found = findUnit(unitCell);
    if (found) rowUnit = found;
    else bad = failRow(report, line, itemCode, stepId, 'BAD_UNIT', 'duration_unit', `unknown unit (时限单位) "${unitCell}"; expected workday 工作日, calendar-day 自然日 or hour 小时`);
  }
  const unit = rowUnit ?? header.units.duration_days ?? 'workday';
  if (conflicts(header.units.duration_days, rowUnit)) bad = failRow(report, line, itemCode, stepId, 'BAD_UNIT', 'duration_unit', unitConflict('duration_days', header.units.duration_days!, rowUnit!));

  let durationDays = 0;
  let durationMissing = false;
  const durationCell = cellAt(cells, at.duration_days);
  if (durationCell === '') {
    durationMissing = true;
    report('EMPTY_DURATION', line, 'duration_days', itemCode, `${subject(itemCode, stepId || undefined)}duration (办理时限) is empty; the step counts as 0 days and the item's durations are incomplete`);
  } else {
    const parsed = parseHundredths(durationCell);
    if (parsed.ok) durationDays = toWorkdays(parsed.hundredths, unit);
    else bad = failRow(report, line, itemCode, stepId, 'BAD_DURATION', 'duration_days', `duration must be a number of ${UNIT_TEXT[unit]} ≥ 0 with at most 2 decimals, got "${durationCell}"`);
  }

  let waitDays = 0;
  const waitCell = cellAt(cells, at.wait_days);
  if (waitCell !== '') {
    const waitUnit = rowUnit ?? header.units.wait_days ?? 'workday';
    if (conflicts(header.units.wait_days, rowUnit)) bad = failRow(report, line, itemCode, stepId, 'BAD_UNIT', 'duration_unit', unitConflict('wait_days', header.units.wait_days!, rowUnit!));
    const parsed = parseHundredths(waitCell);
    if (parsed.ok) waitDays = toWorkdays(parsed.hundredths, waitUnit);
    else bad = failRow(report, line, itemCode, stepId, 'BAD_WAIT', 'wait_days', `wait (等待时间) must be a number of ${UNIT_TEXT[waitUnit]} ≥ 0 with at most 2 decimals, got "${waitCell}"`);
  }

  let countsTowardLimit = !CLOCK_EXEMPT_ROLES.has(role);
  const countsCell = cellAt(cells, at.counts_toward_limit);
  if (countsCell !== '') {
    const value = parseBoolean(countsCell);
    if (value !== undefined) countsTowardLimit = value;
    else bad = failRow(report, line, itemCode, stepId, 'BAD_BOOLEAN', 'counts_toward_limit', booleanMessage('counts_toward_limit', countsCell));
  }
  let applicantVisit = false;
  const visitCell = cellAt(cells, at.applicant_visit);
  if (visitCell !== '') {
    const value = parseBoolean(visitCell);
    if (value !== undefined) applicantVisit = value;
    else bad = failRow(report, line, itemCode, stepId, 'BAD_BOOLEAN', 'applicant_visit', booleanMessage('applicant_visit', visitCell));
  }

  const legalCell = cellAt(cells, at.legal_limit_days);
  const legalLimitDays = parseLimit(legalCell, header.units.legal_limit_days);
  if (legalLimitDays === undefined) bad = failRow(report, line, itemCode, stepId, 'BAD_LIMIT', 'legal_limit_days', limitMessage('legal_limit_days', legalCell, header.units.legal_limit_days));
  const promisedCell = cellAt(cells, at.promised_limit_days);
  const promisedLimitDays = parseLimit(promisedCell, header.units.promised_limit_days);
  if (promisedLimitDays === undefined) bad = failRow(report, line, itemCode, stepId, 'BAD_LIMIT', 'promised_limit_days', limitMessage('promised_limit_days', promisedCell, header.units.promised_limit_days));

  // What the procedure keeps goes through the pool (see keep-string.ts); what only checks the row does not.
  const predecessors = keepStrings(pool, splitList(cellAt(cells, at.predecessors)));
  const hardPredecessors = keepStrings(pool, splitList(cellAt(cells, at.hard_predecessors)));
  const returnTo = keepString(pool, cellAt(cells, at.return_to)) || null;

  const attributes: Record<string, string> = {};
  for (const { index, key } of header.attributes) {
    const value = cells[index] ?? '';
    if (value !== '') attributes[key] = keepString(pool, value);
  }

  const step: Step | null = bad
    ? null
    : {
        id: keepString(pool, stepId),
        name: keepString(pool, stepName),
        department: keepString(pool, department),
        role,
        durationDays,
        waitDays,
        durationMissing,
        countsTowardLimit,
        predecessors,
        hardPredecessors,
        inputs: keepStrings(pool, splitList(cellAt(cells, at.inputs))),
        outputs: keepStrings(pool, splitList(cellAt(cells, at.outputs))),
        applicantVisit,
        condition: keepString(pool, cellAt(cells, at.condition)),
        returnTo,
        attributes,
        line,
      };
  return { line, itemCode, stepId, itemName: keepString(pool, cellAt(cells, at.item_name)), legalLimitDays: legalLimitDays ?? null, promisedLimitDays: promisedLimitDays ?? null, predecessors, hardPredecessors, returnTo, step };
}

/** Reports a bad cell of the row (prefixed by its item and step); returns true, the row's new `bad`. */
function failRow(
  report: RowReport,
  line: number,
  itemCode: string,
  stepId: string,
  code: DiagnosticCode,
  column: ColumnName,
  message: string,
): true {
  report(code, line, column, itemCode, subject(itemCode, stepId || undefined) + message);
  return true;
}

/** The cell at position i (−1: no such column → ''). */
function cellAt(cells: readonly string[], i: number): string {
  return i < 0 ? '' : (cells[i] ?? '');
}

function booleanMessage(column: 'counts_toward_limit' | 'applicant_visit', text: string): string {
  return `${columnLabel(column)} must be 是/否, yes/no, true/false, 1/0 or Y/N, got "${text}"`;
}

/** A limit cell in working days (converted from the header's unit): null when empty, undefined when it is no number. */
function parseLimit(cell: string, unit: DurationUnit | undefined): number | null | undefined {
  if (cell === '') return null;
  const parsed = parseHundredths(cell);
  return parsed.ok ? toWorkdays(parsed.hundredths, unit ?? 'workday') : undefined;
}

/** Whether the header's unit for a column and the row's 时限单位 are both given and differ. */
function conflicts(named: DurationUnit | undefined, rowUnit: DurationUnit | null): boolean {
  return named !== undefined && rowUnit !== null && named !== rowUnit;
}

function unitConflict(column: 'duration_days' | 'wait_days', named: DurationUnit, rowUnit: DurationUnit): string {
  return `the header gives ${columnLabel(column)} in ${UNIT_TEXT[named]}, but this row's unit (时限单位) says ${UNIT_TEXT[rowUnit]}`;
}

function limitMessage(column: 'legal_limit_days' | 'promised_limit_days', text: string, unit: DurationUnit = 'workday'): string {
  return `${columnLabel(column)} must be a number of ${UNIT_TEXT[unit]} ≥ 0 with at most 2 decimals, got "${text}"`;
}
