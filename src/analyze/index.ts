// Public API of the analysis stage: analyze one item, summarize many, the finding registry (the
// CLI's --fail-on choices come from FINDING_KINDS, which the registry follows), and the stage after
// the analysis that adds an item's dates and odds.

export { analyzeProcedure, summarizeItems, type AnalyzeOptions } from './analyze-procedure.js';
export { findingDetectors } from './findings/registry.js';
export type { FindingDetector, ProcedureDetector, CandidateDetector, Redesign } from './findings/finding-detector.js';
export type { Detection, Transformation } from './findings/detection.js';
export { findItemFigures, summarizeFigures, type ItemFigures } from './summary.js';
export { REDESIGN_KINDS, REORDER_ID } from './redesign/candidates.js';
export { addDatesAndOdds, DEFAULT_SAMPLES, DEFAULT_SEED, type DatesAndOddsOptions } from './dates-and-odds.js';
export { checkStartDate, type DateOptions } from './dates/date-item.js';
export type { OddsOptions } from './uncertainty/estimate-odds.js';
