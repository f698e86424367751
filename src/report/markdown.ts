// report.md: the catalogue's figures (counts and medians per item), findings by kind, the ten
// actions that save most days and most visits, per-department table, items ranked by days saved,
// items without a faster plan, and per item its critical path, findings, candidates, Mermaid
// diagrams and links to its diagram files, in the report's language. GFM tables; every data text
// goes through escapeMarkdown so hostile text stays inert.

import { FINDING_KINDS, type AnalysisResult, type ConformanceResult, type ItemAnalysis } from '../domain/index.js';
import { columnName, DEFAULT_LANG, type Lang } from '../i18n/index.js';
import { renderConformanceMarkdown } from './conformance.js';
import { DIAGRAM_VARIANTS, type DiagramVariant } from './diagrams/render-diagrams.js';
import { escapeMarkdown as md } from './escape.js';
import {
  candidateName,
  countFindingKinds,
  daysText,
  findingLabel,
  formatDays,
  rankRowsBySaving,
  reportText,
  summarizeCatalogueRows,
  summarizeDepartmentRows,
  toCatalogueRow,
  topActions,
  type ActionRow,
  type CatalogueRow,
} from './figures.js';
import { toItemSection } from './item-section.js';
import { datesAndOddsLines } from './dates-and-odds-lines.js';
import type { DocumentEnd, FormatStream, ReportContext, ReportFormat } from './report-format.js';
import { diagramFileName } from './safe-file-name.js';
import { renderMermaidSection } from './mermaid.js';

