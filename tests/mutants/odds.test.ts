// Mutants of the odds (src/analyze/uncertainty/estimate-odds.ts) that survived the suite in the
// mutation run of 2026-12-05 (docs/mutation.md), killed through the public path (analyzeProcedure,
// then addDatesAndOdds) on small items whose figures are exact.

import { describe, expect, it } from 'vitest';
import { addDatesAndOdds, analyzeProcedure } from '../../src/analyze/index.js';
import { makeProcedure } from '../support/procedures.js';

describe('odds held against a limit the clock meets exactly', () => {
  // 受理 (1 day, waiting 1 day first) → 专家评审 (off the clock, 2..8 days) → 审批 (4 days): the clock is
  // 1 + 1 + 4 = 6 days in every run, the duration 8..14 days.
  const item = () =>
    analyzeProcedure(
      makeProcedure(
        [
          { id: 'S1', role: 'accept', durationDays: 1, waitDays: 1 },
          { id: 'S2', role: 'expert', durationDays: 3, durationMin: 2, durationMax: 8, predecessors: ['S1'], countsTowardLimit: false },
          { id: 'S3', role: 'approve', durationDays: 4, predecessors: ['S2'] },
        ],
        { promised: 6 },
      ),
    );

  it('mutant-odds-limit-exact: a clock exactly at the promise is within it (PERT and Monte Carlo); no legal limit gives no odds for it', () => {
    const { pert, monteCarlo } = addDatesAndOdds(item(), { samples: 200, seed: 5 }).item.uncertainty!;
    // PERT: wait 1 + 1 + (2 + 12 + 8) / 6 + 4 = 9.67 days; the clock 6 days with no variance.
    expect(pert).toMatchObject({ stepIds: ['S1', 'S2', 'S3'], meanDays: 9.67, varianceDays: 1, pPromised: 1, pLegal: null });
    expect(pert.clock).toEqual({ stepIds: ['S1', 'S2', 'S3'], meanDays: 6, varianceDays: 0 });
    expect(monteCarlo).toMatchObject({ pPromised: 1, pLegal: null });
    expect(monteCarlo!.clock).toMatchObject({ meanDays: 6, p50: 6, p80: 6, p90: 6, p95: 6 });
    expect(monteCarlo!.clock.cdf).toEqual(Array.from({ length: 21 }, () => 6));
    // The duration is not the clock: the expert's days count in it.
    expect(monteCarlo!.meanDays).toBeGreaterThan(9);
    expect(monteCarlo!.p95).toBeGreaterThan(monteCarlo!.p50);
    expect(monteCarlo!.p50).toBeGreaterThan(8);
  });
});

