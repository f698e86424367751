// pass-through: a handoff step (流转, 签收, 登记 …), or a step that is neither 受理, 审批 nor 送达 and
// has neither inputs nor outputs: it checks nothing and produces nothing.

import { labelStep } from '../../domain/index.js';
import type { Detection } from './detection.js';
import type { ProcedureDetector } from './finding-detector.js';

export const passThrough: ProcedureDetector = {
  reads: 'procedure',
  description: 'a hand-over step, or a step that checks nothing and produces nothing',
  detect(ctx) {
    const found: Detection[] = [];
    ctx.steps.forEach((step, v) => {
      const empty = step.inputs.length === 0 && step.outputs.length === 0;
      const keeps = step.role === 'accept' || step.role === 'approve' || step.role === 'deliver';
      if (step.role !== 'handoff' && (keeps || !empty)) return;
      const what =
        step.role === 'handoff' && empty
          ? 'is a hand-over (流转) that checks nothing and produces nothing; remove it and pass the file directly.'
          : step.role === 'handoff'
            ? 'is a hand-over (流转) that moves the file without deciding anything; remove it and pass the file directly.'
            : 'checks nothing and produces nothing (no inputs, no outputs); remove it.';
      found.push({
        kind: 'pass-through',
        steps: [v],
        message: `${labelStep(step)} ${what}`,
        transformation: { kind: 'remove', step: v },
      });
    });
    return found;
  },
};
