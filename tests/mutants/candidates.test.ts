// Mutants of the candidate search (src/analyze/redesign/candidates.ts) that survived the suite in the
// mutation run of 2026-12-05 (docs/mutation.md): the best candidate among several on the front, the
// ids of candidates of an item with an order conflict, the front held against the original procedure,
// and why there is no best candidate. Killed through the public path (a CSV read by importFiles,
// analysed by analyzeProcedure); the figures were worked out by hand from the rows.

import { describe, expect, it } from 'vitest';
import type { ItemAnalysis } from '../../src/domain/index.js';
import { analyseRows } from '../support/csv-item.js';

const COLUMNS = 'step_id,step_name,department,role,duration_days,predecessors,inputs,outputs,applicant_visit,hard_predecessors';

/** Each candidate as [id, steps, days, visits], in the analysis's order. */
const figuresOf = (result: ItemAnalysis) => result.candidates.map((c) => [c.id, c.stepCount, c.durationDays, c.applicantVisits]);

describe('the best candidate', () => {
  it('mutant-best-fastest: of two candidates no slower than the lawful duration, the faster is the best, not the one with fewer steps', () => {
    // 受理 (visit) → 审查A (2 days) → 审查B (3 days, of the same desk, not using 审查A's 意见A) → 审批
    // → 领证 (visit): lawful 8 days. parallel: 审查A beside 审查B, 1 + 3 + 1 + 1 = 6 days, 5 steps;
    // merge: 审查A+审查B, 8 days, 4 steps; both with the visits consolidated into 受理 (1 visit).
    const result = analyseRows(
      [
        'S1,受理,窗口,受理,1,,申请书,受理单,1,',
        'S2,审查A,审查科,审查,2,S1,受理单,意见A,0,',
        'S3,审查B,审查科,审查,3,S2,申请书,意见B,0,',
        'S4,审批,审批科,审批,1,S3,意见A;意见B,决定,0,',
        'S5,领证,窗口,领证,1,S4,身份证;决定,,1,',
      ],
      COLUMNS,
    );
    expect(result.lawfulDurationDays).toBe(8);
    expect(figuresOf(result)).toEqual([
      ['parallel+visits', 5, 6, 1],
      ['merge+visits', 4, 8, 1],
    ]);
    expect(result.bestCandidateId).toBe('parallel+visits');
    expect(result.noFasterPlanReason).toBeNull();
    expect(result.notes).toEqual([]);
    // Each lists the finding kinds it applies, not every kind the item has.
    expect(result.candidates.map((c) => c.applied)).toEqual([
      ['parallelizable', 'extra-visit'],
      ['mergeable', 'extra-visit'],
    ]);
  });

  it('mutant-best-fewer-kinds: of two candidates with the same figures the one applying fewer kinds is the best, though listed second', () => {
    // As below, with 领证 a second visit: visits (6 steps, 8 days, 1 visit) and parallel+visits, the
    // same figures in another order; the front lists them by id.
    const result = analyseRows(
      [
        'S1,受理,窗口,受理,1,,申请书,受理单,1,',
        'S2,审查A,审查科,审查,1,S1,受理单,意见A,0,',
        'S3,审查B,规划科,审查,1,S2,申请书,意见B,0,',
        'S4,现场勘验,勘验科,勘验,5,S1,受理单,记录,0,',
        'S5,审批,审批科,审批,1,S3;S4,意见A;意见B;记录,决定,0,',
        'S6,领证,窗口,领证,1,S5,身份证;决定,,1,',
      ],
      COLUMNS,
    );
    expect(figuresOf(result)).toEqual([
      ['parallel+visits', 6, 8, 1],
      ['visits', 6, 8, 1],
    ]);
    expect(result.bestCandidateId).toBe('visits');
  });

  it('mutant-parallel-same-figures: a plan that only runs two steps side by side off the critical path is a candidate of its own (another order, the same figures)', () => {
    // 审查A → 审查B (审查B does not use 意见A) beside a 5-day 勘验: parallel keeps 7 days and 5 steps.
    const result = analyseRows(
      [
        'S1,受理,窗口,受理,1,,申请书,受理单,0,',
        'S2,审查A,审查科,审查,1,S1,受理单,意见A,0,',
        'S3,审查B,规划科,审查,1,S2,申请书,意见B,0,',
        'S4,现场勘验,勘验科,勘验,5,S1,受理单,记录,0,',
        'S5,审批,审批科,审批,1,S3;S4,意见A;意见B;记录,决定,0,',
      ],
      COLUMNS,
    );
    expect(result.lawfulDurationDays).toBe(7);
    expect(figuresOf(result)).toEqual([['parallel', 5, 7, 0]]);
    expect(result.candidates[0]!.steps.map((s) => [s.id, s.predecessors])).toEqual([
      ['S1', []],
      ['S2', ['S1']],
      ['S3', ['S1']],
      ['S4', ['S1']],
      ['S5', ['S2', 'S3', 'S4']],
    ]);
    expect(result.bestCandidateId).toBe('parallel');
  });
});

