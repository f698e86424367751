// Working time between two instants, in working days: the part of the elapsed time that falls on
// working days, a working day counting 1 for its whole 24 hours (non-working days count 0). Two
// instants at the same time of day on working days are thus exactly workingDaysBetween apart.

import { workingDaysBetween, type WorkingCalendar } from './working-calendar.js';

const MS_PER_DAY = 86_400_000;

/** The civil day (in the zone `offsetMinutes` east of UTC) of an instant, and the share of that day gone. */
export function localDayOf(time: number, offsetMinutes: number): { day: number; fraction: number } {
  const local = time + offsetMinutes * 60_000;
  const day = Math.floor(local / MS_PER_DAY);
  return { day, fraction: (local - day * MS_PER_DAY) / MS_PER_DAY };
}

/**
 * Working days from `from` to `to` (milliseconds since the epoch, read in the zone `offsetMinutes`
 * east of UTC): the time on working days between them ÷ 24 h. Negative when to < from.
 * @throws ProcoptError OUTSIDE_CALENDAR when a day of the span is in a year the calendar does not cover.
 */
export function workingDaysElapsed(calendar: WorkingCalendar, from: number, to: number, offsetMinutes: number): number {
  if (to < from) return -workingDaysElapsed(calendar, to, from, offsetMinutes);
  const a = localDayOf(from, offsetMinutes);
  const b = localDayOf(to, offsetMinutes);
  const whole = workingDaysBetween(calendar, a.day, b.day);
  const works = (day: number): number => calendar.working[day - calendar.spanStart]!;
  return whole - works(b.day) * (1 - b.fraction) + works(a.day) * (1 - a.fraction);
}
