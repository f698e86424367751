// More mutants of the order findings (src/analyze/findings/order-gap.ts, order-conflict.ts) and the
// required links (src/analyze/order/required-links.ts) that survived the mutation run of 2026-12-05
// (docs/mutation.md), killed through the public path (a CSV item analysed by analyzeProcedure), and
// one (the links copied out of the reused lists) through the item's context.

import { describe, expect, it } from 'vitest';
import { buildItemContext } from '../../src/analyze/item-context.js';
import { analyseRows, findingsOf, importRows } from '../support/csv-item.js';

describe('the reason of a link of an order conflict that no single required link makes (reasonOf)', () => {
  it('mutant-conflict-transitive-declared-link: a declared link the required order holds only through another step is named as the declared link', () => {
    // 审批 S2 produces 决定, which 审查 S3 uses; 听证 S4 uses S3's 审查意见 and is declared after both S2
    // and S3. The law puts 听证 before the final decision: S4 → S2 closes the cycle S2 → S4 → S2 with the
    // declared link S2 → S4. That link is no required link of its own (S2 lists outputs, S4 inputs, and
    // neither keeps its links by role): the required order holds S2 → S4 only through S3, so its reason
    // is the declared link's; the link S2 → S4 is redundant in the declared order (S2 → S3 → S4).
    const result = analyseRows([
      'S1,受理,窗口,受理,1,,申请书,受理单,,,',
      'S2,审批,审批科,审批,1,S1,受理单,决定,,,',
      'S3,审查,审查科,审查,1,S2,决定,审查意见,,,',
      'S4,听证,法制科,听证,1,S2;S3,审查意见,听证笔录,,,',
    ]);
    expect(result.findings.map((f) => [f.kind, f.stepIds, f.message])).toEqual([
      ['redundant-precedence', ['S2', 'S4'], 'The link S2 审批 → S4 听证 is redundant: the declared order already runs from S2 to S4 through other steps, so the 前置环节 entry can go.'],
      [
        'order-conflict',
        ['S2', 'S4'],
        'The written order contradicts the required order: S2 → S4 → S2 (the declared link S2 → S4 is kept; the law puts S4 (听证 / 专家评审) before the final decision S2); no lawful run follows the procedure as written.',
      ],
    ]);
  });
});

describe('order-gap stops one past the per-kind limit', () => {
  it('mutant-order-gap-cut: 21 reviews and 24 decisions all after 受理 alone give 504 gaps; the first 500 by step are kept and the rest reported as "more than"', () => {
    // Each 审查 precedes each 审批 (the evidence gate), and the declared order leaves every such pair
    // unordered: 21 × 24 = 504 gaps, sorted by (review, decision) in file order; the 500th is (R21, A20).
    const rows = ['S0,受理,窗口,受理,1,,,,,,'];
    for (let i = 1; i <= 21; i++) rows.push(`R${i},审查${i},科${i},审查,1,S0,,,,,`);
    for (let i = 1; i <= 24; i++) rows.push(`A${i},审批${i},局${i},审批,1,S0,,,,,`);
    const result = analyseRows(rows);
    const gaps = findingsOf(result, 'order-gap');
    expect(gaps).toHaveLength(500);
    expect([gaps[0], gaps[23], gaps[24], gaps[499]]).toEqual([
      ['R1', 'A1'],
      ['R1', 'A24'],
      ['R2', 'A1'],
      ['R21', 'A20'],
    ]);
    expect(result.findings.every((f) => f.kind === 'order-gap')).toBe(true);
    expect(result.notes[1]).toBe(
      'More than 500 order-gap findings were found: only the first 500 (by step) are kept — listed, measured and, where they redesign, applied by the candidates; the search stopped there.',
    );
  });
});

