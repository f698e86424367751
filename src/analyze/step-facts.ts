// Facts about one step that several rules of "What a redesign never does" read: an outcome (no step
// follows it in the declared order), a step a 法定前置 cell names, a step after the delivery, and
// the steps a redesign may remove, drop or merge away.

import { hasBit } from '../graph/index.js';
import type { ItemContext } from './item-context.js';
import { NEVER_MERGED_AWAY, ROLE_BIT } from './roles.js';

/** No other step follows it in the declared order: the item's outcome (送达, a branch's refusal notice, …). */
export function isOutcome(ctx: ItemContext, v: number): boolean {
  const d = ctx.graph.declared;
  return d.succStart[v] === d.succStart[v + 1];
}

/** Some step's 法定前置 cell names it. */
export function isNamedByLaw(ctx: ItemContext, v: number): boolean {
  const h = ctx.graph.hard;
  return h.succStart[v] !== h.succStart[v + 1];
}

/** Whether some step with one of the roles in `mask` comes before v (`before` true) or after v in the declared order. */
export function hasRoleAround(ctx: ItemContext, v: number, mask: number, before: boolean): boolean {
  const { reach, words } = ctx.declared;
  for (let u = 0; u < ctx.n; u++) {
    if ((ctx.roleBits[u]! & mask) === 0) continue;
    if (before ? hasBit(reach, words, u, v) : hasBit(reach, words, v, u)) return true;
  }
  return false;
}

/** A step after a deliver step in the declared order. */
export function isAfterDelivery(ctx: ItemContext, v: number): boolean {
  return hasRoleAround(ctx, v, ROLE_BIT.deliver, true);
}

/** Whether a redesign may remove or drop v: no protected role, not named by a 法定前置, not an outcome. */
export function isRemovable(ctx: ItemContext, v: number): boolean {
  return (ctx.roleBits[v]! & NEVER_MERGED_AWAY) === 0 && !isNamedByLaw(ctx, v) && !isOutcome(ctx, v);
}

/** Same materials: two steps' input id lists hold the same (non-empty) set. */
export function sameInputs(ctx: ItemContext, a: number, b: number): boolean {
  const x = ctx.materials.inputs[a]!;
  const y = ctx.materials.inputs[b]!;
  if (x.length === 0 || x.length !== y.length) return false;
  for (const m of x) if (!y.includes(m)) return false;
  return true;
}