describe('a candidate\'s steps (built when first read)', () => {
  it('mutant-lazy-steps-clone: a candidate copied as the worker pool sends it (structuredClone) keeps its steps, which are then a plain property', () => {
    const result = analyseRows(
      [
        'S1,受理,窗口,受理,1,,申请书,受理单,1,',
        'S2,审查A,审查科,审查,2,S1,受理单,意见A,0,',
        'S3,审查B,审查科,审查,3,S2,申请书,意见B,0,',
        'S4,审批,审批科,审批,1,S3,意见A;意见B,决定,0,',
        'S5,领证,窗口,领证,1,S4,身份证;决定,,1,',
      ],
      COLUMNS,
    );
    const candidate = result.candidates[0]!;
    expect(candidate.id).toBe('parallel+visits');
    const copy = structuredClone(candidate);
    expect(copy.steps.map((s) => [s.id, s.predecessors])).toEqual([
      ['S1', []],
      ['S2', ['S1']],
      ['S3', ['S1']],
      ['S4', ['S2', 'S3']],
      ['S5', ['S4']],
    ]);
    expect(Object.getOwnPropertyDescriptor(candidate, 'steps')).toEqual({ value: copy.steps, enumerable: true, writable: true, configurable: true });
  });
});

describe('a subset of kinds that applies one merge, drop or removal and something more', () => {
  // Its design must apply every transformation of the subset, not just the one merge, drop or removal
  // a design of that change alone (memoized) would: otherwise it repeats that plan and is dropped.
  it('mutant-single-parallel-merge: parallel and one merge on another pair together', () => {
    // 受理 → 审查A (规划科, 2 days) → 审查B (审查科, 3 days, not using 意见A) → 审核 (审查科, 1 day) → 审批:
    // lawful 1 + 2 + 3 + 1 + 1 = 8. 审查A beside 审查B+审核 (4 days): 1 + 4 + 1 = 6 days, 4 steps.
    const result = analyseRows(
      ['S1,受理,窗口,受理,1,,申请书,受理单,0,', 'S2,审查A,规划科,审查,2,S1,受理单,意见A,0,', 'S3,审查B,审查科,审查,3,S2,受理单,意见B,0,', 'S4,审核,审查科,审核,1,S3,意见B,审核意见,0,', 'S5,审批,审批科,审批,1,S4,意见A;审核意见,决定,0,'],
      COLUMNS,
    );
    expect(result.lawfulDurationDays).toBe(8);
    expect(figuresOf(result)).toEqual([['parallel+merge', 4, 6, 0]]);
  });

  // 受理 → 审查A (1 day) and 审查B (2 days, the same desk and materials: 审查B dropped), 初审 → 复审
  // (规划科, merged), 流转 (2 days, removed) after 审查B; all before 审批.
  const rows = {
    accept: 'S1,受理,窗口,受理,1,,申请书,受理单,0,',
    checkA: 'S2,审查A,审查科,审查,1,S1,受理单,意见A,0,',
    checkB: 'S3,审查B,审查科,审查,2,S1,受理单,意见B,0,',
    handOver: 'S7,流转,综合科,流转,2,S3,意见B,,0,',
    first: 'S6,初审,规划科,审查,1,S1,受理单,初审意见,0,',
    second: 'S8,复审,规划科,审查,1,S6,初审意见,复审意见,0,',
  };

  it('mutant-single-merge-drop: one merge and one drop of other steps together', () => {
    // Lawful 4 (受理 1 + 审查B 2 + 审批 1; 初审 → 复审 also ends on day 3). Together: 受理, 审查A, 初审+复审, 审批 — 4 days.
    const result = analyseRows([rows.accept, rows.checkA, rows.checkB, rows.first, rows.second, 'S4,审批,审批科,审批,1,S2;S3;S8,意见A;意见B;复审意见,决定,0,'], COLUMNS);
    expect(figuresOf(result)).toEqual([['merge+drop-duplicates', 4, 4, 0]]);
  });

  it('mutant-single-merge-remove: one merge and one removal together', () => {
    // Lawful 6 (受理 1 + 审查B 2 + 流转 2 + 审批 1). Together: 受理, 审查B, 初审+复审, 审批 — 4 days.
    const result = analyseRows([rows.accept, rows.checkB, rows.handOver, rows.first, rows.second, 'S4,审批,审批科,审批,1,S7;S8,意见B;复审意见,决定,0,'], COLUMNS);
    expect(result.lawfulDurationDays).toBe(6);
    expect(figuresOf(result)).toEqual([['merge+remove-pass-through', 4, 4, 0]]);
  });

  it('mutant-single-merge-drop-remove: one merge, one drop and one removal together', () => {
    // Lawful 6. All three: 受理, 审查A, 初审+复审, 审批 — 4 days, 4 steps; every smaller subset has more steps.
    const result = analyseRows([rows.accept, rows.checkA, rows.checkB, rows.handOver, rows.first, rows.second, 'S4,审批,审批科,审批,1,S2;S7;S8,意见A;意见B;复审意见,决定,0,'], COLUMNS);
    expect(figuresOf(result)).toEqual([['merge+drop-duplicates+remove-pass-through', 4, 4, 0]]);
  });
});

