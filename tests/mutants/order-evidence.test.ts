// Mutants of the evidence of the required order (src/analyze/order/evidence.ts) that survived the
// suite in the mutation run of 2026-12-05 (docs/mutation.md), each killed here through the public
// path. Evidence links are found before the gates, so the first reason a link is required — what an
// order-gap or order-conflict message says — is the evidence's.

import { describe, expect, it } from 'vitest';
import { analyseRows, findingsOf } from '../support/csv-item.js';

const COLUMNS = 'step_id,step_name,department,role,duration_days,predecessors,hard_predecessors,inputs,outputs';

const messagesOf = (rows: readonly string[], kind: string): string[] =>
  analyseRows(rows, COLUMNS)
    .findings.filter((f) => f.kind === kind)
    .map((f) => f.message);

describe('evidence of the required order (order/evidence.ts)', () => {
  it('mutant-hard-reason: an order gap that a 法定前置 makes says so', () => {
    // 受理 → 审查A and 受理 → 审查B, unordered; 审查B names 审查A as its 法定前置: a gap S2 → S3
    // whose reason is the 法定前置 (the first link found for the pair).
    const messages = messagesOf(['S1,受理,窗口,受理,1,,,,', 'S2,审查A,甲科,审查,1,S1,,,', 'S3,审查B,乙科,审查,1,S1,S2,,'], 'order-gap');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('S2 is a 法定前置 of S3');
  });

  it('mutant-arrival-before-user: a material that arrives again later (补正材料) links no step before that arrival to it', () => {
    // 申请书 arrives at S1 (申请) and again at S3 (补正材料, declared after the review S2). S2 follows
    // only S1's arrival; linking S3 → S2 (or S3 → S3) would close a cycle: no conflict, no problem.
    const result = analyseRows(
      ['S1,申请,申请人,申请,0,,,申请书,', 'S2,审查,审查科,审查,1,S1,,申请书,意见', 'S3,补正材料,申请人,补正材料,0,S2,,申请书,', 'S4,审批,审批科,审批,1,S3,,意见,决定'],
      COLUMNS,
    );
    expect(result.orderProblems).toEqual([]);
    expect(findingsOf(result, 'order-conflict')).toEqual([]);
  });

  it('mutant-arrival-latest: in a conflict, a link from the latest arrival of an applicant material gives that material as its reason', () => {
    // 受理 (lists 申请书, no step makes it) → 审查 (uses 申请书), and 受理 names 审查 as its
    // 法定前置: the cycle S1 → S2 → S1. S1 → S2 is required because 申请书 arrives at S1 (the accept
    // gate is withheld: S2 already comes before S1), so the message names the material.
    const messages = messagesOf(['S1,受理,窗口,受理,1,,S2,申请书,受理单', 'S2,审查,审查科,审查,1,S1,,申请书,意见', 'S3,审批,审批科,审批,1,S2,,意见,决定'], 'order-conflict');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('S1 → S2 → S1');
    expect(messages[0]).toContain('《申请书》');
    expect(messages[0]).toContain('S2 is a 法定前置 of S1');
  });
});
