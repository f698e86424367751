// The stage after an item's analysis: the odds of its three-point estimates (uncertainty/) and,
// with a start date, its dates (dates/). Both read only the finished ItemAnalysis (the candidates
// carry their full steps), so the analysis itself knows nothing of calendars or sampling.

import type { ItemAnalysis, Lang } from '../domain/index.js';
import { DEFAULT_LANG } from '../i18n/index.js';
import { dateItem, type DateOptions } from './dates/date-item.js';
import { estimateItemOdds } from './uncertainty/item-odds.js';
import type { OddsOptions } from './uncertainty/estimate-odds.js';

/** What the stage needs: the Monte Carlo's runs and seed, and the start date with its calendar (none: no dates). */
export interface DatesAndOddsOptions extends OddsOptions {
  dates?: DateOptions;
}

/** --samples and --seed when not given: 10 000 runs, seed 1. */
export const DEFAULT_SAMPLES = 10_000;
export const DEFAULT_SEED = 1;

/**
 * The item with `uncertainty` (where a step is uncertain) and `dates` (with a start date). `problem`
 * names the dates left out because they fall beyond the calendar's coverage, in `lang` (null: none).
 */
export function addDatesAndOdds(item: ItemAnalysis, options: DatesAndOddsOptions, lang: Lang = DEFAULT_LANG): { item: ItemAnalysis; problem: string | null } {
  const withOdds = estimateItemOdds(item, options);
  return options.dates === undefined ? { item: withOdds, problem: null } : dateItem(withOdds, options.dates, lang);
}