describe('an item with a finding of every redesign kind', () => {
  it('mutant-all-six-kinds: the subset of all six kinds is searched too, and beats every smaller one', () => {
    // 收件 → 受理 (one window, the same 申请书: intake-merge; 受理 a visit) → 审查A and 审查B (duplicates:
    // 审查B dropped) → 流转 (removed) → 审批 → 领证 (a visit, consolidated); 初审 → 复审 (merged) declared
    // after 审查A but not using its opinion (parallelizable). Lawful 8 (1 + 1 + 2 + 2 + 1 + 1). All six:
    // 收件+受理 (2), then 审查A (1) beside 初审+复审 (2), 审批, 领证: 6 days, 5 steps, 1 visit. Leaving
    // out parallel puts 初审+复审 after 审查A (7 days); leaving out any other kind keeps a step or a visit more.
    const result = analyseRows(
      [
        'S0,收件,窗口,收件,1,,申请书,收件单,0,',
        'S1,受理,窗口,受理,1,S0,申请书,受理单,1,',
        'S2,审查A,审查科,审查,1,S1,受理单,意见A,0,',
        'S3,审查B,审查科,审查,2,S1,受理单,意见B,0,',
        'S7,流转,综合科,流转,2,S3,意见B,,0,',
        'S6,初审,规划科,审查,1,S2,受理单,初审意见,0,',
        'S8,复审,规划科,审查,1,S6,初审意见,复审意见,0,',
        'S4,审批,审批科,审批,1,S7;S8,意见A;意见B;复审意见,决定,0,',
        'S5,领证,窗口,领证,1,S4,身份证;决定,,1,',
      ],
      COLUMNS,
    );
    expect(result.lawfulDurationDays).toBe(8);
    expect(figuresOf(result)).toEqual([['parallel+merge+intake-merge+drop-duplicates+remove-pass-through+visits', 5, 6, 1]]);
    expect(result.candidates[0]!.criticalPath.stepIds).toEqual(['S0+S1', 'S6+S8', 'S4', 'S5']);
  });
});

