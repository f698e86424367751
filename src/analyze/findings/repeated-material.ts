// repeated-material: one applicant-supplied material (produced by no step) is an input of two or
// more steps that need the applicant in person, so the applicant brings it twice (一套材料).

import { labelStep } from '../../domain/index.js';
import type { Detection } from './detection.js';
import type { ProcedureDetector } from './finding-detector.js';
import { mapList } from '../../graph/index.js';

export const repeatedMaterial: ProcedureDetector = {
  reads: 'procedure',
  description: 'an applicant-supplied material brought in person to two or more steps',
  detect(ctx) {
    const { materials } = ctx;
    const users: number[][] = mapList(materials.names, () => []);
    ctx.steps.forEach((step, v) => {
      if (!step.applicantVisit) return;
      for (const m of materials.inputs[v]!) if (materials.producers[m]!.length === 0) users[m]!.push(v);
    });
    const found: Detection[] = [];
    users.forEach((steps, m) => {
      if (steps.length < 2) return;
      found.push({
        kind: 'repeated-material',
        steps,
        message: ctx.text.repeatedMaterial({
          material: materials.names[m]!,
          steps: ctx.text.list({ items: steps.map((v) => labelStep(ctx.steps[v]!)) }),
        }),
        transformation: { kind: 'visits' },
      });
    });
    return found;
  },
};
