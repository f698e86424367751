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
