// What each finding saves: its transformation applied alone and the item measured again, against the
// procedure with its required links in place (the declared procedure itself whenever its order keeps
// the required order). A transformation that cannot be applied alone (it would make the order cyclic),
// or a finding that redesigns nothing, saves 0.

import type { Finding } from '../../domain/index.js';
import { toDays } from '../days.js';
import type { Detection } from '../findings/detection.js';
import type { ItemContext } from '../item-context.js';
import { measureSingle } from './design-figures.js';

/** The detections, in their order, as the contract's findings with their savings in days, steps and visits. */
export function measureSavings(ctx: ItemContext, detections: readonly Detection[]): Finding[] {
  const baseline = measureSingle(ctx, null);
  return detections.map((d): Finding => {
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