describe('the application (gates.ts findApplications)', () => {
  it('mutant-application-next-step-preds: a submit step preceded only by submit steps is part of the application, whatever precedes the step after it in the file', () => {
    // 申请 S1 → 受理 S2, and 补充材料 S3 (申请人) after S1 only: S3 is part of the application, so it
    // precedes 受理, which the written order leaves unordered with it: an order gap. (审批 S4, the step
    // after S3 in the file, has 受理 S2 as its first predecessor: no application of its own.)
    const result = analyseRows(
      ['S1,申请,申请人,申请,0,', 'S2,受理,窗口,受理,1,S1', 'S3,补充材料,申请人,提交材料,0,S1', 'S4,审批,审批科,审批,1,S2;S3'],
      'step_id,step_name,department,role,duration_days,predecessors',
    );
    expect(result.findings.map((f) => [f.kind, f.stepIds, f.message])).toEqual([
      ['order-gap', ['S3', 'S2'], 'As written, S2 受理 may start before S3 补充材料 ends, but the application S3 comes before every step of the office; add S3 to its 前置环节.'],
    ]);
  });
});

describe('the required order of an item of more than 64 steps (required-order.ts)', () => {
  it('mutant-required-order-large-item: past 64 steps the reversed closure is built from the links, and a gate outside the declared order still lands', () => {
    // 受理 → 审查1 → … → 审查65 → 审批 (each 1 day, one desk each), and 现场勘验 (2 days) after 受理 only:
    // the evidence gate puts 勘验 before 审批, which the written order leaves unordered: an order gap.
    // 68 steps; the critical path and the lawful duration are the chain's 1 + 65 + 1 = 67 days.
    const rows = ['S0,受理,窗口,受理,1,'];
    for (let i = 1; i <= 65; i++) rows.push(`R${i},审查${i},科${i},审查,1,${i === 1 ? 'S0' : `R${i - 1}`}`);
    rows.push('X,现场勘验,勘验科,勘验,2,S0', 'A,审批,审批科,审批,1,R65');
    const result = analyseRows(rows, 'step_id,step_name,department,role,duration_days,predecessors');
    expect([result.stepCount, result.criticalPath.durationDays, result.lawfulDurationDays]).toEqual([68, 67, 67]);
    expect(result.findings.map((f) => [f.kind, f.stepIds, f.message])).toEqual([
      ['order-gap', ['X', 'A'], 'As written, A 审批 may start before X 现场勘验 ends, but the decision A waits for X; add X to its 前置环节.'],
    ]);
  });
});


describe('an item keeps its required links while the next item is worked out (required-links.ts)', () => {
  it('mutant-links-copied-out: the links, their kinds and materials of one item are its own, whatever item comes next', () => {
    // A: data link 受理 → 审查 on 受理单 (material), then the gates. B: more links, other kinds, other
    // materials, worked out in the same reused lists after A's were copied out.
    const a = buildItemContext(importRows(['S1,受理,窗口,受理,1,,申请书,受理单,,,', 'S2,审查,审查科,审查,1,S1,受理单,审查意见,,,', 'S3,审批,审批科,审批,1,S2,审查意见,决定,,,']));
    const before = { ...a.required.links, from: [...a.required.links.from], to: [...a.required.links.to], kind: [...a.required.links.kind], material: [...a.required.links.material] };
    expect(before.from.length).toBeGreaterThan(0);
    expect(before.kind).toContain('data');
    buildItemContext(
      importRows([
        'T1,收件,窗口,收件,1,,,,,,',
        'T2,受理,窗口,受理,1,T1,,,,,',
        'T3,现场核查,核查科,现场核查,1,T2,,,,,',
        'T4,专家评审,专家组,专家评审,1,T2,,,,,',
        'T5,审批,审批科,审批,1,T3;T4,,,,,',
        'T6,送达,窗口,送达,1,T5,,,,,',
      ]),
    );
    expect([a.required.links.from, a.required.links.to, a.required.links.kind, a.required.links.material]).toEqual([before.from, before.to, before.kind, before.material]);
  });
});
