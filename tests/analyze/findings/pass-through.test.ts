// pass-through: a pure hand-over (every role handoff) that produces nothing — not an outcome, not after
// the delivery, not named in a 法定前置, not between two decisions; no other role is ever one.
import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../../src/analyze/index.js';
import { brief } from '../../support/findings.js';
import { makeProcedure } from '../../support/procedures.js';

describe('pass-through', () => {
  it('handoff-chain: 流转 and 移交 are pass-through steps', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', name: '受理', role: 'accept', durationDays: 0.5 },
        { id: 'S2', name: '流转', role: 'handoff', durationDays: 0.5, predecessors: ['S1'] },
        { id: 'S3', name: '移交', role: 'handoff', department: '科室', durationDays: 1, predecessors: ['S2'] },
        { id: 'S4', name: '审查', department: '科室', durationDays: 2, predecessors: ['S3'], inputs: ['申请书'], outputs: ['审查意见'] },
        { id: 'S5', name: '决定', role: 'approve', durationDays: 1, predecessors: ['S4'], inputs: ['审查意见'] },
      ]),
    );
    expect(brief(item)).toEqual([
      ['mergeable', ['S3', 'S4'], 0, 1, 0],
      ['pass-through', ['S2'], 0.5, 1, 0],
      ['pass-through', ['S3'], 1, 1, 0],
    ]);
    expect(item.findings[1]!.message).toBe('S2 流转 only hands the file on (流转) and produces nothing; remove it and pass the file directly.');
    // merge+remove-pass-through merges nothing (S3 is removed); remove-pass-through beats merge.
    expect(item.candidates.map((c) => [c.id, c.stepCount, c.durationDays])).toEqual([['remove-pass-through', 3, 3.5]]);
    expect(item.candidates[0]!.steps.map((s) => [s.id, s.predecessors])).toEqual([
      ['S1', []],
      ['S4', ['S1']],
      ['S5', ['S4']],
    ]);
  });

  it('only pure hand-overs: not 审查并上报 (a review), not a hand-over that produces, ends the item, follows the delivery, is named in a 法定前置, or carries one decision to the next', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept' },
        { id: 'S2', role: 'handoff', roles: ['review', 'handoff'], predecessors: ['S1'] },
        { id: 'S3', role: 'handoff', predecessors: ['S2'], outputs: ['报告'] },
        { id: 'S4', role: 'handoff', predecessors: ['S3'] },
        { id: 'S5', role: 'approve', predecessors: ['S4'], hardPredecessors: ['S4'] },
        { id: 'S6', role: 'handoff', predecessors: ['S5'] },
        { id: 'S7', role: 'approve', predecessors: ['S6'] },
        { id: 'S8', role: 'deliver', predecessors: ['S7'] },
        { id: 'S9', role: 'handoff', predecessors: ['S8'] },
        { id: 'S10', role: 'register', predecessors: ['S9'] },
        { id: 'S11', role: 'handoff', predecessors: ['S7'] },
      ]),
    );
    expect(item.findings.filter((f) => f.kind === 'pass-through')).toEqual([]);
  });

  it('a deliver step is never removed as a pass-through, not even one that also hands over', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept' },
        { id: 'S2', role: 'approve', predecessors: ['S1'] },
        { id: 'S3', role: 'deliver', roles: ['handoff', 'deliver'], predecessors: ['S2'] },
        { id: 'S4', role: 'handoff', predecessors: ['S1'] },
        { id: 'S5', role: 'deliver', predecessors: ['S3', 'S4'] },
      ]),
    );
    expect(item.findings.filter((f) => f.kind === 'pass-through').map((f) => f.stepIds)).toEqual([['S4']]);
    for (const c of item.candidates) expect(c.steps.map((s) => s.id)).toEqual(expect.arrayContaining(['S3', 'S5']));
  });
});
