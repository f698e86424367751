// Mutants of the finding rules (src/analyze/findings) that survived the suite in the mutation run of
// 2026-12-05 (docs/mutation.md), killed here through the public path.

import { describe, expect, it } from 'vitest';
import { analyseRows, findingsOf } from '../support/csv-item.js';

const COLUMNS = 'step_id,step_name,department,role,duration_days,predecessors,inputs,outputs';

describe('intake-merge (findings/intake-merge.ts)', () => {
  it('mutant-intake-merge-roles: only an intake step straight before an accept step on the same materials is merged into it', () => {
    // 收件 → 受理 (one desk, the same 申请书): merged. 收件 → 审查 (not 受理) and 登记 → 受理 (not a
    // pre-check), otherwise alike: no intake-merge.
    const merged = analyseRows(['S1,收件,窗口,收件,1,,申请书,', 'S2,受理,窗口,受理,1,S1,申请书,受理单', 'S3,审批,审批科,审批,1,S2,受理单,决定'], COLUMNS);
    expect(findingsOf(merged, 'intake-merge')).toEqual([['S1', 'S2']]);
    const notAccept = analyseRows(['S0,受理,窗口,受理,1,,申请书,受理单', 'S1,收件,审查科,收件,1,S0,申请书,', 'S2,审查,审查科,审查,1,S1,申请书,意见', 'S3,审批,审批科,审批,1,S2,意见,决定'], COLUMNS);
    expect(findingsOf(notAccept, 'intake-merge')).toEqual([]);
    const notIntake = analyseRows(['S1,登记,窗口,登记,1,,申请书,', 'S2,受理,窗口,受理,1,S1,申请书,受理单', 'S3,审批,审批科,审批,1,S2,受理单,决定'], COLUMNS);
    expect(findingsOf(notIntake, 'intake-merge')).toEqual([]);
  });
});

describe('the findings\' order (detect-findings.ts sortDetections)', () => {
  it('mutant-sort-detections: findings of one kind are listed by their steps\' file positions, whatever order the rule found them in', () => {
    // Two duplicate checks: 审查甲 (row 2) is declared after 复查甲 (row 5), so that pair is found first
    // (from 审查甲) as [复查甲 kept, 审查甲 dropped] = rows [5, 2]; the pair 审查乙 → 复查乙 is rows [3, 4].
    const result = analyseRows(
      [
        'S1,受理,窗口,受理,1,,申请书,受理单',
        'S2,审查甲,科一,审查,1,S4,受理单,意见甲',
        'S3,审查乙,科二,审查,1,S1,受理单,意见乙',
        'S5,复查乙,科二,审查,1,S3,受理单,意见丙',
        'S4,复查甲,科一,审查,1,S1,受理单,意见丁',
        'S6,审批,审批科,审批,1,S2;S5,意见甲;意见乙;意见丙;意见丁,决定',
      ],
      COLUMNS,
    );
    expect(result.findings.map((f) => [f.kind, f.stepIds])).toEqual([
      ['parallelizable', ['S3', 'S5']],
      ['parallelizable', ['S4', 'S2']],
      ['mergeable', ['S3', 'S5']],
      ['mergeable', ['S4', 'S2']],
      ['duplicate-check', ['S3', 'S5']],
      ['duplicate-check', ['S4', 'S2']],
    ]);
  });
});

describe('an order conflict\'s reasons (order-conflict.ts describeCycle)', () => {
  it('mutant-conflict-declared-link: a link of the cycle that is declared but not required is named as declared after, the required one by its reason', () => {
    // 核查 has 审查 as its 法定前置, but 审查 is declared after 核查; lineage does not vouch for the
    // declared link (核查 lists outputs, 审查 inputs it does not get from 核查), so it is no required link.
    const result = analyseRows(
      ['S1,受理,窗口,受理,1,,申请书,受理单,', 'S2,审查,审查科,审查,1,S3,受理单,意见,', 'S3,核查,核查科,审查,1,S1,受理单,核查记录,S2', 'S4,审批,审批科,审批,1,S2,意见;核查记录,决定,'],
      `${COLUMNS},hard_predecessors`,
    );
    expect(result.findings.filter((f) => f.kind === 'order-conflict').map((f) => [f.stepIds, f.message])).toEqual([
      [['S2', 'S3'], 'The written order contradicts the required order: S2 → S3 → S2 (S2 is a 法定前置 of S3; S2 审查 is declared after S3); no lawful run follows the procedure as written.'],
    ]);
  });
});

