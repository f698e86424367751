// mergeable: consecutive steps of one department; an approve step only as the second, absorbing at
// most one step; protected roles, differing conditions or clocks never merge.
import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../../src/analyze/index.js';
import { brief } from '../../support/findings.js';
import { makeProcedure, type StepInit } from '../../support/procedures.js';

describe('mergeable', () => {
  it('same-dept-pair: 审核 and 审批 of one office are mergeable; the merge drops the second wait', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', name: '受理', role: 'accept', durationDays: 1, outputs: ['受理单'] },
        { id: 'S2', name: '审核', department: '规划局', durationDays: 2, predecessors: ['S1'], inputs: ['申请书'], outputs: ['审核意见'], typeWord: '审核' },
        { id: 'S3', name: '审批', department: '规划局', role: 'approve', durationDays: 1, waitDays: 0.5, predecessors: ['S2'], inputs: ['审核意见'], outputs: ['许可证'], typeWord: '审批' },
        { id: 'S4', name: '送达', role: 'deliver', durationDays: 0.5, predecessors: ['S3'], inputs: ['许可证'] },
      ]),
    );
    expect(brief(item)).toEqual([['mergeable', ['S2', 'S3'], 0.5, 1, 0]]);
    expect(item.findings[0]!.message).toBe(
      'S2 审核 and S3 审批 follow each other in the same department (规划局); the decision step can take in the work before it (审核审批合一) and save the hand-over between them.',
    );
    // 窗口 and 规划局 have two steps each: the accept step's department wins.
    expect(item.department).toBe('窗口');
    expect(item.departmentHandoffs).toBe(2);
    expect(item.candidates.map((c) => [c.id, c.stepCount, c.durationDays, c.applicantVisits, c.applied])).toEqual([
      ['merge', 3, 4.5, 0, ['mergeable']],
    ]);
    const merged = item.candidates[0]!.steps[1]!;
    expect(merged).toMatchObject({
      id: 'S2+S3',
      name: '审核+审批',
      department: '规划局',
      role: 'approve',
      roles: ['review', 'approve'],
      typeWord: '审核、审批',
      durationDays: 3,
      waitDays: 0,
      predecessors: ['S1'],
      inputs: ['申请书'],
      outputs: ['审核意见', '许可证'],
      line: 0,
    });
    expect(item.candidates[0]!.criticalPath).toEqual({ durationDays: 4.5, stepIds: ['S1', 'S2+S3', 'S4'] });
  });

  it('an approve step absorbs at most one step: of 初审 → 复审 → 审批 in one office, 复审 joins 审批 and 初审 stays', () => {
    const steps: StepInit[] = [
      { id: 'S1', role: 'accept', durationDays: 1 },
      { id: 'S2', department: '科', durationDays: 1, predecessors: ['S1'] },
      { id: 'S3', department: '科', durationDays: 1, predecessors: ['S2'] },
      { id: 'S4', department: '科', role: 'approve', durationDays: 1, predecessors: ['S3'] },
      { id: 'S5', role: 'deliver', durationDays: 1, predecessors: ['S4'] },
    ];
    const item = analyzeProcedure(makeProcedure(steps));
    expect(brief(item).map((f) => [f[0], f[1]])).toEqual([
      ['mergeable', ['S2', 'S3']],
      ['mergeable', ['S3', 'S4']],
    ]);
    expect(item.candidates.map((c) => [c.id, c.steps.map((s) => s.id)])).toEqual([['merge', ['S1', 'S2', 'S3+S4', 'S5']]]);
  });

  it('merges along a chain of other steps compose into one step', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept' },
        { id: 'S2', department: '科', predecessors: ['S1'] },
        { id: 'S3', department: '科', role: 'register', predecessors: ['S2'] },
        { id: 'S4', department: '科', predecessors: ['S3'] },
        { id: 'S5', role: 'approve', predecessors: ['S4'] },
      ]),
    );
    expect(item.candidates.map((c) => c.steps.map((s) => s.id))).toEqual([['S1', 'S2+S3+S4', 'S5']]);
  });

  it('never merged: a protected role (勘验), two decisions, differing conditions or clocks', () => {
    const pair = (first: Partial<StepInit>, second: Partial<StepInit>) =>
      analyzeProcedure(
        makeProcedure([
          { id: 'S1', role: 'accept' },
          { id: 'S2', department: '科', predecessors: ['S1'], ...first },
          { id: 'S3', department: '科', predecessors: ['S2'], ...second },
          { id: 'S4', role: 'deliver', predecessors: ['S3'] },
        ]),
      ).findings.filter((f) => f.kind === 'mergeable');
    expect(pair({ role: 'inspect' }, { role: 'approve' })).toEqual([]);
    expect(pair({ role: 'approve' }, { role: 'approve' })).toEqual([]);
    expect(pair({ role: 'approve' }, {})).toEqual([]);
    expect(pair({ condition: '需要时' }, {})).toEqual([]);
    expect(pair({ countsTowardLimit: false }, {})).toEqual([]);
    expect(pair({}, { role: 'approve' }).map((f) => f.stepIds)).toEqual([['S2', 'S3']]);
  });
});
