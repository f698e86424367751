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
      const label = { step: labelStep(step) };
      found.push({
        kind: 'pass-through',
        steps: [v],
        message:
          step.role !== 'handoff'
            ? ctx.text.passThroughIdle(label)
            : empty
              ? ctx.text.passThroughEmptyHandoff(label)
              : ctx.text.passThroughHandoff(label),
        transformation: { kind: 'remove', step: v },
      });
    });
    return found;
  },
};
