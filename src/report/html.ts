// index.html: self-contained pages (inline CSS, three small inline scripts, the SVG diagrams
// embedded as inert text and drawn as their item nears the viewport; no network, works from
// file:// and as an attachment), in the report's language. A CSP allows only those scripts, by their
// SHA-256 hashes (html-scripts.ts). Every data text is escaped. The catalogue page helps decide:
// search and filters, findings by kind, the ten actions that save most days and most visits, items
// without a faster plan and why, and counts and medians per item (days of different items are never
// added). A catalogue of more items than a page holds gets its items on pages of their own
// (items-001.html, …), index.html keeping the tables. An @media print layout prints on A4 landscape.

import { FINDING_KINDS, type AnalysisResult, type ItemAnalysis } from '../domain/index.js';
import { columnName, DEFAULT_LANG, type Lang } from '../i18n/index.js';
import type { DiagramVariant, ItemDiagrams } from './diagrams/render-diagrams.js';
import { escapeXml as h } from './escape.js';
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
import { HTML_STYLE } from './html-style.js';
import { PAGE_CSP, PAGE_SCRIPTS } from './html-scripts.js';
import { toItemSection } from './item-section.js';
import { renderConformanceSection } from './conformance.js';
import type { ReportContext, ReportFormat } from './report-format.js';
import { renderOddsSvg } from './diagrams/odds-svg.js';

/** A share as a percentage with one decimal: 0.3022 → 30.2%. */
const percent = (p: number): string => `${(Math.round(p * 1000) / 10).toFixed(1)}%`;

/**
 * Markup as the raw text of a <script> element: "</script" (any case) would end it early and "<!--"
 * would change how the parser looks for that end. Our SVG holds neither (every CSV text in it is
 * escaped, and it has no comments), but a "<" there could only be text, so it is written as &lt; —
 * the same text once the markup is parsed.
 */
function inertText(markup: string): string {
  return markup.replace(/<(\/script|!--)/gi, '&lt;$1');
}

interface Column {
  label: string;
  numeric?: boolean;
}

interface Cell {
  /** Markup (already escaped). */
  text: string;
  value?: string | number;
}