describe('the best candidate among exact ties', () => {
  it('mutant-best-id-tie: of two candidates with the same figures and as many kinds, the one with the smaller id is the best', () => {
    // 审查B takes 0 days: merged into 审查A (1 day) or dropped as its duplicate, the item has 3 steps
    // and 3 days either way (lawful 1 + 1 + 0 + 1 = 3). 审查B beside 审查A saves nothing and keeps 4
    // steps (off the front); each pair of kinds repeats a plan of one kind or leaves merge with no pair.
    const result = analyseRows(
      ['S1,受理,窗口,受理,1,,申请书,受理单,0,', 'S2,审查A,审查科,审查,1,S1,受理单,意见A,0,', 'S3,审查B,审查科,审查,0,S2,受理单,意见B,0,', 'S4,审批,审批科,审批,1,S3,意见A;意见B,决定,0,'],
      COLUMNS,
    );
    expect(figuresOf(result)).toEqual([
      ['drop-duplicates', 3, 3, 0],
      ['merge', 3, 3, 0],
    ]);
    expect(result.bestCandidateId).toBe('drop-duplicates');
  });
});

describe('an item with an order conflict (核查 has 审查 as its 法定前置, declared before it)', () => {
  it('mutant-conflict-candidate-ids: a redesign of a conflicting item is named by its kinds; only the plain reorder is "reorder"', () => {
    // 初审 → 复审 (one desk) merge; the reorder (6 steps, 10 days) is beaten by the merge (5 steps, 10 days).
    const result = analyseRows(
      [
        'S1,受理,窗口,受理,1,,申请书,受理单,0,',
        'S7,初审,初审科,审查,1,S1,受理单,初审意见,0,',
        'S8,复审,初审科,审查,1,S7,初审意见,复审意见,0,',
        'S2,审查,审查科,审查,1,S3,复审意见,意见,0,',
        'S3,核查,核查科,审查,5,S8,复审意见,核查记录,0,S2',
        'S4,审批,审批科,审批,1,S2,意见;核查记录,决定,0,',
      ],
      COLUMNS,
    );
    expect(result.lawfulDurationDays).toBeNull();
    expect(figuresOf(result)).toEqual([['merge', 5, 10, 0]]);
    expect(result.candidates[0]!.criticalPath.stepIds).toEqual(['S1', 'S7+S8', 'S2', 'S3', 'S4']);
    expect(result.bestCandidateId).toBe('merge');
  });

  // 会签 (5 days) lists no outputs, so its declared link to 审查 is kept as required: in the required
  // order 审查 waits for 会签 and 核查 (5 days) for 审查 — slower than the declared critical path.
  const slower = [
    'S1,受理,窗口,受理,1,,申请书,受理单,0,',
    'S5,会签,会签科,审查,5,S1,受理单,,0,',
    'S2,审查,审查科,审查,1,S3;S5,受理单,意见,0,',
    'S3,核查,核查科,审查,5,S1,受理单,核查记录,0,S2',
    'S4,审批,审批科,审批,1,S2,意见;核查记录,决定,0,',
  ];

  it('mutant-front-against-original: a reorder slower than the critical path, with no fewer steps or visits, is no candidate', () => {
    // The reorder: 1 + 5 + 1 + 5 + 1 = 13 days, 5 steps, 0 visits — the original (8 days, 5 steps, 0 visits) beats it.
    const result = analyseRows(slower, COLUMNS);
    expect(result.criticalPath.durationDays).toBe(8);
    expect(figuresOf(result)).toEqual([]);
    expect(result.bestCandidateId).toBeNull();
    expect(result.noFasterPlanReason).toBe('Every redesign is slower than the critical path (8 days): it would trade days for fewer steps or visits.');
  });

  it('mutant-best-no-slower: a candidate slower than the baseline stays on the front (fewer steps) but is never the best', () => {
    // As above after 初审 → 复审 (one desk): merge has 6 steps (against 7) and 15 days (against 10).
    const result = analyseRows(
      [
        'S1,受理,窗口,受理,1,,申请书,受理单,0,',
        'S7,初审,初审科,审查,1,S1,受理单,初审意见,0,',
        'S8,复审,初审科,审查,1,S7,初审意见,复审意见,0,',
        'S5,会签,会签科,审查,5,S8,复审意见,,0,',
        'S2,审查,审查科,审查,1,S3;S5,复审意见,意见,0,',
        'S3,核查,核查科,审查,5,S8,复审意见,核查记录,0,S2',
        'S4,审批,审批科,审批,1,S2,意见;核查记录,决定,0,',
      ],
      COLUMNS,
    );
    expect(result.criticalPath.durationDays).toBe(10);
    expect(figuresOf(result)).toEqual([['merge', 6, 15, 0]]);
    expect(result.bestCandidateId).toBeNull();
    expect(result.noFasterPlanReason).toBe('Every redesign is slower than the critical path (10 days): it would trade days for fewer steps or visits.');
  });
});

