// Three-point estimates of steps: which steps are uncertain, and a candidate's steps with the
// estimates of the steps they come from — a merged step (id "A+B", its members' ids joined by "+")
// takes the sum of its members' shortest and longest times, a certain member counting its time as both.

import type { Step } from '../../domain/index.js';
import { toDays, toHundredths } from '../days.js';

/** A step whose shortest and longest times differ. */
export function isUncertain(step: Step): boolean {
  return hasThreePoint(step) && step.durationMin! < step.durationMax!;
}

/** A step with a three-point estimate, certain (min = max) or not. */
export function hasThreePoint(step: Step): boolean {
  // Stryker disable next-line LogicalOperator: only the importer sets the two, always both or neither (INCOMPLETE_THREE_POINT) (equivalent)
  return step.durationMin !== undefined && step.durationMax !== undefined;
}

/**
 * The step's (shortest, most likely, longest) processing time in hundredths of a day. The range is
 * widened to hold the most likely time where it does not (a duration replaced by an observed one).
 */
export function threePointHundredths(step: Step): { min: number; mode: number; max: number } {
  const mode = toHundredths(step.durationDays);
  const min = step.durationMin === undefined ? mode : Math.min(mode, toHundredths(step.durationMin));
  const max = step.durationMax === undefined ? mode : Math.max(mode, toHundredths(step.durationMax));
  return { min, mode, max };
}

/**
 * A candidate's steps with the three-point estimates of the item's steps they come from, where the
 * redesign did not carry them: a kept step takes its own, a merged step the sums of its members'.
 */
export function withThreePoints(itemSteps: readonly Step[], candidateSteps: readonly Step[]): Step[] {
  const byId = new Map(itemSteps.map((s) => [s.id, s]));
  return candidateSteps.map((step) => {
    if (step.durationMin !== undefined) return step;
    const members = membersOf(step.id, byId);
    if (members === null || !members.some(hasThreePoint)) return step;
    let min = 0;
    let max = 0;
    for (const member of members) {
      const t = threePointHundredths(member);
      min += t.min;
      max += t.max;
    }
    return { ...step, durationMin: toDays(min), durationMax: toDays(max) };
  });
}

/**
 * The item steps a candidate step stands for: the step of its id, else the members whose ids joined
 * by "+" spell it (found by splitting at the "+" signs, the ids themselves may hold one), else null.
 */
function membersOf(id: string, byId: ReadonlyMap<string, Step>): Step[] | null {
  const own = byId.get(id);
  if (own !== undefined) return [own];
  const parts = id.split('+');
  // found[k]: the members spelling the first k parts, or null.
  const found: (Step[] | null)[] = [[]];
  for (let k = 1; k <= parts.length; k++) {
    found.push(null);
    // Stryker disable next-line ArithmeticOperator: from j = k + 1, parts k..k+1 spell the empty id and found[k] is null, so the search goes on at k − 1 (equivalent)
    for (let j = k - 1; j >= 0 && found[k] === null; j--) {
      const before = found[j];
      const step = byId.get(parts.slice(j, k).join('+'));
      if (before !== null && before !== undefined && step !== undefined) found[k] = [...before, step];
    }
  }
  return found[parts.length] ?? null;
}
