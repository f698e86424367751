// Civil dates (a calendar day, no time of day, no time zone) as day numbers: whole days since
// 1970-01-01 in the proleptic Gregorian calendar. Arithmetic goes through Date's UTC fields, which
// have no daylight saving or zone offsets, so a day is always one step.

/** Days since 1970-01-01 (negative before it); the unit every calendar function works in. */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a civil date, or undefined when month or day is out of range (2026-02-30). */
export function dayNumberOf(year: number, month: number, day: number): DayNumber | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return Math.round(date.getTime() / MS_PER_DAY);
}

/**
 * Reads an ISO 8601 calendar date written `YYYY-MM-DD` (exactly: no time, no zone, no week or
 * ordinal forms). Returns undefined for anything else, including dates that do not exist.
 */
export function parseIsoDate(text: string): DayNumber | undefined {
  const m = ISO_DATE.exec(text);
  if (m === null) return undefined;
  return dayNumberOf(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The year, month (1–12) and day of month of a day number. */
export function civilDateOf(day: DayNumber): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The year a day number falls in. */
export function yearOf(day: DayNumber): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** ISO 8601 `YYYY-MM-DD` of a day number (years 0–9999). */
export function formatIsoDate(day: DayNumber): string {
  const { year, month, day: dom } = civilDateOf(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dom).padStart(2, '0')}`;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: DayNumber): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Saturday or Sunday. */
export function isWeekend(day: DayNumber): boolean {
  return isoWeekday(day) >= 6;
}
