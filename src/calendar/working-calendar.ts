// Working days (工作日) by the built-in holiday table plus a user's overrides: a day works when it is
// a 调休 working day, or a Monday–Friday that is not a holiday. Due dates follow 行政许可法 Art. 82
// and 民法典 Arts. 201 and 203: the start (受理) day is not counted, so t days end on the ⌈t⌉-th
// working day after it. Lookups go through a rank array over the covered span: O(1) per date.

import { ProcoptError } from '../domain/index.js';
import { CALENDAR_TEXT, type OutsideCalendarContext } from '../i18n/index.js';
import { dayNumberOf, formatIsoDate, isWeekend, yearOf, type DayNumber } from './civil-date.js';
import { BUILT_IN_HOLIDAYS, type CalendarDay, type DayKind } from './holiday-table.js';

/** A user's calendar (`--calendar FILE`): days layered over the built-in table, and the years it covers whole. */
export interface CalendarOverrides {
  /** Days that replace the built-in status of their date (a later entry for the same date wins). */
  days: readonly CalendarDay[];
  /**
   * Years the user declares complete: every holiday and 调休 working day of the year is among `days`.
   * Only such a year (or a built-in one) is covered; a listed day of any other year does not make
   * its year usable.
   */
  coveredYears: readonly number[];
}

/** How a day counts, and why. */
export interface DayStatus {
  working: boolean;
  /** weekday / weekend: the ordinary week; holiday / workday: a listed day (built in or the user's). */
  reason: 'weekday' | 'weekend' | DayKind;
  /** The festival or note of a listed day. */
  name?: string;
}

/** A working-day calendar ready for lookups; build it with buildWorkingCalendar. */
export interface WorkingCalendar {
  /** Covered years, ascending: the built-in ones and those the user declared. */
  readonly coveredYears: readonly number[];
  /** The last built-in year (the table's newest notice). */
  readonly builtInLastYear: number;
  /** Day number of 1 January of the first covered year; index 0 of the arrays below. */
  readonly spanStart: DayNumber;
  /** Per day of the span: 1 = working, 0 = not working. */
  readonly working: Uint8Array;
  /** Per day of the span: 1 = its year is covered. */
  readonly covered: Uint8Array;
  /** Per day of the span: working days in [spanStart, that day]. */
  readonly rank: Int32Array;
  /** Day numbers of the working days of covered years, ascending. */
  readonly workingDays: Int32Array;
  /** Listed days (built in, then the user's on top), by day number. */
  readonly listed: ReadonlyMap<DayNumber, CalendarDay>;
}

/**
 * Builds the calendar: the built-in table, with the user's days on top (a user's day replaces the
 * built-in status of its date) and the user's declared years added to the coverage.
 */
export function buildWorkingCalendar(overrides: CalendarOverrides = { days: [], coveredYears: [] }): WorkingCalendar {
  const years = new Set<number>();
  for (let y = BUILT_IN_HOLIDAYS.firstYear; y <= BUILT_IN_HOLIDAYS.lastYear; y++) years.add(y);
  for (const y of overrides.coveredYears) years.add(y);
  const coveredYears = [...years].sort((a, b) => a - b);
  const listed = new Map<DayNumber, CalendarDay>();
  for (const year of BUILT_IN_HOLIDAYS.years) for (const d of year.days) listed.set(d.date, d);
  for (const d of overrides.days) listed.set(d.date, d);

  const firstYear = coveredYears[0]!;
  const lastYear = coveredYears[coveredYears.length - 1]!;
  const spanStart = dayNumberOf(firstYear, 1, 1)!;
  const length = dayNumberOf(lastYear, 12, 31)! - spanStart + 1;
  const working = new Uint8Array(length);
  const covered = new Uint8Array(length);
  const rank = new Int32Array(length);
  const workingDays: number[] = [];
  let count = 0;
  for (let i = 0; i < length; i++) {
    const day = spanStart + i;
    const isCovered = years.has(yearOf(day));
    covered[i] = isCovered ? 1 : 0;
    if (isCovered && statusOf(listed, day).working) {
      working[i] = 1;
      workingDays.push(day);
      count++;
    }
    rank[i] = count;
  }
  return {
    coveredYears,
    builtInLastYear: BUILT_IN_HOLIDAYS.lastYear,
    spanStart,
    working,
    covered,
    rank,
    workingDays: Int32Array.from(workingDays),
    listed,
  };
}

function statusOf(listed: ReadonlyMap<DayNumber, CalendarDay>, day: DayNumber): DayStatus {
  const entry = listed.get(day);
  if (entry !== undefined) return { working: entry.kind === 'workday', reason: entry.kind, name: entry.name };
  return isWeekend(day) ? { working: false, reason: 'weekend' } : { working: true, reason: 'weekday' };
}

/** The calendar of the built-in table alone, built on first use. */
let builtIn: WorkingCalendar | undefined;
export function builtInCalendar(): WorkingCalendar {
  builtIn ??= buildWorkingCalendar();
  return builtIn;
}

/** First and last covered year, and every covered year (ascending). */
export function calendarCoverage(calendar: WorkingCalendar): { firstYear: number; lastYear: number; years: readonly number[] } {
  const years = calendar.coveredYears;
  return { firstYear: years[0]!, lastYear: years[years.length - 1]!, years };
}