export interface MarkdownOptions {
  /** Link target of one diagram; default `diagrams/<safe item code>.<variant>.svg` (see diagramFileName). */
  diagramHref?: (itemCode: string, variant: DiagramVariant) => string;
  /** The language of the text (default zh-CN). */
  lang?: Lang;
  /** Link target of an item's BPMN file (report folders); none: no BPMN links. */
  bpmnHref?: ReportContext['bpmnHref'];
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

// Link destinations: percent-encode what could end or break the destination.
function href(target: string): string {
  return encodeURI(target).replace(/[()[\]<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

// The labels and headings are our own words (the report catalogue), not data: they go in unescaped.
function renderItem(item: ItemAnalysis, diagramHref: (itemCode: string, variant: DiagramVariant) => string, lang: Lang, bpmnHref?: ReportContext['bpmnHref']): string {
  const t = reportText(lang);
  const section = toItemSection(item, lang);
  const out: string[] = [`### ${md(section.itemCode)} ${md(section.itemName)}`, '', md(section.facts), '', `**${section.criticalPath.heading}**${t.colon}${section.criticalPath.steps.map(md).join(' → ')}`, ''];
  if (section.lawfulLine !== null) out.push(md(section.lawfulLine), '');
  out.push(...datesAndOddsLines(item, lang).flatMap((line) => [md(line), '']));
  if (section.incompleteDurations.length > 0) {
    out.push(`${t.incompleteLine}${t.colon}${section.incompleteDurations.map(md).join(t.listSeparator)}`, '');
  }
  for (const problem of section.orderProblems) out.push(`> ${t.orderProblem}${t.colon}${md(problem)}`, '');
  for (const note of section.notes) out.push(`> ${t.noteLabel}${t.colon}${md(note)}`, '');
  out.push(`#### ${t.findingsHeading}`, '');
  out.push(
    section.findings.length === 0
      ? t.noFindings
      : table(
          [t.colKind, t.colStepIds, t.colMessage, t.colSavedDays, t.colSavedSteps, t.colSavedVisits],
          section.findings.map((f) => [f.label, f.stepIds.map(md).join(t.listSeparator) || '—', md(f.message), f.savingDays, f.savingSteps, f.savingVisits]),
        ),
    '',
    `#### ${t.candidatesHeading}`,
    '',
  );
  out.push(
    section.candidates.length === 0
      ? t.noCandidates
      : table(
          [t.colCandidate, t.colSteps, t.colDays, t.colClockDays, t.colVisits, t.colApplied, t.colCriticalPath],
          section.candidates.map((c) => [
            `${c.best ? `**${md(c.name)}**（${t.bestMark}）` : md(c.name)} \`${c.id.replace(/`/g, '')}\``,
            c.stepCount,
            c.durationDays,
            c.clockDays,
            c.applicantVisits,
            c.applied.join(t.listSeparator),
            c.criticalPath.map(md).join(' → '),
          ]),
        ),
    '',
  );
  if (section.noPlanReason !== null) out.push(`${t.noPlanHeading}${t.colon}${md(section.noPlanReason)}${t.period}`, '');
  out.push(renderMermaidSection(item, lang));
  const variants = DIAGRAM_VARIANTS.filter((v) => v !== 'best' || section.hasBest);
  out.push(`${t.diagramLinks}${t.colon}${variants.map((v) => `[${t.diagramVariants[v]}](${href(diagramHref(item.itemCode, v))})`).join(' · ')}`, '');
  if (bpmnHref !== undefined) {
    const models = (['original', 'best'] as const).filter((v) => v !== 'best' || section.hasBest);
    out.push(`${t.bpmnLinks}${t.colon}${models.map((v) => `[${t.diagramVariants[v]}](${href(bpmnHref(item.itemCode, v))})`).join(' · ')}`, '');
  }
  return out.join('\n');
}

/** The catalogue report as Markdown (GFM). */
export function renderMarkdown(result: AnalysisResult, options: MarkdownOptions = {}): string {
  const pieces: string[] = [];
  writeMarkdown(result, options, (text) => pieces.push(text));
  return pieces.join('');
}

/** renderMarkdown through `write`, in pieces (see writeMarkdownDocument). */
export function writeMarkdown(result: AnalysisResult, options: MarkdownOptions, write: (text: string) => void): void {
  const lang = options.lang ?? DEFAULT_LANG;
  const parts: MarkdownDocumentParts = {
    summary: result.summary,
    rows: result.items.map((item) => toCatalogueRow(item, lang)),
    errors: result.errors,
    warnings: result.warnings,
    lang,
  };
  writeMarkdownDocument(parts, result.items.map((item) => renderMarkdownItem(item, options)), write);
}

/** One item's section of report.md (see renderMarkdown), for writing a catalogue item by item. */
export function renderMarkdownItem(item: ItemAnalysis, options: MarkdownOptions = {}): string {
  return renderItem(item, options.diagramHref ?? ((code: string, variant: DiagramVariant) => `diagrams/${diagramFileName(code, variant)}`), options.lang ?? DEFAULT_LANG, options.bpmnHref);
}

/** What report.md shows besides the items' own sections. */
export interface MarkdownDocumentParts {
  summary: AnalysisResult['summary'];
  /** One per item, in the items' order. */
  rows: readonly CatalogueRow[];
  errors: AnalysisResult['errors'];
  warnings: AnalysisResult['warnings'];
  /** The language of the text (default zh-CN). */
  lang?: Lang;
}

/** The pieces of report.md around the items' sections: the catalogue tables, and the input problems (null: none). */
export function markdownFrame(parts: MarkdownDocumentParts): { head: string; tail: string | null } {
  const lang = parts.lang ?? DEFAULT_LANG;
  const t = reportText(lang);
  const totals = summarizeCatalogueRows(parts.summary, parts.rows);
  const days = (value: number | null): string => (value === null ? '—' : daysText(value, lang));
  const actions = parts.rows.flatMap((row) => row.actions);
  const actionTable = (list: readonly ActionRow[]): string =>
    list.length === 0
      ? t.noActions
      : table(
          [t.colItemCode, t.colItemName, t.colKind, t.colMessage, t.colSavedDays, t.colSavedVisits],
          list.map((a) => [md(a.itemCode), md(a.itemName), findingLabel(a.kind, lang), md(a.message), formatDays(a.savingDays), String(a.savingVisits)]),
        );
  const noPlan = parts.rows.filter((row) => row.noPlanReason !== null);
  const head = [
    `# ${t.reportTitle}`,
    '',
    `## ${t.summaryHeading}`,
    '',
    table(
      [t.colFigure, t.colValue],
      [
        [t.cardItems, String(totals.items)],
        [t.cardSteps, String(totals.steps)],
        [t.cardItemsWithFindings, String(totals.itemsWithFindings)],
        [t.cardItemsWithFasterPlan, String(totals.itemsWithFasterPlan)],
        [t.cardMedianDays, `${days(totals.medianDaysBefore)} → ${days(totals.medianDaysAfter)}`],
        [t.cardMedianSaving, days(totals.medianSavingDays)],
        [t.cardVisits, `${totals.visitsBefore} → ${totals.visitsAfter}`],
        [t.cardIncomplete, String(totals.itemsIncomplete)],
        [t.cardOverPromised, String(totals.itemsOverPromised)],
        [t.cardInputErrors, String(parts.errors.length)],
      ],
    ),
    '',
    t.medianNote({ counted: totals.items - totals.itemsIncomplete, left: totals.itemsIncomplete }),
    '',
    `## ${t.kindsHeading}`,
    '',
    table(
      [t.kindColumn, t.kindItemsColumn, t.kindCountColumn],
      countFindingKinds(parts.rows, FINDING_KINDS).map((k) => [`${findingLabel(k.kind, lang)} \`${k.kind}\``, String(k.items), String(k.findings)]),
    ),
    '',
    `## ${t.actionsByDaysHeading}`,
    '',
    actionTable(topActions(actions, 'savingDays')),
    '',
    `## ${t.actionsByVisitsHeading}`,
    '',
    actionTable(topActions(actions, 'savingVisits')),
    '',
    `## ${t.departmentsHeading}`,
    '',
    table(
      [t.colDepartment, t.colItems, t.colSteps, t.colHandoffs, t.colFindings, t.colItemsWithPlan, t.colMedianSaved],
      summarizeDepartmentRows(parts.rows).map((d) => [md(d.department), String(d.items), String(d.steps), String(d.handoffs), String(d.findings), String(d.itemsWithFasterPlan), d.medianSavingDays === null ? '—' : formatDays(d.medianSavingDays)]),
    ),
    '',
    `## ${t.rankingHeading}`,
    '',
    table(
      [t.colItemCode, t.colItemName, t.colDays, t.colBest, t.colBestDays, t.colSaved, t.colFindings],
      rankRowsBySaving(parts.rows).map((row) => [
        md(row.itemCode),
        md(row.itemName),
        row.incomplete ? t.unknownTime : formatDays(row.durationDays),
        row.best ? md(candidateName(row.best.id, lang)) : '—',
        row.best ? (row.incomplete ? t.unknownTime : formatDays(row.best.durationDays)) : '—',
        row.incomplete ? t.unknownTime : formatDays(row.savingDays),
        String(row.findingCount),
      ]),
    ),
    '',
    `## ${t.noPlanHeading}`,
    '',
    noPlan.length === 0 ? t.noPlanNone : table([t.colItemCode, t.colItemName, t.colReason], noPlan.map((row) => [md(row.itemCode), md(row.itemName), md(row.noPlanReason ?? '')])),
    '',
    `## ${t.itemsHeading}`,
    '',
  ];
  const tail: string[] = [];
  if (parts.errors.length > 0 || parts.warnings.length > 0) {
    tail.push(
      `## ${t.problemsHeading}`,
      '',
      table(
        [t.colLevel, t.colFile, t.colLine, t.colItemCode, t.colColumn, t.colCode, t.colMessage],
        [...parts.errors.map((e) => [t.errorLevel, e] as const), ...parts.warnings.map((e) => [t.warningLevel, e] as const)].map(([level, e]) => [
          level,
          md(e.file),
          String(e.line),
          md(e.itemCode ?? ''),
          md(e.column === undefined ? '' : columnName(e.column, lang)),
          md(e.code),
          md(e.message),
        ]),
      ),
      '',
    );
  }
  return { head: head.join('\n'), tail: tail.length > 0 ? tail.join('\n') : null };
}

/**
 * A piece of report.md as written: runs of blank lines collapsed, then one line break (the document's
 * last piece has its trailing blank lines trimmed). A section starts with its heading and ends with one
 * line break, so no run of blank lines crosses from one piece to the next and each piece is tidied alone.
 */
export function finishMarkdownPiece(piece: string, last: boolean): string {
  const tidy = piece.replace(/\n{3,}/g, '\n\n');
  return last ? `${tidy.trimEnd()}\n` : `${tidy}\n`;
}

/**
 * Writes report.md through `write` in pieces: the catalogue tables, then each item's section (from
 * renderMarkdownItem, in order), then the input problems — never the whole document as one string.
 */
export function writeMarkdownDocument(parts: MarkdownDocumentParts, sections: readonly string[], write: (text: string) => void): void {
  const { head, tail } = markdownFrame(parts);
  const pieces = [head, ...sections, ...(tail !== null ? [tail] : [])];
  pieces.forEach((piece, i) => write(finishMarkdownPiece(piece, i === pieces.length - 1)));
}

/** Writes report.md as its items arrive one by one (see createMarkdownWriter). */
export interface MarkdownWriter {
  /** The next item's section (renderMarkdownItem) and its catalogue row (toCatalogueRow). */
  item(section: string, row: CatalogueRow): void;
  /** The catalogue tables, every section, then the input problems: the document is complete. */
  end(parts: DocumentEnd): void;
}

const UTF8 = new TextEncoder();

/**
 * A writer for report.md whose items arrive one at a time. The catalogue tables come first and need
 * every item: it keeps a small row per item and its section, finished and as UTF-8 bytes off the JS
 * heap (100k items' sections are ~360 MB); the newest section stays text until it is known whether it
 * ends the document. Nothing is written before `end`; the pieces joined equal writeMarkdownDocument's.
 */
export function createMarkdownWriter(write: (piece: string | Uint8Array) => void, lang: Lang = DEFAULT_LANG): MarkdownWriter {
  const rows: CatalogueRow[] = [];
  const kept: Uint8Array[] = [];
  let newest: string | null = null;
  return {
    item(section, row) {
      if (newest !== null) kept.push(UTF8.encode(finishMarkdownPiece(newest, false)));
      newest = section;
      rows.push(row);
    },
    end(parts) {
      const { head, tail } = markdownFrame({ ...parts, rows, lang });
      write(finishMarkdownPiece(head, newest === null && tail === null));
      for (const bytes of kept) write(bytes);
      if (newest !== null) write(finishMarkdownPiece(newest, tail === null));
      if (tail !== null) write(finishMarkdownPiece(tail, true));
    },
  };
}

/** report.md: the registry's entry; `analyze --format md` streams it item by item. */
export const markdownFormat = {
  fileName: 'report.md',
  description: 'Markdown report with tables and links to diagram SVGs',
  fileStart: '',
  embedsDiagrams: false,
  write: (result, context, write) => {
    writeMarkdown(result, { ...(context.diagramHref ? { diagramHref: context.diagramHref } : {}), ...(context.bpmnHref ? { bpmnHref: context.bpmnHref } : {}), lang: context.lang ?? DEFAULT_LANG }, write);
    if (context.conformance !== undefined) write(conformanceMarkdown(context.conformance, context));
  },
  stream: {
    renderItem: (item, options) => ({ section: renderMarkdownItem(item, { lang: options.lang ?? DEFAULT_LANG }), row: toCatalogueRow(item, options.lang ?? DEFAULT_LANG) }),
    createWriter(write, options) {
      const md = createMarkdownWriter(write, options?.lang ?? DEFAULT_LANG);
      return { item: (piece) => md.item(piece.section, piece.row), end: (parts) => md.end(parts) };
    },
  } satisfies FormatStream<{ section: string; row: CatalogueRow }>,
} satisfies ReportFormat;

/** The case-log section that ends report.md (after a blank line). */
function conformanceMarkdown(conformance: ConformanceResult, context: ReportContext): string {
  const text = renderConformanceMarkdown(conformance, { ...(context.conformanceChartHref ? { chartHref: context.conformanceChartHref } : {}), lang: context.lang ?? DEFAULT_LANG });
  return `\n${text.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
