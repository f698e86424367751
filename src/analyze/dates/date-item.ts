// Dates of one analysed item counted from its 受理 date (--start-date) on the working-day calendar:
// the due dates of its limits, where its critical path and clock time end, its schedule's earliest
// start and finish, its candidates' ends. An offset of t working days ends on the ⌈t⌉-th working day
// after the start (行政许可法 Art. 82; 民法典 Arts. 201, 203; calendar/working-calendar.ts).

import { ProcoptError, type Candidate, type CandidateDates, type ItemAnalysis, type ItemDates, type Lang } from '../../domain/index.js';
import { ANALYSIS_TEXT, DEFAULT_LANG, type DatePart } from '../../i18n/index.js';
import {
  addWorkingDays,
  calendarCoverage,
  formatIsoDate,
  isCovered,
  isWorkingDay,
  outsideCalendarError,
  type DayNumber,
  type WorkingCalendar,
} from '../../calendar/index.js';

/** The start date (受理) and the calendar its dates are counted on. */
export interface DateOptions {
  calendar: WorkingCalendar;
  startDate: DayNumber;
}

/** The item with its dates, and why some dates were left out (null: none was). */
export interface DatedItem {
  item: ItemAnalysis;
  /** A date beyond the calendar's coverage: what was left out, and the calendar's own message. */
  problem: string | null;
}

/**
 * A copy of the candidate with its dates. Copied by property descriptors, not spread: a candidate's
 * `steps` is built only when read (JSON without --steps never reads it), and a spread would read it —
 * building every candidate's steps for nothing (measured: most of what --start-date cost the analysis).
 */
function withDates(candidate: Candidate, dates: CandidateDates): Candidate {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(candidate)) as Candidate;
  return Object.assign(copy, { dates });
}

/**
 * Adds `dates` to the item and its candidates and the dates to its schedule. A date beyond the
 * calendar's coverage is never counted as an ordinary week: it is null, and `problem` names it,
 * the last covered year and --calendar (in `lang`).
 * @throws ProcoptError OUTSIDE_CALENDAR when the start date itself is not covered (check it first: checkStartDate).
 */
export function dateItem(item: ItemAnalysis, options: DateOptions, lang: Lang = DEFAULT_LANG): DatedItem {
  const { calendar, startDate } = options;
  checkStartDate(calendar, startDate);
  const iso = isoCache(calendar);
  const leftOut: DatePart[] = [];
  const errors: ProcoptError[] = [];
  let latest = startDate;
  const dateOf = (days: number | null, what: DatePart): string | null => {
    if (days === null) return null;
    try {
      const day = addWorkingDays(calendar, startDate, days);
      if (day > latest) latest = day;
      return iso(day);
    } catch (error) {
      if (!(error instanceof ProcoptError) || error.code !== 'OUTSIDE_CALENDAR') throw error;
      if (!leftOut.some((part) => sameDatePart(part, what))) leftOut.push(what);
      errors.push(error);
      return null;
    }
  };
  const schedule = item.schedule.map((e) => ({
    ...e,
    earliestStartDate: dateOf(e.earliestStart, { kind: 'schedule' }),
    earliestFinishDate: dateOf(e.earliestFinish, { kind: 'schedule' }),
  }));
  const candidates = item.candidates.map((c) =>
    withDates(c, {
      criticalPathEnd: dateOf(c.durationDays, { kind: 'candidate', id: c.id }),
      clockEnd: dateOf(c.clockDays, { kind: 'candidate', id: c.id }),
    }),
  );
  const dates: ItemDates = {
    startDate: iso(startDate),
    promisedDue: dateOf(item.promisedLimitDays, { kind: 'promised-due' }),
    legalDue: dateOf(item.legalLimitDays, { kind: 'legal-due' }),
    criticalPathEnd: dateOf(item.criticalPath.durationDays, { kind: 'critical-path-end' }),
    clockEnd: dateOf(item.clockDays, { kind: 'clock-end' }),
    calendarCoveredThrough: calendarCoverage(calendar).lastYear,
    nonWorkingDays: [],
  };
  for (let day = startDate; day <= latest; day++) if (!isWorkingDay(calendar, day)) dates.nonWorkingDays.push(iso(day));
  const first = errors[0];
  const problem = first === undefined ? null : ANALYSIS_TEXT[lang].datesLeftOut({ parts: leftOut, reason: first.messageIn(lang) });
  return { item: { ...item, dates, schedule, candidates }, problem };
}

const sameDatePart = (a: DatePart, b: DatePart): boolean => a.kind === b.kind && (a.kind !== 'candidate' || (b.kind === 'candidate' && a.id === b.id));

/**
 * Checks a start date before any item is dated.
 * @throws ProcoptError OUTSIDE_CALENDAR naming the coverage, the last covered year and --calendar.
 */
export function checkStartDate(calendar: WorkingCalendar, startDate: DayNumber): void {
  if (!isCovered(calendar, startDate)) throw outsideCalendarError(calendar, startDate, { kind: 'start-option' });
}

/** ISO strings of the calendar's days, made once per day and calendar (an item asks for dozens). */
const cache = new WeakMap<WorkingCalendar, (day: DayNumber) => string>();

function isoCache(calendar: WorkingCalendar): (day: DayNumber) => string {
  let iso = cache.get(calendar);
  if (iso === undefined) {
    const strings: (string | undefined)[] = [];
    iso = (day) => (strings[day - calendar.spanStart] ??= formatIsoDate(day));
    cache.set(calendar, iso);
  }
  return iso;
}
