// Public API of the diagram renderers: ELK layout, SVG procedure / before-after / Gantt, and the
// worker pool for whole catalogues.

export {
  layoutProcedure,
  layoutLaneGraph,
  type LaneNode,
  type LaneGraphLayout,
  BOX_PADDING,
  LINE_HEIGHT,
  type ProcedureLayout,
  type ProcedureLayoutOptions,
  type LaidOutStep,
  type LaidOutEdge,
  type LabelLine,
  type Lane,
  type Point,
} from './layout.js';
export { computeDiagramMarks, computeCandidateMarks, NO_MARKS, type DiagramMarks, type Link } from './marks.js';
export { renderProcedureSvg, renderProcedureBody, type ProcedureSvgOptions } from './procedure-svg.js';
export { renderBeforeAfterSvg, type BeforeAfterSide } from './before-after-svg.js';
export { renderGanttSvg, type GanttPanel } from './gantt-svg.js';
export { computeSchedule } from './schedule.js';
export { renderDiagrams, renderVariantDiagram, getDiagram, DIAGRAM_VARIANTS, type ItemDiagrams, type DiagramVariant } from './render-diagrams.js';
export { renderCatalogueDiagrams, defaultWorkerCount, type CatalogueDiagramOptions } from './render-catalogue-diagrams.js';
export { estimateTextWidth, wrapText, isWideCodePoint, DIAGRAM_FONT_FAMILY } from './text-width.js';
