// One CSV row → one step, cell by cell, reporting every bad cell of the row (not just the first).
// The type word is read as read-type-word.ts says; day cells as read-duration.ts says, as exact
// hundredths converted from their unit (自然日 × 5/7, 小时 ÷ 8) and rounded to 0.01 working days.
// What depends on the item's declared order (intake, supervise, and so counts_toward_limit's default
// and whether an empty time is unknown) is settled later, by read-item-roles.ts.

import type { DiagnosticCode, Step } from '../domain/index.js';
import type { DayColumn, ImportText } from '../i18n/index.js';
import { COLUMNS, findUnit, parseBoolean, splitList, type ColumnName, type DurationUnit } from './columns.js';
import { columnRef, subject } from './diagnostics.js';
import { keepString, keepStrings, type StringPool } from './keep-string.js';
import { formatHundredths, readDays, type DurationReadingCode } from './read-duration.js';
import { primaryRole, readStepRoles, roleNoteMessage, type RoleTable } from './read-type-word.js';
import { CLOCK_EXEMPT_ROLES } from './role-words.js';

/** What reading a table's rows needs besides the rows: the string pool, the role table and the messages' language. */
export interface ReadContext {
  pool: StringPool;
  table: RoleTable;
  text: ImportText;
}

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
  /** The row gives counts_toward_limit (else its default follows the step's final role). */
  countsGiven: boolean;
  /** The duration cell is empty in a file that has the column (EMPTY_DURATION, unless the step's time is its own). */
  durationEmpty: boolean;
  /**
   * The step, or null when a cell of the row is bad. Its roles, role, countsTowardLimit and
   * durationMissing are as the row alone gives them (durationMissing: the time is unknown) until
   * the item is assembled.
   */
  step: Step | null;
}

