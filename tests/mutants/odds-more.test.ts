// More mutants of the three-point estimates a candidate's steps take from the item's steps
// (src/analyze/uncertainty/three-point-steps.ts) that survived the mutation run of 2026-12-05
// (docs/mutation.md), killed through the public path (analyzeProcedure, then addDatesAndOdds).
// PERT of one step: (a + 4m + b) / 6, variance ((b − a) / 6)²; every figure below is worked by hand.

import { describe, expect, it } from 'vitest';
import { addDatesAndOdds, analyzeProcedure } from '../../src/analyze/index.js';
import type { Candidate } from '../../src/domain/index.js';
import { makeProcedure, type StepInit } from '../support/procedures.js';

const estimated = (steps: StepInit[]) => addDatesAndOdds(analyzeProcedure(makeProcedure(steps)), { samples: 0, seed: 1 }).item;
const threePoints = (c: Candidate) => c.steps.map((s) => [s.id, s.durationDays, s.durationMin, s.durationMax]);

describe('a candidate\'s steps take the estimates of the steps they come from', () => {
  // 受理 (1..3, most likely 1) → 审查A (2..6, 3) → 审查B (2 days, no estimate), one desk → 复核A (2) →
  // 复核B (1), another desk, neither estimated → 审批 (1). The merge candidate merges both pairs.
  const steps: StepInit[] = [
    { id: 'S1', role: 'accept', durationDays: 1, durationMin: 1, durationMax: 3, outputs: ['受理单'] },
    { id: 'S2', name: '审查A', department: '审查科', durationDays: 3, durationMin: 2, durationMax: 6, predecessors: ['S1'], inputs: ['受理单'], outputs: ['意见A'] },
    { id: 'S3', name: '审查B', department: '审查科', durationDays: 2, predecessors: ['S2'], inputs: ['意见A'], outputs: ['意见B'] },
    { id: 'S4', name: '复核A', department: '复核科', durationDays: 2, predecessors: ['S3'], inputs: ['意见B'], outputs: ['意见C'] },
    { id: 'S5', name: '复核B', department: '复核科', durationDays: 1, predecessors: ['S4'], inputs: ['意见C'], outputs: ['意见D'] },
    { id: 'S6', role: 'approve', durationDays: 1, predecessors: ['S5'], inputs: ['意见D'], outputs: ['决定'] },
  ];

  it('mutant-kept-and-partly-certain-three-points: the item is kept whole; a kept step keeps its own, a merged step counts a member without one at its time, a merge of members without one gets none', () => {
    const item = estimated(steps);
    const merge = item.candidates.find((c) => c.id === 'merge')!;
    // S2+S3: shortest 2 + 2, longest 6 + 2, most likely 3 + 2; S4+S5: no estimate of either member.
    expect(threePoints(merge)).toEqual([
      ['S1', 1, 1, 3],
      ['S2+S3', 5, 4, 8],
      ['S4+S5', 3, undefined, undefined],
      ['S6', 1, undefined, undefined],
    ]);
    // S1 (1 + 4 + 3) / 6 = 1.333, variance 1/9; S2+S3 (4 + 20 + 8) / 6 = 5.333, variance 4/9; 3 + 1 certain.
    expect(merge.uncertainty!.pert).toMatchObject({ stepIds: ['S1', 'S2+S3', 'S4+S5', 'S6'], meanDays: 10.67, varianceDays: 0.5556 });
    // The item: 1.333 + (2 + 12 + 6) / 6 + 2 + 2 + 1 + 1 = 10.67, variance 1/9 + 4/9.
    expect(item.uncertainty!.pert).toMatchObject({ meanDays: 10.67, varianceDays: 0.5556 });
    // The rest of the item is kept as analysed.
    expect(item).toMatchObject({ itemCode: 'T-001', itemName: '测试事项', stepCount: 6, bestCandidateId: 'merge' });
    expect(item.steps.map((s) => s.id)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6']);
  });

  it('mutant-plus-ids-spelling-steps: ids holding a "+" whose parts are other steps\' ids are split only where the whole id is no step', () => {
    // 受理 "S3+S4" (1..3) is a step of its own, though S3 and S4 are steps too. 审查A "S2+S4" and
    // 审查B S3 (one desk) merge into "S2+S4+S3": S2 is no step, S4 is, so only the split
    // "S2+S4" | "S3" spells it — shortest 2 + 1, longest 6 + 3, most likely 3 + 2.
    const item = estimated([
      { id: 'S3+S4', role: 'accept', durationDays: 1, durationMin: 1, durationMax: 3, outputs: ['受理单'] },
      { id: 'S2+S4', name: '审查A', department: '审查科', durationDays: 3, durationMin: 2, durationMax: 6, predecessors: ['S3+S4'], inputs: ['受理单'], outputs: ['意见A'] },
      { id: 'S3', name: '审查B', department: '审查科', durationDays: 2, durationMin: 1, durationMax: 3, predecessors: ['S2+S4'], inputs: ['意见A'], outputs: ['意见B'] },
      { id: 'S4', role: 'approve', durationDays: 1, predecessors: ['S3'], inputs: ['意见B'], outputs: ['决定'] },
    ]);
    const merge = item.candidates.find((c) => c.id === 'merge')!;
    expect(threePoints(merge)).toEqual([
      ['S3+S4', 1, 1, 3],
      ['S2+S4+S3', 5, 3, 9],
      ['S4', 1, undefined, undefined],
    ]);
    // 1.333 (variance 1/9) + (3 + 20 + 9) / 6 = 5.333 (variance 1) + 1 = 7.67, variance 10/9.
    expect(merge.uncertainty!.pert).toMatchObject({ meanDays: 7.67, varianceDays: 1.1111 });
  });
});
