// The per-item time budget: wall-clock time since the item's analysis began (performance.now()),
// checked between stages and every few thousand units of work inside the loops whose length grows
// with the item (gate pairs, designs, findings' savings). Over the budget the analysis throws
// ItemTimeLimitError before anything of the item is returned, so no partial item is ever written.

import { ItemTimeLimitError } from '../domain/index.js';

/** Checks the clock at a point of the analysis. */
export interface ItemBudget {
  /** Throws ItemTimeLimitError when the budget is spent; `stage` names the work under way. */
  check(stage: string): void;
}

/** No limit. */
export const UNLIMITED: ItemBudget = { check: () => undefined };

/** A budget of `limitMs` milliseconds from now; `now` is for tests. */
export function createItemBudget(limitMs: number, now: () => number = () => performance.now()): ItemBudget {
  const start = now();
  return {
    check(stage) {
      const elapsed = now() - start;
      if (elapsed > limitMs) throw new ItemTimeLimitError(limitMs, elapsed, stage);
    },
  };
}
