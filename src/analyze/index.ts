// Public API of the analysis stage: analyze one item, summarize many, and the finding registry
// (the CLI's --fail-on choices come from FINDING_KINDS, which the registry follows).

export { analyzeProcedure, summarizeItems, type AnalyzeOptions } from './analyze-procedure.js';
export { findingDetectors } from './findings/registry.js';
export type { FindingDetector, ProcedureDetector, CandidateDetector, Redesign } from './findings/finding-detector.js';
export type { Detection, Transformation } from './findings/detection.js';
export { findItemFigures, summarizeFigures, type ItemFigures } from './summary.js';
export { REDESIGN_KINDS, REORDER_ID } from './redesign/candidates.js';
