// order-conflict: the declared order and the required links form a cycle (a 听证 declared after the
// decision, a 法定前置 against the declared order): the procedure as written contradicts the law or its
// own data. One finding per strongly connected group of steps, naming its shortest cycle over the
// links as given, found breadth-first from the group's first step in the file.

import { labelStep } from '../../domain/index.js';
import { hasBit } from '../../graph/index.js';
import type { ItemContext } from '../item-context.js';
import type { ProcedureDetector } from './finding-detector.js';
import { reasonOf } from './order-gap.js';

export const orderConflict: ProcedureDetector = {
  reads: 'procedure',
  description: 'the declared order and the required links form a cycle',
  detect(ctx) {
    return ctx.required.conflicts.map((cycle) => ({
      kind: 'order-conflict',
      steps: cycle,
      message: ctx.text.orderConflict({ cycle: [...cycle, cycle[0]!].map((v) => ctx.steps[v]!.id).join(' → '), reasons: describeCycle(ctx, cycle) }),
      transformation: null,
    }));
  },
};

/** Each link of the cycle: declared as written, or why it is required. */
function describeCycle(ctx: ItemContext, cycle: readonly number[]): string {
  const d = ctx.graph.declared;
  const items = cycle.map((a, i) => {
      const b = cycle[(i + 1) % cycle.length]!;
      // Stryker disable next-line BooleanLiteral: every link of a conflict's cycle is declared or required, so a link that is not required is declared anyway (equivalent)
      let declared = false;
      for (let k = d.succStart[a]!; k < d.succStart[a + 1]! && !declared; k++) declared = d.succ[k] === b;
      const required = hasBit(ctx.required.reach, ctx.required.words, a, b);
      if (required) return reasonOf(ctx, a, b);
    return declared
      ? ctx.text.declaredAfter({ step: labelStep(ctx.steps[b]!), fromId: ctx.steps[a]!.id })
      : ctx.text.link({ fromId: ctx.steps[a]!.id, toId: ctx.steps[b]!.id });
  });
  return ctx.text.clauses({ items });
}
