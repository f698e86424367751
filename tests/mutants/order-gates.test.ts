// Mutants of the role gates (src/analyze/order/gates.ts) that survived the suite in the mutation run
// of 2026-12-05 (docs/mutation.md), each killed here through the public path. A gate shows as an
// order-gap finding when it links two steps the declared order leaves unordered, and as an
// order-conflict when it runs against the declared order.

import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../src/analyze/index.js';
import { analyseRows, findingsOf, importRows } from '../support/csv-item.js';

/** Columns with a condition (适用条件). */
const WITH_CONDITION = 'step_id,step_name,department,role,duration_days,predecessors,condition';

describe('role gates (order/gates.ts)', () => {
  it('mutant-gate-same-condition: two steps under the same condition are gated; under different ones they are not', () => {
    // 受理 → 审查 (if 涉及安全) and 受理 → 审批 (if 涉及安全), the two unordered: the evidence gate
    // 审查 → 审批 holds between steps of the same condition: an order gap.
    const same = analyseRows(['S1,受理,窗口,受理,1,,', 'S2,审查,审查科,审查,1,S1,涉及安全', 'S3,审批,审批科,审批,1,S1,涉及安全'], WITH_CONDITION);
    expect(findingsOf(same, 'order-gap')).toEqual([['S2', 'S3']]);
    expect(same.findings.find((f) => f.kind === 'order-gap')?.message).toContain('the decision S3 waits for S2');
    const other = analyseRows(['S1,受理,窗口,受理,1,,', 'S2,审查,审查科,审查,1,S1,涉及安全', 'S3,审批,审批科,审批,1,S1,涉及环保'], WITH_CONDITION);
    expect(findingsOf(other, 'order-gap')).toEqual([]);
  });

  it('mutant-final-approve-words: in a 40-step item, an approval followed by a later one (bit 39, second word) is not final: 听证 is not linked before it', () => {
    // S1 受理; S2, S3 登记 (dead ends); S4 审批 (file index 3); S5…S38 审查; S39 听证; S40 审批.
    // S4 reaches S40 (index 39, the second 32-bit word), so only S40 is final and 听证 → S40 is the
    // only absolute gate: no conflict. Reading S4's row with the wrong word (S3's row, or no row)
    // makes S4 final, and 听证 → S4 runs against the declared order.
    const rows = ['S1,受理,窗口,受理,1,', 'S2,登记,窗口,登记,0,S1', 'S3,登记,窗口,登记,0,S1', 'S4,审批,审批科,审批,1,S1', 'S5,审查5,科5,审查,1,S4'];
    for (let i = 6; i < 39; i++) rows.push(`S${i},审查${i},科${i},审查,1,S${i - 1}`);
    rows.push('S39,听证,法制科,听证,1,S38', 'S40,审批,审批科,审批,1,S39');
    const result = analyseRows(rows, 'step_id,step_name,department,role,duration_days,predecessors');
    expect(result.orderProblems).toEqual([]);
    expect(findingsOf(result, 'order-conflict')).toEqual([]);
  });

  it('mutant-notify-not-branch: an unconditional notice beside 受理 still waits for 受理', () => {
    // 申请 → 受理 → 审批 → 送达, and 申请 → 一次性告知 (no condition, so no alternative branch)
    // unordered with 受理: the accept gate links 受理 → 告知, an order gap; and 告知 → 送达 (deliver gate).
    const result = analyseRows(
      ['S1,申请,申请人,申请,0,', 'S2,受理,窗口,受理,1,S1', 'S3,一次性告知,窗口,告知,0,S1', 'S4,审批,审批科,审批,1,S2', 'S5,送达,窗口,送达,1,S4'],
      'step_id,step_name,department,role,duration_days,predecessors',
    );
    expect(findingsOf(result, 'order-gap')).toContainEqual(['S2', 'S3']);
    expect(result.findings.find((f) => f.kind === 'order-gap' && f.stepIds[0] === 'S2')?.message).toContain('受理 S2 comes before S3');
  });

  it('mutant-branch-first-in-order: a conditional notice that comes first in the declared order is an alternative branch', () => {
    // S1 补正告知 (if 材料不全, a root with nothing after it) and S2 受理 → S3 审批 → S4 送达. S1 is
    // first in the declared topological order and is an alternative branch: neither 受理 nor 送达 is
    // gated with it — no order gap at all.
    const result = analyseRows(
      ['S1,补正告知,窗口,告知,0,,材料不全', 'S2,受理,窗口,受理,1,,', 'S3,审批,审批科,审批,1,S2,', 'S4,送达,窗口,送达,1,S3,'],
      WITH_CONDITION,
    );
    expect(findingsOf(result, 'order-gap')).toEqual([]);
  });

  it('mutant-branch-two-steps: a branch of two conditional steps is a branch from its first step; 送达 does not wait for it', () => {
    // 受理 → 审批 → 送达; 受理 → 流转 (if 材料不全) → 补正告知 (if 材料不全). Both branch steps are
    // conditional with only conditional steps after them: no deliver gate from either, no gap.
    const result = analyseRows(
      ['S1,受理,窗口,受理,1,,', 'S2,审批,审批科,审批,1,S1,', 'S3,送达,窗口,送达,1,S2,', 'S4,流转,窗口,流转,0,S1,材料不全', 'S5,补正告知,窗口,告知,0,S4,材料不全'],
      WITH_CONDITION,
    );
    expect(findingsOf(result, 'order-gap')).toEqual([]);
  });

  it('mutant-branch-before-supervise: a conditional step followed only by an unconditional supervise step is still a branch', () => {
    // 受理 → 审批 → 送达 → 事后监管 (supervise); 受理 → 不予受理告知 (if 材料不全) → 事后监管. The
    // supervise step is after the outcome, so the notice's branch does not rejoin: no deliver gate.
    const item = importRows(
      ['S1,受理,窗口,受理,1,,', 'S2,审批,审批科,审批,1,S1,', 'S3,送达,窗口,送达,1,S2,', 'S4,不予受理告知,窗口,告知,0,S1,材料不全', 'S5,事后监管,监管科,事后监管,0,S3;S4,'],
      WITH_CONDITION,
    );
    expect(item.steps[4]!.roles).toEqual(['supervise']);
    expect(findingsOf(analyzeProcedure(item), 'order-gap')).toEqual([]);
  });

  it('mutant-branch-needs-condition: an unconditional notice at a dead end is no branch: 送达 waits for it', () => {
    // 受理 → 审批 → 送达 and 审批 → 公告 (告知, no condition, nothing after it): the deliver gate
    // links 告知 → 送达, which the declared order leaves unordered: an order gap.
    const result = analyseRows(
      ['S1,受理,窗口,受理,1,', 'S2,审批,审批科,审批,1,S1', 'S3,送达,窗口,送达,1,S2', 'S4,结果告知,窗口,告知,0,S2'],
      'step_id,step_name,department,role,duration_days,predecessors',
    );
    expect(findingsOf(result, 'order-gap')).toEqual([['S4', 'S3']]);
    expect(result.findings.find((f) => f.kind === 'order-gap')?.message).toContain('S3 delivers the outcome after S4');
  });

  it('mutant-application-two-submits: a submit step after the application is the application too, and precedes 受理', () => {
    // 网上申请 → 提交材料 (both submit) and 网上申请 → 受理: 提交材料 is preceded only by a submit
    // step, so it is part of the application and precedes every other step: 提交材料 → 受理 is a gap.
    const result = analyseRows(
      ['S1,网上申请,申请人,申请,0,', 'S2,提交材料,申请人,提交材料,0,S1', 'S3,受理,窗口,受理,1,S1', 'S4,审批,审批科,审批,1,S3'],
      'step_id,step_name,department,role,duration_days,predecessors',
    );
    expect(findingsOf(result, 'order-gap')).toEqual([['S2', 'S3']]);
    expect(result.findings.find((f) => f.kind === 'order-gap')?.message).toContain('the application S2 comes before every step of the office');
  });

  // The mutants below came with the rules' rewrite without closures (2026-12-06 05:31 run): each rule
  // now says by a flag whether it spares the notices of an alternative branch, and the rule picks its
  // steps by role bits compared with 0.

  it('mutant-spare-only-notices: a conditional review on an alternative branch still waits for 受理 (only notices are spared)', () => {
    // 申请 → 受理 → 审批 → 送达, and 申请 → 现场核查 (if 需要核查, nothing after it: a branch), not a
    // notice: the accept gate links 受理 → 现场核查, which the declared order leaves unordered.
    const result = analyseRows(
      ['S1,申请,申请人,申请,0,,', 'S2,受理,窗口,受理,1,S1,', 'S3,现场核查,核查科,现场核查,1,S1,需要核查', 'S4,审批,审批科,审批,1,S2,', 'S5,送达,窗口,送达,1,S4,'],
      WITH_CONDITION,
    );
    expect(findingsOf(result, 'order-gap')).toContainEqual(['S2', 'S3']);
  });

  it('mutant-two-deliveries: two deliveries after the decision are not gated with each other', () => {
    // 受理 → 审批 → {送达, 领证}, the two unordered: a delivery is no source of the deliver gate.
    const result = analyseRows(
      ['S1,受理,窗口,受理,1,', 'S2,审批,审批科,审批,1,S1', 'S3,送达,窗口,送达,1,S2', 'S4,领证,窗口,领证,0,S2'],
      'step_id,step_name,department,role,duration_days,predecessors',
    );
    expect(result.steps.filter((s) => s.role === 'deliver').map((s) => s.id)).toEqual(['S3', 'S4']);
    expect(findingsOf(result, 'order-gap')).toEqual([]);
  });

  it('mutant-spare-flags: only the intake and accept gates spare a notice of an alternative branch', () => {
    // A conditional step with nothing after it that is also a notice (type cell 审批、告知 or 送达、告知)
    // is still gated by the application, hearing, 公示, evidence and deliver rules: an order gap each.
    const gapsOf = (rows: string[]): string[][] => findingsOf(analyseRows(rows, WITH_CONDITION), 'order-gap');
    const refusal = 'S9,不予许可决定,审批科,审批、告知,1,S1,不符合条件';
    expect(gapsOf(['S1,受理,窗口,受理,1,,', 'S2,听证,法制科,听证,1,S1,', 'S3,许可决定,审批科,审批,1,S2,', refusal])).toContainEqual(['S2', 'S9']);
    expect(gapsOf(['S1,受理,窗口,受理,1,,', 'S2,批前公示,审批科,公示,1,S1,', 'S3,许可决定,审批科,审批,1,S2,', refusal])).toContainEqual(['S2', 'S9']);
    expect(gapsOf(['S1,受理,窗口,受理,1,,', 'S2,审查,审查科,审查,1,S1,', 'S3,许可决定,审批科,审批,1,S2,', refusal])).toContainEqual(['S2', 'S9']);
    expect(gapsOf(['S1,受理,窗口,受理,1,,', 'S2,审批,审批科,审批,1,S1,', 'S3,送达,窗口,送达,1,S2,', 'S9,退件告知,窗口,送达、告知,0,S1,不予受理'])).toContainEqual(['S2', 'S9']);
    // The hearing is an absolute gate even into a refusal on its branch: a hearing declared after the
    // refusal it must precede runs against the declared order (the evidence rule alone would yield).
    expect(findingsOf(analyseRows(['S1,受理,窗口,受理,1,,', refusal, 'S2,听证,法制科,听证,1,S9,不符合条件'], WITH_CONDITION), 'order-conflict')).toEqual([['S9', 'S2']]);
    // The application precedes every step of the office, a branch notice included.
    expect(gapsOf(['S1,申请,申请人,申请,0,,', 'S2,补正告知,窗口,告知,0,,材料不全', 'S3,受理,窗口,受理,1,S1,', 'S4,审批,审批科,审批,1,S3,'])).toContainEqual(['S1', 'S2']);
    // The intake gate spares it: 收件 → 补正告知 is no gap where the notice branches off before 收件.
    expect(gapsOf(['S1,收件,窗口,收件,0,,', 'S2,补正告知,窗口,告知,0,,材料不全', 'S3,受理,窗口,受理,1,S1,', 'S4,审批,审批科,审批,1,S3,'])).not.toContainEqual(['S1', 'S2']);
  });
});
