// order-gap: a link of the required order (after transitive reduction) between two steps the declared
// order leaves unordered; none where the required links alone form a cycle.
import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../../src/analyze/index.js';
import { brief } from '../../support/findings.js';
import { makeProcedure } from '../../support/procedures.js';

describe('order-gap', () => {
  it('a 公示 the written order lets the decision overtake (C04): the gap, and the lawful duration waits for it', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', name: '受理', role: 'accept', durationDays: 1, inputs: ['申请表'], outputs: ['受理通知书'] },
        { id: 'S2', name: '审查', department: '业务科', durationDays: 3, predecessors: ['S1'], inputs: ['申请表'], outputs: ['审查意见'] },
        { id: 'S3', name: '公示', role: 'publicize', department: '业务科', durationDays: 5, predecessors: ['S1'] },
        { id: 'S4', name: '审批', role: 'approve', department: '局', durationDays: 1, predecessors: ['S2'], inputs: ['审查意见'], outputs: ['批准文件'] },
        { id: 'S5', name: '送达', role: 'deliver', durationDays: 1, predecessors: ['S4', 'S3'], inputs: ['批准文件'] },
      ]),
    );
    expect(brief(item)).toEqual([['order-gap', ['S3', 'S4'], 0, 0, 0]]);
    expect(item.findings[0]!.message).toBe('As written, S4 审批 may start before S3 公示 ends, but the 公示 S3 must end before the decision S4; add S3 to its 前置环节.');
    expect([item.criticalPath.durationDays, item.lawfulDurationDays]).toEqual([7, 8]);
    // A correction, not a saving: no redesign, and the original is never the best plan.
    expect([item.candidates, item.bestCandidateId]).toEqual([[], null]);
  });

  it('a data link between two unordered steps is a gap too; a required link the declared order reverses is not (it is a conflict)', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', outputs: ['甲'] },
        { id: 'S2', inputs: ['甲'] },
        { id: 'S3', hardPredecessors: ['S4'], outputs: ['丙'] },
        { id: 'S4', predecessors: ['S3'], inputs: ['丁'] },
      ]),
    );
    expect(brief(item).map((f) => [f[0], f[1]])).toEqual([
      ['order-gap', ['S1', 'S2']],
      ['order-conflict', ['S3', 'S4']],
    ]);
  });
});
