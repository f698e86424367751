// Public API of the report stage, and the registry of report formats (one file per format).
// Reports read only the plain AnalysisResult, so any format can be re-rendered from saved JSON.

export { reportFormats, renderReport, STREAM_FORMATS, type ReportFormatName, type StreamFormatName } from './formats.js';
export type { ReportFormat, ReportContext, FormatStream, StreamWriter, StreamOptions, DocumentEnd } from './report-format.js';
export { renderJson, renderJsonItem, writeJson, createJsonWriter, type JsonOptions, type JsonWriter } from './json.js';
export {
  renderSummaryCsv,
  renderSummaryCsvRow,
  writeSummaryCsv,
  createSummaryCsvWriter,
  SUMMARY_CSV_COLUMNS,
  SUMMARY_CSV_HEADER,
  type SummaryCsvWriter,
} from './csv.js';
export {
  renderMarkdown,
  renderMarkdownItem,
  writeMarkdown,
  writeMarkdownDocument,
  createMarkdownWriter,
  type MarkdownOptions,
  type MarkdownDocumentParts,
  type MarkdownWriter,
} from './markdown.js';
export { renderHtml, writeHtml, renderHtmlPages, writeHtmlPage, htmlPages, HTML_PAGE_SIZE, type HtmlOptions, type HtmlPage } from './html.js';
export { safeFileName, diagramFileName } from './safe-file-name.js';
export { renderMermaidFlowchart, renderMermaidGantt, renderMermaidSection, mermaidLabel, ganttText } from './mermaid.js';
export { renderBpmn, writeBpmnXml, stepDocumentation, BPMN_VARIANTS, PROCOPT_BPMN_NAMESPACE } from './bpmn/render-bpmn.js';
export { buildBpmnGraph, encodeStepId, taskId, type BpmnGraph, type BpmnNode, type BpmnFlow, type BpmnNodeKind } from './bpmn/bpmn-graph.js';
export { layoutBpmnGraph, SHAPE_SIZE, type BpmnDiagram, type Bounds } from './bpmn/bpmn-layout.js';
export { renderCatalogueBpmn, renderItemBpmn, bpmnFileName, type ItemBpmn, type BpmnVariant } from './bpmn/render-catalogue-bpmn.js';
export { escapeXml, escapeMarkdown, formatCsvTextCell } from './escape.js';
export {
  findBestCandidate,
  computeSavingDays,
  formatDays,
  summarizeDepartments,
  summarizeCatalogue,
  rankItemsBySaving,
  toCatalogueRow,
  FINDING_LABELS,
  ROLE_LABELS,
  type CatalogueRow,
  type DepartmentRow,
  type CatalogueTotals,
} from './figures.js';
export {
  layoutProcedure,
  renderProcedureSvg,
  renderBeforeAfterSvg,
  renderGanttSvg,
  renderDiagrams,
  renderVariantDiagram,
  renderCatalogueDiagrams,
  defaultWorkerCount,
  computeDiagramMarks,
  computeCandidateMarks,
  computeSchedule,
  getDiagram,
  estimateTextWidth,
  wrapText,
  DIAGRAM_VARIANTS,
  NO_MARKS,
  BOX_PADDING,
  LINE_HEIGHT,
  type ItemDiagrams,
  type DiagramVariant,
  type DiagramMarks,
  type ProcedureLayout,
  type ProcedureLayoutOptions,
  type ProcedureSvgOptions,
  type LaidOutStep,
  type LaidOutEdge,
  type LabelLine,
  type Lane,
  type CatalogueDiagramOptions,
} from './diagrams/index.js';
export { renderConformanceJson, writeConformanceJson } from './conformance-json.js';
export {
  renderConformanceMarkdown,
  renderConformanceSection,
  renderConformanceHtml,
  writeConformanceHtml,
  observedChartFileNames,
  DEVIATION_LABELS,
  type ConformanceMarkdownOptions,
} from './conformance.js';
export { renderObservedStepsSvg, renderLeadTimeSvg } from './diagrams/observed-svg.js';
