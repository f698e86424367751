// mergeable's structural test, shared with intake-merge: in the declared order after transitive
// reduction, the second step is the first's only successor and the first the second's only
// predecessor; one department, one condition, one counts_toward_limit (one step cannot both stop and
// run the statutory clock).

import type { ItemContext } from '../item-context.js';

/** The reduced declared links (a, b) that pass the structural test, in (a, b) order (found once per item). */
export function findConsecutivePairs(ctx: ItemContext): readonly (readonly [number, number])[] {
  return (ctx.slots.consecutivePairs ??= consecutivePairs(ctx));
}

function consecutivePairs(ctx: ItemContext): (readonly [number, number])[] {
  const outdeg = new Int32Array(ctx.n);
  const indeg = new Int32Array(ctx.n);
  for (const [from, to] of ctx.declared.reduced) {
    outdeg[from]!++;
    indeg[to]!++;
  }
  return ctx.declared.reduced.filter(([a, b]) => {
    if (outdeg[a] !== 1 || indeg[b] !== 1) return false;
    const first = ctx.steps[a]!;
    const second = ctx.steps[b]!;
    return first.department === second.department && first.condition === second.condition && first.countsTowardLimit === second.countsTowardLimit;
  });
}
