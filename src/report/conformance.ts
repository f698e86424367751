// The case-log part of a report: per catalogue and per item, how cases fit their procedure
// (fitness, deviations with example cases), declared vs observed times per step, lead times against
// 承诺时限 and 法定时限 and where overdue cases lost time — as Markdown (conformance.md, a section of
// report.md) and HTML (conformance.html, with the charts of diagrams/observed-svg.ts; a summary
// section of index.html). Reads only the plain ConformanceResult; every data text is escaped.

import type { ConformanceResult, DeviationKind, ItemConformance } from '../domain/index.js';
import { renderLeadTimeSvg, renderObservedStepsSvg } from './diagrams/observed-svg.js';
import { escapeMarkdown as md, escapeXml as h } from './escape.js';
import { formatDays } from './figures.js';
import { HTML_STYLE } from './html-style.js';

/** Chinese and English names of the deviation kinds. */
export const DEVIATION_LABELS: Readonly<Record<DeviationKind, string>> = {
  skipped: '漏办环节 skipped',
  'out-of-order': '顺序不符 out of order',
  'unknown-activity': '规程外环节 unknown activity',
  repeated: '无补正重复 repeated',
  open: '未办结 open',
};

const value = (x: number | null): string => (x === null ? '—' : formatDays(x));
const percent = (share: number): string => `${Math.round(share * 1000) / 10}%`;
const fitness = (x: number | null): string => (x === null ? '—' : x.toFixed(4));

/** File names of an item's two charts in a report folder (diagrams/…). */
export function observedChartFileNames(fileStem: string): { steps: string; leadTime: string } {
  return { steps: `${fileStem}.observed.svg`, leadTime: `${fileStem}.lead-time.svg` };
}

/** The catalogue table's rows: one per item, as cells of text (not escaped). */
function catalogueRows(result: ConformanceResult): string[][] {
  return result.items.map((i) => [
    i.itemCode,
    i.itemName,
    String(i.cases),
    `${i.fittingCases} (${percent(i.cases === 0 ? 0 : i.fittingCases / i.cases)})`,
    fitness(i.logFitness),
    fitness(i.averageFitness),
    value(i.observed.leadTimeMedianDays),
    value(i.observed.leadTimeP90Days),
    i.promisedLimitDays === null ? '—' : `${i.observed.overPromised.count} (${percent(i.observed.overPromised.share)})`,
    i.legalLimitDays === null ? '—' : `${i.observed.overLegal.count} (${percent(i.observed.overLegal.share)})`,
  ]);
}

const CATALOGUE_HEADER = [
  '事项编码 item code',
  '事项名称 item',
  '办件 cases',
  '符合规程 fitting',
  '日志拟合度 log fitness',
  '平均拟合度 average fitness',
  '用时中位数 lead median',
  '用时 p90 lead p90',
  '超承诺时限 over 承诺',
  '超法定时限 over 法定',
];
const DEVIATION_HEADER = ['偏离 deviation', '环节 step / activity', '办件 cases', '例 example cases'];
const STEP_HEADER = ['环节 step', '申报 declared', '申报等待 declared wait', '观测 n', '实际中位数 median', '实际 p90', '平均 mean', '等待中位数 wait median'];

function deviationRows(item: ItemConformance): string[][] {
  return item.deviations.map((d) => [DEVIATION_LABELS[d.kind], d.stepId ?? d.activity ?? '', String(d.count), d.exampleCases.join(', ')]);
}

function stepRows(item: ItemConformance): string[][] {
  return item.observed.steps.map((s) => [
    `${s.stepId} ${s.stepName}`,
    formatDays(s.declaredDays),
    formatDays(s.declaredWaitDays),
    String(s.n),
    value(s.serviceMedianDays),
    value(s.serviceP90Days),
    value(s.serviceMeanDays),
    value(s.waitMedianDays),
  ]);
}

function lostTimeText(item: ItemConformance): string {
  return item.observed.lostTime.map((l) => `${l.stepId} +${formatDays(l.excessDays)} (${l.cases})`).join(', ');
}

