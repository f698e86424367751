// order-conflict: the declared order and the required links form a cycle; one finding per strongly
// connected group, its shortest cycle from the group's first step in the file; no lawful duration.
import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../../src/analyze/index.js';
import { brief } from '../../support/findings.js';
import { makeProcedure } from '../../support/procedures.js';

describe('order-conflict', () => {
  it('a hearing declared after the decision whose data ties it there (C05): a conflict and no redesign at all', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept', durationDays: 1, inputs: ['申请表'], outputs: ['受理通知书'] },
        { id: 'S2', role: 'approve', durationDays: 2, predecessors: ['S1'], inputs: ['申请表'], outputs: ['批准文件'] },
        { id: 'S3', role: 'hearing', durationDays: 10, predecessors: ['S2'], inputs: ['批准文件'], outputs: ['听证笔录'] },
        { id: 'S4', role: 'deliver', durationDays: 1, predecessors: ['S3'], inputs: ['批准文件'] },
      ]),
    );
    expect(brief(item)).toEqual([['order-conflict', ['S2', 'S3'], 0, 0, 0]]);
    expect(item.findings[0]!.message).toBe(
      'The written order contradicts the required order: S2 → S3 → S2 (S3 uses 《批准文件》, which S2 produces; the law puts S3 (听证 / 专家评审) before the final decision S2); no lawful run follows the procedure as written.',
    );
    expect([item.criticalPath.durationDays, item.clockDays, item.lawfulDurationDays, item.lawfulClockDays]).toEqual([14, 4, null, null]);
    expect([item.candidates, item.bestCandidateId]).toEqual([[], null]);
    expect(item.noFasterPlanReason).toContain('The required links form a cycle S2 → S3 → S2');
  });

  it('a hearing after the decision that nothing else ties there (C16): the plain reorder is a candidate, no slower than the critical path', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept', durationDays: 1, inputs: ['申请表'], outputs: ['受理通知书'] },
        { id: 'S2', role: 'approve', durationDays: 2, predecessors: ['S1'], inputs: ['申请表'], outputs: ['批准文件'] },
        { id: 'S3', role: 'hearing', durationDays: 10, predecessors: ['S2'], inputs: ['申请表'], outputs: ['听证笔录'] },
        { id: 'S4', role: 'deliver', durationDays: 1, predecessors: ['S3'], inputs: ['批准文件'] },
      ]),
    );
    expect(brief(item)).toEqual([['order-conflict', ['S2', 'S3'], 0, 0, 0]]);
    expect(item.candidates.map((c) => [c.id, c.stepCount, c.durationDays, c.applied])).toEqual([['reorder', 4, 14, []]]);
    expect(item.candidates[0]!.steps.map((s) => [s.id, s.predecessors])).toEqual([
      ['S1', []],
      ['S2', ['S3']],
      ['S3', ['S1']],
      ['S4', ['S2']],
    ]);
    expect(item.bestCandidateId).toBe('reorder');
  });

  it('one finding per strongly connected group, each from its first step in the file, the shortest cycle (ties by file order)', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'A', hardPredecessors: ['C'] },
        { id: 'B', predecessors: ['A'] },
        { id: 'C', predecessors: ['B'], hardPredecessors: ['B'] },
        { id: 'D', predecessors: ['A'], hardPredecessors: ['C'] },
        { id: 'E', predecessors: ['C'] },
        { id: 'F', hardPredecessors: ['G'] },
        { id: 'G', predecessors: ['F'] },
      ]),
    );
    expect(item.findings.filter((f) => f.kind === 'order-conflict').map((f) => f.stepIds)).toEqual([
      ['A', 'B', 'C'],
      ['F', 'G'],
    ]);
  });
});
