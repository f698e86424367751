// extra-visit: more than one step needs the applicant in person; the visits redesign keeps a visit
// only where the role needs the person (受理 here) and sends the result by post.
import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../../src/analyze/index.js';
import { brief } from '../../support/findings.js';
import { makeProcedure } from '../../support/procedures.js';

describe('extra-visit', () => {
  it('three-visits: 受理, an interview and the pick-up need the applicant; one visit would do', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', name: '受理', role: 'accept', durationDays: 1, inputs: ['申请书'], outputs: ['受理单'], applicantVisit: true },
        { id: 'S2', name: '面谈', department: '科室', durationDays: 1, predecessors: ['S1'], inputs: ['受理单'], outputs: ['面谈记录'], applicantVisit: true },
        { id: 'S3', name: '审批', role: 'approve', department: '科室', durationDays: 1, predecessors: ['S2'], inputs: ['面谈记录'], outputs: ['许可证'] },
        { id: 'S4', name: '领证', role: 'deliver', durationDays: 0.5, predecessors: ['S3'], inputs: ['许可证'], applicantVisit: true },
      ]),
    );
    // No material is brought twice (each step takes what the one before produced): no repeated-material.
    expect(brief(item)).toEqual([
      ['mergeable', ['S2', 'S3'], 0, 1, 0],
      ['extra-visit', ['S1', 'S2', 'S4'], 0, 0, 2],
    ]);
    expect(item.findings[1]!.message).toBe(
      'The applicant must come in person 3 times (S1 受理, S2 面谈, S4 领证); 最多跑一次 asks for one visit: collect every material at 受理 and deliver by post or online.',
    );
    expect(item.candidates.map((c) => [c.id, c.stepCount, c.durationDays, c.applicantVisits, c.applied])).toEqual([
      ['merge+visits', 3, 3.5, 1, ['mergeable', 'extra-visit']],
    ]);
  });

  it('a single visit is no extra visit', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept', applicantVisit: true },
        { id: 'S2', role: 'approve', department: '科室', predecessors: ['S1'] },
        { id: 'S3', role: 'deliver', predecessors: ['S2'] },
      ]),
    );
    expect(brief(item)).toEqual([]);
    expect(item.candidates).toEqual([]);
  });
});
