// Timestamps of case logs: ISO 8601 (`2026-03-02T09:30:00+08:00`, `…Z`, fractions of a second),
// `YYYY-MM-DD HH:mm[:ss]` and `YYYY/MM/DD HH:mm[:ss]` (Excel's Chinese locale, one-digit month, day
// and hour allowed), or a bare date (midnight). Without an offset the time is China Standard Time.

/** "Local time" of a log: China Standard Time, UTC+8 all year (no daylight saving since 1991). */
export const CHINA_OFFSET_MINUTES = 480;

const FORM =
  /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil); the date must exist. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The two-digit number at text[i..i+2), or −1. */
function twoDigits(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The common form `YYYY-MM-DD HH:mm[:ss]` (or with `T`), no offset, read by character codes: the
 * large logs' hot path. Undefined when the text is any other form (the general parser decides).
 */
function parseLocalFixed(text: string, offsetMinutes: number): number | undefined {
  const n = text.length;
  if ((n !== 16 && n !== 19) || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58) return undefined;
  const sep = text.charCodeAt(10);
  if (sep !== 32 && sep !== 84) return undefined;
  const hi = twoDigits(text, 0);
  const lo = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = n === 19 ? (text.charCodeAt(16) === 58 ? twoDigits(text, 17) : -1) : 0;
  if (hi < 0 || lo < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  const year = hi * 100 + lo;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!)) return undefined;
  return ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute - offsetMinutes) * 60_000 + second * 1000;
}

/**
 * Milliseconds since 1970-01-01T00:00Z of a log timestamp, or undefined when the text is not one of
 * the accepted forms or names a time that does not exist (2026-02-30, 25:00). A time without an
 * offset is read at `localOffsetMinutes` east of UTC (default China Standard Time).
 */
export function parseTimestamp(text: string, localOffsetMinutes = CHINA_OFFSET_MINUTES): number | undefined {
  const fixed = parseLocalFixed(text, localOffsetMinutes);
  if (fixed !== undefined) return fixed;
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