/** Whether the day's year is covered by the calendar. */
export function isCovered(calendar: WorkingCalendar, day: DayNumber): boolean {
  const i = day - calendar.spanStart;
  return i >= 0 && i < calendar.covered.length && calendar.covered[i] === 1;
}

/** The covered years as ranges, first to last ([[2020, 2026], [2028, 2028]]). */
function yearRangesOf(years: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const y of years) {
    const last = ranges[ranges.length - 1];
    if (last !== undefined && y === last[1] + 1) last[1] = y;
    else ranges.push([y, y]);
  }
  return ranges;
}

/**
 * The error for a date the calendar does not cover: it names the coverage, the last covered year and
 * --calendar, in every language (`context` says what the date was).
 */
export function outsideCalendarError(calendar: WorkingCalendar, day: DayNumber, context: OutsideCalendarContext = { kind: 'date' }): ProcoptError {
  const years = calendar.coveredYears;
  const params = {
    context,
    date: formatIsoDate(day),
    years: yearRangesOf(years),
    lastYear: years[years.length - 1]!,
    builtInLastYear: calendar.builtInLastYear,
    year: yearOf(day),
  };
  return new ProcoptError('OUTSIDE_CALENDAR', (lang) => CALENDAR_TEXT[lang].outsideCalendar(params));
}

function indexOf(calendar: WorkingCalendar, day: DayNumber, context?: OutsideCalendarContext): number {
  if (!isCovered(calendar, day)) throw outsideCalendarError(calendar, day, context);
  return day - calendar.spanStart;
}

/**
 * How a day counts and why (weekday, weekend, holiday, 调休 workday).
 * @throws ProcoptError OUTSIDE_CALENDAR when the day's year is not covered.
 */
export function describeDay(calendar: WorkingCalendar, day: DayNumber): DayStatus {
  indexOf(calendar, day);
  return statusOf(calendar.listed, day);
}

/**
 * Whether a day is a working day: a 调休 working day, or a Monday–Friday that is not a holiday.
 * @throws ProcoptError OUTSIDE_CALENDAR when the day's year is not covered (never an ordinary week).
 */
export function isWorkingDay(calendar: WorkingCalendar, day: DayNumber): boolean {
  return calendar.working[indexOf(calendar, day)] === 1;
}

/** Offsets within this of a whole number count as that number: 0.1 + 0.2 + 2.7 working days is 3, not 4. */
const WHOLE_TOLERANCE = 1e-9;

/**
 * The working days an offset of t days ends after: ⌈t⌉, an offset within WHOLE_TOLERANCE of a whole
 * number counting as that number (addWorkingDays(c, s, t) is the wholeWorkingDays(t)-th working day
 * after s). For a finite t ≥ 0.
 */
export function wholeWorkingDays(t: number): number {
  return Math.max(0, Math.ceil(t - WHOLE_TOLERANCE));
}

/**
 * The date an offset of t working days from `start` ends on: the ⌈t⌉-th working day after start
 * (offset 0 is the start date itself, whether or not it is a working day; 0.5 is the next working
 * day). The start day is not counted (民法典 Art. 201); holidays and weekends inside the period are
 * skipped and 调休 working days count (行政许可法 Art. 82).
 * @throws ProcoptError OUTSIDE_CALENDAR when the start or the end falls outside the covered years.
 * @throws RangeError when t is negative or not finite.
 */
export function addWorkingDays(calendar: WorkingCalendar, start: DayNumber, t: number): DayNumber {
  if (!Number.isFinite(t) || t < 0) throw new RangeError(`a working-day offset must be a finite number ≥ 0, got ${t}`);
  const i = indexOf(calendar, start, { kind: 'start' });
  const k = wholeWorkingDays(t);
  if (k === 0) return start;
  const target = calendar.workingDays[calendar.rank[i]! + k - 1];
  if (target === undefined) {
    const lastYear = calendar.coveredYears[calendar.coveredYears.length - 1]!;
    throw outsideCalendarError(calendar, dayNumberOf(lastYear + 1, 1, 1)!, { kind: 'run-after', days: k, start: formatIsoDate(start), lastYear });
  }
  // A year the calendar skips (covered 2026 and 2028, not 2027) must not be jumped silently.
  for (let y = yearOf(start) + 1; y < yearOf(target); y++) {
    if (!calendar.coveredYears.includes(y)) throw outsideCalendarError(calendar, dayNumberOf(y, 1, 1)!, { kind: 'run-through', days: k, start: formatIsoDate(start), year: y });
  }
  return target;
}

/**
 * Working days in the half-open interval (from, to]: the start day not counted, the end day counted,
 * so `workingDaysBetween(c, s, addWorkingDays(c, s, k)) === k` for whole k. Negative when to < from.
 * Whole dates only: how part days of timestamped events count is the caller's rule.
 * @throws ProcoptError OUTSIDE_CALENDAR when either date, or a year between them, is not covered.
 */
export function workingDaysBetween(calendar: WorkingCalendar, from: DayNumber, to: DayNumber): number {
  const i = indexOf(calendar, from);
  const j = indexOf(calendar, to);
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  for (let y = yearOf(lo) + 1; y < yearOf(hi); y++) {
    if (!calendar.coveredYears.includes(y)) throw outsideCalendarError(calendar, dayNumberOf(y, 1, 1)!);
  }
  return calendar.rank[j]! - calendar.rank[i]!;
}
