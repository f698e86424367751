// pass-through: hand-over steps and steps that check and produce nothing.
import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../../src/analyze/index.js';
import { brief } from '../../support/findings.js';
import { makeProcedure } from '../../support/procedures.js';

describe('pass-through', () => {
  it('handoff-chain: 登记 and 移交 are pass-through steps', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', name: '受理', role: 'accept', durationDays: 0.5 },
        { id: 'S2', name: '登记', role: 'handoff', durationDays: 0.5, predecessors: ['S1'] },
        { id: 'S3', name: '移交', role: 'handoff', department: '科室', durationDays: 1, predecessors: ['S2'] },
        { id: 'S4', name: '审查', department: '科室', durationDays: 2, predecessors: ['S3'], inputs: ['申请书'], outputs: ['审查意见'] },
        { id: 'S5', name: '决定', role: 'approve', durationDays: 1, predecessors: ['S4'], inputs: ['审查意见'] },
      ]),
    );
    expect(brief(item)).toEqual([
      ['parallelizable', ['S2', 'S3'], 0.5, 0, 0],
      ['parallelizable', ['S3', 'S4'], 1.5, 0, 0],
      ['mergeable', ['S3', 'S4'], 0, 1, 0],
      ['pass-through', ['S2'], 0.5, 1, 0],
      ['pass-through', ['S3'], 1, 1, 0],
    ]);
    expect(item.findings[3]!.message).toBe(
      'S2 登记 is a hand-over (流转) that checks nothing and produces nothing; remove it and pass the file directly.',
    );
    expect(item.candidates.map((c) => [c.id, c.stepCount, c.durationDays])).toEqual([['remove-pass-through', 3, 3.5]]);
    expect(item.candidates[0]!.steps.map((s) => [s.id, s.predecessors])).toEqual([
      ['S1', []],
      ['S4', ['S1']],
      ['S5', ['S4']],
    ]);
  });
});
