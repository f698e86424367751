// intake-merge: 收件即受理. An intake step (收件, 预审) that leads straight into an accept step of the
// same department (mergeable's structural test) and checks the same materials is merged into it —
// never read as a duplicate that would drop 受理.

import { labelStep } from '../../domain/index.js';
import { NEVER_MERGED, NEVER_MERGED_AWAY, ROLE_BIT } from '../roles.js';
import { isNamedByLaw, sameInputs } from '../step-facts.js';
import { findConsecutivePairs } from './consecutive-pairs.js';
import type { ProcedureDetector } from './finding-detector.js';

export const intakeMerge: ProcedureDetector = {
  reads: 'procedure',
  description: 'a pre-check that leads straight into 受理 on the same materials (收件即受理)',
  detect(ctx) {
    const bits = ctx.roleBits;
    return findConsecutivePairs(ctx)
      .filter(
        ([a, b]) =>
          (bits[a]! & ROLE_BIT.intake) !== 0 &&
          (bits[a]! & NEVER_MERGED_AWAY) === 0 &&
          (bits[b]! & ROLE_BIT.accept) !== 0 &&
          (bits[b]! & NEVER_MERGED) === 0 &&
          !isNamedByLaw(ctx, a) &&
          !isNamedByLaw(ctx, b) &&
          sameInputs(ctx, a, b),
      )
      .map(([a, b]) => ({
        kind: 'intake-merge',
        steps: [a, b],
        message: ctx.text.intakeMerge({ intake: labelStep(ctx.steps[a]!), accept: labelStep(ctx.steps[b]!) }),
        transformation: { kind: 'merge', first: a, second: b },
      }));
  },
};
