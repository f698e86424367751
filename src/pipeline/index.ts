// Public API of the pipeline: a catalogue from bytes to an analysis (analyzeSources) or to one
// format's document written file by file (analyzeSourcesToText), and a candidate as a procedure CSV.

export {
  analyzeSources,
  analyzeSourcesToText,
  selectItems,
  type PipelineOptions,
  type PipelineRun,
  type TextPipelineOptions,
  type TextRun,
} from './analyze-sources.js';
export { renderCandidateCsv } from './candidate-csv.js';
export type { ObservedFigures } from './analyze-file.js';
