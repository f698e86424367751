import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  buildWorkingCalendar,
  builtInCalendar,
  calendarCoverage,
  describeDay,
  formatIsoDate,
  isoWeekday,
  isWorkingDay,
  parseIsoDate,
  wholeWorkingDays,
  workingDaysBetween,
  type WorkingCalendar,
} from '../../src/calendar/index.js';
import { ProcoptError } from '../../src/domain/index.js';

const day = (iso: string): number => {
  const d = parseIsoDate(iso);
  if (d === undefined) throw new Error(`bad test date ${iso}`);
  return d;
};
const due = (calendar: WorkingCalendar, start: string, t: number): string => formatIsoDate(addWorkingDays(calendar, day(start), t));
const outside = (f: () => unknown): ProcoptError => {
  try {
    f();
  } catch (error) {
    if (error instanceof ProcoptError && error.code === 'OUTSIDE_CALENDAR') return error;
    throw error;
  }
  throw new Error('expected an OUTSIDE_CALENDAR error');
};

describe('due dates by working days', () => {
  const calendar = builtInCalendar();

  it('counts an offset as its whole working days: ⌈t⌉, float noise under a whole number ignored', () => {
    expect([0, 0.5, 1, 1.01, 2.99, 3].map(wholeWorkingDays)).toEqual([0, 1, 1, 2, 3, 3]);
    expect(wholeWorkingDays(0.1 + 0.2 + 2.7)).toBe(3);
    expect(wholeWorkingDays(3 + 1e-12)).toBe(3);
    // Offsets with the same whole days end on the same date.
    for (const t of [4.01, 4.5, 5]) expect(addWorkingDays(calendar, parseIsoDate('2026-09-30')!, t)).toBe(addWorkingDays(calendar, parseIsoDate('2026-09-30')!, wholeWorkingDays(t)));
  });

  it('gives the examples of the issue', () => {
    // 10-01..07 国庆节; 10-10 is a 调休 working Saturday (国办发明电〔2025〕7号).
    expect(due(calendar, '2026-09-30', 5)).toBe('2026-10-13');
    // 01-26 a 调休 working Sunday, 01-28..02-04 春节 (国办发明电〔2024〕12号).
    expect(due(calendar, '2025-01-24', 3)).toBe('2025-02-05');
  });

  it('counts offset 0 as the start date itself and a part day as the next working day', () => {
    expect(due(calendar, '2026-10-03', 0)).toBe('2026-10-03');
    expect(due(calendar, '2026-09-30', 0.5)).toBe('2026-10-08');
    expect(due(calendar, '2026-09-30', 1)).toBe('2026-10-08');
    expect(due(calendar, '2026-09-30', 1.01)).toBe('2026-10-09');
    expect(due(calendar, '2026-09-30', 0.1 + 0.2 + 0.7)).toBe('2026-10-08');
    // A start on a holiday: the first working day after it is day 1.
    expect(due(calendar, '2026-10-03', 1)).toBe('2026-10-08');
    expect(() => addWorkingDays(calendar, day('2026-09-30'), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(calendar, day('2026-09-30'), Number.NaN)).toThrow(RangeError);
  });

  // Hand-checked against the notices: the last working day before each break and how far +k lands,
  // including every 调休 working Saturday and Sunday of 2024–2026.
  const table: [start: string, t: number, due: string, why: string][] = [
    ['2023-12-29', 1, '2024-01-02', '2024 元旦 1-1 (与周末连休)'],
    ['2024-02-02', 1, '2024-02-04', '2024 春节 调休 Sunday 2-4'],
    ['2024-02-09', 1, '2024-02-18', '2024 春节 2-10..17 (除夕 2-9 works), 调休 Sunday 2-18'],
    ['2024-02-09', 2, '2024-02-19', '2024 春节'],
    ['2024-04-03', 1, '2024-04-07', '2024 清明 4-4..6, 调休 Sunday 4-7'],
    ['2024-04-26', 1, '2024-04-28', '2024 劳动节 调休 Sunday 4-28'],
    ['2024-04-30', 1, '2024-05-06', '2024 劳动节 5-1..5'],
    ['2024-05-10', 1, '2024-05-11', '2024 劳动节 调休 Saturday 5-11'],
    ['2024-06-07', 1, '2024-06-11', '2024 端午 6-10 (与周末连休)'],
    ['2024-09-13', 1, '2024-09-14', '2024 中秋 调休 Saturday 9-14'],
    ['2024-09-13', 2, '2024-09-18', '2024 中秋 9-15..17'],
    ['2024-09-27', 1, '2024-09-29', '2024 国庆 调休 Sunday 9-29'],
    ['2024-09-30', 1, '2024-10-08', '2024 国庆 10-1..7'],
    ['2024-09-30', 5, '2024-10-12', '2024 国庆 调休 Saturday 10-12'],
    ['2024-12-31', 1, '2025-01-02', '2025 元旦 1-1 only'],
    ['2025-01-24', 1, '2025-01-26', '2025 春节 调休 Sunday 1-26'],
    ['2025-01-27', 1, '2025-02-05', '2025 春节 1-28 (除夕)..2-4, eight days'],
    ['2025-02-07', 1, '2025-02-08', '2025 春节 调休 Saturday 2-8'],
    ['2025-04-03', 1, '2025-04-07', '2025 清明 4-4..6'],
    ['2025-04-25', 1, '2025-04-27', '2025 劳动节 调休 Sunday 4-27'],
    ['2025-04-30', 1, '2025-05-06', '2025 劳动节 5-1..5'],
    ['2025-05-30', 1, '2025-06-03', '2025 端午 5-31..6-2'],
    ['2025-09-26', 1, '2025-09-28', '2025 国庆中秋 调休 Sunday 9-28'],
    ['2025-09-30', 1, '2025-10-09', '2025 国庆中秋 10-1..8'],
    ['2025-09-30', 3, '2025-10-11', '2025 国庆中秋 调休 Saturday 10-11'],
    ['2025-12-31', 1, '2026-01-04', '2026 元旦 1-1..3, 调休 Sunday 1-4'],
    ['2025-12-31', 2, '2026-01-05', '2026 元旦'],
    ['2026-02-13', 1, '2026-02-14', '2026 春节 调休 Saturday 2-14'],
    ['2026-02-13', 2, '2026-02-24', '2026 春节 2-15..23, nine days'],
    ['2026-02-27', 1, '2026-02-28', '2026 春节 调休 Saturday 2-28'],
    ['2026-04-03', 1, '2026-04-07', '2026 清明 4-4..6'],
    ['2026-04-30', 1, '2026-05-06', '2026 劳动节 5-1..5'],
    ['2026-05-08', 1, '2026-05-09', '2026 劳动节 调休 Saturday 5-9'],
    ['2026-06-18', 1, '2026-06-22', '2026 端午 6-19..21'],
    ['2026-09-18', 1, '2026-09-20', '2026 国庆 调休 Sunday 9-20'],
    ['2026-09-24', 1, '2026-09-28', '2026 中秋 9-25..27'],
    ['2026-10-09', 1, '2026-10-10', '2026 国庆 调休 Saturday 10-10'],
  ];
  it.each(table)('%s + %d → %s (%s)', (start, t, expected) => {
    expect(due(calendar, start, t)).toBe(expected);
    expect(workingDaysBetween(calendar, day(start), day(expected))).toBe(t);
  });

  it('names why a day counts', () => {
    expect(describeDay(calendar, day('2026-10-10'))).toEqual({ working: true, reason: 'workday', name: '国庆节' });
    expect(describeDay(calendar, day('2026-10-02'))).toEqual({ working: false, reason: 'holiday', name: '国庆节' });
    expect(describeDay(calendar, day('2026-10-17'))).toEqual({ working: false, reason: 'weekend' });
    expect(describeDay(calendar, day('2026-10-16'))).toEqual({ working: true, reason: 'weekday' });
    expect(isoWeekday(day('2026-10-10'))).toBe(6);
  });

  const FIRST = day('2020-01-01');
  const LAST_START = day('2026-09-30');
  test.prop([fc.integer({ min: FIRST, max: LAST_START }), fc.double({ min: 0, max: 40, noNaN: true }), fc.double({ min: 0, max: 40, noNaN: true })])(
    'due dates are monotone in t and land on working days; working days between invert them',
    (start, t1, t2) => {
      const [lo, hi] = t1 <= t2 ? [t1, t2] : [t2, t1];
      const a = addWorkingDays(calendar, start, lo);
      const b = addWorkingDays(calendar, start, hi);
      expect(a).toBeLessThanOrEqual(b);
      for (const [t, d] of [[lo, a], [hi, b]] as const) {
        if (Math.ceil(t - 1e-9) === 0) expect(d).toBe(start);
        else {
          expect(isWorkingDay(calendar, d)).toBe(true);
          expect(d).toBeGreaterThan(start);
          expect(workingDaysBetween(calendar, start, d)).toBe(Math.ceil(t - 1e-9));
          // The day before the due date leaves one working day still to go.
          expect(workingDaysBetween(calendar, start, d - 1)).toBe(Math.ceil(t - 1e-9) - 1);
        }
      }
    },
  );
});

describe('coverage', () => {
  const calendar = builtInCalendar();

  it('refuses dates outside the covered years, naming the last one and --calendar', () => {
    expect(calendarCoverage(calendar).firstYear).toBe(2020);
    const lastYear = calendarCoverage(calendar).lastYear;
    const after = outside(() => isWorkingDay(calendar, day(`${lastYear + 1}-03-01`)));
    expect(after.message).toContain(`last covered year ${lastYear}`);
    expect(after.message).toContain('--calendar');
    expect(outside(() => isWorkingDay(calendar, day('2019-12-31'))).message).toContain('2019-12-31 is outside');
    expect(outside(() => addWorkingDays(calendar, day('2019-12-31'), 0)).message).toContain('the start date 2019-12-31');
    // A period that runs past the table is refused too, never counted as ordinary weeks.
    const runOff = outside(() => addWorkingDays(calendar, day(`${lastYear}-12-28`), 10));
    expect(runOff.message).toContain(`end after ${lastYear}`);
    expect(outside(() => workingDaysBetween(calendar, day(`${lastYear}-12-28`), day(`${lastYear + 1}-01-05`))).message).toContain('--calendar');
  });

  it('words a date beyond the calendar in Chinese too (the message in English stays the error message)', () => {
    const lastYear = calendarCoverage(calendar).lastYear;
    const after = outside(() => isWorkingDay(calendar, day(`${lastYear + 1}-03-01`)));
    expect(after.messageIn('en')).toBe(after.message);
    expect(after.messageIn('zh-CN')).toBe(
      `${lastYear + 1}-03-01 超出工作日历范围（日历涵盖 2020—${lastYear} 年，最后涵盖至 ${lastYear} 年；内置节假日表止于 ${lastYear} 年）；` +
        `请用 --calendar 文件给出 ${lastYear + 1} 年的节假日和调休上班日，并声明该年为全年`,
    );
    expect(outside(() => addWorkingDays(calendar, day('2019-12-31'), 0)).messageIn('zh-CN')).toMatch(/^起算日期 2019-12-31 超出工作日历范围/);
    expect(outside(() => addWorkingDays(calendar, day(`${lastYear}-12-28`), 10)).messageIn('zh-CN')).toMatch(
      new RegExp(`^自 ${lastYear}-12-28 起算 10 个工作日，届满日在 ${lastYear} 年之后：${lastYear + 1}-01-01 超出工作日历范围`),
    );
  });

  it('extends to a year the user declares complete, and never jumps a year left out', () => {
    const extended = buildWorkingCalendar({
      days: [
        { date: day('2027-01-01'), kind: 'holiday', name: '元旦' },
        { date: day('2029-01-01'), kind: 'holiday', name: '元旦' },
      ],
      coveredYears: [2027, 2029],
    });
    expect(calendarCoverage(extended)).toEqual({ firstYear: 2020, lastYear: 2029, years: [2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2029] });
    // 2026-12-31 is a Thursday; 2027-01-01 (Friday) is the user's holiday.
    expect(due(extended, '2026-12-31', 1)).toBe('2027-01-04');
    const gap = outside(() => addWorkingDays(extended, day('2027-12-01'), 60));
    expect(gap.message).toContain('2028');
    expect(gap.message).toContain('2020–2027, 2029');
    expect(gap.messageIn('zh-CN')).toMatch(/^自 2027-12-01 起算 60 个工作日，跨越 2028 年：2028-01-01 超出工作日历范围（日历涵盖 2020—2027、2029 年，/);
    expect(outside(() => isWorkingDay(extended, day('2028-06-01'))).message).toContain('2028-06-01');
    expect(isWorkingDay(extended, day('2029-01-01'))).toBe(false);
    expect(isWorkingDay(extended, day('2029-01-02'))).toBe(true);
  });

  it("layers a user's days over the built-in table without extending it", () => {
    const local = buildWorkingCalendar({
      days: [
        { date: day('2026-10-08'), kind: 'holiday', name: '地方节日' },
        { date: day('2026-10-11'), kind: 'workday', name: '补班' },
        { date: day('2027-01-04'), kind: 'holiday', name: 'not covered' },
      ],
      coveredYears: [],
    });
    expect(due(local, '2026-09-30', 1)).toBe('2026-10-09');
    expect(due(local, '2026-09-30', 3)).toBe('2026-10-11');
    expect(due(local, '2026-09-30', 5)).toBe('2026-10-13');
    expect(describeDay(local, day('2026-10-08'))).toEqual({ working: false, reason: 'holiday', name: '地方节日' });
    outside(() => isWorkingDay(local, day('2027-01-04')));
    // The built-in calendar is unchanged.
    expect(due(calendar, '2026-09-30', 1)).toBe('2026-10-08');
  });
});
