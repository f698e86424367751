// redundant-precedence: a declared predecessor link already implied by other declared links
// (it is not in the declared order's transitive reduction).

import { labelStep } from '../../domain/index.js';
import type { ProcedureDetector } from './finding-detector.js';

export const redundantPrecedence: ProcedureDetector = {
  reads: 'procedure',
  description: 'a declared predecessor link already implied by other declared links',
  detect(ctx) {
    return ctx.declared.redundant.map(([from, to]) => ({
      kind: 'redundant-precedence',
      steps: [from, to],
      message:
        `The link ${labelStep(ctx.steps[from]!)} → ${labelStep(ctx.steps[to]!)} is redundant: ` +
        `the declared order already runs from ${ctx.steps[from]!.id} to ${ctx.steps[to]!.id} through other steps, so the 前置环节 entry can go.`,
      transformation: null,
    }));
  },
};
