// More mutants of the dating of an item (src/analyze/dates/date-item.ts) that survived the mutation run
// of 2026-12-05 (docs/mutation.md), killed through the public path (a CSV item analysed by
// analyzeProcedure, then addDatesAndOdds with the built-in calendar, which covers 2020–2026).

import { describe, expect, it } from 'vitest';
import { addDatesAndOdds } from '../../src/analyze/index.js';
import { builtInCalendar, parseIsoDate } from '../../src/calendar/index.js';
import { ProcoptError } from '../../src/domain/index.js';
import { analyseRows } from '../support/csv-item.js';

const COLUMNS = 'step_id,step_name,department,role,duration_days,predecessors,inputs,outputs,applicant_visit,hard_predecessors';

// 受理 (visit, 1 day) → 审查A (2) → 审查B (3, same desk, not using 审查A's 意见A) → 审批 (1) → 领证 (visit,
// 1): 8 days. Two candidates: parallel+visits (6 days) and merge+visits (8 days) (tests/mutants/candidates.test.ts).
const item = () =>
  analyseRows(
    [
      'S1,受理,窗口,受理,1,,申请书,受理单,1,',
      'S2,审查A,审查科,审查,2,S1,受理单,意见A,0,',
      'S3,审查B,审查科,审查,3,S2,申请书,意见B,0,',
      'S4,审批,审批科,审批,1,S3,意见A;意见B,决定,0,',
      'S5,领证,窗口,领证,1,S4,身份证;决定,,1,',
    ],
    COLUMNS,
  );
const dated = (start: string) => addDatesAndOdds(item(), { samples: 0, seed: 1, dates: { calendar: builtInCalendar(), startDate: parseIsoDate(start)! } }, 'en');

describe('dates beyond the calendar, item by item', () => {
  it('mutant-dates-two-candidates-left-out: each candidate whose end is beyond the calendar is named once', () => {
    // Started Thursday 2026-12-24: the working days after it are 12-25, 12-28, 12-29, 12-30, 12-31, and
    // the 6th is in 2027. 审查A starts after 1 day (12-25) and ends after 3 (12-29); 审查B ends after 6.
    const { item: result, problem } = dated('2026-12-24');
    expect(result.candidates.map((c) => [c.id, c.durationDays, c.dates])).toEqual([
      ['parallel+visits', 6, { criticalPathEnd: null, clockEnd: null }],
      ['merge+visits', 8, { criticalPathEnd: null, clockEnd: null }],
    ]);
    expect(problem).toMatch(/^dates beyond the working-day calendar left out \(schedule dates, candidate parallel\+visits, candidate merge\+visits, criticalPathEnd, clockEnd\): 6 working days after 2026-12-24 end after 2026: /);
    expect(result.schedule.map((e) => [e.stepId, e.earliestStartDate, e.earliestFinishDate])).toEqual([
      ['S1', '2026-12-24', '2026-12-25'],
      ['S2', '2026-12-25', '2026-12-29'],
      ['S3', '2026-12-29', null],
      ['S4', null, null],
      ['S5', null, null],
    ]);
    // The weekend up to the last date counted (12-29).
    expect(result.dates!.nonWorkingDays).toEqual(['2026-12-26', '2026-12-27']);
  });

  it('mutant-start-date-option: a start date beyond the calendar is refused, naming the --start-date option', () => {
    let error: unknown = null;
    try {
      dated('2031-03-03');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProcoptError);
    expect((error as ProcoptError).code).toBe('OUTSIDE_CALENDAR');
    expect((error as ProcoptError).messageIn('en')).toBe(
      "the start date (--start-date) 2031-03-03 is outside the working-day calendar, which covers 2020–2026 (last covered year 2026; the built-in holiday table ends with 2026); give 2031's holidays and 调休 working days with --calendar FILE and declare the year covered",
    );
    expect((error as ProcoptError).messageIn('zh-CN')).toMatch(/^受理日期（--start-date）2031-03-03 超出工作日历范围/);
  });

  it('mutant-dates-first-calendar-day: an item started on the first day the calendar covers (2020-01-01) is dated from it', () => {
    // Wednesday 2020-01-01 is 元旦, a holiday (listed among the non-working days from the start on); the
    // working days after it: 01-02, 01-03, 01-06, 01-07, 01-08, 01-09, 01-10, 01-13.
    const { item: result, problem } = dated('2020-01-01');
    expect(problem).toBeNull();
    expect(result.dates).toMatchObject({ startDate: '2020-01-01', criticalPathEnd: '2020-01-13', clockEnd: '2020-01-13' });
    expect(result.schedule.map((e) => [e.stepId, e.earliestStartDate, e.earliestFinishDate])).toEqual([
      ['S1', '2020-01-01', '2020-01-02'],
      ['S2', '2020-01-02', '2020-01-06'],
      ['S3', '2020-01-06', '2020-01-09'],
      ['S4', '2020-01-09', '2020-01-10'],
      ['S5', '2020-01-10', '2020-01-13'],
    ]);
    expect(result.dates!.nonWorkingDays).toEqual(['2020-01-01', '2020-01-04', '2020-01-05', '2020-01-11', '2020-01-12']);
  });

  it('mutant-dates-shorter-item-after-longer: an item dated after a longer one from the same start lists only its own non-working days', () => {
    // The catalogue's items share one start date: the long item (8 days, through Monday 2020-01-13)
    // first, then 受理 → 审批 (2 days, through Friday 2020-01-03): its non-working days stop at 01-03.
    const long = dated('2020-01-01').item;
    expect(long.dates!.nonWorkingDays).toEqual(['2020-01-01', '2020-01-04', '2020-01-05', '2020-01-11', '2020-01-12']);
    const short = analyseRows(['S1,受理,窗口,受理,1,,申请书,受理单,1,', 'S2,审批,审批科,审批,1,S1,受理单,决定,0,'], COLUMNS);
    const { item: result } = addDatesAndOdds(short, { samples: 0, seed: 1, dates: { calendar: builtInCalendar(), startDate: parseIsoDate('2020-01-01')! } }, 'en');
    expect(result.dates).toMatchObject({ criticalPathEnd: '2020-01-03', nonWorkingDays: ['2020-01-01'] });
  });
});

