// order-gap: a link of the required order (after transitive reduction) between two steps that the
// declared order leaves unordered — the procedure as written lets the second step start before the
// first ends. A required link against the declared order belongs to an order-conflict instead, and
// where the required links alone form a cycle no gap is reported (the conflict says it).

import { labelStep } from '../../domain/index.js';
import { hasBit, mapList } from '../../graph/index.js';
import type { ItemContext } from '../item-context.js';
import { findLink, type LinkKind } from '../order/required-links.js';
import { FINDINGS_PER_KIND_LIMIT, stoppedPastLimit } from './detection.js';
import type { ProcedureDetector } from './finding-detector.js';

export const orderGap: ProcedureDetector = {
  reads: 'procedure',
  description: 'a required link between two steps the declared order leaves unordered',
  detect(ctx) {
    if (ctx.required.requiredCycle !== null) return [];
    const { reach, words } = ctx.declared;
    // The reduction is sorted by (from, to), the contract's order: one past the limit is enough (detect-findings cuts).
    const gaps = ctx.required.reduced.filter(([a, b]) => !hasBit(reach, words, a, b) && !hasBit(reach, words, b, a));
    return stoppedPastLimit(
      // Stryker disable next-line MethodExpression: unsliced, more than 500 gaps are marked stopped just the same and detect-findings keeps the same first 500 (equivalent)
      mapList(gaps.slice(0, FINDINGS_PER_KIND_LIMIT + 1), ([a, b]) => ({
        kind: 'order-gap',
        steps: [a, b],
        message: ctx.text.orderGap({ from: labelStep(ctx.steps[a]!), to: labelStep(ctx.steps[b]!), fromId: ctx.steps[a]!.id, reason: reasonOf(ctx, a, b) }),
        transformation: null,
      })),
    );
  },
};

/** Why a → b is required, in a few words. */
export function reasonOf(ctx: ItemContext, a: number, b: number): string {
  const links = ctx.required.links;
  const i = findLink(links, a, b);
  const kind: LinkKind = i < 0 ? 'declared' : links.kind[i]!;
  // Stryker disable next-line UnaryOperator: without a link (i < 0) the kind is 'declared', whose reason names no material (equivalent)
  const material = i < 0 ? -1 : links.material[i]!;
  const ids = { fromId: ctx.steps[a]!.id, toId: ctx.steps[b]!.id };
  const t = ctx.text;
  switch (kind) {
    case 'data':
      return t.reasonData({ ...ids, material: ctx.materials.names[material]! });
    case 'material':
      return t.reasonMaterial({ ...ids, material: ctx.materials.names[material]! });
    case 'hard':
      return t.reasonHard(ids);
    case 'notice':
      return t.reasonNotice(ids);
    case 'declared':
      return t.reasonDeclared(ids);
    case 'absolute':
      return t.reasonAbsolute(ids);
    case 'application':
      return t.reasonApplication(ids);
    case 'intake':
      return t.reasonIntake(ids);
    case 'accept':
      return t.reasonAccept(ids);
    case 'publicize':
      return t.reasonPublicize(ids);
    case 'evidence':
      return t.reasonEvidence(ids);
    case 'deliver':
      return t.reasonDeliver(ids);
    case 'publication':
      return t.reasonPublication(ids);
  }
}
