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
      message: ctx.text.redundantPrecedence({
        from: labelStep(ctx.steps[from]!),
        to: labelStep(ctx.steps[to]!),
        fromId: ctx.steps[from]!.id,
        toId: ctx.steps[to]!.id,
      }),
      transformation: null,
    }));
  },
};
