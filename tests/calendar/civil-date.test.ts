import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { dayNumberOf, formatIsoDate, isoWeekday, isWeekend, parseIsoDate, yearOf } from '../../src/calendar/index.js';

describe('civil dates', () => {
  it('reads YYYY-MM-DD and nothing else', () => {
    expect(parseIsoDate('1970-01-01')).toBe(0);
    expect(parseIsoDate('2026-09-30')).toBe(20_726);
    expect(parseIsoDate('2024-02-29')).toBeDefined();
    for (const bad of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-9-30', '2026/09/30', '2026-09-30T00:00', ' 2026-09-30', '20260930', '']) {
      expect(parseIsoDate(bad), bad).toBeUndefined();
    }
  });

  it('keeps years below 100 as written', () => {
    expect(formatIsoDate(dayNumberOf(99, 12, 31)!)).toBe('0099-12-31');
  });

  it('knows the weekday of known dates', () => {
    expect(isoWeekday(parseIsoDate('1970-01-01')!)).toBe(4);
    expect(isoWeekday(parseIsoDate('2026-10-10')!)).toBe(6);
    expect(isoWeekday(parseIsoDate('2025-01-26')!)).toBe(7);
    expect(isoWeekday(parseIsoDate('1969-12-29')!)).toBe(1);
    expect(isWeekend(parseIsoDate('2026-10-11')!)).toBe(true);
    expect(isWeekend(parseIsoDate('2026-10-12')!)).toBe(false);
  });

  test.prop([fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })])(
    'format and parse invert each other, and agree with Date',
    (date) => {
      const iso = date.toISOString().slice(0, 10);
      const day = parseIsoDate(iso)!;
      expect(formatIsoDate(day)).toBe(iso);
      expect(yearOf(day)).toBe(date.getUTCFullYear());
      expect(isoWeekday(day)).toBe(((date.getUTCDay() + 6) % 7) + 1);
      expect(formatIsoDate(day + 1)).toBe(new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10));
    },
  );
});