describe('an order conflict\'s other reasons (order-gap.ts reasonOf through order-conflict.ts)', () => {
  const COLUMNS_HARD = `${COLUMNS},hard_predecessors`;

  it('mutant-conflict-kept-declared-reason: a declared link kept as required in a cycle is named as kept; the hearing\'s link as the law\'s', () => {
    // 审批 lists no outputs, so its declared link to the 听证 after it is kept as required.
    const result = analyseRows(['S1,受理,窗口,受理,1,,申请书,受理单,', 'S2,审批,审批科,审批,1,S1,受理单,,', 'S3,听证,法制科,听证,1,S2,受理单,听证笔录,', 'S4,送达,窗口,送达,1,S3,听证笔录,,'], COLUMNS_HARD);
    expect(result.findings.map((f) => [f.kind, f.message])).toEqual([
      [
        'order-conflict',
        'The written order contradicts the required order: S2 → S3 → S2 (the declared link S2 → S3 is kept; the law puts S3 (听证 / 专家评审) before the final decision S2); no lawful run follows the procedure as written.',
      ],
    ]);
  });

  it('mutant-conflict-notice-reason: a notice declared after the decision it notifies, and named as the decision\'s 法定前置, gives both reasons', () => {
    const result = analyseRows(['S1,受理,窗口,受理,1,,申请书,受理单,', 'S2,审批,审批科,审批,1,S1,受理单,决定,S3', 'S3,告知,窗口,告知,1,S2,受理单,告知书,', 'S4,送达,窗口,送达,1,S3,决定;告知书,,'], COLUMNS_HARD);
    expect(result.findings.map((f) => [f.kind, f.message])).toEqual([
      [
        'order-conflict',
        'The written order contradicts the required order: S2 → S3 → S2 (S3 notifies the decision S2 takes; S3 is a 法定前置 of S2); no lawful run follows the procedure as written.',
      ],
    ]);
  });
});

describe('limits of an item with an order conflict (no lawful run)', () => {
  // 核查 has 审查 as its 法定前置, declared before it; 会签 (5 days, no outputs) keeps its link to 审查
  // as required, so every redesign is slower than the declared critical path (8 days): no best.
  const rows = (promise: number) => [
    `S1,受理,窗口,受理,1,,申请书,受理单,,${promise}`,
    `S5,会签,会签科,审查,5,S1,受理单,,,${promise}`,
    `S2,审查,审查科,审查,1,S3;S5,受理单,意见,,${promise}`,
    `S3,核查,核查科,审查,5,S1,受理单,核查记录,S2,${promise}`,
    `S4,审批,审批科,审批,1,S2,意见;核查记录,决定,,${promise}`,
  ];
  const columns = `${COLUMNS},hard_predecessors,promised_limit_days`;

  it('mutant-limits-without-lawful-run: the clock held against the promise is the declared one, not called lawful; with no best and no lawful clock, no limit-slack', () => {
    const over = analyseRows(rows(5), columns);
    expect(over.bestCandidateId).toBeNull();
    expect(over.findings.filter((f) => f.kind !== 'order-conflict').map((f) => [f.kind, f.message])).toEqual([
      ['limit-exceeded', 'The clock time of 8 working days exceeds the 承诺时限 of 5 days.'],
    ]);
    const slack = analyseRows(rows(20), columns);
    expect(slack.findings.map((f) => f.kind)).toEqual(['order-conflict']);
  });
});

