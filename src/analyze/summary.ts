// The catalogue summary, from small per-item figures so that items analysed in worker threads
// need not travel back whole: days are summed as exact hundredths, over the items whose durations
// are complete (an item with 时限未填 stays out of the day totals).

import type { AnalysisSummary, ItemAnalysis } from '../domain/index.js';
import { toDays, toHundredths } from './days.js';

/** What one item adds to the catalogue summary. */
export interface ItemFigures {
  steps: number;
  hasFindings: boolean;
  /** Whether every step's duration is known: only then do the days below count. */
  complete: boolean;
  /** The baseline: the lawful duration (the critical path with an order conflict), hundredths of a day. */
  before: number;
  /** The best candidate's duration (the baseline where there is none), hundredths of a day. */
  after: number;
}

/** One item's contribution to the summary. */
export function findItemFigures(item: ItemAnalysis): ItemFigures {
  const baseline = item.lawfulDurationDays ?? item.criticalPath.durationDays;
  const best = item.candidates.find((c) => c.id === item.bestCandidateId);
  return {
    steps: item.stepCount,
    hasFindings: item.findings.length > 0,
    complete: item.incompleteDurations.length === 0,
    before: toHundredths(baseline),
    after: toHundredths(best?.durationDays ?? baseline),
  };
}

/** The catalogue summary of the items whose figures are given. */
export function summarizeFigures(figures: readonly ItemFigures[]): AnalysisSummary {
  let steps = 0;
  let withFindings = 0;
  let before = 0;
  let after = 0;
  for (const f of figures) {
    steps += f.steps;
    if (f.hasFindings) withFindings++;
    if (!f.complete) continue;
    before += f.before;
    after += f.after;
  }
  return {
    items: figures.length,
    steps,
    itemsWithFindings: withFindings,
    durationDaysBefore: toDays(before),
    durationDaysAfter: toDays(after),
  };
}
