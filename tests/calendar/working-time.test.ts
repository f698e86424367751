// Working time between instants: the share of 24 h of each working day (non-working days 0),
// checked by hand across 国庆节 2026, and equal to workingDaysBetween at the same time of day.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInCalendar, dayNumberOf, workingDaysBetween, workingDaysElapsed } from '../../src/calendar/index.js';

const calendar = builtInCalendar();
const CST = 480;
/** An instant given in China time. */
const cst = (y: number, m: number, d: number, h = 0, min = 0): number => Date.UTC(y, m - 1, d, h - 8, min);

describe('workingDaysElapsed', () => {
  it('across 国庆节 2026: 09-30 16:00 → 10-08 10:00 is 8 h + 10 h of working days = 0.75', () => {
    // 09-30 (Wednesday, working) 16:00–24:00 = 1/3; 10-01…10-07 holidays = 0; 10-08 00:00–10:00 = 5/12.
    expect(workingDaysElapsed(calendar, cst(2026, 9, 30, 16), cst(2026, 10, 8, 10), CST)).toBeCloseTo(0.75, 12);
  });
  it('a 调休 working Saturday counts: 10-09 12:00 → 10-12 12:00 = 10-09 ½ + 10-10 1 + 10-12 ½ = 2', () => {
    expect(workingDaysElapsed(calendar, cst(2026, 10, 9, 12), cst(2026, 10, 12, 12), CST)).toBeCloseTo(2, 12);
  });
  it('time on a holiday counts nothing', () => {
    expect(workingDaysElapsed(calendar, cst(2026, 10, 2, 9), cst(2026, 10, 5, 17), CST)).toBe(0);
  });
  it('within one working day it is the elapsed share of 24 h', () => {
    expect(workingDaysElapsed(calendar, cst(2026, 3, 2, 9), cst(2026, 3, 2, 15), CST)).toBeCloseTo(0.25, 12);
  });
  it('is antisymmetric', () => {
    expect(workingDaysElapsed(calendar, cst(2026, 10, 8, 10), cst(2026, 9, 30, 16), CST)).toBeCloseTo(-0.75, 12);
  });
  it('at the same time of day on working days it equals workingDaysBetween', () => {
    const start = dayNumberOf(2025, 1, 2)!;
    fc.assert(
      fc.property(fc.nat({ max: 700 }), fc.nat({ max: 60 }), fc.nat({ max: 23 }), (a, span, hour) => {
        const from = start + a;
        const to = from + span;
        const works = (d: number): boolean => calendar.working[d - calendar.spanStart] === 1;
        fc.pre(works(from) && works(to));
        const instant = (day: number): number => day * 86_400_000 + (hour - 8) * 3_600_000;
        expect(workingDaysElapsed(calendar, instant(from), instant(to), CST)).toBeCloseTo(workingDaysBetween(calendar, from, to), 9);
      }),
    );
  });
  it('a span reaching outside the calendar throws OUTSIDE_CALENDAR', () => {
    expect(() => workingDaysElapsed(calendar, cst(2026, 12, 30), cst(2027, 1, 5), CST)).toThrow(/outside the working-day calendar/);
  });
});