function sortableTable(
  id: string,
  columns: readonly Column[],
  rows: readonly { cells: readonly Cell[]; attributes?: string }[],
  sortedBy?: { col: number; dir: 'ascending' | 'descending' },
): string {
  const head = columns
    .map((c, i) => {
      const sort = sortedBy && sortedBy.col === i ? sortedBy.dir : 'none';
      return `<th scope="col" aria-sort="${sort}"><button type="button" data-col="${i}" data-type="${c.numeric ? 'number' : 'text'}">${h(c.label)}</button></th>`;
    })
    .join('');
  const body = rows
    .map(
      (row) =>
        `<tr${row.attributes ?? ''}>${row.cells
          .map((cell, i) => {
            const value = cell.value === undefined ? '' : ` data-value="${h(String(cell.value))}"`;
            return `<td${columns[i]?.numeric ? ' class="num"' : ''}${value}>${cell.text}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('\n');
  return `<table class="sortable" id="${id}"><thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}

/** A table of markup cells; `numeric` columns are right-aligned. */
function plainTable(header: readonly string[], rows: readonly (readonly string[])[], numeric: ReadonlySet<number> = new Set(), id = ''): string {
  return `<table${id === '' ? '' : ` id="${id}"`}><thead><tr>${header.map((x) => `<th scope="col">${h(x)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => `<td${numeric.has(i) ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`)
    .join('\n')}</tbody></table>`;
}

/** The data attributes the filters read, for a ranking row or an item's article. */
function filterAttributes(row: CatalogueRow): string {
  const kinds = Object.keys(row.kinds).join(' ');
  const search = `${row.itemCode} ${row.itemName} ${row.department}`.toLowerCase();
  return (
    ` data-filter-row data-search="${h(search)}" data-department="${h(row.department)}" data-kinds="${h(kinds)}"` +
    ` data-plan="${row.savingDays > 0 ? 1 : 0}" data-incomplete="${row.incomplete ? 1 : 0}" data-over="${row.overPromised ? 1 : 0}"`
  );
}

function renderItem(item: ItemAnalysis, index: number, diagrams: ItemDiagrams | undefined, context: ItemContext): string {
  const { lang } = context;
  const t = reportText(lang);
  const section = toItemSection(item, lang);
  const parts = [
    `<article id="item-${index}" data-item-code="${h(section.itemCode)}"${filterAttributes(toCatalogueRow(item, lang))}>`,
    `<h3>${h(section.itemCode)} ${h(section.itemName)}</h3>`,
    `<p class="facts">${h(section.facts)}</p>`,
    `<p><b>${h(section.criticalPath.heading)}</b>${h(t.colon)}${section.criticalPath.steps.map(h).join(' → ')}</p>`,
  ];
  if (section.lawfulLine !== null) parts.push(`<p>${h(section.lawfulLine)}</p>`);
  if (section.incompleteDurations.length > 0) {
    parts.push(`<p class="warn">${h(t.incompleteLine)}${h(t.colon)}${section.incompleteDurations.map(h).join(h(t.listSeparator))}</p>`);
  }
  for (const problem of section.orderProblems) parts.push(`<p class="warn">${h(t.orderProblem)}${h(t.colon)}${h(problem)}</p>`);
  for (const note of section.notes) parts.push(`<p class="muted">${h(t.noteLabel)}${h(t.colon)}${h(note)}</p>`);
  parts.push(`<h4>${h(t.findingsHeading)}</h4>`);
  parts.push(
    section.findings.length === 0
      ? `<p class="muted">${h(t.noFindings)}</p>`
      : plainTable(
          [t.colKind, t.colStepIds, t.colMessage, t.colSavedDays, t.colSavedSteps, t.colSavedVisits],
          section.findings.map((f) => [`${h(f.label)}<br><code>${h(f.kind)}</code>`, h(f.stepIds.join(t.listSeparator)) || '—', h(f.message), f.savingDays, f.savingSteps, f.savingVisits]),
          new Set([3, 4, 5]),
          '',
        ),
  );
  parts.push(`<h4>${h(t.candidatesHeading)}</h4>`);
  parts.push(
    section.candidates.length === 0
      ? `<p class="muted">${h(t.noCandidates)}</p>`
      : plainTable(
          [t.colCandidate, t.colSteps, t.colDays, t.colClockDays, t.colVisits, t.colApplied, t.colCriticalPath],
          section.candidates.map((c) => [
            `${c.best ? `<b>${h(c.name)}</b>${h(t.openParen)}${h(t.bestMark)}${h(t.closeParen)}` : h(c.name)}<br><code>${h(c.id)}</code>`,
            c.stepCount,
            c.durationDays,
            c.clockDays,
            c.applicantVisits,
            h(c.applied.join(t.listSeparator)),
            h(c.criticalPath.join(' → ')),
          ]),
          new Set([1, 2, 3, 4]),
        ),
  );
  if (section.noPlanReason !== null) parts.push(`<p class="muted">${h(t.noPlanHeading)}${h(t.colon)}${h(section.noPlanReason)}${h(t.period)}</p>`);
  parts.push(`<h4>${h(t.diagramsHeading)}</h4>`);
  if (diagrams) {
    const figure = (variant: DiagramVariant, svg: string): string => {
      const link = context.diagramHref ? ` <a class="full-size" href="${h(context.diagramHref(item.itemCode, variant))}">${h(t.fullSize)}</a>` : '';
      return (
        `<figure class="diagram" data-variant="${variant}"><figcaption>${h(t.diagramVariants[variant])}${link}</figcaption>` +
        `<div class="drawing"><script type="image/svg+xml">${inertText(svg)}</script></div></figure>`
      );
    };
    parts.push(figure('original', diagrams.original), figure('beforeAfter', diagrams.beforeAfter), figure('gantt', diagrams.gantt));
  } else {
    parts.push(`<p class="muted">${h(t.noDiagrams)}</p>`);
  }
  const odds = renderOddsSvg(item, lang);
  if (odds !== null) {
    parts.push(`<h4>${h(t.oddsHeading)}</h4>`, `<figure class="diagram" data-variant="odds"><div class="drawing"><script type="image/svg+xml">${inertText(odds)}</script></div></figure>`);
  }
  const bpmnHref = context.bpmnHref;
  if (bpmnHref !== undefined) {
    const models = (['original', 'best'] as const).filter((v) => v !== 'best' || section.hasBest);
    parts.push(`<p class="muted">${h(t.bpmnLinks)}${h(t.colon)}${models.map((v) => `<a href="${h(bpmnHref(item.itemCode, v))}">${h(t.diagramVariants[v])}</a>`).join(' · ')}</p>`);
  }
  parts.push('</article>');
  return parts.join('\n');
}

/** What every item's section needs besides the item. */
interface ItemContext {
  lang: Lang;
  /** Link target of a diagram file ("open at full size"); none: no links. */
  diagramHref?: ((itemCode: string, variant: DiagramVariant) => string) | undefined;
  /** Link target of the item's BPMN files; none: no links. */
  bpmnHref?: ReportContext['bpmnHref'] | undefined;
}

/** Items per HTML page when the caller does not say (1k items: two pages of ~28 MB). */
export const HTML_PAGE_SIZE = 500;

/** How a catalogue's items are spread over pages, and in which language. */
export interface HtmlOptions {
  /** Items per page; 0 puts every item on index.html. Default HTML_PAGE_SIZE. */
  pageSize?: number;
  /** Markup of extra sections placed before the items (the case-log summary of report/conformance.ts). */
  extraSections?: string;
  /** The language of the text (default zh-CN). */
  lang?: Lang;
  /** Link target of a diagram file, offered under each diagram ("open at full size"). */
  diagramHref?: (itemCode: string, variant: DiagramVariant) => string;
  /** Link target of an item's BPMN file (the report folder's bpmn/). */
  bpmnHref?: ReportContext['bpmnHref'];
}

/** One page of items, in the items' order: `first` ≤ item index < `end`. */
export interface HtmlPage {
  fileName: string;
  first: number;
  end: number;
}

/**
 * The item pages of a catalogue: none when every item fits on index.html (at most `pageSize` items,
 * or pageSize 0), else `items-001.html`, … of `pageSize` items each.
 */
export function htmlPages(itemCount: number, options: HtmlOptions = {}): HtmlPage[] {
  const size = options.pageSize ?? HTML_PAGE_SIZE;
  if (size <= 0 || itemCount <= size) return [];
  const pages: HtmlPage[] = [];
  for (let first = 0; first < itemCount; first += size) {
    pages.push({ fileName: `items-${String(pages.length + 1).padStart(3, '0')}.html`, first, end: Math.min(first + size, itemCount) });
  }
  return pages;
}

/**
 * The catalogue report's index.html, self-contained: every item on it, or, when the items go on pages
 * (see htmlPages), the tables and a list of the pages (renderHtmlPages gives those). `diagrams` maps
 * item codes to their SVGs (from renderCatalogueDiagrams); items without an entry get a note instead.
 */
export function renderHtml(result: AnalysisResult, diagrams: ReadonlyMap<string, ItemDiagrams>, options: HtmlOptions = {}): string {
  const pieces: string[] = [];
  writeHtml(result, diagrams, (text) => pieces.push(text), options);
  return pieces.join('');
}

/** Every item page as `{ fileName, html }`, for a catalogue that has pages (see htmlPages). */
export function renderHtmlPages(result: AnalysisResult, diagrams: ReadonlyMap<string, ItemDiagrams>, options: HtmlOptions = {}): { fileName: string; html: string }[] {
  return htmlPages(result.items.length, options).map((page) => {
    const pieces: string[] = [];
    writeHtmlPage(result, page, diagrams, (text) => pieces.push(text), options);
    return { fileName: page.fileName, html: pieces.join('') };
  });
}

function pageStart(title: string, heading: string, lang: Lang): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${h(title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header><h1>${h(heading)}</h1></header>
<main>
`;
}

const PAGE_END = `
</section>
</main>
${PAGE_SCRIPTS.map((script) => `<script>${script}</script>`).join('\n')}
</body>
</html>
`;

/** Items first…end of the catalogue (1-based in the text) with their codes, for a page's title and link. */
function pageLabel(result: AnalysisResult, page: HtmlPage, lang: Lang): string {
  const first = result.items[page.first];
  const last = result.items[page.end - 1];
  return reportText(lang).pageLabel({ first: page.first + 1, last: page.end, firstCode: first?.itemCode ?? '', lastCode: last?.itemCode ?? '' });
}

/** The search box and the filters, over the ranking's rows and the items. */
function renderFilters(rows: readonly CatalogueRow[], lang: Lang): string {
  const t = reportText(lang);
  const departments = [...new Set(rows.map((r) => r.department))].sort();
  const kinds = FINDING_KINDS.filter((kind) => rows.some((r) => (r.kinds[kind] ?? 0) > 0));
  const option = (value: string, label: string): string => `<option value="${h(value)}">${h(label)}</option>`;
  const check = (id: string, label: string): string => `<label class="check"><input type="checkbox" id="filter-${id}"> ${h(label)}</label>`;
  return `<section id="find"><h2>${h(t.filtersHeading)}</h2>
<div id="filters" role="search">
<label>${h(t.searchLabel)} <input type="search" id="filter-search" placeholder="${h(t.searchPlaceholder)}" autocomplete="off"></label>
<label>${h(t.departmentFilter)} <select id="filter-department">${option('', t.anyOption)}${departments.map((d) => option(d, d)).join('')}</select></label>
<label>${h(t.kindFilter)} <select id="filter-kind">${option('', t.anyOption)}${kinds.map((k) => option(k, findingLabel(k, lang))).join('')}</select></label>
${check('plan', t.fasterPlanFilter)}
${check('incomplete', t.incompleteFilter)}
${check('over', t.overPromisedFilter)}
</div>
<p id="shown-count" class="muted" data-template="${h(t.shownCount({ shown: '{n}', total: rows.length }))}">${h(t.shownCount({ shown: String(rows.length), total: rows.length }))}</p>
</section>
`;
}

/**
 * renderHtml's index.html through `write`, in pieces (the page around the items, then one item at a
 * time): a large catalogue's page is never one string, and `diagrams` is asked for one item's SVGs at
 * a time. With pages, index.html holds the tables and a list of the pages, and needs no diagram.
 */
export function writeHtml(
  result: AnalysisResult,
  diagrams: Pick<ReadonlyMap<string, ItemDiagrams>, 'get'>,
  write: (text: string) => void,
  options: HtmlOptions = {},
): void {
  const lang = options.lang ?? DEFAULT_LANG;
  const t = reportText(lang);
  const pages = htmlPages(result.items.length, options);
  const pageOf = (i: number): string => {
    if (pages.length === 0) return '';
    const size = pages[0]!.end;
    return pages[Math.floor(i / size)]?.fileName ?? '';
  };
  const rows = result.items.map((item) => toCatalogueRow(item, lang));
  const anchor = new Map(result.items.map((item, i) => [item.itemCode, `${pageOf(i)}#item-${i}`]));
  const link = (code: string): string => `<a href="${h(anchor.get(code) ?? '')}">${h(code)}</a>`;
  const totals = summarizeCatalogueRows(result.summary, rows);
  const days = (value: number | null): string => (value === null ? '—' : daysText(value, lang));
  const card = (label: string, value: string): string => `<div class="card"><b>${h(value)}</b>${h(label)}</div>`;
  const unknown = (row: CatalogueRow, text: string): string => (row.incomplete ? h(t.unknownTime) : text);

  const ranking = sortableTable(
    'ranking',
    [
      { label: t.colItemCode },
      { label: t.colItemName },
      { label: t.colDepartment },
      { label: t.colDays, numeric: true },
      { label: t.colBest },
      { label: t.colBestDays, numeric: true },
      { label: t.colSaved, numeric: true },
      { label: t.colFindings, numeric: true },
      { label: t.colVisitsBeforeAfter, numeric: true },
      { label: t.colOddsBeforeAfter, numeric: true },
    ],
    rankRowsBySaving(rows).map((row) => ({
      attributes: filterAttributes(row),
      cells: [
        { text: link(row.itemCode), value: row.itemCode },
        { text: h(row.itemName), value: row.itemName },
        { text: h(row.department), value: row.department },
        { text: unknown(row, formatDays(row.durationDays)), value: row.incomplete ? -1 : row.durationDays },
        { text: row.best ? h(candidateName(row.best.id, lang)) : '—', value: row.best ? candidateName(row.best.id, lang) : '' },
        { text: row.best ? unknown(row, formatDays(row.best.durationDays)) : '—', value: row.best && !row.incomplete ? row.best.durationDays : -1 },
        { text: unknown(row, formatDays(row.savingDays)), value: row.savingDays },
        { text: String(row.findingCount), value: row.findingCount },
        { text: `${row.applicantVisits} → ${row.best?.applicantVisits ?? row.applicantVisits}`, value: row.applicantVisits - (row.best?.applicantVisits ?? row.applicantVisits) },
        row.pPromised === null
          ? { text: '—', value: -1 }
          : { text: `${percent(row.pPromised.before)} → ${row.pPromised.after === null ? '—' : percent(row.pPromised.after)}`, value: row.pPromised.after ?? row.pPromised.before },
      ],
    })),
    { col: 6, dir: 'descending' },
  );
  const departments = sortableTable(
    'departments',
    [
      { label: t.colDepartment },
      { label: t.colItems, numeric: true },
      { label: t.colSteps, numeric: true },
      { label: t.colHandoffs, numeric: true },
      { label: t.colFindings, numeric: true },
      { label: t.colItemsWithPlan, numeric: true },
      { label: t.colMedianSaved, numeric: true },
    ],
    summarizeDepartmentRows(rows).map((d) => ({
      cells: [
        { text: h(d.department), value: d.department },
        { text: String(d.items), value: d.items },
        { text: String(d.steps), value: d.steps },
        { text: String(d.handoffs), value: d.handoffs },
        { text: String(d.findings), value: d.findings },
        { text: String(d.itemsWithFasterPlan), value: d.itemsWithFasterPlan },
        { text: d.medianSavingDays === null ? '—' : formatDays(d.medianSavingDays), value: d.medianSavingDays ?? -1 },
      ],
    })),
    { col: 5, dir: 'descending' },
  );
  const kinds = plainTable(
    [t.kindColumn, t.kindItemsColumn, t.kindCountColumn],
    countFindingKinds(rows, FINDING_KINDS).map((k) => [`${h(findingLabel(k.kind, lang))} <code>${h(k.kind)}</code>`, String(k.items), String(k.findings)]),
    new Set([1, 2]),
    'kinds',
  );
  const actions = rows.flatMap((row) => row.actions);
  const actionTable = (id: string, list: readonly ActionRow[]): string =>
    list.length === 0
      ? `<p class="muted">${h(t.noActions)}</p>`
      : plainTable(
          [t.colItemCode, t.colItemName, t.colKind, t.colMessage, t.colSavedDays, t.colSavedVisits],
          list.map((a) => [link(a.itemCode), h(a.itemName), h(findingLabel(a.kind, lang)), h(a.message), formatDays(a.savingDays), String(a.savingVisits)]),
          new Set([4, 5]),
          id,
        );
  const noPlan = rows.filter((row) => row.noPlanReason !== null);
  const problems = [...result.errors.map((e) => [t.errorLevel, e] as const), ...result.warnings.map((e) => [t.warningLevel, e] as const)];
  write(`${pageStart(t.reportTitle, t.reportTitle, lang)}<section id="summary"><h2>${h(t.summaryHeading)}</h2>
<div class="cards">
${card(t.cardItems, String(totals.items))}
${card(t.cardSteps, String(totals.steps))}
${card(t.cardItemsWithFindings, String(totals.itemsWithFindings))}
${card(t.cardItemsWithFasterPlan, String(totals.itemsWithFasterPlan))}
${card(t.cardMedianDays, `${days(totals.medianDaysBefore)} → ${days(totals.medianDaysAfter)}`)}
${card(t.cardMedianSaving, days(totals.medianSavingDays))}
${card(t.cardVisits, `${totals.visitsBefore} → ${totals.visitsAfter}`)}
${card(t.cardIncomplete, String(totals.itemsIncomplete))}
${card(t.cardOverPromised, String(totals.itemsOverPromised))}
${card(t.cardInputErrors, String(result.errors.length))}
</div>
<p class="muted">${h(t.medianNote({ counted: totals.items - totals.itemsIncomplete, left: totals.itemsIncomplete }))}</p>
</section>
${renderFilters(rows, lang)}<section id="ranking-section"><h2>${h(t.rankingHeading)}</h2>
<p class="muted">${h(t.sortHint)}</p>
${ranking}
</section>
<section id="kinds-section"><h2>${h(t.kindsHeading)}</h2>
${kinds}
</section>
<section id="actions-section"><h2>${h(t.actionsByDaysHeading)}</h2>
${actionTable('actions-days', topActions(actions, 'savingDays'))}
<h2>${h(t.actionsByVisitsHeading)}</h2>
${actionTable('actions-visits', topActions(actions, 'savingVisits'))}
</section>
<section id="no-plan-section"><h2>${h(t.noPlanHeading)}</h2>
${noPlan.length === 0 ? `<p class="muted">${h(t.noPlanNone)}</p>` : plainTable([t.colItemCode, t.colItemName, t.colReason], noPlan.map((row) => [link(row.itemCode), h(row.itemName), h(row.noPlanReason ?? '')]), new Set(), 'no-plan')}
</section>
<section id="departments-section"><h2>${h(t.departmentsHeading)}</h2>
${departments}
</section>
${
  problems.length === 0
    ? ''
    : `<section id="problems"><h2>${h(t.problemsHeading)}</h2>\n${plainTable(
        [t.colLevel, t.colFile, t.colLine, t.colItemCode, t.colColumn, t.colCode, t.colMessage],
        problems.map(([level, e]) => [h(level), h(e.file), String(e.line), h(e.itemCode ?? ''), h(e.column === undefined ? '' : columnName(e.column, lang)), h(e.code), h(e.message)]),
      )}</section>`
}
${options.extraSections ?? ''}<section id="items"><h2>${h(t.itemsHeading)}</h2>
`);
  if (pages.length > 0) {
    write(`<p class="muted">${h(t.itemsOnPages({ items: result.items.length, pages: pages.length, perPage: pages[0]!.end }))}</p>\n<ul id="pages">\n`);
    for (const page of pages) write(`<li><a href="${page.fileName}">${h(pageLabel(result, page, lang))}</a></li>\n`);
    write('</ul>');
  } else {
    const context: ItemContext = { lang, diagramHref: options.diagramHref, bpmnHref: options.bpmnHref };
    result.items.forEach((item, i) => write(`${i === 0 ? '' : '\n'}${renderItem(item, i, diagrams.get(item.itemCode), context)}`));
  }
  write(PAGE_END);
}

/** One item page of a paged catalogue (see htmlPages), through `write`, one item at a time. */
export function writeHtmlPage(
  result: AnalysisResult,
  page: HtmlPage,
  diagrams: Pick<ReadonlyMap<string, ItemDiagrams>, 'get'>,
  write: (text: string) => void,
  options: Pick<HtmlOptions, 'lang' | 'diagramHref' | 'bpmnHref'> = {},
): void {
  const lang = options.lang ?? DEFAULT_LANG;
  const t = reportText(lang);
  const label = pageLabel(result, page, lang);
  write(`${pageStart(`${label} — ${t.reportTitle}`, label, lang)}<p><a href="index.html">${h(t.backToIndex)}</a></p>
<section id="items"><h2>${h(t.itemsHeading)}</h2>
`);
  const context: ItemContext = { lang, diagramHref: options.diagramHref, bpmnHref: options.bpmnHref };
  for (let i = page.first; i < page.end; i++) {
    const item = result.items[i]!;
    write(`${i === page.first ? '' : '\n'}${renderItem(item, i, diagrams.get(item.itemCode), context)}`);
  }
  write(PAGE_END);
}

/** index.html: the registry's entry; it embeds the diagrams, so it is not streamed by `analyze`. */
export const htmlFormat = {
  fileName: 'index.html',
  description: "self-contained HTML with search, filters, sortable tables and embedded diagrams (drawn as they scroll into view); a large catalogue's items on pages of their own",
  fileStart: '',
  embedsDiagrams: true,
  write: (result, context, write) => writeHtml(result, context.diagrams ?? new Map<string, ItemDiagrams>(), write, pageOptions(context)),
} satisfies ReportFormat;

/** The HTML options a report context asks for. */
export function pageOptions(context: ReportContext): HtmlOptions {
  const lang = context.lang ?? DEFAULT_LANG;
  return {
    lang,
    ...(context.pageSize === undefined ? {} : { pageSize: context.pageSize }),
    ...(context.conformance === undefined ? {} : { extraSections: renderConformanceSection(context.conformance, 'conformance.html', lang) }),
    ...(context.diagramHref === undefined ? {} : { diagramHref: context.diagramHref }),
    ...(context.bpmnHref === undefined ? {} : { bpmnHref: context.bpmnHref }),
  };
}
