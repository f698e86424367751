// The uncertainty stage of one analysed item: its candidates' steps get the three-point estimates of
// the steps they come from, and an item with an uncertain step (and every duration known) gets the
// odds of its declared procedure and of each candidate, each from its own derived seed.

import type { Candidate, ItemAnalysis } from '../../domain/index.js';
import { estimateOdds, type OddsOptions } from './estimate-odds.js';
import { hasThreePoint, isUncertain, withThreePoints } from './three-point-steps.js';

/**
 * The item with `uncertainty` on itself and on every candidate where a step of the item is uncertain.
 * An item with incomplete durations gets none: a step of unknown time counts 0 and would overstate
 * the odds. Seeds: deriveSeed(seed, itemCode) and deriveSeed(seed, itemCode, candidateId), so the
 * figures do not depend on the worker or on what ran before.
 */
export function estimateItemOdds(item: ItemAnalysis, options: OddsOptions): ItemAnalysis {
  if (!item.steps.some(hasThreePoint)) return item;
  const candidates = item.candidates.map((c) => ({ ...c, steps: withThreePoints(item.steps, c.steps) }));
  if (!item.steps.some(isUncertain) || item.incompleteDurations.length > 0) return { ...item, candidates };
  const limits = { legalLimitDays: item.legalLimitDays, promisedLimitDays: item.promisedLimitDays };
  // `uncertainty` named before the spread too: a spread followed by a key the object lacks takes V8's
  // slow path (see dates/date-item.ts); the later one sets the value.
  const uncertainty = estimateOdds({ steps: item.steps, ...limits, seedKeys: [item.itemCode] }, options);
  const estimated: ItemAnalysis = { uncertainty, ...item, candidates };
  estimated.uncertainty = uncertainty;
  estimated.candidates = candidates.map((c) => {
    const odds = estimateOdds({ steps: c.steps, ...limits, seedKeys: [item.itemCode, c.id] }, options);
    const copy: Candidate = { uncertainty: odds, ...c };
    copy.uncertainty = odds;
    return copy;
  });
  return estimated;
}
