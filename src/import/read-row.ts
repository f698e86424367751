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

/** The file's header: where each contract column stands, and which columns are kept as attributes. */
export interface Header {
  line: number;
  /** Number of header cells; every row must have as many. */
  width: number;
  index: ReadonlyMap<ColumnName, number>;
  attributes: readonly { index: number; key: string }[];
}

/** Reports one problem of the row at `line`; `column` is a contract column name. */
export type RowReport = (code: DiagnosticCode, column: ColumnName | undefined, message: string) => void;

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
  const i = header.index.get(column);
  return i === undefined ? '' : (cells[i] ?? '');
}

type DaysParse = { ok: true; hundredths: number } | { ok: false };

/** Full-width digits and point (from Chinese input methods) read as ASCII. */
function asciiDigits(cell: string): string {
  return cell.replace(/[０-９．－＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** A count of days as exact hundredths: a number ≥ 0 with at most 2 decimals, or 即办 / 当场办理 (0). */
export function parseHundredths(cell: string): DaysParse {
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
export function readRow(cells: readonly string[], line: number, header: Header, report: RowReport): RowFacts {
  const cell = (c: ColumnName): string => cellOf(cells, header, c);
  const itemCode = cell('item_code');
  const stepId = cell('step_id');
  const who = subject(itemCode, stepId || undefined);
  let bad = false;
  const fail = (code: DiagnosticCode, column: ColumnName, message: string): void => {
    bad = true;
    report(code, column, who + message);
  };

  if (itemCode === '') fail('MISSING_CELL', 'item_code', `${columnLabel('item_code')} is empty, so the row belongs to no item`);
  for (const c of ['step_id', 'step_name', 'department'] as const) {
    if (cell(c) === '') fail('MISSING_CELL', c, `${columnLabel(c)} is empty; every step needs one`);
  }

  let role: Role = 'review';
  const roleCell = cell('role');
  if (roleCell !== '') {
    const found = findRole(roleCell);
    if (found) role = found;
    else {
      const known = (Object.entries(ROLE_ALIASES) as [Role, readonly string[]][]).map(([r, a]) => `${r} ${a[0] ?? ''}`);
      fail('UNKNOWN_ROLE', 'role', `unknown role (环节类型) "${roleCell}"; expected one of ${known.join(', ')}`);
    }
  }

  let unit: DurationUnit = 'workday';
  const unitCell = cell('duration_unit');
  if (unitCell !== '') {
    const found = findUnit(unitCell);
    if (found) unit = found;
    else fail('BAD_UNIT', 'duration_unit', `unknown unit (时限单位) "${unitCell}"; expected workday 工作日, calendar-day 自然日 or hour 小时`);
  }

  let durationDays = 0;
  let durationMissing = false;
  const durationCell = cell('duration_days');
  if (durationCell === '') {
    durationMissing = true;
    report('EMPTY_DURATION', 'duration_days', `${who}duration (办理时限) is empty; the step counts as 0 days and the item's durations are incomplete`);
  } else {
    const parsed = parseHundredths(durationCell);
    if (parsed.ok) durationDays = toWorkdays(parsed.hundredths, unit);
    else fail('BAD_DURATION', 'duration_days', `duration must be a number of ${UNIT_TEXT[unit]} ≥ 0 with at most 2 decimals, got "${durationCell}"`);
  }

  let waitDays = 0;
  const waitCell = cell('wait_days');
  if (waitCell !== '') {
    const parsed = parseHundredths(waitCell);
    if (parsed.ok) waitDays = toWorkdays(parsed.hundredths, unit);
    else fail('BAD_WAIT', 'wait_days', `wait (等待时间) must be a number of ${UNIT_TEXT[unit]} ≥ 0 with at most 2 decimals, got "${waitCell}"`);
  }

  const readBoolean = (column: 'counts_toward_limit' | 'applicant_visit', fallback: boolean): boolean => {
    const text = cell(column);
    if (text === '') return fallback;
    const value = parseBoolean(text);
    if (value !== undefined) return value;
    fail('BAD_BOOLEAN', column, `${columnLabel(column)} must be 是/否, yes/no, true/false, 1/0 or Y/N, got "${text}"`);
    return fallback;
  };
  const countsTowardLimit = readBoolean('counts_toward_limit', !CLOCK_EXEMPT_ROLES.has(role));
  const applicantVisit = readBoolean('applicant_visit', false);

  const readLimit = (column: 'legal_limit_days' | 'promised_limit_days'): number | null => {
    const text = cell(column);
    if (text === '') return null;
    const parsed = parseHundredths(text);
    if (parsed.ok) return parsed.hundredths / 100;
    fail('BAD_LIMIT', column, `${columnLabel(column)} must be a number of working days ≥ 0 with at most 2 decimals, got "${text}"`);
    return null;
  };
  const legalLimitDays = readLimit('legal_limit_days');
  const promisedLimitDays = readLimit('promised_limit_days');

  const predecessors = splitList(cell('predecessors'));
  const hardPredecessors = splitList(cell('hard_predecessors'));
  const returnTo = cell('return_to') || null;

  const attributes: Record<string, string> = {};
  for (const { index, key } of header.attributes) {
    const value = cells[index] ?? '';
    if (value !== '') attributes[key] = value;
  }

  const step: Step | null = bad
    ? null
    : {
        id: stepId,
        name: cell('step_name'),
        department: cell('department'),
        role,
        durationDays,
        waitDays,
        durationMissing,
        countsTowardLimit,
        predecessors,
        hardPredecessors,
        inputs: splitList(cell('inputs')),
        outputs: splitList(cell('outputs')),
        applicantVisit,
        condition: cell('condition'),
        returnTo,
        attributes,
        line,
      };
  return { line, itemCode, stepId, itemName: cell('item_name'), legalLimitDays, promisedLimitDays, predecessors, hardPredecessors, returnTo, step };
}
