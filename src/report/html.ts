// index.html: self-contained pages (inline CSS, two small inline scripts, the SVG diagrams
// embedded as inert text and drawn as their item nears the viewport; no network, works from
// file:// and as an attachment). A CSP allows only those scripts, by their SHA-256 hashes (CSP
// Level 2 hash-source). Every data text is escaped. A catalogue of more items than a page holds
// gets its items on pages of their own (items-001.html, …), index.html keeping the tables.

import { createHash } from 'node:crypto';
import type { AnalysisResult, ItemAnalysis } from '../domain/index.js';
import type { ItemDiagrams } from './diagrams/render-diagrams.js';
import { escapeXml as h } from './escape.js';
import {
  baselineDays,
  computeSavingDays,
  formatItemDays,
  findBestCandidate,
  formatDays,
  rankItemsBySaving,
  summarizeCatalogue,
  summarizeDepartments,
} from './figures.js';
import { HTML_STYLE } from './html-style.js';
import { toItemSection } from './item-section.js';
import { renderConformanceSection } from './conformance.js';
import type { ReportContext, ReportFormat } from './report-format.js';

// Click (or Enter/Space: the headers are buttons) sorts a table.sortable by that column; a second
// click reverses. Cells sort by data-value (numbers when the header says data-type="number").
const SORT_SCRIPT = `(function () {
  var tables = document.querySelectorAll('table.sortable');
  Array.prototype.forEach.call(tables, function (table) {
    var buttons = table.querySelectorAll('thead button[data-col]');
    Array.prototype.forEach.call(buttons, function (button) {
      button.addEventListener('click', function () {
        var th = button.parentNode;
        var col = Number(button.getAttribute('data-col'));
        var numeric = button.getAttribute('data-type') === 'number';
        var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        Array.prototype.forEach.call(table.querySelectorAll('thead th'), function (other) { other.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', dir);
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var key = function (row) { var cell = row.cells[col]; return cell ? (cell.getAttribute('data-value') || cell.textContent || '') : ''; };
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          var c = numeric ? Number(x) - Number(y) : x.localeCompare(y, 'zh-CN');
          return dir === 'ascending' ? c : -c;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();`;

// A catalogue page holds thousands of diagrams (1k items: 3000 SVGs, 57 MB). Parsed and laid out
// at once they kept Chromium busy for over 20 s, so each SVG waits as the text of an inert
// <script type="image/svg+xml"> (raw text: parsed as one string, no entity is decoded) and
// becomes the diagram when its item comes within a screen of the viewport, or before printing.
// It is the same escaped markup the page would otherwise hold inline.
const DRAW_SCRIPT = `(function () {
  var selector = 'script[type="image/svg+xml"]';
  var draw = function (source) {
    var holder = source.parentNode;
    if (holder) holder.innerHTML = source.textContent;
  };
  var drawAll = function () { Array.prototype.forEach.call(document.querySelectorAll(selector), draw); };
  if (!('IntersectionObserver' in window)) return drawAll();
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (!entry.isIntersecting) return;
      observer.unobserve(entry.target);
      var source = entry.target.querySelector(selector);
      if (source) draw(source);
    });
  }, { rootMargin: '100% 0px' });
  Array.prototype.forEach.call(document.querySelectorAll(selector), function (source) { observer.observe(source.parentNode); });
  window.addEventListener('beforeprint', drawAll);
})();`;

/**
 * Markup as the raw text of a <script> element: "</script" (any case) would end it early and "<!--"
 * would change how the parser looks for that end. Our SVG holds neither (every CSV text in it is
 * escaped, and it has no comments), but a "<" there could only be text, so it is written as &lt; —
 * the same text once the markup is parsed.
 */
function inertText(markup: string): string {
  return markup.replace(/<(\/script|!--)/gi, '&lt;$1');
}

function scriptHash(script: string): string {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}

interface Column {
  label: string;
  numeric?: boolean;
}

