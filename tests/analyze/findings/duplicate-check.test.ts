// duplicate-check: two review steps of one department checking the same materials, as [kept, dropped];
// checks by different departments are never duplicates; the dropped one must be removable.
import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../../src/analyze/index.js';
import { brief } from '../../support/findings.js';
import { makeProcedure } from '../../support/procedures.js';

describe('duplicate-check', () => {
  it('same-department-tiers: 初审 and 复审 of one section on the same materials; the drop beats the merge of the same pair', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', name: '受理', role: 'accept', durationDays: 1, inputs: ['申请书', '图纸'], outputs: ['受理单'] },
        { id: 'S2', name: '初审', department: '科室', durationDays: 2, predecessors: ['S1'], inputs: ['申请书', '图纸'], outputs: ['初审意见'] },
        { id: 'S3', name: '复审', department: '科室', durationDays: 2, predecessors: ['S2'], inputs: ['图纸', '申请书'], outputs: ['复审意见'] },
        { id: 'S4', name: '审批', department: '局长', role: 'approve', durationDays: 1, predecessors: ['S3'], inputs: ['复审意见'] },
      ]),
    );
    expect(brief(item)).toEqual([
      ['parallelizable', ['S2', 'S3'], 2, 0, 0],
      ['mergeable', ['S2', 'S3'], 0, 1, 0],
      ['duplicate-check', ['S2', 'S3'], 2, 1, 0],
    ]);
    expect(item.findings[2]!.message).toBe(
      'S3 复审 checks the same materials as S2 初审 (《申请书》、《图纸》) in the same department (科室); drop the repeated check (不再重复审查) and let S2 stand for its result.',
    );
    // parallel (4 steps, 4 days) and merge (3 steps, 6 days) are beaten by drop-duplicates (3 steps, 4 days);
    // parallel+drop-duplicates is the same plan as drop-duplicates, merge+drop-duplicates merges nothing.
    expect(item.candidates.map((c) => [c.id, c.stepCount, c.durationDays])).toEqual([['drop-duplicates', 3, 4]]);
    expect(item.candidates[0]!.steps.map((s) => [s.id, s.predecessors, s.outputs])).toEqual([
      ['S1', [], ['受理单']],
      ['S2', ['S1'], ['初审意见', '复审意见']],
      ['S4', ['S2'], []],
    ]);
  });

  it('different departments: 消防 and 人防 reviewing the same drawings are not duplicates (each answers for its own opinion)', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept', durationDays: 1, inputs: ['图纸'], outputs: ['受理单'] },
        { id: 'S2', department: '消防', durationDays: 3, predecessors: ['S1'], inputs: ['图纸'], outputs: ['消防意见'] },
        { id: 'S3', department: '人防', durationDays: 2, predecessors: ['S1'], inputs: ['图纸'], outputs: ['人防意见'] },
        { id: 'S4', role: 'approve', durationDays: 1, predecessors: ['S2', 'S3'], inputs: ['消防意见', '人防意见'] },
      ]),
    );
    expect(brief(item)).toEqual([]);
    expect(item.candidates).toEqual([]);
  });

  it('unordered-pair: two checks the declared order leaves unordered keep the first in the file', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept', durationDays: 1, inputs: ['申请书'], outputs: ['受理单'] },
        { id: 'A', department: '科室', durationDays: 3, predecessors: ['S1'], inputs: ['申请书'], outputs: ['甲意见'] },
        { id: 'B', department: '科室', durationDays: 5, predecessors: ['S1'], inputs: ['申请书'], outputs: ['乙意见'] },
        { id: 'Z', role: 'approve', durationDays: 1, predecessors: ['A', 'B'], inputs: ['甲意见', '乙意见'] },
      ]),
    );
    // Dropping B: A stands for 乙意见, so Z waits 3 days instead of 5.
    expect(brief(item)).toEqual([['duplicate-check', ['A', 'B'], 2, 1, 0]]);
    expect(item.bestCandidateId).toBe('drop-duplicates');
  });

  it('a later check that is protected or an outcome is not dropped: no finding', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept', inputs: ['申请书'] },
        { id: 'S2', department: '科室', predecessors: ['S1'], inputs: ['申请书'], outputs: ['意见'] },
        { id: 'S3', department: '科室', role: 'publicize', roles: ['review', 'publicize'], predecessors: ['S2'], inputs: ['申请书'] },
        { id: 'S4', department: '科室', predecessors: ['S3'], inputs: ['申请书'] },
      ]),
    );
    expect(item.findings.filter((f) => f.kind === 'duplicate-check')).toEqual([]);
  });
});
