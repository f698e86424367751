// Public API of the analysis stage: analyze one item, summarize many, and the registries
// (analyses, finding detectors) the CLI takes its choices and help text from.

export { analyzeProcedure, summarizeItems, analyses, type Analysis } from './analyze-procedure.js';
export { findingDetectors } from './findings/find-findings.js';
export type { FindingDetector, Detection, Transformation } from './findings/finding-detector.js';
export { findItemFigures, summarizeFigures, type ItemFigures } from './summary.js';
