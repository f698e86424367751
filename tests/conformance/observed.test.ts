// Observed durations agree with a hand calculation across a holiday (国庆节 2026), per step and per
// case; the item's figures (n, mean, median, p90 by src/stats' definition-1 quantiles, lead times
// against 承诺时限 and 法定时限, where overdue cases lost time); and the declared durations swapped
// for observed ones before an analysis.
import { describe, expect, it } from 'vitest';
import type { CaseEvent, Lifecycle, LogCase } from '../../src/domain/index.js';
import { builtInCalendar } from '../../src/calendar/index.js';
import { applyObservedDurations, checkConformance } from '../../src/conformance/index.js';
import { makeProcedure } from '../support/procedures.js';

const calendar = builtInCalendar();
const cst = (m: number, d: number, h: number): number => Date.UTC(2026, m - 1, d, h - 8);

function logCase(caseId: string, rows: [string, Lifecycle, number][]): LogCase {
  const events: CaseEvent[] = rows.map(([activity, lifecycle, time], k) => ({ activity, lifecycle, time, resource: '', department: '', order: k }));
  return { caseId, itemCode: 'T-001', events, source: { file: 'log.csv', line: 2 } };
}

// A (受理, 1 day) → B (审核, 2 days, wait 0.5) → C (审批, 1 day); 承诺时限 3, 法定时限 5.
const procedure = {
  ...makeProcedure([
    { id: 'A', name: '步骤A', durationDays: 1 },
    { id: 'B', name: '步骤B', durationDays: 1, predecessors: ['A'] },
    { id: 'C', name: '步骤C', durationDays: 1, predecessors: ['B'] },
  ]),
  promisedLimitDays: 3,
  legalLimitDays: 5,
};
procedure.steps[1] = { ...procedure.steps[1]!, durationDays: 2, waitDays: 0.5 };

describe('observed times across 国庆节 2026', () => {
  // H: accepted 09-30 09:00–12:00; B waits until 10-08 09:00 (09-30 12:00–24:00 = 0.5, holidays 0,
  // 10-08 00:00–09:00 = 0.375 → wait 0.875), runs to 10-09 09:00 (service 1); C completes 10-09 21:00
  // with no start logged: service from B's completion = 0.5. Lead time 09-30 09:00 → 10-09 21:00:
  // 09-30 15/24 + 10-08 1 + 10-09 21/24 = 0.625 + 1 + 0.875 = 2.5.
  const holiday = logCase('H', [
    ['A', 'start', cst(9, 30, 9)],
    ['A', 'complete', cst(9, 30, 12)],
    ['B', 'start', cst(10, 8, 9)],
    ['B', 'complete', cst(10, 9, 9)],
    ['C', 'complete', cst(10, 9, 21)],
  ]);
  // L: the same steps on ordinary days, slower: A 03-02 09:00–09:00 (0), B 03-02 09:00 → 03-05 09:00
  // (3, no wait), C 03-05 09:00 → 03-06 09:00 (1): lead time 4 > 承诺时限 3, not over 法定时限 5.
  const late = logCase('L', [
    ['A', 'start', cst(3, 2, 9)],
    ['A', 'complete', cst(3, 2, 9)],
    ['B', 'start', cst(3, 2, 9)],
    ['B', 'complete', cst(3, 5, 9)],
    ['C', 'complete', cst(3, 6, 9)],
  ]);
  const item = checkConformance([procedure], [holiday, late], { calendar }).items[0]!;

  it('per case: the lead time by hand, flags against the limits', () => {
    expect(item.caseResults.map((r) => [r.caseId, r.leadTimeDays, r.overPromised, r.overLegal])).toEqual([
      ['H', 2.5, false, false],
      ['L', 4, true, false],
    ]);
  });
  it('per step: n, mean, median and p90 of service; waiting times', () => {
    const b = item.observed.steps.find((s) => s.stepId === 'B')!;
    // B's service: H 1, L 3 → mean 2, median (the ⌈0.5·2⌉ = 1st smallest) 1, p90 (2nd) 3.
    expect(b).toEqual({ stepId: 'B', stepName: '步骤B', declaredDays: 2, declaredWaitDays: 0.5, n: 2, serviceMeanDays: 2, serviceMedianDays: 1, serviceP90Days: 3, waitN: 2, waitMedianDays: 0, waitP90Days: 0.88 });
    const a = item.observed.steps.find((s) => s.stepId === 'A')!;
    // A: H 09:00–12:00 = 0.125, L 0; no reference before the first step, so no waiting time.
    expect(a).toMatchObject({ n: 2, serviceMedianDays: 0, serviceP90Days: 0.13, waitN: 0, waitMedianDays: null });
    const c = item.observed.steps.find((s) => s.stepId === 'C')!;
    expect(c).toMatchObject({ n: 2, serviceMedianDays: 0.5, serviceP90Days: 1, waitN: 0 });
  });
  it('per item: lead-time median/p90, overdue counts and shares, where the overdue case lost time', () => {
    expect(item.observed).toMatchObject({
      closedCases: 2,
      leadTimeMedianDays: 2.5,
      leadTimeP90Days: 4,
      leadTimesDays: [2.5, 4],
      overPromised: { count: 1, share: 0.5 },
      overLegal: { count: 0, share: 0 },
    });
    // In L, B took 3 against 2 + 0.5 declared (0.5 over) and C 1 against 1 (0 over): only B lost time.
    expect(item.observed.lostTime).toEqual([{ stepId: 'B', excessDays: 0.5, cases: 1 }]);
  });
  it('the median or p90 replaces a declared duration only with at least --min-cases observations', () => {
    const observed = item.observed.steps;
    const twice = applyObservedDurations(procedure, observed, 'p90', 2);
    expect(twice.procedure.steps.map((s) => [s.id, s.durationDays, s.waitDays])).toEqual([['A', 0.13, 0], ['B', 3, 0.88], ['C', 1, 0]]);
    expect(twice.used.B).toEqual({ source: 'p90', days: 3, declaredDays: 2, n: 2, observedMedianDays: 1, observedP90Days: 3, waitDays: 0.88, waitN: 2 });
    const few = applyObservedDurations(procedure, observed, 'median', 5);
    expect(few.procedure.steps.map((s) => s.durationDays)).toEqual([1, 2, 1]);
    expect(few.used.B).toMatchObject({ source: 'declared', days: 2, n: 2 });
    expect(procedure.steps[1]!.durationDays).toBe(2);
  });
});

describe('times outside the calendar', () => {
  it('OUTSIDE_CALENDAR: one warning per year, the case still replayed, its durations left out', () => {
    const old = { ...logCase('OLD', [['A', 'complete', Date.UTC(2019, 5, 3, 1)], ['B', 'complete', Date.UTC(2019, 5, 4, 1)], ['C', 'complete', Date.UTC(2019, 5, 5, 1)]]) };
    const run = checkConformance([procedure], [old], { calendar });
    expect(run.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([['OUTSIDE_CALENDAR', 'warning', 2]]);
    expect(run.diagnostics[0]!.message).toContain('2019');
    expect(run.items[0]!.caseResults[0]).toMatchObject({ cost: 0, fitness: 1, leadTimeDays: null, overPromised: null });
    expect(run.items[0]!.observed.steps.every((s) => s.n === 0)).toBe(true);
  });
});
