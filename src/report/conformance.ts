// The case-log part of a report: per catalogue and per item, how cases fit their procedure
// (fitness, deviations with example cases), declared vs observed times per step, lead times against
// 承诺时限 and 法定时限 and where overdue cases lost time — as Markdown (conformance.md, a section of
// report.md) and HTML (conformance.html, with the charts of diagrams/observed-svg.ts; a summary
// section of index.html). Reads only the plain ConformanceResult; every data text is escaped.

import type { ConformanceResult, DeviationKind, ItemConformance } from '../domain/index.js';
import { DEFAULT_LANG, REPORT_TEXT, type Lang, type ReportText } from '../i18n/index.js';
import { renderLeadTimeSvg, renderObservedStepsSvg } from './diagrams/observed-svg.js';
import { escapeMarkdown as md, escapeXml as h } from './escape.js';
import { formatDays } from './figures.js';
import { HTML_STYLE } from './html-style.js';

/** The deviation kinds' names in a language. */
export function deviationLabel(kind: DeviationKind, lang: Lang = DEFAULT_LANG): string {
  return REPORT_TEXT[lang].deviationKinds[kind];
}

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

const catalogueHeader = (t: ReportText): string[] => [
  t.colItemCode,
  t.colItemName,
  t.colCases,
  t.colFitting,
  t.colLogFitness,
  t.colAverageFitness,
  t.colLeadMedian,
  t.colLeadP90,
  t.colOverPromised,
  t.colOverLegal,
];
const deviationHeader = (t: ReportText): string[] => [t.colDeviation, t.colStepOrActivity, t.colCases, t.colExampleCases];
const stepHeader = (t: ReportText): string[] => [t.colStep, t.colDeclared, t.colDeclaredWait, t.colObservedN, t.colObservedMedian, t.colObservedP90, t.colObservedMean, t.colWaitMedian];

function deviationRows(item: ItemConformance, lang: Lang): string[][] {
  return item.deviations.map((d) => [deviationLabel(d.kind, lang), d.stepId ?? d.activity ?? '', String(d.count), d.exampleCases.join(', ')]);
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

function summaryLine(result: ConformanceResult, t: ReportText): string {
  const s = result.summary;
  return t.conformanceSummary({ items: s.items, cases: s.cases, fitting: s.fittingCases, unaligned: s.unalignedCases, logFitness: fitness(s.logFitness), averageFitness: fitness(s.averageFitness) });
}

function itemLine(item: ItemConformance, t: ReportText): string {
  return t.conformanceItemLine({ cases: item.cases, fitting: item.fittingCases, logFitness: fitness(item.logFitness), promised: value(item.promisedLimitDays), legal: value(item.legalLimitDays) });
}

export interface ConformanceMarkdownOptions {
  /** Heading level of the part's title (2 inside report.md, 1 for conformance.md). */
  level?: 1 | 2;
  /** Link target of an item's charts; none: no links. */
  chartHref?: (itemCode: string) => { steps: string; leadTime: string };
  /** The language of the text (default zh-CN). */
  lang?: Lang;
}

/** The case-log part as Markdown: the catalogue table, then per item its deviations, steps and limits. */
export function renderConformanceMarkdown(result: ConformanceResult, options: ConformanceMarkdownOptions = {}): string {
  const lang = options.lang ?? DEFAULT_LANG;
  const t = REPORT_TEXT[lang];
  const top = '#'.repeat(options.level ?? 2);
  const out: string[] = [`${top} ${t.conformanceHeading}`, '', summaryLine(result, t), '', mdTable(catalogueHeader(t), catalogueRows(result)), ''];
  for (const item of result.items) {
    out.push(`${top}# ${md(item.itemCode)} ${md(item.itemName)}`, '');
    out.push(itemLine(item, t), '');
    if (item.deviations.length > 0) out.push(mdTable(deviationHeader(t), deviationRows(item, lang)), '');
    out.push(mdTable(stepHeader(t), stepRows(item)), '');
    if (item.observed.lostTime.length > 0) out.push(`${t.lostTime}${t.colon}${md(lostTimeText(item))}`, '');
    if (options.chartHref) {
      const charts = options.chartHref(item.itemCode);
      out.push(`${t.charts}${t.colon}[${t.chartObserved}](${encodeURI(charts.steps)}) · [${t.chartLeadTime}](${encodeURI(charts.leadTime)})`, '');
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
export function renderConformanceSection(result: ConformanceResult, pageHref = 'conformance.html', lang: Lang = DEFAULT_LANG): string {
  const t = REPORT_TEXT[lang];
  return `<section id="conformance"><h2>${h(t.conformanceSummaryHeading)}</h2>
<p>${h(summaryLine(result, t))} ${h(t.conformanceSeeAlso)} <a href="${h(pageHref)}">conformance.html</a></p>
${htmlTable(catalogueHeader(t), catalogueRows(result), CATALOGUE_NUMERIC)}
</section>
`;
}

/** conformance.html: a self-contained page (no script), the catalogue table and per item its tables and both charts inline. */
export function writeConformanceHtml(result: ConformanceResult, write: (text: string) => void, lang: Lang = DEFAULT_LANG): void {
  const t = REPORT_TEXT[lang];
  write(`<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${h(t.conformanceHeading)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header><h1>${h(t.conformanceHeading)}</h1></header>
<main>
<p><a href="index.html">${h(t.backToIndex)}</a></p>
<section id="catalogue"><h2>${h(t.summaryHeading)}</h2>
<p>${h(summaryLine(result, t))}</p>
${htmlTable(catalogueHeader(t), catalogueRows(result), CATALOGUE_NUMERIC)}
</section>
`);
  result.items.forEach((item, i) => {
    const lost = lostTimeText(item);
    write(`<article id="case-item-${i}"><h3>${h(item.itemCode)} ${h(item.itemName)}</h3>
<p>${h(itemLine(item, t))}</p>
${item.deviations.length > 0 ? `<h4>${h(t.colDeviation)}</h4>\n${htmlTable(deviationHeader(t), deviationRows(item, lang), new Set([2]))}` : `<p class="muted">${h(t.noDeviations)}</p>`}
<h4>${h(t.chartObserved)}</h4>
${htmlTable(stepHeader(t), stepRows(item), new Set([1, 2, 3, 4, 5, 6, 7]))}
<div class="drawing">${renderObservedStepsSvg(item, lang)}</div>
<h4>${h(t.chartLeadTime)}</h4>
<div class="drawing">${renderLeadTimeSvg(item, lang)}</div>
${lost === '' ? '' : `<p>${h(t.lostTime)}${h(t.colon)}${h(lost)}</p>`}
</article>
`);
  });
  write('</main>\n</body>\n</html>\n');
}

/** conformance.html as one string. */
export function renderConformanceHtml(result: ConformanceResult, lang: Lang = DEFAULT_LANG): string {
  const pieces: string[] = [];
  writeConformanceHtml(result, (text) => pieces.push(text), lang);
  return pieces.join('');
}