function sortableTable(id: string, columns: readonly Column[], rows: readonly (readonly { text: string; value?: string | number }[])[], sortedBy?: { col: number; dir: 'ascending' | 'descending' }): string {
  const head = columns
    .map((c, i) => {
      const sort = sortedBy && sortedBy.col === i ? sortedBy.dir : 'none';
      return `<th scope="col" aria-sort="${sort}"><button type="button" data-col="${i}" data-type="${c.numeric ? 'number' : 'text'}">${h(c.label)}</button></th>`;
    })
    .join('');
  const body = rows
    .map(
      (cells) =>
        `<tr>${cells
          .map((cell, i) => {
            const value = cell.value === undefined ? '' : ` data-value="${h(String(cell.value))}"`;
            return `<td${columns[i]?.numeric ? ' class="num"' : ''}${value}>${cell.text}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('\n');
  return `<table class="sortable" id="${id}"><thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}

function plainTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `<table><thead><tr>${header.map((x) => `<th scope="col">${h(x)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function renderItem(item: ItemAnalysis, index: number, diagrams: ItemDiagrams | undefined): string {
  const section = toItemSection(item);
  const parts = [
    `<article id="item-${index}" data-item-code="${h(section.itemCode)}">`,
    `<h3>${h(section.itemCode)} ${h(section.itemName)}</h3>`,
    `<p>牵头部门 department: ${h(section.department)} · 环节 steps: ${section.stepCount} · 时长 days: ${section.durationDays} · 计时 clock: ${section.clockDays} · 法定顺序时长 lawful: ${section.lawfulDays} · 时限 limits: ${section.limits} · 到场 visits: ${section.applicantVisits} · 部门交接 handoffs: ${section.departmentHandoffs}</p>`,
    `<p><b>关键路径 critical path</b> (${section.criticalPath.durationDays} 天): ${section.criticalPath.steps.map(h).join(' → ')}</p>`,
  ];
  if (section.incompleteDurations.length > 0) {
    parts.push(`<p class="muted">时限未填 incomplete durations: ${section.incompleteDurations.map(h).join('、')}</p>`);
  }
  for (const problem of section.orderProblems) parts.push(`<p class="muted">顺序问题 order problem: ${h(problem)}</p>`);
  for (const note of section.notes) parts.push(`<p class="muted">说明 note: ${h(note)}</p>`);
  parts.push('<h4>发现 Findings</h4>');
  parts.push(
    section.findings.length === 0
      ? '<p class="muted">无 none.</p>'
      : plainTable(
          ['类型 kind', '环节 steps', '说明 message', '节省天数 days', '减少环节 steps', '减少到场 visits'],
          section.findings.map((f) => [`${h(f.label)} <code>${h(f.kind)}</code>`, h(f.stepIds.join(', ')) || '—', h(f.message), f.savingDays, f.savingSteps, f.savingVisits]),
        ),
  );
  parts.push('<h4>优化方案 Candidates</h4>');
  if (section.noFasterPlanReason !== null) parts.push(`<p class="muted">无推荐方案 no best plan: ${h(section.noFasterPlanReason)}</p>`);
  parts.push(
    section.candidates.length === 0
      ? '<p class="muted">未找到更优的方案 no candidate improves this procedure.</p>'
      : plainTable(
          ['方案 candidate', '环节 steps', '时长 days', '计时 clock days', '到场 visits', '采用 applied', '关键路径 critical path'],
          section.candidates.map((c) => [
            c.best ? `<b>${h(c.id)}</b>` : h(c.id),
            c.stepCount,
            c.durationDays,
            c.clockDays,
            c.applicantVisits,
            h(c.applied.join('、')),
            h(c.criticalPath.join(' → ')),
          ]),
        ),
  );
  parts.push('<h4>流程图 Diagrams</h4>');
  if (diagrams) {
    const figure = (variant: string, svg: string): string =>
      `<div class="diagram" data-variant="${variant}"><script type="image/svg+xml">${inertText(svg)}</script></div>`;
    parts.push(figure('original', diagrams.original), figure('beforeAfter', diagrams.beforeAfter), figure('gantt', diagrams.gantt));
  } else {
    parts.push('<p class="muted">未生成流程图 no diagrams rendered.</p>');
  }
  parts.push('</article>');
  return parts.join('\n');
}

/** Items per HTML page when the caller does not say (1k items: two pages of ~28 MB). */
export const HTML_PAGE_SIZE = 500;

/** How a catalogue's items are spread over pages. */
export interface HtmlOptions {
  /** Items per page; 0 puts every item on index.html. Default HTML_PAGE_SIZE. */
  pageSize?: number;
  /** Markup of extra sections placed before the items (the case-log summary of report/conformance.ts). */
  extraSections?: string;
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
    writeHtmlPage(result, page, diagrams, (text) => pieces.push(text));
    return { fileName: page.fileName, html: pieces.join('') };
  });
}

const CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src '${scriptHash(SORT_SCRIPT)}' '${scriptHash(DRAW_SCRIPT)}'; img-src data:; base-uri 'none'; form-action 'none'`;

function pageStart(title: string, heading: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header><h1>${heading}</h1></header>
<main>
`;
}

const PAGE_END = `
</section>
</main>
<script>${SORT_SCRIPT}</script>
<script>${DRAW_SCRIPT}</script>
</body>
</html>
`;

/** Items first…end of the catalogue (1-based in the text) with their codes, for a page's title and link. */
function pageLabel(result: AnalysisResult, page: HtmlPage): string {
  const first = result.items[page.first];
  const last = result.items[page.end - 1];
  return `事项 items ${page.first + 1}–${page.end}: ${h(first?.itemCode ?? '')} … ${h(last?.itemCode ?? '')}`;
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
  const pages = htmlPages(result.items.length, options);
  const pageOf = (i: number): string => {
    if (pages.length === 0) return '';
    const size = pages[0]!.end;
    return pages[Math.floor(i / size)]?.fileName ?? '';
  };
  const totals = summarizeCatalogue(result);
  const anchor = new Map(result.items.map((item, i) => [item, `${pageOf(i)}#item-${i}`]));
  const card = (label: string, value: string): string => `<div class="card"><b>${value}</b>${h(label)}</div>`;
  const ranking = sortableTable(
    'ranking',
    [{ label: '事项编码 item code' }, { label: '事项名称 item' }, { label: '牵头部门 department' }, { label: '现状天数 days', numeric: true }, { label: '最优方案 best' }, { label: '方案天数 best days', numeric: true }, { label: '可节省天数 days saved', numeric: true }, { label: '发现 findings', numeric: true }, { label: '到场 visits', numeric: true }],
    rankItemsBySaving(result.items).map((item) => {
      const best = findBestCandidate(item);
      return [
        { text: `<a href="${anchor.get(item) ?? ''}">${h(item.itemCode)}</a>`, value: item.itemCode },
        { text: h(item.itemName), value: item.itemName },
        { text: h(item.department), value: item.department },
        { text: formatItemDays(item, baselineDays(item)), value: baselineDays(item) },
        { text: best ? h(best.id) : '—', value: best?.id ?? '' },
        { text: best ? formatItemDays(item, best.durationDays) : '—', value: best?.durationDays ?? baselineDays(item) },
        { text: formatDays(computeSavingDays(item)), value: computeSavingDays(item) },
        { text: String(item.findings.length), value: item.findings.length },
        { text: String(item.applicantVisits), value: item.applicantVisits },
      ];
    }),
    { col: 6, dir: 'descending' },
  );
  const departments = sortableTable(
    'departments',
    [{ label: '牵头部门 department' }, { label: '事项 items', numeric: true }, { label: '环节 steps', numeric: true }, { label: '部门交接 handoffs', numeric: true }, { label: '发现 findings', numeric: true }, { label: '可节省天数 days saved', numeric: true }],
    summarizeDepartments(result).map((d) => [
      { text: h(d.department), value: d.department },
      { text: String(d.items), value: d.items },
      { text: String(d.steps), value: d.steps },
      { text: String(d.handoffs), value: d.handoffs },
      { text: String(d.findings), value: d.findings },
      { text: formatDays(d.savingDays), value: d.savingDays },
    ]),
    { col: 5, dir: 'descending' },
  );
  const problems = [...result.errors.map((e) => ['错误 error', e] as const), ...result.warnings.map((e) => ['警告 warning', e] as const)];
  write(`${pageStart('办理流程分析报告 Procedure analysis report', '办理流程分析报告 Procedure analysis report')}<section id="summary"><h2>总览 Catalogue summary</h2>
<div class="cards">
${card('事项 items', String(totals.items))}
${card('环节 steps', String(totals.steps))}
${card('有发现的事项 items with findings', String(totals.itemsWithFindings))}
${card('时长 days before → after', `${formatDays(totals.daysBefore)} → ${formatDays(totals.daysAfter)}`)}
${card('到场 visits before → after', `${totals.visitsBefore} → ${totals.visitsAfter}`)}
${card('输入错误 input errors', String(result.errors.length))}
</div></section>
<section id="ranking-section"><h2>可节省时间排名 Items by days saved</h2>
<p class="muted">点击表头排序 Click a column header to sort.</p>
${ranking}
</section>
<section id="departments-section"><h2>按部门 By department</h2>
${departments}
</section>
${
  problems.length === 0
    ? ''
    : `<section id="problems"><h2>输入问题 Input problems</h2>\n${plainTable(
        ['级别 level', '文件 file', '行 line', '事项 item', '列 column', '代码 code', '说明 message'],
        problems.map(([level, e]) => [h(level), h(e.file), String(e.line), h(e.itemCode ?? ''), h(e.column ?? ''), h(e.code), h(e.message)]),
      )}</section>`
}
${options.extraSections ?? ''}<section id="items"><h2>事项 Items</h2>
`);
  if (pages.length > 0) {
    write(`<p class="muted">${result.items.length} 个事项分 ${pages.length} 页 items on ${pages.length} pages (${pages[0]!.end} per page):</p>\n<ul id="pages">\n`);
    for (const page of pages) write(`<li><a href="${page.fileName}">${pageLabel(result, page)}</a></li>\n`);
    write('</ul>');
  } else {
    result.items.forEach((item, i) => write(`${i === 0 ? '' : '\n'}${renderItem(item, i, diagrams.get(item.itemCode))}`));
  }
  write(PAGE_END);
}

/** One item page of a paged catalogue (see htmlPages), through `write`, one item at a time. */
export function writeHtmlPage(
  result: AnalysisResult,
  page: HtmlPage,
  diagrams: Pick<ReadonlyMap<string, ItemDiagrams>, 'get'>,
  write: (text: string) => void,
): void {
  const label = pageLabel(result, page);
  write(`${pageStart(`${label} — 办理流程分析报告`, label)}<p><a href="index.html">← 总览 Catalogue summary (index.html)</a></p>
<section id="items"><h2>事项 Items</h2>
`);
  for (let i = page.first; i < page.end; i++) {
    const item = result.items[i]!;
    write(`${i === page.first ? '' : '\n'}${renderItem(item, i, diagrams.get(item.itemCode))}`);
  }
  write(PAGE_END);
}

/** index.html: the registry's entry; it embeds the diagrams, so it is not streamed by `analyze`. */
export const htmlFormat = {
  fileName: 'index.html',
  description: "self-contained HTML with sortable tables and embedded diagrams (drawn as they scroll into view); a large catalogue's items on pages of their own",
  fileStart: '',
  embedsDiagrams: true,
  write: (result, context, write) => writeHtml(result, context.diagrams ?? new Map<string, ItemDiagrams>(), write, pageOptions(context)),
} satisfies ReportFormat;

function pageOptions(context: ReportContext): HtmlOptions {
  return {
    ...(context.pageSize === undefined ? {} : { pageSize: context.pageSize }),
    ...(context.conformance === undefined ? {} : { extraSections: renderConformanceSection(context.conformance) }),
  };
}
