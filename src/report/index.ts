// Public API of the report stage, and the registry of report formats (one file per format).
// Reports read only the plain AnalysisResult, so any format can be re-rendered from saved JSON.

import type { AnalysisResult, ConformanceResult } from '../domain/index.js';
import { renderConformanceMarkdown, renderConformanceSection } from './conformance.js';
import { renderSummaryCsv, writeSummaryCsv } from './csv.js';
import type { DiagramVariant, ItemDiagrams } from './diagrams/index.js';
import { renderHtml, writeHtml, type HtmlOptions } from './html.js';
import { renderJson, writeJson } from './json.js';
import { renderMarkdown, writeMarkdown } from './markdown.js';

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
  /** Items per HTML page beyond which html puts the items on pages of their own (see htmlPages); 0: one page. */
  pageSize?: number;
  /** A case log's conformance (report --log): a section of md and html. */
  conformance?: ConformanceResult;
  /** Link target of an item's case-log charts, for md. */
  conformanceChartHref?: (itemCode: string) => { steps: string; leadTime: string };
}

/** Writes one report format through `write`, in pieces: no format needs its whole text as one string. */
export type ReportWriter = (result: AnalysisResult, context: ReportContext, write: (text: string) => void) => void;

/** Renders one report format to text. */
export type ReportRenderer = (result: AnalysisResult, context?: ReportContext) => string;

/** The report formats as writers; the CLI's choices come from here. */
export const reportWriters = {
  json: (result, context, write) => writeJson(result, { includeSteps: context.includeSteps ?? false, pretty: context.pretty ?? false }, write),
  md: (result, context, write) => {
    writeMarkdown(result, context.diagramHref ? { diagramHref: context.diagramHref } : {}, write);
    if (context.conformance) write(conformanceMarkdown(context));
  },
  csv: (result, _context, write) => writeSummaryCsv(result, write),
  html: (result, context, write) => writeHtml(result, context.diagrams ?? new Map<string, ItemDiagrams>(), write, pageOptions(context)),
} satisfies Record<ReportFormat, ReportWriter>;

/** The report formats rendered to one string each (each renderer joins its writer's pieces). */
export const reportFormats: Readonly<Record<ReportFormat, ReportRenderer>> = {
  json: (result, context = {}) => renderJson(result, { includeSteps: context.includeSteps ?? false, pretty: context.pretty ?? false }),
  md: (result, context = {}) => renderMarkdown(result, context.diagramHref ? { diagramHref: context.diagramHref } : {}) + (context.conformance ? conformanceMarkdown(context) : ''),
  csv: (result) => renderSummaryCsv(result),
  html: (result, context = {}) => renderHtml(result, context.diagrams ?? new Map<string, ItemDiagrams>(), pageOptions(context)),
};

function pageOptions(context: ReportContext): HtmlOptions {
  return {
    ...(context.pageSize === undefined ? {} : { pageSize: context.pageSize }),
    ...(context.conformance === undefined ? {} : { extraSections: renderConformanceSection(context.conformance) }),
  };
}

/** The case-log section that ends report.md (after a blank line). */
function conformanceMarkdown(context: ReportContext): string {
  const text = renderConformanceMarkdown(context.conformance!, context.conformanceChartHref ? { chartHref: context.conformanceChartHref } : {});
  return `\n${text.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** File each format is written to inside a report folder, and one line for help texts. */
export const reportFormatInfo = {
  json: { fileName: 'analysis.json', description: 'analysis result as JSON (the machine-readable contract)' },
  md: { fileName: 'report.md', description: 'Markdown report with tables and links to diagram SVGs' },
  csv: { fileName: 'summary.csv', description: 'one row per item (text; the CLI adds the UTF-8 BOM for Excel)' },
  html: { fileName: 'index.html', description: 'self-contained HTML with sortable tables and embedded diagrams (drawn as they scroll into view); a large catalogue\'s items on pages of their own' },
} as const satisfies Record<ReportFormat, { fileName: string; description: string }>;

export { renderJson, renderJsonItem, writeJson, createJsonWriter, type JsonOptions, type JsonDocumentParts, type JsonWriter } from './json.js';
export { renderSummaryCsv, renderSummaryCsvRow, writeSummaryCsv, SUMMARY_CSV_COLUMNS, SUMMARY_CSV_HEADER } from './csv.js';
export {
  renderMarkdown,
  renderMarkdownItem,
  writeMarkdown,
  writeMarkdownDocument,
  markdownFrame,
  finishMarkdownPiece,
  type MarkdownOptions,
  type MarkdownDocumentParts,
} from './markdown.js';
export { renderHtml, writeHtml, renderHtmlPages, writeHtmlPage, htmlPages, HTML_PAGE_SIZE, type HtmlOptions, type HtmlPage } from './html.js';
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
