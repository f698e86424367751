// repeated-material: one applicant-supplied material (produced by no step) is an input of two or
// more steps that need the applicant in person, so the applicant brings it twice (一套材料).

import { labelStep } from '../../domain/index.js';
import type { Detection } from './detection.js';
import type { ProcedureDetector } from './finding-detector.js';

export const repeatedMaterial: ProcedureDetector = {
  reads: 'procedure',
  description: 'an applicant-supplied material brought in person to two or more steps',
  detect(ctx) {
    const users = new Map<string, number[]>();
    ctx.steps.forEach((step, v) => {
      if (!step.applicantVisit) return;
      for (const d of step.inputs) {
        if (ctx.required.producers.has(d)) continue;
        const list = users.get(d);
        if (list === undefined) users.set(d, [v]);
        else if (list[list.length - 1] !== v) list.push(v);
      }
    });
    const found: Detection[] = [];
    for (const [material, steps] of users) {
      if (steps.length < 2) continue;
      found.push({
        kind: 'repeated-material',
        steps,
        message: ctx.text.repeatedMaterial({ material, steps: ctx.text.list({ items: steps.map((v) => labelStep(ctx.steps[v]!)) }) }),
        transformation: { kind: 'visits' },
      });
    }
    return found;
  },
};
