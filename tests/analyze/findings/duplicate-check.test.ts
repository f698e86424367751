// duplicate-check: the same materials checked twice in one role; only ordered pairs are redesigned.
import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../../src/analyze/index.js';
import { brief } from '../../support/findings.js';
import { makeProcedure } from '../../support/procedures.js';

describe('duplicate-check', () => {
  it('three-tier-review: the same materials checked twice in one role is a duplicate check', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', name: '受理', role: 'accept', durationDays: 1, inputs: ['申请书', '图纸'], outputs: ['受理单'] },
        { id: 'S2', name: '初审', department: '科室', durationDays: 2, predecessors: ['S1'], inputs: ['申请书', '图纸'], outputs: ['初审意见'] },
        { id: 'S3', name: '复审', department: '分管领导', durationDays: 2, predecessors: ['S2'], inputs: ['图纸', '申请书'], outputs: ['复审意见'] },
        { id: 'S4', name: '审批', department: '局长', role: 'approve', durationDays: 1, predecessors: ['S3'], inputs: ['复审意见'] },
      ]),
    );
    expect(brief(item)).toEqual([
      ['parallelizable', ['S2', 'S3'], 2, 0, 0],
      ['duplicate-check', ['S2', 'S3'], 2, 1, 0],
    ]);
    // parallel (4 steps, 4 days) is beaten by drop-duplicates (3 steps, 4 days); parallel+drop-duplicates ties with it.
    expect(item.candidates.map((c) => c.id)).toEqual(['drop-duplicates']);
    const steps = item.candidates[0]!.steps;
    expect(steps.map((s) => [s.id, s.predecessors, s.outputs])).toEqual([
      ['S1', [], ['受理单']],
      ['S2', ['S1'], ['初审意见', '复审意见']],
      ['S4', ['S2'], []],
    ]);
  });

  it('parallel-duplicate-reviews: two unordered checks of the same materials are reported, not redesigned', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', name: '受理', role: 'accept', durationDays: 1, inputs: ['申请书'], outputs: ['受理单'] },
        { id: 'S2', name: '消防审查', department: '消防', durationDays: 3, predecessors: ['S1'], inputs: ['图纸'], outputs: ['消防意见'] },
        { id: 'S3', name: '人防审查', department: '人防', durationDays: 2, predecessors: ['S1'], inputs: ['图纸'], outputs: ['人防意见'] },
        { id: 'S4', name: '审批', role: 'approve', durationDays: 1, predecessors: ['S2', 'S3'], inputs: ['消防意见', '人防意见'] },
      ]),
    );
    expect(brief(item)).toEqual([['duplicate-check', ['S2', 'S3'], 0, 0, 0]]);
    expect(item.findings[0]!.message).toContain('one check could serve both');
    expect(item.candidates).toEqual([]);
  });

  it('three-way-duplicate-loop: only ordered pairs are redesigned, so chained drops always end', () => {
    // A reaches B; C runs beside both. Only (A, B) has a redesign: B goes, A keeps its outputs.
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept', outputs: ['申请书'] },
        { id: 'A', durationDays: 5, predecessors: ['S1'], inputs: ['申请书'] },
        { id: 'B', durationDays: 1, predecessors: ['A'], inputs: ['申请书'] },
        { id: 'C', durationDays: 3, predecessors: ['S1'], inputs: ['申请书'] },
        { id: 'Z', role: 'approve', predecessors: ['B', 'C'] },
      ]),
    );
    expect(item.criticalPath.durationDays).toBe(6);
    expect(brief(item).filter((f) => f[0] === 'duplicate-check')).toEqual([
      ['duplicate-check', ['A', 'B'], 1, 1, 0],
      ['duplicate-check', ['A', 'C'], 0, 0, 0],
      ['duplicate-check', ['B', 'C'], 0, 0, 0],
    ]);
    const dropped = item.candidates.find((c) => c.id === 'drop-duplicates');
    expect(dropped?.steps.map((s) => s.id)).toEqual(['S1', 'A', 'C', 'Z']);
    expect(dropped?.durationDays).toBe(5);
  });
});