function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map(md).join(' | ')} |`)].join('\n');
}

function summaryLine(result: ConformanceResult): string {
  const s = result.summary;
  return `${s.items} 个事项 items, ${s.cases} 件办件 cases, ${s.fittingCases} 件符合规程 fitting${s.unalignedCases > 0 ? `, ${s.unalignedCases} 件超出搜索上限 not aligned (--max-states)` : ''}; 日志拟合度 log fitness ${fitness(s.logFitness)}, 平均拟合度 average fitness ${fitness(s.averageFitness)}.`;
}

export interface ConformanceMarkdownOptions {
  /** Heading level of the part's title (2 inside report.md, 1 for conformance.md). */
  level?: 1 | 2;
  /** Link target of an item's charts; none: no links. */
  chartHref?: (itemCode: string) => { steps: string; leadTime: string };
}

/** The case-log part as Markdown: the catalogue table, then per item its deviations, steps and limits. */
export function renderConformanceMarkdown(result: ConformanceResult, options: ConformanceMarkdownOptions = {}): string {
  const top = '#'.repeat(options.level ?? 2);
  const out: string[] = [`${top} 办件合规与实际用时 Conformance and observed times (case log)`, '', summaryLine(result), '', mdTable(CATALOGUE_HEADER, catalogueRows(result)), ''];
  for (const item of result.items) {
    out.push(`${top}# ${md(item.itemCode)} ${md(item.itemName)}`, '');
    out.push(`办件 ${item.cases} cases, 符合 ${item.fittingCases} fitting, 日志拟合度 log fitness ${fitness(item.logFitness)}; 承诺时限 ${value(item.promisedLimitDays)}, 法定时限 ${value(item.legalLimitDays)}.`, '');
    if (item.deviations.length > 0) out.push(mdTable(DEVIATION_HEADER, deviationRows(item)), '');
    out.push(mdTable(STEP_HEADER, stepRows(item)), '');
    if (item.observed.lostTime.length > 0) out.push(`超期办件耗时最多的环节 where overdue cases lost time (days over the declared, cases): ${md(lostTimeText(item))}`, '');
    if (options.chartHref) {
      const charts = options.chartHref(item.itemCode);
      out.push(`图 charts: [申报与实际 declared vs observed](${encodeURI(charts.steps)}) · [用时分布 lead times](${encodeURI(charts.leadTime)})`, '');
    }
  }
  return out.join('\n');
}

function htmlTable(header: readonly string[], rows: readonly (readonly string[])[], numeric: ReadonlySet<number> = new Set()): string {
  return `<table><thead><tr>${header.map((x) => `<th scope="col">${h(x)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => `<td${numeric.has(i) ? ' class="num"' : ''}>${h(c)}</td>`).join('')}</tr>`)
    .join('\n')}</tbody></table>`;
}

const CATALOGUE_NUMERIC = new Set([2, 3, 4, 5, 6, 7, 8, 9]);

/** The section of index.html: the catalogue table and a link to conformance.html. */
export function renderConformanceSection(result: ConformanceResult, pageHref = 'conformance.html'): string {
  return `<section id="conformance"><h2>办件合规与实际用时 Conformance and observed times</h2>
<p>${h(summaryLine(result))} <a href="${h(pageHref)}">每个事项的偏离、环节用时与图表 Per item: deviations, step times and charts</a></p>
${htmlTable(CATALOGUE_HEADER, catalogueRows(result), CATALOGUE_NUMERIC)}
</section>
`;
}

/** conformance.html: a self-contained page (no script), the catalogue table and per item its tables and both charts inline. */
export function writeConformanceHtml(result: ConformanceResult, write: (text: string) => void): void {
  write(`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>办件合规与实际用时 Conformance and observed times</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header><h1>办件合规与实际用时 Conformance and observed times</h1></header>
<main>
<p><a href="index.html">← 总览 Catalogue summary (index.html)</a></p>
<section id="catalogue"><h2>总览 Catalogue</h2>
<p>${h(summaryLine(result))}</p>
${htmlTable(CATALOGUE_HEADER, catalogueRows(result), CATALOGUE_NUMERIC)}
</section>
`);
  result.items.forEach((item, i) => {
    const lost = lostTimeText(item);
    write(`<article id="case-item-${i}"><h3>${h(item.itemCode)} ${h(item.itemName)}</h3>
<p>办件 ${item.cases} cases, 符合 ${item.fittingCases} fitting, 日志拟合度 log fitness ${fitness(item.logFitness)}; 承诺时限 ${value(item.promisedLimitDays)}, 法定时限 ${value(item.legalLimitDays)}.</p>
${item.deviations.length > 0 ? `<h4>偏离 Deviations</h4>\n${htmlTable(DEVIATION_HEADER, deviationRows(item), new Set([2]))}` : '<p class="muted">没有偏离 No deviations.</p>'}
<h4>申报与实际用时 Declared vs observed (working days)</h4>
${htmlTable(STEP_HEADER, stepRows(item), new Set([1, 2, 3, 4, 5, 6, 7]))}
<div class="diagram">${renderObservedStepsSvg(item)}</div>
<h4>办件用时分布 Lead times</h4>
<div class="diagram">${renderLeadTimeSvg(item)}</div>
${lost === '' ? '' : `<p>超期办件耗时最多的环节 where overdue cases lost time (days over the declared, cases): ${h(lost)}</p>`}
</article>
`);
  });
  write('</main>\n</body>\n</html>\n');
}

/** conformance.html as one string. */
export function renderConformanceHtml(result: ConformanceResult): string {
  const pieces: string[] = [];
  writeConformanceHtml(result, (text) => pieces.push(text));
  return pieces.join('');
}
