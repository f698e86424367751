// repeated-material: an applicant's material brought in person to two steps.
import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../../src/analyze/index.js';
import { brief } from '../../support/findings.js';
import { makeProcedure } from '../../support/procedures.js';

describe('repeated-material', () => {
  it('two-visits-same-document: 身份证 brought twice is a repeated material and an extra visit', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', name: '受理', role: 'accept', durationDays: 1, applicantVisit: true, inputs: ['身份证', '申请表'], outputs: ['受理通知书'] },
        { id: 'S2', name: '审查', department: '科室', durationDays: 2, predecessors: ['S1'], inputs: ['申请表'], outputs: ['审查意见'] },
        { id: 'S3', name: '审批', role: 'approve', durationDays: 1, predecessors: ['S2'], inputs: ['审查意见'], outputs: ['证照'] },
        { id: 'S4', name: '领证', role: 'deliver', durationDays: 0.5, predecessors: ['S3'], applicantVisit: true, inputs: ['身份证', '证照'] },
      ]),
    );
    expect(brief(item)).toEqual([
      ['repeated-material', ['S1', 'S4'], 0, 0, 1],
      ['extra-visit', ['S1', 'S4'], 0, 0, 1],
    ]);
    expect(item.findings[0]!.message).toBe(
      'The applicant must bring 《身份证》 in person to S1 受理, S4 领证; collect it once at 受理 and pass it on (不得要求重复提交).',
    );
    expect(item.candidates.map((c) => [c.id, c.stepCount, c.durationDays, c.applicantVisits, c.applied])).toEqual([
      ['visits', 4, 4.5, 1, ['repeated-material', 'extra-visit']],
    ]);
    const [accept, , , deliver] = item.candidates[0]!.steps;
    expect(accept).toMatchObject({ applicantVisit: true, inputs: ['身份证', '申请表'], outputs: ['受理通知书', '身份证'] });
    expect(deliver).toMatchObject({ applicantVisit: false, inputs: ['身份证', '证照'] });
  });

  it('a material a step produces is not the applicant\'s: brought to two visit steps, it is no repeated material', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept', applicantVisit: true, inputs: ['申请表'], outputs: ['受理通知书'] },
        { id: 'S2', role: 'inspect', department: '科室', predecessors: ['S1'], applicantVisit: true, inputs: ['受理通知书'], outputs: ['勘验记录'] },
        { id: 'S3', role: 'approve', department: '局', predecessors: ['S2'], inputs: ['勘验记录'], outputs: ['许可证'] },
        { id: 'S4', role: 'deliver', predecessors: ['S3'], applicantVisit: true, inputs: ['受理通知书', '许可证'] },
      ]),
    );
    expect(item.findings.map((f) => f.kind)).toEqual(['extra-visit']);
  });
});