describe('a merge that would close a cycle', () => {
  it('mutant-merge-closing-cycle: a merge whose steps the required order puts a third step between saves nothing and is not offered', () => {
    // 审查 → 审批 (one desk) are declared back to back, but 勘验 uses 审查's 意见A and, as evidence,
    // precedes the approval: 审查 → 勘验 → 审批 in the required order, so 审查+审批 would be a cycle.
    const result = analyseRows(
      ['S1,受理,窗口,受理,1,,申请书,受理单,0,', 'S2,审查,审查科,审查,1,S1,受理单,意见A,0,', 'S3,审批,审查科,审批,1,S2,意见A,决定,0,', 'S4,现场勘验,勘验科,勘验,2,S1,意见A,记录,0,'],
      COLUMNS,
    );
    expect(result.findings.map((f) => [f.kind, f.stepIds, f.savingDays, f.savingSteps, f.savingVisits])).toEqual([
      ['mergeable', ['S2', 'S3'], 0, 0, 0],
      ['order-gap', ['S2', 'S4'], 0, 0, 0],
      ['order-gap', ['S4', 'S3'], 0, 0, 0],
    ]);
    expect(figuresOf(result)).toEqual([]);
    expect(result.noFasterPlanReason).toBe(
      'No redesign applies: no declared link can be relaxed, and no step can be merged, dropped or removed without breaking a rule of what a redesign never does.',
    );
  });
});

describe('why there is no best candidate', () => {
  it('mutant-required-cycle-reason: where the required links alone form a cycle there is no candidate, the reason names the cycle, and the search adds no note', () => {
    // 审批 lists no outputs, so its declared link to the 听证 after it is kept as required: 审批 → 听证
    // against the law's 听证 → 审批.
    const result = analyseRows(
      ['S1,受理,窗口,受理,1,,申请书,受理单,0,', 'S2,审批,审批科,审批,1,S1,受理单,,0,', 'S3,听证,法制科,听证,1,S2,受理单,听证笔录,0,', 'S4,送达,窗口,送达,1,S3,听证笔录,,0,'],
      COLUMNS,
    );
    expect(figuresOf(result)).toEqual([]);
    expect(result.bestCandidateId).toBeNull();
    expect(result.noFasterPlanReason).toBe(
      'The required links form a cycle S2 → S3 → S2: the declared order links the steps one way and the law or the data the other, so no redesign can follow both; correct the procedure first.',
    );
    expect(result.notes).toEqual(['1 declared link is kept as required only because S2 lists no outputs; listing them would let procopt judge whether those steps can run in parallel.']);
  });

  it('mutant-no-best-reasons: nothing to apply (with and without materials listed), or findings whose redesign changes nothing', () => {
    const nothing = analyseRows(['S1,受理,窗口,受理,1,,申请书,受理单,0,', 'S2,审批,审批科,审批,1,S1,受理单,决定,0,'], COLUMNS);
    expect([nothing.bestCandidateId, nothing.noFasterPlanReason]).toEqual([
      null,
      'No redesign applies: no declared link can be relaxed, and no step can be merged, dropped or removed without breaking a rule of what a redesign never does.',
    ]);
    const noLineage = analyseRows(['S1,受理,窗口,受理,1,,,,0,', 'S2,审批,审批科,审批,1,S1,,,0,'], COLUMNS);
    expect(noLineage.noFasterPlanReason).toBe(
      'No redesign applies: no declared link can be relaxed (no materials are listed, so no link can be shown to be unneeded), and no step can be merged, dropped or removed without breaking a rule of what a redesign never does.',
    );
    // Two visits, both needed in person (受理 and 勘验): extra-visit is found, but consolidating changes nothing.
    const noChange = analyseRows(['S1,受理,窗口,受理,1,,申请书,受理单,1,', 'S2,现场勘验,勘验科,勘验,1,S1,受理单,记录,1,', 'S3,审批,审批科,审批,1,S2,记录,决定,0,'], COLUMNS);
    expect(noChange.findings.map((f) => f.kind)).toEqual(['extra-visit']);
    expect(figuresOf(noChange)).toEqual([]);
    expect(noChange.noFasterPlanReason).toBe('No redesign changes the procedure within the required order.');
  });
});

