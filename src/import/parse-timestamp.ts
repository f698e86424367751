// Timestamps of case logs: ISO 8601 (`2026-03-02T09:30:00+08:00`, `…Z`, fractions of a second),
// `YYYY-MM-DD HH:mm[:ss]` and `YYYY/MM/DD HH:mm[:ss]` (Excel's Chinese locale, one-digit month, day
// and hour allowed), or a bare date (midnight). Without an offset the time is China Standard Time.

/** "Local time" of a log: China Standard Time, UTC+8 all year (no daylight saving since 1991). */
export const CHINA_OFFSET_MINUTES = 480;

const FORM =
  /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Milliseconds since 1970-01-01T00:00Z of a log timestamp, or undefined when the text is not one of
 * the accepted forms or names a time that does not exist (2026-02-30, 25:00). A time without an
 * offset is read at `localOffsetMinutes` east of UTC (default China Standard Time).
 */
export function parseTimestamp(text: string, localOffsetMinutes = CHINA_OFFSET_MINUTES): number | undefined {
  const m = FORM.exec(text.trim());
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[3]);
  const day = Number(m[4]);
  const hour = m[5] === undefined ? 0 : Number(m[5]);
  const minute = m[6] === undefined ? 0 : Number(m[6]);
  const second = m[7] === undefined ? 0 : Number(m[7]);
  const millis = m[8] === undefined ? 0 : Math.floor(Number(`0.${m[8]}`) * 1000);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  date.setUTCHours(hour, minute, second, millis);
  let offset = localOffsetMinutes;
  const zone = m[9];
  if (zone !== undefined) {
    if (zone.toUpperCase() === 'Z') offset = 0;
    else {
      const digits = zone.slice(1).replace(':', '');
      const hours = Number(digits.slice(0, 2));
      const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
      if (hours > 14 || minutes > 59) return undefined;
      offset = (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
    }
  }
  return date.getTime() - offset * 60_000;
}
