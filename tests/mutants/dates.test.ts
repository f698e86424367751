// Mutants of the dating of an item (src/analyze/dates/date-item.ts) that survived the suite in the
// mutation run of 2026-12-05 (docs/mutation.md), killed through the public path (analyzeProcedure,
// then addDatesAndOdds with the built-in calendar).

import { describe, expect, it } from 'vitest';
import { addDatesAndOdds, analyzeProcedure } from '../../src/analyze/index.js';
import { builtInCalendar, parseIsoDate } from '../../src/calendar/index.js';
import { makeProcedure } from '../support/procedures.js';

describe('dates beyond the calendar', () => {
  it('mutant-dates-left-out-parts: each kind of date left out is named once, in order — a step starting beyond the calendar, a candidate, each limit', () => {
    // Started 2026-12-30 (the built-in calendar ends with 2026): 受理 ends on working day 2, 2027-01-01,
    // so every later date is beyond the calendar — 审查A's start included.
    const item = analyzeProcedure(
      makeProcedure(
        [
          { id: 'S1', role: 'accept', durationDays: 2, outputs: ['受理单'] },
          { id: 'S2', name: '审查A', department: '审查科', durationDays: 3, predecessors: ['S1'], inputs: ['受理单'], outputs: ['意见A'] },
          { id: 'S3', name: '审查B', department: '审查科', durationDays: 2, predecessors: ['S2'], inputs: ['意见A'], outputs: ['意见B'] },
          { id: 'S4', role: 'approve', durationDays: 1, predecessors: ['S3'], inputs: ['意见B'], outputs: ['决定'] },
        ],
        { promised: 10, legal: 20 },
      ),
    );
    const { item: dated, problem } = addDatesAndOdds(item, { samples: 0, seed: 1, dates: { calendar: builtInCalendar(), startDate: parseIsoDate('2026-12-30')! } }, 'en');
    expect(problem).toMatch(/^dates beyond the working-day calendar left out \(schedule dates, candidate merge, promisedDue \(承诺时限\), legalDue \(法定时限\), criticalPathEnd, clockEnd\): /);
    expect(dated.schedule.map((e) => [e.stepId, e.earliestStartDate, e.earliestFinishDate])).toEqual([
      ['S1', '2026-12-30', null],
      ['S2', null, null],
      ['S3', null, null],
      ['S4', null, null],
    ]);
    expect(dated.candidates.map((c) => [c.id, c.dates])).toEqual([['merge', { criticalPathEnd: null, clockEnd: null }]]);
  });
});
