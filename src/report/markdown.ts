// report.md: catalogue summary, per-department table, items ranked by days saved, and per item
// its critical path, findings, candidates and links to its diagram files. GFM tables; every
// data text goes through escapeMarkdown so hostile text stays inert.

import type { AnalysisResult, ConformanceResult, ItemAnalysis } from '../domain/index.js';
import { renderConformanceMarkdown } from './conformance.js';
import { DIAGRAM_VARIANTS, type DiagramVariant } from './diagrams/render-diagrams.js';
import { escapeMarkdown as md } from './escape.js';
import {
  formatDays,
  formatRowDays,
  rankRowsBySaving,
  summarizeCatalogueRows,
  summarizeDepartmentRows,
  toCatalogueRow,
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
}

const VARIANT_LABELS: Readonly<Record<DiagramVariant, string>> = {
  original: '现状流程图 original',
  best: '优化方案流程图 best candidate',
  beforeAfter: '优化前后对比 before / after',
  gantt: '甘特图 schedule',
};

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

// Link destinations: percent-encode what could end or break the destination.
function href(target: string): string {
  return encodeURI(target).replace(/[()[\]<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

// The finding labels are our own words (FINDING_LABELS), not data: they go in unescaped.
function renderItem(item: ItemAnalysis, diagramHref: (itemCode: string, variant: DiagramVariant) => string): string {
  const section = toItemSection(item);
  const out: string[] = [
    `### ${md(section.itemCode)} ${md(section.itemName)}`,
    '',
    table(
      ['牵头部门 department', '环节 steps', '时长 days', '计时 clock days', '法定顺序时长 lawful days', '时限 limits', '到场 visits', '部门交接 handoffs'],
      [[md(section.department), section.stepCount, section.durationDays, section.clockDays, section.lawfulDays, section.limits, section.applicantVisits, section.departmentHandoffs]],
    ),
    '',
    `**关键路径 critical path** (${section.criticalPath.durationDays} 天): ${section.criticalPath.steps.map(md).join(' → ')}`,
    '',
    ...datesAndOddsLines(item).flatMap((line) => [md(line), '']),
  ];
  if (section.incompleteDurations.length > 0) {
    out.push(`时限未填 incomplete durations: ${section.incompleteDurations.map(md).join('、')}`, '');
  }
  for (const problem of section.orderProblems) out.push(`> 顺序问题 order problem: ${md(problem)}`, '');
  for (const note of section.notes) out.push(`> 说明 note: ${md(note)}`, '');
  out.push('#### 发现 Findings', '');
  out.push(
    section.findings.length === 0
      ? '无 none.'
      : table(
          ['类型 kind', '环节 steps', '说明 message', '节省天数 days', '减少环节 steps', '减少到场 visits'],
          section.findings.map((f) => [`${f.label} ${md(f.kind)}`.trim(), f.stepIds.map(md).join(', ') || '—', md(f.message), f.savingDays, f.savingSteps, f.savingVisits]),
        ),
    '',
    '#### 优化方案 Candidates',
    '',
  );
  if (section.noFasterPlanReason !== null) out.push(`无推荐方案 no best plan: ${md(section.noFasterPlanReason)}`, '');
  out.push(
    section.candidates.length === 0
      ? '未找到更优的方案 no candidate improves this procedure.'
      : table(
          ['方案 candidate', '环节 steps', '时长 days', '计时 clock days', '到场 visits', '采用 applied', '关键路径 critical path'],
          section.candidates.map((c) => [
            c.best ? `**${md(c.id)}**` : md(c.id),
            c.stepCount,
            c.durationDays,
            c.clockDays,
            c.applicantVisits,
            c.applied.join('、'),
            c.criticalPath.map(md).join(' → '),
          ]),
        ),
    '',
  );
  out.push(renderMermaidSection(item));
  const variants = DIAGRAM_VARIANTS.filter((v) => v !== 'best' || section.hasBest);
  out.push(`流程图 diagrams: ${variants.map((v) => `[${VARIANT_LABELS[v]}](${href(diagramHref(item.itemCode, v))})`).join(' · ')}`, '');
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
  const parts: MarkdownDocumentParts = {
    summary: result.summary,
    rows: result.items.map(toCatalogueRow),
    errors: result.errors,
    warnings: result.warnings,
  };
  writeMarkdownDocument(parts, result.items.map((item) => renderMarkdownItem(item, options)), write);
}

/** One item's section of report.md (see renderMarkdown), for writing a catalogue item by item. */
export function renderMarkdownItem(item: ItemAnalysis, options: MarkdownOptions = {}): string {
  return renderItem(item, options.diagramHref ?? ((code: string, variant: DiagramVariant) => `diagrams/${diagramFileName(code, variant)}`));
}

/** What report.md shows besides the items' own sections. */
export interface MarkdownDocumentParts {
  summary: AnalysisResult['summary'];
  /** One per item, in the items' order. */
  rows: readonly CatalogueRow[];
  errors: AnalysisResult['errors'];
  warnings: AnalysisResult['warnings'];
}

/** The pieces of report.md around the items' sections: the catalogue tables, and the input problems (null: none). */
export function markdownFrame(parts: MarkdownDocumentParts): { head: string; tail: string | null } {
  const totals = summarizeCatalogueRows(parts.summary, parts.rows);
  const head = [
    '# 办理流程分析报告 Procedure analysis report',
    '',
    '## 总览 Catalogue summary',
    '',
    table(
      ['事项 items', '环节 steps', '有发现的事项 items with findings', '时长 days before → after', '到场 visits before → after', '输入错误 input errors'],
      [[String(totals.items), String(totals.steps), String(totals.itemsWithFindings), `${formatDays(totals.daysBefore)} → ${formatDays(totals.daysAfter)}`, `${totals.visitsBefore} → ${totals.visitsAfter}`, String(parts.errors.length)]],
    ),
    '',
    '## 按部门 By department',
    '',
    table(
      ['牵头部门 department', '事项 items', '环节 steps', '部门交接 handoffs', '发现 findings', '可节省天数 days saved'],
      summarizeDepartmentRows(parts.rows).map((d) => [md(d.department), String(d.items), String(d.steps), String(d.handoffs), String(d.findings), formatDays(d.savingDays)]),
    ),
    '',
    '## 可节省时间排名 Items by days saved',
    '',
    table(
      ['事项编码 item code', '事项名称 item', '现状 days', '最优方案 best', '方案时长 days', '可节省 saved', '发现 findings'],
      rankRowsBySaving(parts.rows).map((row) => [md(row.itemCode), md(row.itemName), formatRowDays(row, row.durationDays), row.best ? md(row.best.id) : '—', row.best ? formatRowDays(row, row.best.durationDays) : '—', formatDays(row.savingDays), String(row.findingCount)]),
    ),
    '',
    '## 事项 Items',
    '',
  ];
  const tail: string[] = [];
  if (parts.errors.length > 0 || parts.warnings.length > 0) {
    tail.push(
      '## 输入问题 Input problems',
      '',
      table(
        ['级别 level', '文件 file', '行 line', '事项 item', '列 column', '代码 code', '说明 message'],
        [
          ...parts.errors.map((e) => ['错误 error', e] as const),
          ...parts.warnings.map((e) => ['警告 warning', e] as const),
        ].map(([level, e]) => [level, md(e.file), String(e.line), md(e.itemCode ?? ''), md(e.column ?? ''), md(e.code), md(e.message)]),
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
export function createMarkdownWriter(write: (piece: string | Uint8Array) => void): MarkdownWriter {
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
      const { head, tail } = markdownFrame({ ...parts, rows });
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
    writeMarkdown(result, context.diagramHref ? { diagramHref: context.diagramHref } : {}, write);
    if (context.conformance !== undefined) write(conformanceMarkdown(context.conformance, context));
  },
  stream: {
    renderItem: (item) => ({ section: renderMarkdownItem(item), row: toCatalogueRow(item) }),
    createWriter(write) {
      const md = createMarkdownWriter(write);
      return { item: (piece) => md.item(piece.section, piece.row), end: (parts) => md.end(parts) };
    },
  } satisfies FormatStream<{ section: string; row: CatalogueRow }>,
} satisfies ReportFormat;

/** The case-log section that ends report.md (after a blank line). */
function conformanceMarkdown(conformance: ConformanceResult, context: ReportContext): string {
  const text = renderConformanceMarkdown(conformance, context.conformanceChartHref ? { chartHref: context.conformanceChartHref } : {});
  return `\n${text.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