/** The cell under a contract column ('' when the file has no such column). */
export function cellOf(cells: readonly string[], header: Header, column: ColumnName): string {
  const i = header.at[column];
  return i < 0 ? '' : (cells[i] ?? '');
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

/** A day cell read: working days, or why not. */
type DayCell = { kind: 'days'; days: number; amount: number; unit: DurationUnit } | { kind: 'negative' } | { kind: 'unparsed' };

/** Where a row's problems go: the report, the row's line, item and step, and the messages. */
interface RowPlace {
  report: RowReport;
  line: number;
  itemCode: string;
  stepId: string;
  text: ImportText;
}

/** The message of each way a duration word can be read. */
const READING_MESSAGE: Readonly<Record<DurationReadingCode, 'ambiguousDays' | 'durationRange' | 'durationMinimum' | 'durationDeadline' | 'durationFromAcceptance' | 'durationNote'>> = {
  AMBIGUOUS_DAYS: 'ambiguousDays',
  DURATION_RANGE: 'durationRange',
  DURATION_MINIMUM: 'durationMinimum',
  DURATION_DEADLINE: 'durationDeadline',
  DURATION_FROM_ACCEPTANCE: 'durationFromAcceptance',
  DURATION_NOTE: 'durationNote',
};

/**
 * Reads a non-empty day cell in `unit` (a unit the cell names wins) and reports how it was read
 * (AMBIGUOUS_DAYS, a range, a minimum or deadline phrase, a dropped note) as warnings on `column`.
 */
function readDayCell(cell: string, unit: DurationUnit, column: DayColumn, place: RowPlace): DayCell {
  const reading = readDays(cell);
  if (reading.kind !== 'days') return reading;
  const used = reading.unit ?? unit;
  if (reading.readings.length > 0) {
    const amount = { days: formatHundredths(reading.hundredths), unit: used };
    for (const code of reading.readings) {
      failRow(place, code, column, place.text[READING_MESSAGE[code]]({ column, cell, amount, note: reading.note }));
    }
  }
  return { kind: 'days', days: toWorkdays(reading.hundredths, used), amount: reading.hundredths / 100, unit: used };
}

/** Reads one row of the right length. Reports every bad cell; the step is null when any cell was bad. */
export function readRow(cells: readonly string[], line: number, header: Header, report: RowReport, context: ReadContext): RowFacts {
  const { pool, table, text } = context;
  const at = header.at;
  const itemCode = cellAt(cells, at.item_code);
  const stepId = cellAt(cells, at.step_id);
  const stepName = cellAt(cells, at.step_name);
  const department = cellAt(cells, at.department);
  // No closure per row: most rows report nothing, and their message prefix is never built.
  let bad = false;

  const place: RowPlace = { report, line, itemCode, stepId, text };

  if (itemCode === '') bad = failRow(place, 'MISSING_CELL', 'item_code', text.noItemCode({ column: columnRef('item_code') }));
  if (stepId === '') bad = failRow(place, 'MISSING_CELL', 'step_id', text.emptyStepCell({ column: columnRef('step_id') }));
  if (stepName === '') bad = failRow(place, 'MISSING_CELL', 'step_name', text.emptyStepCell({ column: columnRef('step_name') }));
  if (department === '') bad = failRow(place, 'MISSING_CELL', 'department', text.emptyStepCell({ column: columnRef('department') }));

  const typeWord = cellAt(cells, at.role);
  const { roles, note } = readStepRoles(typeWord, stepName, department, table);
  if (note !== null) failRow(place, note.code, 'role', roleNoteMessage(note, text));

  // A row's 时限单位 gives the unit of its duration and wait; a header may give a column's unit
  // (`办理时限（自然日）`). Both given and different is a contradiction, not a choice to guess.
  let rowUnit: DurationUnit | null = null;
  const unitCell = cellAt(cells, at.duration_unit);
  if (unitCell !== '') {
    const found = findUnit(unitCell);
    if (found) rowUnit = found;
    else bad = failRow(place, 'BAD_UNIT', 'duration_unit', text.badUnit({ cell: unitCell }));
  }
  const unit = rowUnit ?? header.units.duration_days ?? 'workday';
  if (conflicts(header.units.duration_days, rowUnit)) bad = failRow(place, 'BAD_UNIT', 'duration_unit', unitConflict(text, 'duration_days', header.units.duration_days!, rowUnit!));

  // An empty or unreadable duration is unknown time; whether that makes the item incomplete (and
  // warrants EMPTY_DURATION) depends on the step's final role, known once the item is assembled.
  let durationDays = 0;
  let durationWritten: Step['durationWritten'];
  let timeUnknown = false;
  let durationEmpty = false;
  let durationBad = false;
  const durationCell = cellAt(cells, at.duration_days);
  if (durationCell === '') {
    timeUnknown = true;
    durationEmpty = at.duration_days >= 0;
  } else {
    const read = readDayCell(durationCell, unit, 'duration_days', place);
    if (read.kind === 'days') {
      durationDays = read.days;
      if (read.unit !== 'workday') durationWritten = { amount: read.amount, unit: read.unit, workdays: read.days };
    } else if (read.kind === 'negative') durationBad = bad = failRow(place, 'BAD_DURATION', 'duration_days', text.negativeDays({ column: 'duration_days', unit, cell: durationCell }));
    else {
      timeUnknown = true;
      failRow(place, 'UNPARSED_DURATION', 'duration_days', text.unparsedDays({ column: 'duration_days', cell: durationCell, instead: 'unknown-time' }));
    }
  }

  // Most files have neither column: nothing to read, and no record of the most likely time to make.
  const threePoint =
    at.duration_min < 0 && at.duration_max < 0 ? null : readThreePoint(cells, header, rowUnit, { durationDays, timeUnknown, durationBad, durationCell }, place);
  if (threePoint === undefined) bad = true;

  let waitDays = 0;
  const waitCell = cellAt(cells, at.wait_days);
  if (waitCell !== '') {
    const waitUnit = rowUnit ?? header.units.wait_days ?? 'workday';
    if (conflicts(header.units.wait_days, rowUnit)) bad = failRow(place, 'BAD_UNIT', 'duration_unit', unitConflict(text, 'wait_days', header.units.wait_days!, rowUnit!));
    const read = readDayCell(waitCell, waitUnit, 'wait_days', place);
    if (read.kind === 'days') waitDays = read.days;
    else if (read.kind === 'negative') bad = failRow(place, 'BAD_WAIT', 'wait_days', text.negativeDays({ column: 'wait_days', unit: waitUnit, cell: waitCell }));
    else failRow(place, 'UNPARSED_DURATION', 'wait_days', text.unparsedDays({ column: 'wait_days', cell: waitCell, instead: 'no-wait' }));
  }

  let countsGiven: boolean | null = null;
  const countsCell = cellAt(cells, at.counts_toward_limit);
  if (countsCell !== '') {
    const value = parseBoolean(countsCell);
    if (value !== undefined) countsGiven = value;
    else bad = failRow(place, 'BAD_BOOLEAN', 'counts_toward_limit', text.badBoolean({ column: columnRef('counts_toward_limit'), cell: countsCell }));
  }
  let applicantVisit = false;
  const visitCell = cellAt(cells, at.applicant_visit);
  if (visitCell !== '') {
    const value = parseBoolean(visitCell);
    if (value !== undefined) applicantVisit = value;
    else bad = failRow(place, 'BAD_BOOLEAN', 'applicant_visit', text.badBoolean({ column: columnRef('applicant_visit'), cell: visitCell }));
  }

  const legalCell = cellAt(cells, at.legal_limit_days);
  const legalLimitDays = legalCell === '' ? null : readLimit(legalCell, header.units.legal_limit_days, 'legal_limit_days', place);
  if (legalLimitDays === undefined) bad = true;
  const promisedCell = cellAt(cells, at.promised_limit_days);
  const promisedLimitDays = promisedCell === '' ? null : readLimit(promisedCell, header.units.promised_limit_days, 'promised_limit_days', place);
  if (promisedLimitDays === undefined) bad = true;

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
        role: primaryRole(roles),
        roles,
        typeWord: keepString(pool, typeWord),
        durationDays,
        // Always present (undefined where absent): every step of a catalogue has one shape, so
        // the analysis reads them through monomorphic property accesses.
        durationMin: threePoint?.durationMin,
        durationMax: threePoint?.durationMax,
        durationWritten,
        waitDays,
        durationMissing: timeUnknown,
        countsTowardLimit: countsGiven ?? !CLOCK_EXEMPT_ROLES.has(primaryRole(roles)),
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
  return {
    line,
    itemCode,
    stepId,
    itemName: keepString(pool, cellAt(cells, at.item_name)),
    legalLimitDays: legalLimitDays ?? null,
    promisedLimitDays: promisedLimitDays ?? null,
    predecessors,
    hardPredecessors,
    returnTo,
    countsGiven: countsGiven !== null,
    durationEmpty,
    step,
  };
}

/** Reports a problem of a cell of the row (prefixed by its item and step); returns true, the row's new `bad` for an error. */
function failRow(place: RowPlace, code: DiagnosticCode, column: ColumnName, message: string): true {
  place.report(code, place.line, column, place.itemCode, subject(place.text, place.itemCode, place.stepId || undefined) + message);
  return true;
}

/** The cell at position i (−1: no such column → ''). */
function cellAt(cells: readonly string[], i: number): string {
  return i < 0 ? '' : (cells[i] ?? '');
}

/**
 * A non-empty limit cell in working days: a bare number is in the header's unit (working days
 * unless the header names one; never the row's 时限单位), a unit in the cell wins. Null when it
 * cannot be read (UNPARSED_DURATION: as if not given), undefined when negative (BAD_LIMIT, reported).
 */
function readLimit(cell: string, unit: DurationUnit | undefined, column: 'legal_limit_days' | 'promised_limit_days', place: RowPlace): number | null | undefined {
  const read = readDayCell(cell, unit ?? 'workday', column, place);
  if (read.kind === 'days') return read.days;
  if (read.kind === 'negative') {
    failRow(place, 'BAD_LIMIT', column, place.text.negativeDays({ column, unit: unit ?? 'workday', cell }));
    return undefined;
  }
  failRow(place, 'UNPARSED_DURATION', column, place.text.unparsedDays({ column, cell, instead: 'not-given' }));
  return null;
}

/** The most likely time as the row read it, for the three-point checks. */
interface MostLikely {
  durationDays: number;
  timeUnknown: boolean;
  /** The duration cell was bad (reported already): nothing to compare with. */
  durationBad: boolean;
  durationCell: string;
}

/**
 * The row's three-point estimate: null when it gives neither duration_min nor duration_max (the time
 * is certain), undefined when a cell is bad (reported). Each cell is read like duration_days, in the
 * row's unit (else its own header's, else duration_days'); both must be given, with the most likely
 * time, and min ≤ most likely ≤ max once converted to working days.
 */
function readThreePoint(
  cells: readonly string[],
  header: Header,
  rowUnit: DurationUnit | null,
  likely: MostLikely,
  place: RowPlace,
): { durationMin: number; durationMax: number } | null | undefined {
  const minCell = cellAt(cells, header.at.duration_min);
  const maxCell = cellAt(cells, header.at.duration_max);
  if (minCell === '' && maxCell === '') return null;
  const fail = (code: DiagnosticCode, column: ColumnName, message: string): undefined => {
    failRow(place, code, column, message);
    return undefined;
  };
  if (minCell === '' || maxCell === '') {
    const [given, missing] = minCell === '' ? (['duration_max', 'duration_min'] as const) : (['duration_min', 'duration_max'] as const);
    return fail('INCOMPLETE_THREE_POINT', given, place.text.threePointIncomplete({ given, missing }));
  }
  const read = (cell: string, column: 'duration_min' | 'duration_max'): number | undefined => {
    const unit = rowUnit ?? header.units[column] ?? header.units.duration_days ?? 'workday';
    if (conflicts(header.units[column], rowUnit)) return fail('BAD_UNIT', 'duration_unit', unitConflict(place.text, column, header.units[column]!, rowUnit!));
    const day = readDayCell(cell, unit, column, place);
    if (day.kind === 'days') return day.days;
    if (day.kind === 'negative') return fail('BAD_DURATION', column, place.text.negativeDays({ column, unit, cell }));
    return fail('BAD_THREE_POINT', column, place.text.threePointUnreadable({ column, cell }));
  };
  const min = read(minCell, 'duration_min');
  const max = read(maxCell, 'duration_max');
  if (min === undefined || max === undefined || likely.durationBad) return undefined;
  if (likely.timeUnknown) {
    return fail('BAD_THREE_POINT', 'duration_days', place.text.threePointNoLikely({ cell: likely.durationCell }));
  }
  if (min > likely.durationDays) {
    return fail('BAD_THREE_POINT', 'duration_min', place.text.threePointOrder({ column: 'duration_min', days: min, likely: likely.durationDays }));
  }
  if (likely.durationDays > max) {
    return fail('BAD_THREE_POINT', 'duration_max', place.text.threePointOrder({ column: 'duration_max', days: max, likely: likely.durationDays }));
  }
  return { durationMin: min, durationMax: max };
}

/** Whether the header's unit for a column and the row's 时限单位 are both given and differ. */
function conflicts(named: DurationUnit | undefined, rowUnit: DurationUnit | null): boolean {
  return named !== undefined && rowUnit !== null && named !== rowUnit;
}

function unitConflict(text: ImportText, column: 'duration_days' | 'duration_min' | 'duration_max' | 'wait_days', named: DurationUnit, rowUnit: DurationUnit): string {
  return text.unitConflict({ column: columnRef(column), header: named, row: rowUnit });
}
