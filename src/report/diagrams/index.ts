// Public API of the diagram renderers: the lane layout (ELK, or the simple layout beyond ELK_LIMIT),
// SVG procedure / before-after / Gantt, and the size bounds.

export {
  layoutProcedure,
  measureDiagram,
  isWithin,
  ELK_LIMIT,
  DRAW_LIMIT,
  BOX_PADDING,
  LINE_HEIGHT,
  CONNECTOR_SIZE,
  type DiagramSize,
  type ProcedureLayout,
  type ProcedureLayoutOptions,
  type ProcessGeometry,
  type LaidOutStep,
  type LaidOutConnector,
  type LaidOutEdge,
  type LabelLine,
  type Lane,
} from './layout.js';
export { layoutLaneGraph, layoutLaneGraphSimple, type LaneNode, type LaneGraphLayout, type LaneGraphOptions, type Point } from './lane-graph.js';
export { clipEnd, type Outline, type Bounds } from './outline.js';
export { maxOf, minOf } from './extent.js';
export { computeDiagramMarks, computeCandidateMarks, computeChangeMarks, NO_MARKS, type DiagramMarks, type Link } from './marks.js';
export { renderProcedureSvg, renderProcedureBody, type ProcedureSvgOptions } from './procedure-svg.js';
export { renderBeforeAfterSvg, type BeforeAfterSide } from './before-after-svg.js';
export { renderGanttSvg, type GanttPanel, type GanttOptions } from './gantt-svg.js';
export { computeSchedule } from './schedule.js';
export {
  renderDiagrams,
  renderItemDiagrams,
  renderVariantDiagram,
  renderTooLargeSvg,
  layoutItem,
  isDrawable,
  getDiagram,
  DIAGRAM_VARIANTS,
  type ItemDiagrams,
  type ItemLayouts,
  type DiagramVariant,
} from './render-diagrams.js';
export { estimateTextWidth, wrapText, isWideCodePoint, DIAGRAM_FONT_FAMILY } from './text-width.js';
