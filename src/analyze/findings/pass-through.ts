// pass-through: a pure hand-over — a step whose every role is handoff (流转, 转办, 移送 …) and that
// produces nothing — in any item (a role rule, not a lineage rule). Not a step no other step follows,
// one after the delivery, one named in a 法定前置, nor one between two decisions (an approve step
// before it and one after it in the declared order): that hand-over carries the first decision to the
// body that takes the second (报批), it starts that body's procedure. A step of any other role is
// never a pass-through: with no data listed it is unknown, not idle (审查并上报 is a review).

import { labelStep } from '../../domain/index.js';
import { ROLE_BIT } from '../roles.js';
import { hasRoleAround, isAfterDelivery, isNamedByLaw, isOutcome } from '../step-facts.js';
import type { Detection } from './detection.js';
import type { ProcedureDetector } from './finding-detector.js';

export const passThrough: ProcedureDetector = {
  reads: 'procedure',
  description: 'a pure hand-over that produces nothing',
  detect(ctx) {
    const found: Detection[] = [];
    for (let v = 0; v < ctx.n; v++) {
      if (ctx.roleBits[v] !== ROLE_BIT.handoff || ctx.materials.outputs[v]!.length > 0) continue;
      if (isOutcome(ctx, v) || isNamedByLaw(ctx, v) || isAfterDelivery(ctx, v)) continue;
      if (hasRoleAround(ctx, v, ROLE_BIT.approve, true) && hasRoleAround(ctx, v, ROLE_BIT.approve, false)) continue;
      found.push({
        kind: 'pass-through',
        steps: [v],
        message: ctx.text.passThrough({ step: labelStep(ctx.steps[v]!) }),
        transformation: { kind: 'remove', step: v },
      });
    }
    return found;
  },
};
