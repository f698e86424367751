// mergeable: consecutive steps of one department, merged by the candidates that apply it.
import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../../src/analyze/index.js';
import { brief } from '../../support/findings.js';
import { makeProcedure } from '../../support/procedures.js';

describe('mergeable', () => {
  it('same-dept-pair: 审核 and 审批 of one office are mergeable; the merge drops the second wait', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', name: '受理', role: 'accept', durationDays: 1, outputs: ['受理单'] },
        { id: 'S2', name: '审核', department: '规划局', durationDays: 2, predecessors: ['S1'], inputs: ['申请书'], outputs: ['审核意见'] },
        { id: 'S3', name: '审批', department: '规划局', role: 'approve', durationDays: 1, waitDays: 0.5, predecessors: ['S2'], inputs: ['审核意见'], outputs: ['许可证'] },
        { id: 'S4', name: '送达', role: 'deliver', durationDays: 0.5, predecessors: ['S3'], inputs: ['许可证'] },
      ]),
    );
    expect(brief(item)).toEqual([['mergeable', ['S2', 'S3'], 0.5, 1, 0]]);
    expect(item.findings[0]!.message).toBe(
      'S2 审核 and S3 审批 follow each other in the same department (规划局); merge them into one step (审核审批合一) and drop the hand-over between them.',
    );
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
      durationDays: 3,
      waitDays: 0,
      predecessors: ['S1'],
      inputs: ['申请书'],
      outputs: ['审核意见', '许可证'],
      line: 0,
    });
    expect(item.candidates[0]!.criticalPath).toEqual({ durationDays: 4.5, stepIds: ['S1', 'S2+S3', 'S4'] });
  });

  it('inspection-merged-into-decision: the merged step keeps the 勘验 visit when visits are consolidated', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept', durationDays: 1, inputs: ['申请书'], outputs: ['受理单'], applicantVisit: true },
        { id: 'S2', role: 'inspect', department: '科室', durationDays: 2, predecessors: ['S1'], inputs: ['受理单'], outputs: ['勘验记录'], applicantVisit: true },
        { id: 'S3', role: 'approve', department: '科室', durationDays: 1, predecessors: ['S2'], inputs: ['勘验记录'], outputs: ['许可证'] },
        { id: 'S4', role: 'deliver', durationDays: 0.5, predecessors: ['S3'], inputs: ['许可证'], applicantVisit: true },
      ]),
    );
    // merge S2+S3 (one department, consecutive); visits: the pick-up goes by post, 受理 and the
    // inspection inside S2+S3 still need the applicant — 2 visits, not 1
    const merged = item.candidates.find((c) => c.applied.includes('mergeable') && c.applied.includes('extra-visit'));
    expect(merged?.steps.map((s) => [s.id, s.role, s.applicantVisit])).toEqual([
      ['S1', 'accept', true],
      ['S2+S3', 'approve', true],
      ['S4', 'deliver', false],
    ]);
    expect(merged?.applicantVisits).toBe(2);
  });
});
