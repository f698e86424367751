// The built-in table against the shape of the notices. The days themselves were checked against
// each notice's text and two public data sets (docs/calendar.md); the per-year working-day counts
// below are the figures all three agree on.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_HOLIDAYS, builtInCalendar, dayNumberOf, formatIsoDate, isWeekend, isWorkingDay, noticeNumbersOf, yearOf } from '../../src/calendar/index.js';

describe('the built-in holiday table', () => {
  const { years, firstYear, lastYear } = BUILT_IN_HOLIDAYS;

  it('covers 2020 through its last year, one entry per year, each with its notice number', () => {
    expect(firstYear).toBe(2020);
    expect(lastYear).toBeGreaterThanOrEqual(2026);
    expect(years.map((y) => y.year)).toEqual(Array.from({ length: lastYear - firstYear + 1 }, (_, k) => firstYear + k));
    for (const y of years) {
      expect(y.notices.length, String(y.year)).toBeGreaterThan(0);
      const [annual] = y.notices;
      expect(annual!.title).toBe(`国务院办公厅关于${y.year}年部分节假日安排的通知`);
      expect(annual!.number).toMatch(new RegExp(`^国办发明电〔${y.year - 1}〕\\d+号$`));
      expect(annual!.published.startsWith(String(y.year - 1))).toBe(true);
    }
    expect(noticeNumbersOf(2025)).toEqual(['国办发明电〔2024〕12号']);
    expect(noticeNumbersOf(2026)).toEqual(['国办发明电〔2025〕7号']);
    expect(noticeNumbersOf(2020)).toEqual(['国办发明电〔2019〕16号', '国办发明电〔2020〕1号']);
  });

  it('lists each date once, 调休 working days only on weekends, holidays within the notice year (元旦 may start on 31 December)', () => {
    const seen = new Set<number>();
    for (const y of years) {
      for (const d of y.days) {
        expect(seen.has(d.date), formatIsoDate(d.date)).toBe(false);
        seen.add(d.date);
        if (d.kind === 'workday') expect(isWeekend(d.date), formatIsoDate(d.date)).toBe(true);
        const inYear = yearOf(d.date) === y.year || (d.name === '元旦' && formatIsoDate(d.date) === `${y.year - 1}-12-31`);
        expect(inYear, formatIsoDate(d.date)).toBe(true);
      }
    }
  });

  it('takes exactly the statutory days off the ordinary week: 11 a year, 13 from 2025 (春节 and 劳动节 +1 each)', () => {
    // Off Monday–Friday days less 调休 working weekend days = the days lost to holidays: a festival on
    // a weekend is made up on a weekday (补休), so the net is the statutory count.
    for (const y of years) {
      const offWeekdays = y.days.filter((d) => d.kind === 'holiday' && !isWeekend(d.date)).length;
      const workdays = y.days.filter((d) => d.kind === 'workday').length;
      // 2020: the 春节 extension (国办发明电〔2020〕1号) added 31 January and cancelled the 1 February workday.
      const expected = (y.year >= 2025 ? 13 : 11) + (y.year === 2020 ? 2 : 0);
      expect(offWeekdays - workdays, String(y.year)).toBe(expected);
    }
  });

  it('gives the working-day counts all three sources agree on', () => {
    const calendar = builtInCalendar();
    const counts: Record<number, number> = {};
    for (let y = 2020; y <= 2026; y++) {
      let n = 0;
      for (let d = dayNumberOf(y, 1, 1)!; d <= dayNumberOf(y, 12, 31)!; d++) if (isWorkingDay(calendar, d)) n++;
      counts[y] = n;
    }
    expect(counts).toEqual({ 2020: 249, 2021: 250, 2022: 249, 2023: 249, 2024: 251, 2025: 248, 2026: 248 });
  });
});
