// order-gap: a link of the required order (after transitive reduction) between two steps that the
// declared order leaves unordered — the procedure as written lets the second step start before the
// first ends. A required link against the declared order belongs to an order-conflict instead, and
// where the required links alone form a cycle no gap is reported (the conflict says it).

import { labelStep } from '../../domain/index.js';
import { hasBit } from '../../graph/index.js';
import type { ItemContext } from '../item-context.js';
import { findLink, type LinkKind } from '../order/required-links.js';
import type { ProcedureDetector } from './finding-detector.js';

export const orderGap: ProcedureDetector = {
  reads: 'procedure',
  description: 'a required link between two steps the declared order leaves unordered',
  detect(ctx) {
    if (ctx.required.requiredCycle !== null) return [];
    const { reach, words } = ctx.declared;
    return ctx.required.reduced
      .filter(([a, b]) => !hasBit(reach, words, a, b) && !hasBit(reach, words, b, a))
      .map(([a, b]) => ({
        kind: 'order-gap',
        steps: [a, b],
        message:
          `As written, ${labelStep(ctx.steps[b]!)} may start before ${labelStep(ctx.steps[a]!)} ends, but ${reasonOf(ctx, a, b)}; ` +
          `add ${ctx.steps[a]!.id} to its 前置环节.`,
        transformation: null,
      }));
  },
};

/** Why a → b is required, in a few words. */
export function reasonOf(ctx: ItemContext, a: number, b: number): string {
  const links = ctx.required.links;
  const i = findLink(links, a, b);
  const kind: LinkKind = i < 0 ? 'declared' : links.kind[i]!;
  const A = ctx.steps[a]!.id;
  const B = ctx.steps[b]!.id;
  const material = i < 0 ? -1 : links.material[i]!;
  switch (kind) {
    case 'data':
      return `${B} uses 《${ctx.materials.names[material]}》, which ${A} produces`;
    case 'material':
      return `${B} uses the applicant's 《${ctx.materials.names[material]}》, which arrives at ${A}`;
    case 'hard':
      return `${A} is a 法定前置 of ${B}`;
    case 'notice':
      return `${B} notifies the decision ${A} takes`;
    case 'declared':
      return `the declared link ${A} → ${B} is kept`;
    case 'absolute':
      return `the law puts ${A} (听证 / 专家评审) before the final decision ${B}`;
    case 'application':
      return `the application ${A} comes before every step of the office`;
    case 'intake':
      return `the window's pre-check ${A} comes first`;
    case 'accept':
      return `受理 ${A} comes before ${B}`;
    case 'publicize':
      return `the 公示 ${A} must end before the decision ${B}`;
    case 'evidence':
      return `the decision ${B} waits for ${A}`;
    case 'deliver':
      return `${B} delivers the outcome after ${A}`;
    case 'publication':
      return `the 公示 ${B} publishes the decision ${A} (批后公开)`;
  }
}
