// Dates of one analysed item counted from its 受理 date (--start-date) on the working-day calendar:
// the due dates of its limits, where its critical path and clock time end, its schedule's earliest
// start and finish, its candidates' ends. An offset of t working days ends on the ⌈t⌉-th working day
// after the start (行政许可法 Art. 82; 民法典 Arts. 201, 203; calendar/working-calendar.ts).

import { ProcoptError, type Candidate, type CandidateDates, type ItemAnalysis, type ItemDates, type Lang, type ScheduleEntry, type Step } from '../../domain/index.js';
import { ANALYSIS_TEXT, DEFAULT_LANG, type DatePart } from '../../i18n/index.js';
import {
  addWorkingDays,
  wholeWorkingDays,
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

/** Hidden own property of a dated candidate: the candidate it copies, whose `steps` it reads. */
const SOURCE = Symbol('dated candidate source');

/** The `steps` getter every dated candidate shares (one getter, not a closure per copy): the source's steps. */
function readSourceSteps(this: { [SOURCE]: Candidate }): Step[] {
  return this[SOURCE].steps;
}

const STEPS_PROPERTY: PropertyDescriptor = { get: readSourceSteps, enumerable: true, configurable: true };

/**
 * A copy of the candidate with its dates. Its fields are written out, not spread: a candidate's
 * `steps` is built only when read (JSON without --steps never reads it) and a spread would read it;
 * the copy reads it from the source when asked. (Copying by property descriptors kept that too, but
 * cost ~10 µs per candidate and left dictionary-mode objects behind.)
 */
function withDates(candidate: Candidate, dates: CandidateDates): Candidate {
  // Every field but steps, the optional ones too: a field added to Candidate must be added here.
  const fields: { [K in Exclude<keyof Candidate, 'steps'>]-?: Candidate[K] } = {
    id: candidate.id,
    stepCount: candidate.stepCount,
    durationDays: candidate.durationDays,
    clockDays: candidate.clockDays,
    applicantVisits: candidate.applicantVisits,
    applied: candidate.applied,
    criticalPath: candidate.criticalPath,
    dates,
    uncertainty: candidate.uncertainty,
  };
  Object.defineProperty(fields, SOURCE, { value: candidate });
  return Object.defineProperty(fields, 'steps', STEPS_PROPERTY) as Candidate;
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
  const offsets = offsetDates(calendar, startDate);
  const leftOut: DatePart[] = [];
  let firstError: ProcoptError | null = null;
  let latest = startDate;
  const dateOf = (days: number | null, what: DatePart): string | null => {
    if (days === null) return null;
    const date = offsets.dateOf(days);
    if (date instanceof ProcoptError) {
      if (!leftOut.some((part) => sameDatePart(part, what))) leftOut.push(what);
      firstError ??= date;
      return null;
    }
    if (date.day > latest) latest = date.day;
    return date.iso;
  };
  // Every field written out (no spread): one allocation of a fixed shape per entry.
  const schedule = item.schedule.map(
    (e): ScheduleEntry => ({
      stepId: e.stepId,
      earliestStart: e.earliestStart,
      earliestFinish: e.earliestFinish,
      latestStart: e.latestStart,
      latestFinish: e.latestFinish,
      slack: e.slack,
      critical: e.critical,
      earliestStartDate: dateOf(e.earliestStart, SCHEDULE_PART),
      earliestFinishDate: dateOf(e.earliestFinish, SCHEDULE_PART),
    }),
  );
  const candidates = item.candidates.map((c) => {
    const part: DatePart = { kind: 'candidate', id: c.id };
    return withDates(c, { criticalPathEnd: dateOf(c.durationDays, part), clockEnd: dateOf(c.clockDays, part) });
  });
  const dates: ItemDates = {
    startDate: offsets.startIso,
    promisedDue: dateOf(item.promisedLimitDays, { kind: 'promised-due' }),
    legalDue: dateOf(item.legalLimitDays, { kind: 'legal-due' }),
    criticalPathEnd: dateOf(item.criticalPath.durationDays, { kind: 'critical-path-end' }),
    clockEnd: dateOf(item.clockDays, { kind: 'clock-end' }),
    calendarCoveredThrough: offsets.coveredThrough,
    nonWorkingDays: offsets.nonWorkingDaysThrough(latest),
  };
  const problem = firstError === null ? null : ANALYSIS_TEXT[lang].datesLeftOut({ parts: leftOut, reason: (firstError as ProcoptError).messageIn(lang) });
  // `dates` named before the spread: a spread followed by a key the item lacks builds the copy on
  // V8's slow path (measured: ~20 µs per item, most of what dating cost); named first, the key is in
  // the literal's shape from the start. Set again after it, where an item dated before had its own.
  const dated: ItemAnalysis = { dates, ...item, schedule, candidates };
  dated.dates = dates;
  return { item: dated, problem };
}

const SCHEDULE_PART: DatePart = { kind: 'schedule' };

const sameDatePart = (a: DatePart, b: DatePart): boolean => a.kind === b.kind && (a.kind !== 'candidate' || (b.kind === 'candidate' && a.id === b.id));

/**
 * Checks a start date before any item is dated.
 * @throws ProcoptError OUTSIDE_CALENDAR naming the coverage, the last covered year and --calendar.
 */
export function checkStartDate(calendar: WorkingCalendar, startDate: DayNumber): void {
  if (!isCovered(calendar, startDate)) throw outsideCalendarError(calendar, startDate, { kind: 'start-option' });
}

/** A date an offset reaches: its day number and ISO string. */
interface OffsetDate {
  day: DayNumber;
  iso: string;
}

/**
 * The dates of working-day offsets from one start date on one calendar, each number of whole working
 * days counted once (addWorkingDays) and kept: a catalogue's items share a few hundred, and each item
 * asks for dozens (every schedule entry has two). A date beyond the coverage is kept as its error.
 */
interface OffsetDates {
  startIso: string;
  coveredThrough: number;
  /** The date `days` working days after the start, or why it cannot be counted (OUTSIDE_CALENDAR). */
  dateOf(days: number): OffsetDate | ProcoptError;
  /** The non-working days from the start through `last` (shared: never changed by the caller). */
  nonWorkingDaysThrough(last: DayNumber): readonly string[];
}

/** Per calendar, per start date: made once per run (--start-date is one date). */
const offsetCache = new WeakMap<WorkingCalendar, Map<DayNumber, OffsetDates>>();

function offsetDates(calendar: WorkingCalendar, startDate: DayNumber): OffsetDates {
  let byStart = offsetCache.get(calendar);
  if (byStart === undefined) offsetCache.set(calendar, (byStart = new Map()));
  let cached = byStart.get(startDate);
  if (cached === undefined) byStart.set(startDate, (cached = makeOffsetDates(calendar, startDate)));
  return cached;
}

function makeOffsetDates(calendar: WorkingCalendar, startDate: DayNumber): OffsetDates {
  const isoStrings: (string | undefined)[] = [];
  // Stryker disable next-line ArithmeticOperator: day + spanStart is one slot per day too (equivalent)
  const iso = (day: DayNumber): string => (isoStrings[day - calendar.spanStart] ??= formatIsoDate(day));
  // By whole working days (wholeWorkingDays): an array index, not a map of fractional offsets.
  const byWholeDays: (OffsetDate | ProcoptError | undefined)[] = [];
  // The non-working days after the start found so far (scanned through `scanned`), and the lists handed out, by their last day.
  const offDays: DayNumber[] = [];
  const lists = new Map<DayNumber, readonly string[]>();
  let scanned = startDate - 1;
  return {
    startIso: iso(startDate),
    coveredThrough: calendarCoverage(calendar).lastYear,
    dateOf(days) {
      // Offsets ending on the same working day share their date; a bad offset throws as addWorkingDays does.
      // Stryker disable next-line LogicalOperator: every offset an analysis dates is finite and ≥ 0, where `||` reads as `&&` (equivalent)
      if (!(days >= 0 && days < Infinity)) addWorkingDays(calendar, startDate, days);
      const k = wholeWorkingDays(days);
      let date = byWholeDays[k];
      if (date === undefined) {
        try {
          const day = addWorkingDays(calendar, startDate, k);
          date = { day, iso: iso(day) };
        } catch (error) {
          // Stryker disable next-line LogicalOperator: for a whole offset k ≥ 0 addWorkingDays throws no ProcoptError but OUTSIDE_CALENDAR, and an error of another class has no such code (equivalent)
          if (!(error instanceof ProcoptError) || error.code !== 'OUTSIDE_CALENDAR') throw error;
          date = error;
        }
        byWholeDays[k] = date;
      }
      return date;
    },
    nonWorkingDaysThrough(last) {
      let list = lists.get(last);
      if (list === undefined) {
        for (; scanned < last; scanned++) if (!isWorkingDay(calendar, scanned + 1)) offDays.push(scanned + 1);
        let count = offDays.length;
        while (count > 0 && offDays[count - 1]! > last) count--;
        list = offDays.slice(0, count).map(iso);
        lists.set(last, list);
      }
      return list;
    },
  };
}
