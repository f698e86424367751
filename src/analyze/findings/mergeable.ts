// mergeable: consecutive steps of one department — in the reduced declared order the second is the
// first's only successor and the first the second's only predecessor — neither 受理 nor 送达 (审核审批合一).
// A pair where only one step runs the statutory clock (Art. 45) is reported but not merged: one step
// cannot both stop and run the clock.

import { labelStep } from '../../domain/index.js';
import type { ProcedureDetector } from './finding-detector.js';

export const mergeable: ProcedureDetector = {
  reads: 'procedure',
  description: 'consecutive steps of one department that can be one step',
  detect(ctx) {
    const outdeg = new Int32Array(ctx.n);
    const indeg = new Int32Array(ctx.n);
    for (const [from, to] of ctx.declared.reduced) {
      outdeg[from]!++;
      indeg[to]!++;
    }
    const isEnd = (v: number): boolean => ctx.steps[v]!.role === 'accept' || ctx.steps[v]!.role === 'deliver';
    return ctx.declared.reduced
      .filter(
        ([a, b]) =>
          outdeg[a] === 1 &&
          indeg[b] === 1 &&
          ctx.steps[a]!.department === ctx.steps[b]!.department &&
          !isEnd(a) &&
          !isEnd(b),
      )
      .map(([a, b]) => ({
        kind: 'mergeable',
        steps: [a, b],
        message: ctx.text.mergeable({ first: labelStep(ctx.steps[a]!), second: labelStep(ctx.steps[b]!), department: ctx.steps[a]!.department }),
        transformation:
          ctx.steps[a]!.countsTowardLimit === ctx.steps[b]!.countsTowardLimit ? { kind: 'merge', first: a, second: b } : null,
      }));
  },
};
