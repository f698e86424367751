// parallelizable: a declared link (after transitive reduction) that the required order does not
// imply, and whose reverse it does not require either — the later step needs nothing from the
// earlier one, so both can run at once (并联审批). Items without lineage keep their declared order as
// required, so they have none.

import { labelStep } from '../../domain/index.js';
import { hasBit } from '../../graph/index.js';
import type { ProcedureDetector } from './finding-detector.js';

export const parallelizable: ProcedureDetector = {
  reads: 'procedure',
  description: 'a declared link (after transitive reduction) that the required order does not imply',
  detect(ctx) {
    const { reach, words } = ctx.required;
    return ctx.declared.reduced
      .filter(([from, to]) => !hasBit(reach, words, from, to) && !hasBit(reach, words, to, from))
      .map(([from, to]) => ({
        kind: 'parallelizable',
        steps: [from, to],
        message: ctx.text.parallelizable({ from: labelStep(ctx.steps[from]!), to: labelStep(ctx.steps[to]!) }),
        transformation: { kind: 'unlink', from, to },
      }));
  },
};
