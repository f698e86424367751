// The Gantt's calendar-day axis when dates are known (--start-date): one column per calendar day
// from the 受理 date, non-working days from the analysis (ItemDates.nonWorkingDays), and where a
// working-day offset falls. An offset of t working days ends on the ⌈t⌉-th working day after the
// start (行政许可法 Art. 82; 民法典 Art. 201), so a finish at a whole t is the end of that day and a
// start at a whole t is the beginning of the next working day: bars skip no day they cover.

import type { ItemAnalysis } from '../../domain/index.js';

/** What the axis is built from: the item's dates as the analysis wrote them (no calendar needed). */
export interface GanttDates {
  /** The 受理 date (offset 0), ISO 8601. */
  startDate: string;
  /** The days from the start date through `through` that are not working days (weekends, holidays). */
  nonWorkingDays: readonly string[];
  /** The last date whose working status the list above settles. */
  through: string;
}

/** One calendar day of the axis (column `index`, 0 = the start date). */
export interface AxisDay {
  index: number;
  iso: string;
  working: boolean;
}

/** A calendar-day axis: its days, and where offsets in working days fall on it, in days from its left edge. */
export interface DateAxis {
  days: AxisDay[];
  /** Where work that starts at offset t begins (a whole t: the start of the next working day). */
  startAt(t: number): number;
  /** Where work that finishes at offset t ends (a whole t ≥ 1: the end of the t-th working day; 0: the end of the start date). */
  finishAt(t: number): number;
}

const DAY_MS = 86_400_000;
/** Offsets within this of a whole number count as that number (as calendar/working-calendar.ts counts them). */
const EPSILON = 1e-9;

/** An offset within EPSILON of a whole number, as that number. */
const snap = (t: number): number => (Math.abs(t - Math.round(t)) < EPSILON ? Math.round(t) : t);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of an ISO date, or null when it is not one. */
function dayOf(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (m === null) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === iso ? ms / DAY_MS : null;
}

const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The item's dates for its Gantt chart, or undefined without --start-date. `through` is the latest
 * date the analysis counted (the item's and its candidates' ends and due dates, its schedule's), up
 * to which nonWorkingDays is complete.
 */
export function ganttDatesOf(item: ItemAnalysis): GanttDates | undefined {
  const dates = item.dates;
  if (dates === undefined) return undefined;
  const known = [
    dates.startDate,
    dates.promisedDue,
    dates.legalDue,
    dates.criticalPathEnd,
    dates.clockEnd,
    dates.nonWorkingDays.at(-1) ?? null,
    ...item.schedule.flatMap((e) => [e.earliestStartDate ?? null, e.earliestFinishDate ?? null]),
    ...item.candidates.flatMap((c) => [c.dates?.criticalPathEnd ?? null, c.dates?.clockEnd ?? null]),
  ].filter((d): d is string => d !== null);
  const through = known.reduce((a, b) => (b > a ? b : a), dates.startDate);
  return { startDate: dates.startDate, nonWorkingDays: dates.nonWorkingDays, through };
}

/**
 * The axis from the start date through the day that offset `maxOffset` reaches, or null when the
 * dates do not reach that far (a date beyond the calendar was left out) or are not dates: the chart
 * then keeps its working-day axis rather than guess a calendar.
 */
export function buildDateAxis(dates: GanttDates, maxOffset: number): DateAxis | null {
  const start = dayOf(dates.startDate);
  const through = dayOf(dates.through);
  if (start === null || through === null || through < start || !Number.isFinite(maxOffset)) return null;
  const needed = Math.max(0, Math.ceil(maxOffset - EPSILON));
  const off = new Set(dates.nonWorkingDays);
  const days: AxisDay[] = [{ index: 0, iso: dates.startDate, working: !off.has(dates.startDate) }];
  /** column[k]: the column of the k-th working day after the start (column[0]: the start date). */
  const column: number[] = [0];
  for (let day = start + 1; day <= through && column.length <= needed; day++) {
    const iso = isoOf(day);
    const working = !off.has(iso);
    days.push({ index: day - start, iso, working });
    if (working) column.push(day - start);
  }
  if (column.length <= needed) return null;
  const col = (k: number): number => column[Math.min(Math.max(k, 0), column.length - 1)] ?? 0;
  const finishAt = (offset: number): number => {
    const t = snap(offset);
    const k = Math.ceil(t - EPSILON);
    if (k <= 0) return 1;
    return col(k) + Math.min(1, Math.max(0, t - (k - 1)));
  };
  const startAt = (offset: number): number => {
    const t = snap(offset);
    const k = Math.max(0, Math.floor(t + EPSILON)) + 1;
    return col(k) + Math.min(1, Math.max(0, t - (k - 1)));
  };
  return { days, startAt, finishAt };
}

/** Where the span [from, to] of working days lies on the axis: [left, right] in days (a point when to ≤ from). */
export function spanOnAxis(axis: DateAxis, from: number, to: number): [number, number] {
  if (to - from <= EPSILON) {
    const x = axis.finishAt(from);
    return [x, x];
  }
  return [axis.startAt(from), axis.finishAt(to)];
}

/** A date label: MM-DD, with the year where it differs from the start date's. */
export function dateLabel(iso: string, startIso: string): string {
  return iso.slice(0, 4) === startIso.slice(0, 4) ? iso.slice(5) : iso;
}
