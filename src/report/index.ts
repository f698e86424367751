// Public API of the report stage, and the registry of report formats (one file per format).
// Reports read only the plain AnalysisResult, so any format can be re-rendered from saved JSON;
// every text a person reads follows the report's language (zh-CN unless en is asked for).

export { reportFormats, renderReport, STREAM_FORMATS, type ReportFormatName, type StreamFormatName } from './formats.js';
export type { ReportFormat, ReportContext, FormatStream, StreamWriter, StreamOptions, WriterOptions, DocumentEnd } from './report-format.js';
export { renderJson, renderJsonItem, writeJson, createJsonWriter, type JsonOptions, type JsonWriter } from './json.js';
export {
  renderSummaryCsv,
  renderSummaryCsvRow,
  writeSummaryCsv,
  createSummaryCsvWriter,
  SUMMARY_CSV_COLUMNS,
  summaryCsvHeader,
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
export { renderHtml, writeHtml, renderHtmlPages, writeHtmlPage, htmlPages, pageOptions, HTML_PAGE_SIZE, type HtmlOptions, type HtmlPage } from './html.js';
export { PAGE_CSP, PAGE_SCRIPTS } from './html-scripts.js';
export { safeFileName, diagramFileName } from './safe-file-name.js';
export { renderMermaidFlowchart, renderMermaidGantt, renderMermaidSection, mermaidLabel, ganttText } from './mermaid.js';
export { renderBpmn, bpmnOfLayout, writeBpmnXml, stepDocumentation, BPMN_VARIANTS, PROCOPT_BPMN_NAMESPACE } from './bpmn/render-bpmn.js';
export { buildBpmnGraph, encodeStepId, taskId, type BpmnGraph, type BpmnNode, type BpmnFlow, type BpmnNodeKind } from './bpmn/bpmn-graph.js';
export { bpmnDiagramOf, type BpmnDiagram, type Bounds } from './bpmn/bpmn-layout.js';
export { renderItemBpmn, bpmnFileName, type ItemBpmn, type BpmnVariant } from './bpmn/render-catalogue-bpmn.js';
export {
  renderItemDrawings,
  renderCatalogueDrawings,
  renderCatalogueDiagrams,
  defaultWorkerCount,
  type ItemDrawings,
  type DrawingOptions,
  type CatalogueDrawingOptions,
} from './drawings.js';
export { escapeXml, escapeMarkdown, formatCsvTextCell } from './escape.js';
export {
  findBestCandidate,
  computeSavingDays,
  formatDays,
  daysText,
  stepTimeText,
  roleLabel,
  findingLabel,
  candidateName,
  reportText,
  median,
  summarizeDepartments,
  summarizeCatalogue,
  rankItemsBySaving,
  toCatalogueRow,
  type CatalogueRow,
  type DepartmentRow,
  type CatalogueTotals,
  type ActionRow,
} from './figures.js';
export {
  layoutProcedure,
  layoutItem,
  measureDiagram,
  ELK_LIMIT,
  DRAW_LIMIT,
  renderProcedureSvg,
  renderBeforeAfterSvg,
  renderGanttSvg,
  renderDiagrams,
  renderItemDiagrams,
  renderVariantDiagram,
  computeDiagramMarks,
  computeCandidateMarks,
  computeChangeMarks,
  computeSchedule,
  getDiagram,
  estimateTextWidth,
  wrapText,
  isWideCodePoint,
  DIAGRAM_VARIANTS,
  DIAGRAM_FONT_FAMILY,
  NO_MARKS,
  BOX_PADDING,
  LINE_HEIGHT,
  CONNECTOR_SIZE,
  type ItemDiagrams,
  type ItemLayouts,
  type DiagramVariant,
  type DiagramMarks,
  type DiagramSize,
  type ProcedureLayout,
  type ProcedureLayoutOptions,
  type LaidOutStep,
  type LaidOutConnector,
  type LaidOutEdge,
  type LabelLine,
  type Lane,
} from './diagrams/index.js';
export { renderConformanceJson, writeConformanceJson } from './conformance-json.js';
export {
  renderConformanceMarkdown,
  renderConformanceSection,
  renderConformanceHtml,
  writeConformanceHtml,
  observedChartFileNames,
  deviationLabel,
  type ConformanceMarkdownOptions,
} from './conformance.js';
export { renderObservedStepsSvg, renderLeadTimeSvg } from './diagrams/observed-svg.js';
export { renderOddsSvg } from './diagrams/odds-svg.js';