describe('messages of the merge rules', () => {
  it('mutant-merge-messages: intake-merge, mergeable and redundant-precedence name their steps', () => {
    const intake = analyseRows(['S1,收件,窗口,收件,1,,申请书,', 'S2,受理,窗口,受理,1,S1,申请书,受理单', 'S3,审批,审批科,审批,1,S2,受理单,决定'], COLUMNS);
    expect(intake.findings.map((f) => [f.kind, f.message])).toEqual([
      ['intake-merge', 'S1 收件 checks the same materials as S2 受理 right before it in the same window; accept on receipt (收件即受理): one step instead of two, 受理 stays.'],
    ]);
    const merge = analyseRows(['S1,受理,窗口,受理,1,,申请书,受理单', 'S2,审查A,审查科,审查,1,S1,受理单,意见A', 'S3,审查B,审查科,审查,1,S2;S1,意见A,意见B', 'S4,审批,审批科,审批,1,S3,意见B,决定'], COLUMNS);
    expect(merge.findings.map((f) => [f.kind, f.message])).toEqual([
      ['redundant-precedence', 'The link S1 受理 → S3 审查B is redundant: the declared order already runs from S1 to S3 through other steps, so the 前置环节 entry can go.'],
      ['mergeable', 'S2 审查A and S3 审查B follow each other in the same department (审查科); merge them into one step and drop the hand-over between them.'],
    ]);
  });

  it('mutant-intake-merge-protected: a pre-check that is also a site check, or a 受理 that also notifies, is not merged', () => {
    const inspects = analyseRows(['S1,收件,窗口,收件、勘验,1,,申请书,', 'S2,受理,窗口,受理,1,S1,申请书,受理单', 'S3,审批,审批科,审批,1,S2,受理单,决定'], COLUMNS);
    expect(findingsOf(inspects, 'intake-merge')).toEqual([]);
    const notifies = analyseRows(['S1,收件,窗口,收件,1,,申请书,', 'S2,受理,窗口,受理、告知,1,S1,申请书,受理单', 'S3,审批,审批科,审批,1,S2,受理单,决定'], COLUMNS);
    expect(findingsOf(notifies, 'intake-merge')).toEqual([]);
  });
});

describe('an order gap\'s reason (order-gap.ts reasonOf)', () => {
  it('mutant-gap-intake-reason: a pre-check the declared order leaves beside a review is named as the pre-check that comes first', () => {
    const result = analyseRows(['S1,收件,窗口,收件,1,,申请书,收件单', 'S2,审查,审查科,审查,1,,申请书,意见', 'S4,审批,审批科,审批,1,S1;S2,意见;收件单,决定'], COLUMNS);
    expect(result.findings.filter((f) => f.kind === 'order-gap').map((f) => [f.stepIds, f.message])).toEqual([
      [['S1', 'S2'], 'As written, S2 审查 may start before S1 收件 ends, but the window\'s pre-check S1 comes first; add S1 to its 前置环节.'],
    ]);
  });
});

describe('same materials (step-facts.ts sameInputs)', () => {
  it('mutant-same-inputs-sets: a pre-check and 受理 with no inputs, or one listing a part of the other\'s, do not check the same materials; the same set in another order does', () => {
    const none = analyseRows(['S1,收件,窗口,收件,1,,,', 'S2,受理,窗口,受理,1,S1,,受理单', 'S3,审批,审批科,审批,1,S2,受理单,决定'], COLUMNS);
    expect(findingsOf(none, 'intake-merge')).toEqual([]);
    const part = analyseRows(['S1,收件,窗口,收件,1,,申请书,', 'S2,受理,窗口,受理,1,S1,申请书;身份证,受理单', 'S3,审批,审批科,审批,1,S2,受理单,决定'], COLUMNS);
    expect(findingsOf(part, 'intake-merge')).toEqual([]);
    const same = analyseRows(['S1,收件,窗口,收件,1,,申请书;身份证,', 'S2,受理,窗口,受理,1,S1,身份证;申请书,受理单', 'S3,审批,审批科,审批,1,S2,受理单,决定'], COLUMNS);
    expect(findingsOf(same, 'intake-merge')).toEqual([['S1', 'S2']]);
    // mutant-material-listed-twice (materials.ts): one material listed twice in two spellings is one material.
    const twice = analyseRows(['S1,收件,窗口,收件,1,,申请书;《申请书》,', 'S2,受理,窗口,受理,1,S1,申请书,受理单', 'S3,审批,审批科,审批,1,S2,受理单,决定'], COLUMNS);
    expect(findingsOf(twice, 'intake-merge')).toEqual([['S1', 'S2']]);
  });
});

