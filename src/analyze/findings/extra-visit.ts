// extra-visit: more than one step needs the applicant in person, against 最多跑一次 (at most one visit).

import { labelStep } from '../../domain/index.js';
import type { ProcedureDetector } from './finding-detector.js';

export const extraVisit: ProcedureDetector = {
  reads: 'procedure',
  description: 'more than one step needs the applicant in person (最多跑一次)',
  detect(ctx) {
    const visits: number[] = [];
    ctx.steps.forEach((step, v) => {
      if (step.applicantVisit) visits.push(v);
    });
    if (visits.length < 2) return [];
    return [
      {
        kind: 'extra-visit',
        steps: visits,
        message: ctx.text.extraVisit({ count: visits.length, steps: ctx.text.list({ items: visits.map((v) => labelStep(ctx.steps[v]!)) }) }),
        transformation: { kind: 'visits' },
      },
    ];
  },
};
