// parallelizable: declared links the required order does not need.
import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../../src/analyze/index.js';
import { brief } from '../../support/findings.js';
import { makeProcedure } from '../../support/procedures.js';

describe('parallelizable', () => {
  it('serial-reviews: reviews by departments that need nothing from each other are parallelizable', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', name: '受理', role: 'accept', durationDays: 1, outputs: ['申请材料'] },
        { id: 'S2', name: '规划审查', department: '规划局', durationDays: 3, predecessors: ['S1'], inputs: ['申请材料'], outputs: ['规划意见'] },
        { id: 'S3', name: '消防审查', department: '消防局', durationDays: 2, predecessors: ['S2'], inputs: ['申请材料', '图纸'], outputs: ['消防意见'] },
        { id: 'S4', name: '环保审查', department: '环保局', durationDays: 4, predecessors: ['S3'], inputs: ['申请材料', '环评'], outputs: ['环保意见'] },
        { id: 'S5', name: '审批', department: '审批局', role: 'approve', durationDays: 1, predecessors: ['S4'], inputs: ['规划意见', '消防意见', '环保意见'] },
      ]),
    );
    expect(item.criticalPath.durationDays).toBe(11);
    expect(brief(item)).toEqual([
      ['parallelizable', ['S2', 'S3'], 3, 0, 0],
      ['parallelizable', ['S3', 'S4'], 4, 0, 0],
    ]);
    expect(item.findings[0]!.message).toBe(
      'S3 消防审查 need not wait for S2 规划审查: it uses nothing that step produces and no rule puts it first, so they can run in parallel (并联审批).',
    );
    expect(item.departmentHandoffs).toBe(4);
    const [parallel] = item.candidates;
    expect(item.candidates).toHaveLength(1);
    expect(parallel).toMatchObject({ id: 'parallel', stepCount: 5, durationDays: 6, clockDays: 6, applicantVisits: 0, applied: ['parallelizable'] });
    expect(parallel!.criticalPath).toEqual({ durationDays: 6, stepIds: ['S1', 'S4', 'S5'] });
    expect(parallel!.steps.map((s) => [s.id, s.predecessors])).toEqual([
      ['S1', []],
      ['S2', ['S1']],
      ['S3', ['S1']],
      ['S4', ['S1']],
      ['S5', ['S2', 'S3', 'S4']],
    ]);
  });

  it('judged on the reduced declared order: a redundant link is redundant-precedence, not parallelizable', () => {
    // A → B → C and A → C as written; B needs A's 甲表, C needs neither (its 乙表 is the applicant's).
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'A', role: 'register', outputs: ['甲表'] },
        { id: 'B', role: 'register', department: '乙', predecessors: ['A'], inputs: ['甲表'], outputs: ['乙证'] },
        { id: 'C', role: 'register', department: '丙', predecessors: ['B', 'A'], inputs: ['乙表'], outputs: ['丙证'] },
      ]),
    );
    expect(brief(item).map((f) => [f[0], f[1]])).toEqual([
      ['redundant-precedence', ['A', 'C']],
      ['parallelizable', ['B', 'C']],
    ]);
  });
});