describe('other rules', () => {
  it('mutant-pass-through-after-decision: a hand-over after the only decision (before 送达) is a pass-through; one between two decisions is not', () => {
    const after = analyseRows(['S1,受理,窗口,受理,1,,,', 'S2,审批,审批科,审批,1,S1,,', 'S3,流转,窗口,流转,0,S2,,', 'S4,送达,窗口,送达,1,S3,,'], COLUMNS);
    expect(findingsOf(after, 'pass-through')).toEqual([['S3']]);
    const between = analyseRows(['S1,受理,窗口,受理,1,,,', 'S2,审批,审批科,审批,1,S1,,', 'S3,报送,窗口,流转,0,S2,,', 'S4,批准,上级机关,审批,1,S3,,', 'S5,送达,窗口,送达,1,S4,,'], COLUMNS);
    expect(findingsOf(between, 'pass-through')).toEqual([]);
  });

  it('mutant-consecutive-only-successor: two reviews of one desk are not mergeable when the first has another successor or the second another predecessor', () => {
    // 审查A → 审查B (same department) and 审查A → 核查 (another): A is not B's only link, so no merge.
    const result = analyseRows(
      ['S1,受理,窗口,受理,1,,,', 'S2,审查A,审查科,审查,1,S1,,', 'S3,审查B,审查科,审查,1,S2,,', 'S4,核查,核查科,审查,1,S2,,', 'S5,审批,审批科,审批,1,S3;S4,,'],
      'step_id,step_name,department,role,duration_days,predecessors,inputs,outputs',
    );
    expect(findingsOf(result, 'mergeable')).toEqual([]);
    // 审查A → 审查B (same department) and 核查 → 审查B: B has two predecessors, so no merge either.
    const twoIn = analyseRows(
      ['S1,受理,窗口,受理,1,,,', 'S2,审查A,审查科,审查,1,S1,,', 'S3,核查,核查科,审查,1,S1,,', 'S4,审查B,审查科,审查,1,S2;S3,,', 'S5,审批,审批科,审批,1,S4,,'],
      'step_id,step_name,department,role,duration_days,predecessors,inputs,outputs',
    );
    expect(findingsOf(twoIn, 'mergeable')).toEqual([]);
  });

  it('mutant-limit-checks: a promise within the legal limit is no breach; an item with an empty duration gets no limit-slack', () => {
    const within = analyseRows(['S1,受理,窗口,受理,1,,10,20', 'S2,审批,审批科,审批,1,S1,10,20'], 'step_id,step_name,department,role,duration_days,predecessors,promised_limit_days,legal_limit_days');
    expect(findingsOf(within, 'limit-exceeded')).toEqual([]);
    expect(findingsOf(within, 'limit-slack')).toEqual([[]]);
    const incomplete = analyseRows(['S1,受理,窗口,受理,1,,10', 'S2,审批,审批科,审批,,S1,10'], 'step_id,step_name,department,role,duration_days,predecessors,promised_limit_days');
    expect(incomplete.incompleteDurations).toEqual(['S2']);
    expect(findingsOf(incomplete, 'limit-slack')).toEqual([]);
  });
});