describe('a candidate\'s odds from the estimates of the steps it comes from (three-point-steps.ts)', () => {
  // 受理 1 day → 审查A (2..6, most likely 3; its id holds a "+") → 审查B (1..3, most likely 2), one desk →
  // 审批 1 day. The merge candidate's 审查A+审查B takes 3..9, most likely 5: PERT (3 + 20 + 9) / 6 =
  // 5.33 days, variance ((9 − 3) / 6)² = 1; with 受理 and 审批, 7.33 days.
  const item = (a: string) =>
    analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept', durationDays: 1, outputs: ['受理单'] },
        { id: a, name: '审查A', department: '审查科', durationDays: 3, durationMin: 2, durationMax: 6, predecessors: ['S1'], inputs: ['受理单'], outputs: ['意见A'] },
        { id: 'S3', name: '审查B', department: '审查科', durationDays: 2, durationMin: 1, durationMax: 3, predecessors: [a], inputs: ['意见A'], outputs: ['意见B'] },
        { id: 'S4', role: 'approve', durationDays: 1, predecessors: ['S3'], inputs: ['意见B'], outputs: ['决定'] },
      ]),
    );

  it('mutant-merged-three-points: a merged step sums its members\' shortest and longest times, ids with a "+" included', () => {
    for (const a of ['S2', 'S2+甲']) {
      const { item: estimated } = addDatesAndOdds(item(a), { samples: 0, seed: 1 });
      const merge = estimated.candidates.find((c) => c.id === 'merge')!;
      expect(merge.steps.map((s) => s.id)).toEqual(['S1', `${a}+S3`, 'S4']);
      expect(merge.uncertainty!.pert).toMatchObject({ stepIds: ['S1', `${a}+S3`, 'S4'], meanDays: 7.33, varianceDays: 1 });
      // The item itself: 1 + (2 + 12 + 6) / 6 + (1 + 8 + 3) / 6 + 1 = 7.33, variance 4/9 + 1/9.
      expect(estimated.uncertainty!.pert).toMatchObject({ meanDays: 7.33, varianceDays: 0.5556 });
    }
  });

  it('mutant-certain-three-points: an item whose three-point estimates are all certain (shortest = longest) gets no odds', () => {
    const certain = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept', durationDays: 1, durationMin: 1, durationMax: 1 },
        { id: 'S2', role: 'approve', durationDays: 2, durationMin: 2, durationMax: 2, predecessors: ['S1'] },
      ]),
    );
    const estimated = addDatesAndOdds(certain, { samples: 100, seed: 1 }).item;
    expect(estimated.uncertainty).toBeUndefined();
    expect(estimated.candidates.map((c) => c.uncertainty)).toEqual(certain.candidates.map(() => undefined));
  });
});

describe('which items get odds, and from which seed (item-odds.ts)', () => {
  // 受理 1 day → 审查A (2..6) → 审查B (1..3), one desk (a merge candidate) → 审批 1 day.
  const steps = (approveDays: number, missing = false) => [
    { id: 'S1', role: 'accept' as const, durationDays: 1, outputs: ['受理单'] },
    { id: 'S2', name: '审查A', department: '审查科', durationDays: 3, durationMin: 2, durationMax: 6, predecessors: ['S1'], inputs: ['受理单'], outputs: ['意见A'] },
    { id: 'S3', name: '审查B', department: '审查科', durationDays: 2, durationMin: 1, durationMax: 3, predecessors: ['S2'], inputs: ['意见A'], outputs: ['意见B'] },
    { id: 'S4', role: 'approve' as const, durationDays: approveDays, durationMissing: missing, predecessors: ['S3'], inputs: ['意见B'], outputs: ['决定'] },
  ];

  it('mutant-odds-seed-per-item: each item and each of its candidates draws from a seed of its own code', () => {
    const odds = (code: string) => addDatesAndOdds(analyzeProcedure(makeProcedure(steps(1), { code })), { samples: 300, seed: 9 }).item;
    const [a, b] = [odds('T-001'), odds('T-002')];
    expect(a.uncertainty!.monteCarlo!.clock.cdf).not.toEqual(b.uncertainty!.monteCarlo!.clock.cdf);
    const merge = (item: typeof a) => item.candidates.find((c) => c.id === 'merge')!.uncertainty!.monteCarlo!.clock.cdf;
    expect(merge(a)).not.toEqual(merge(b));
    expect(odds('T-001')).toEqual(a);
  });

  it('mutant-odds-incomplete: an item with an empty duration gets no odds, though its candidates keep their steps\' estimates', () => {
    const item = analyzeProcedure(makeProcedure(steps(0, true)));
    expect(item.incompleteDurations).toEqual(['S4']);
    const estimated = addDatesAndOdds(item, { samples: 100, seed: 1 }).item;
    expect(estimated.uncertainty).toBeUndefined();
    const merged = estimated.candidates.find((c) => c.id === 'merge')!;
    expect(merged.uncertainty).toBeUndefined();
    expect(merged.steps.find((s) => s.id === 'S2+S3')).toMatchObject({ durationMin: 3, durationMax: 9 });
  });
});
