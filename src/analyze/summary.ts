// The catalogue summary, from small per-item figures so that items analysed in worker threads
// need not travel back whole: days are summed as exact hundredths.

import type { AnalysisSummary, ItemAnalysis } from '../domain/index.js';
import { toDays, toHundredths } from './days.js';

/** What one item adds to the catalogue summary. */
export interface ItemFigures {
  steps: number;
  hasFindings: boolean;
  /** Critical-path duration, hundredths of a day. */
  before: number;
  /** The fastest candidate's duration (the item's own where none), hundredths of a day. */
  after: number;
}

/** One item's contribution to the summary. */
export function findItemFigures(item: ItemAnalysis): ItemFigures {
  return {
    steps: item.stepCount,
    hasFindings: item.findings.length > 0,
    before: toHundredths(item.criticalPath.durationDays),
    after: toHundredths(item.candidates[0]?.durationDays ?? item.criticalPath.durationDays),
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
