// mergeable: consecutive steps of one department (consecutive-pairs.ts) that one desk could do as one
// step (审核审批合一). Neither may be a submit, accept, deliver, publicize, hearing, expert, inspect,
// notify, supervise or other step, nor named in a 法定前置; an approve step only as the second (it
// absorbs the step before it and stays the decision).

import { labelStep } from '../../domain/index.js';
import type { ItemContext } from '../item-context.js';
import { NEVER_MERGED, NEVER_MERGED_AWAY, ROLE_BIT } from '../roles.js';
import { isNamedByLaw } from '../step-facts.js';
import { findConsecutivePairs } from './consecutive-pairs.js';
import type { ProcedureDetector } from './finding-detector.js';

/** Whether (a, b) may be merged by mergeable: a is merged away, b absorbs it. */
export function isMergeablePair(ctx: ItemContext, a: number, b: number): boolean {
  const bits = ctx.roleBits;
  return (
    (bits[a]! & NEVER_MERGED_AWAY) === 0 &&
    (bits[b]! & (NEVER_MERGED | ROLE_BIT.accept)) === 0 &&
    !isNamedByLaw(ctx, a) &&
    !isNamedByLaw(ctx, b)
  );
}

export const mergeable: ProcedureDetector = {
  reads: 'procedure',
  description: 'consecutive steps of one department that can be one step',
  detect(ctx) {
    return findConsecutivePairs(ctx)
      .filter(([a, b]) => isMergeablePair(ctx, a, b))
      .map(([a, b]) => {
        const first = ctx.steps[a]!;
        const second = ctx.steps[b]!;
        const absorbs = (ctx.roleBits[b]! & ROLE_BIT.approve) !== 0;
        return {
          kind: 'mergeable',
          steps: [a, b],
          message: ctx.text.mergeable({ first: labelStep(first), second: labelStep(second), department: first.department, absorbs }),
          transformation: { kind: 'merge', first: a, second: b },
        };
      });
  },
};
