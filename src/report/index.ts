// Public API of the report stage, and the registry of report formats (one file per format).
// Reports read only the plain AnalysisResult, so any format can be re-rendered from saved JSON.

import type { AnalysisResult } from '../domain/index.js';
import { renderSummaryCsv } from './csv.js';
import type { DiagramVariant, ItemDiagrams } from './diagrams/index.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';

export type ReportFormat = 'json' | 'md' | 'csv' | 'html';

/** What a format may need besides the result. */
export interface ReportContext {
  /** Item code → rendered diagrams, embedded by html (items without an entry get a note). */
  diagrams?: ReadonlyMap<string, ItemDiagrams>;
  /** Include every item's and candidate's full steps in json (the report folder's analysis.json does). */
  includeSteps?: boolean;
  /** Indent every item of the json fully (default: one item per line). */
  pretty?: boolean;
  /** Link target of a diagram file, for md. */
  diagramHref?: (itemCode: string, variant: DiagramVariant) => string;
}

/** Renders one report format to text. */
export type ReportRenderer = (result: AnalysisResult, context?: ReportContext) => string;

const renderer = (render: ReportRenderer): ReportRenderer => render;

/** The report formats; the CLI's choices come from here. */
export const reportFormats = {
  json: renderer((result, context) => renderJson(result, { includeSteps: context?.includeSteps ?? false, pretty: context?.pretty ?? false })),
  md: renderer((result, context) => renderMarkdown(result, context?.diagramHref ? { diagramHref: context.diagramHref } : {})),
  csv: renderer((result) => renderSummaryCsv(result)),
  html: renderer((result, context) => renderHtml(result, context?.diagrams ?? new Map<string, ItemDiagrams>())),
} satisfies Record<ReportFormat, ReportRenderer>;

/** File each format is written to inside a report folder, and one line for help texts. */
export const reportFormatInfo = {
  json: { fileName: 'analysis.json', description: 'analysis result as JSON (the machine-readable contract)' },
  md: { fileName: 'report.md', description: 'Markdown report with tables and links to diagram SVGs' },
  csv: { fileName: 'summary.csv', description: 'one row per item (text; the CLI adds the UTF-8 BOM for Excel)' },
  html: { fileName: 'index.html', description: 'self-contained HTML page with sortable tables and embedded diagrams (drawn as they scroll into view)' },
} as const satisfies Record<ReportFormat, { fileName: string; description: string }>;

export { renderJson, renderJsonItem, createJsonWriter, type JsonOptions, type JsonDocumentParts, type JsonWriter } from './json.js';
export { renderSummaryCsv, renderSummaryCsvRow, SUMMARY_CSV_COLUMNS, SUMMARY_CSV_HEADER } from './csv.js';
export { renderMarkdown, renderMarkdownItem, writeMarkdownDocument, type MarkdownOptions, type MarkdownDocumentParts } from './markdown.js';
export { renderHtml, writeHtml } from './html.js';
export { safeFileName, diagramFileName } from './safe-file-name.js';
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