describe('what each finding saves (finding-savings.ts)', () => {
  /** Each finding as [kind, step ids, days, steps, visits saved]. */
  const savingsOf = (result: ItemAnalysis) => result.findings.map((f) => [f.kind, f.stepIds, f.savingDays, f.savingSteps, f.savingVisits]);

  it('mutant-savings-each-kind: each finding applied alone, against the lawful duration, in days, steps and visits', () => {
    // Lawful 8 days (1 + 2 + 3 + 1 + 1). 审查A beside 审查B: 6 days; the two merged: one step fewer; the
    // visits consolidated into 受理: one visit fewer.
    const result = analyseRows(
      [
        'S1,受理,窗口,受理,1,,申请书,受理单,1,',
        'S2,审查A,审查科,审查,2,S1,受理单,意见A,0,',
        'S3,审查B,审查科,审查,3,S2,申请书,意见B,0,',
        'S4,审批,审批科,审批,1,S3,意见A;意见B,决定,0,',
        'S5,领证,窗口,领证,1,S4,身份证;决定,,1,',
      ],
      COLUMNS,
    );
    expect(savingsOf(result)).toEqual([
      ['parallelizable', ['S2', 'S3'], 2, 0, 0],
      ['mergeable', ['S2', 'S3'], 0, 1, 0],
      ['extra-visit', ['S1', 'S5'], 0, 0, 1],
    ]);
  });

  it('mutant-savings-longest-path: a link taken out is timed by the longest path, not by the step placed last', () => {
    // 资料整理 (an unknown word: role other, no gate) follows 受理 only and is the last row, so the last
    // step of the order; it ends on day 2. Lawful 7 days; 审查A beside 审查B: 5.
    const result = analyseRows(
      [
        'S1,受理,窗口,受理,1,,申请书,受理单,0,',
        'S2,审查A,审查科,审查,2,S1,受理单,意见A,0,',
        'S3,审查B,审查科,审查,3,S2,申请书,意见B,0,',
        'S4,审批,审批科,审批,1,S3,意见A;意见B,决定,0,',
        'S8,资料整理,档案科,整理,1,S1,受理单,,0,',
      ],
      COLUMNS,
    );
    expect(result.lawfulDurationDays).toBe(7);
    expect(savingsOf(result)).toEqual([
      ['parallelizable', ['S2', 'S3'], 2, 0, 0],
      ['mergeable', ['S2', 'S3'], 0, 1, 0],
    ]);
  });

  it('mutant-savings-against-lawful: savings are held against the lawful duration, not the declared critical path', () => {
    // 收件 beside 审查A as declared (critical path 6 days), but the pre-check comes first: lawful 7 days.
    // 审查A beside 审查B after 收件: 1 + 3 + 1 = 5 days, 2 saved.
    const result = analyseRows(
      ['S1,收件,窗口,收件,1,,申请书,收件单,0,', 'S2,审查A,审查科,审查,2,,申请书,意见A,0,', 'S3,审查B,审查科,审查,3,S2,收件单,意见B,0,', 'S4,审批,审批科,审批,1,S1;S3,意见A;意见B;收件单,决定,0,'],
      COLUMNS,
    );
    expect([result.criticalPath.durationDays, result.lawfulDurationDays]).toEqual([6, 7]);
    expect(savingsOf(result).slice(0, 2)).toEqual([
      ['parallelizable', ['S2', 'S3'], 2, 0, 0],
      ['mergeable', ['S2', 'S3'], 0, 1, 0],
    ]);
  });

  it('mutant-savings-required-cycle: where the required links alone form a cycle, no finding saves anything', () => {
    const result = analyseRows(
      [
        'S1,受理,窗口,受理,1,,申请书,受理单,0,',
        'S5,审查A,审查科,审查,2,S1,受理单,意见A,0,',
        'S6,审查B,审查科,审查,3,S5,受理单,意见B,0,',
        'S2,审批,审批科,审批,1,S6,意见A;意见B,,0,',
        'S3,听证,法制科,听证,1,S2,受理单,听证笔录,0,',
        'S4,送达,窗口,送达,1,S3,听证笔录,,0,',
      ],
      COLUMNS,
    );
    expect(savingsOf(result)).toEqual([
      ['parallelizable', ['S5', 'S6'], 0, 0, 0],
      ['mergeable', ['S5', 'S6'], 0, 0, 0],
      ['duplicate-check', ['S5', 'S6'], 0, 0, 0],
      ['order-conflict', ['S2', 'S3'], 0, 0, 0],
    ]);
  });

  it('mutant-savings-drop-remove: a dropped duplicate and a removed hand-over each save their own days and a step', () => {
    // Lawful 5 days: 受理 1, 审查B 2, 流转 1, 审批 1 (审查A, 1 day, beside 审查B). Dropping 审查B for
    // 审查A (流转 then follows 审查A): 4 days; removing 流转: 4 days; merging 审查B and 流转: 5 days, a step fewer.
    const result = analyseRows(
      [
        'S1,受理,窗口,受理,1,,申请书,受理单,0,',
        'S2,审查A,审查科,审查,1,S1,受理单,意见;复核单,0,',
        'S3,审查B,审查科,审查,2,S1,受理单,意见;意见B,0,',
        'S7,流转,审查科,流转,1,S3,意见B,,0,',
        'S4,审批,审批科,审批,1,S2;S7,意见;复核单;意见B,决定,0,',
      ],
      COLUMNS,
    );
    expect(result.lawfulDurationDays).toBe(5);
    expect(savingsOf(result)).toEqual([
      ['mergeable', ['S3', 'S7'], 0, 1, 0],
      ['duplicate-check', ['S2', 'S3'], 1, 1, 0],
      ['pass-through', ['S7'], 1, 1, 0],
    ]);
  });

  it('mutant-savings-incomplete: an item with an empty duration saves no days, only steps', () => {
    const result = analyseRows(
      // 审查A beside 审查B would take 2 of the 6 days counted (审批 counts 0) — but the item is incomplete.
      ['S1,受理,窗口,受理,1,,申请书,受理单,0,', 'S2,审查A,审查科,审查,2,S1,受理单,意见A,0,', 'S3,审查B,审查科,审查,3,S2,申请书,意见B,0,', 'S4,审批,审批科,审批,,S3,意见A;意见B,决定,0,'],
      COLUMNS,
    );
    expect(result.incompleteDurations).toEqual(['S4']);
    expect(savingsOf(result)).toEqual([
      ['parallelizable', ['S2', 'S3'], 0, 0, 0],
      ['mergeable', ['S2', 'S3'], 0, 1, 0],
    ]);
  });
});
