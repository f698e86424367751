// All findings of one item: every detector of the registry, each finding's savings measured by
// applying its transformation alone and recomputing, sorted by the contract's kind order, then by
// the steps' file indices, then by message.

import { FINDING_KINDS, type Finding, type FindingKind } from '../../domain/index.js';
import type { ItemContext } from '../item-context.js';
import { toDays } from '../days.js';
import { measureSingle } from '../redesign/design-figures.js';
import type { Detection, FindingDetector } from './finding-detector.js';
import { limitExceeded } from './limit-exceeded.js';
import { limitSlack } from './limit-slack.js';
import { detectStructure, structuralDetectors } from './structural-findings.js';

/** The finding registry: one detector per kind of the contract, in its order. */
export const findingDetectors = {
  ...structuralDetectors,
  'limit-exceeded': limitExceeded,
  'limit-slack': limitSlack,
} as const satisfies Record<FindingKind, FindingDetector>;

/**
 * The item's findings with savings. Savings are measured against the procedure with its required
 * links in place (the declared procedure itself whenever its order keeps the required order); a
 * transformation that cannot be applied alone (it would make the order cyclic) saves 0.
 */
export function findFindings(ctx: ItemContext): Finding[] {
  const detections: Detection[] = [
    ...detectStructure(ctx),
    ...findingDetectors['limit-exceeded'].detect(ctx),
    ...findingDetectors['limit-slack'].detect(ctx),
  ];
  const baseline = measureSingle(ctx, null);
  const kindIndex = detections.map((d) => FINDING_KINDS.indexOf(d.kind));
  const sorted = detections.map((_, k) => k);
  sorted.sort((a, b) => {
    const da = detections[a]!;
    const db = detections[b]!;
    return (
      kindIndex[a]! - kindIndex[b]! ||
      compareIndices(da.steps, db.steps) ||
      (da.message < db.message ? -1 : da.message > db.message ? 1 : 0)
    );
  });
  return sorted.map((k): Finding => {
    const d = detections[k]!;
    let savingDays = 0;
    let savingSteps = 0;
    let savingVisits = 0;
    if (d.transformation !== null) {
      const after = measureSingle(ctx, d.transformation);
      if (after !== null && baseline !== null) {
        savingDays = toDays(baseline.duration - after.duration);
        savingSteps = baseline.size - after.size;
        savingVisits = baseline.visits - after.visits;
      }
    }
    return {
      kind: d.kind,
      stepIds: d.steps.map((v) => ctx.steps[v]!.id),
      message: d.message,
      savingDays,
      savingSteps,
      savingVisits,
    };
  });
}

function compareIndices(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
