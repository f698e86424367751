// Two small charts of an item's case log: declared vs observed time per step (horizontal bars:
// declared duration + wait, observed median service + wait, a whisker to the p90 of service + the
// median wait), and the distribution of the cases' lead times (a histogram of closed cases) with
// the 承诺时限 and 法定时限 as vertical lines. Plain SVG; every label escaped.

import type { ItemConformance } from '../../domain/index.js';
import { DEFAULT_LANG, REPORT_TEXT, type Lang } from '../../i18n/index.js';
import { escapeXml } from '../escape.js';
import { niceMax, num, PALETTE, svgDocument, svgText } from './svg.js';
import { estimateTextWidth } from './text-width.js';

const FONT = 12;
const BAR = 9;
const ROW = 2 * BAR + 10;
const PLOT = 360;
const OBSERVED = '#d98c1f';

/** Declared vs observed days per step; steps without observations show the declared bar only. */
export function renderObservedStepsSvg(item: ItemConformance, lang: Lang = DEFAULT_LANG): string {
  const t = REPORT_TEXT[lang];
  const steps = item.observed.steps;
  const label = (i: number): string => `${steps[i]!.stepId} ${steps[i]!.stepName}`;
  const labelWidth = Math.min(220, Math.max(60, ...steps.map((_, i) => estimateTextWidth(label(i), FONT)))) + 12;
  const values = steps.flatMap((s) => [s.declaredDays + s.declaredWaitDays, (s.serviceP90Days ?? 0) + (s.waitMedianDays ?? 0)]);
  const max = niceMax(Math.max(0, ...values));
  const x = (days: number): number => labelWidth + (days / max) * PLOT;
  const top = 24;
  const height = top + steps.length * ROW + 30;
  const width = labelWidth + PLOT + 60;
  const parts: string[] = [];
  parts.push(svgText(labelWidth, 14, t.observedLegend, { size: 11, fill: PALETTE.muted }));
  steps.forEach((s, i) => {
    const y = top + i * ROW;
    parts.push(svgText(labelWidth - 6, y + BAR + 4, label(i).length > 18 ? `${label(i).slice(0, 17)}…` : label(i), { size: FONT, anchor: 'end' }));
    const declared = s.declaredDays + s.declaredWaitDays;
    parts.push(`<rect x="${num(labelWidth)}" y="${num(y)}" width="${num(x(declared) - labelWidth)}" height="${BAR}" fill="${PALETTE.work}"><title>${escapeXml(t.observedDeclaredTip({ step: s.stepId, days: num(s.declaredDays), wait: num(s.declaredWaitDays) }))}</title></rect>`);
    if (s.n > 0 && s.serviceMedianDays !== null) {
      const observed = s.serviceMedianDays + (s.waitMedianDays ?? 0);
      const y2 = y + BAR + 1;
      parts.push(`<rect x="${num(labelWidth)}" y="${num(y2)}" width="${num(x(observed) - labelWidth)}" height="${BAR}" fill="${OBSERVED}"><title>${escapeXml(t.observedTip({ step: s.stepId, days: num(s.serviceMedianDays), wait: num(s.waitMedianDays ?? 0), n: s.n }))}</title></rect>`);
      const p90 = (s.serviceP90Days ?? s.serviceMedianDays) + (s.waitMedianDays ?? 0);
      parts.push(`<line x1="${num(x(observed))}" y1="${num(y2 + BAR / 2)}" x2="${num(x(p90))}" y2="${num(y2 + BAR / 2)}" stroke="${PALETTE.ink}"/><line x1="${num(x(p90))}" y1="${num(y2)}" x2="${num(x(p90))}" y2="${num(y2 + BAR)}" stroke="${PALETTE.ink}"/>`);
      parts.push(svgText(x(p90) + 4, y2 + BAR - 1, `n=${s.n}`, { size: 10, fill: PALETTE.muted }));
    }
  });
  const axisY = top + steps.length * ROW + 4;
  parts.push(`<line x1="${num(labelWidth)}" y1="${num(axisY)}" x2="${num(labelWidth + PLOT)}" y2="${num(axisY)}" stroke="${PALETTE.muted}"/>`);
  for (let k = 0; k <= 4; k++) parts.push(svgText(x((max * k) / 4), axisY + 14, num((max * k) / 4), { size: 10, anchor: 'middle', fill: PALETTE.muted }));
  return svgDocument(width, height, t.observedTitle({ item: item.itemCode }), `${parts.join('\n')}\n`);
}

/** A histogram of the closed cases' lead times, with the 承诺时限 (and 法定时限) lines. */
export function renderLeadTimeSvg(item: ItemConformance, lang: Lang = DEFAULT_LANG): string {
  const t = REPORT_TEXT[lang];
  const lead = item.observed.leadTimesDays;
  const limits = [item.promisedLimitDays, item.legalLimitDays].filter((l): l is number => l !== null);
  const max = niceMax(Math.max(1, ...lead, ...limits));
  const bins = 20;
  const counts = new Array<number>(bins).fill(0);
  for (const d of lead) counts[Math.min(bins - 1, Math.floor((d / max) * bins))]!++;
  const peak = Math.max(1, ...counts);
  const left = 40;
  const top = 22;
  const plotH = 120;
  const width = left + PLOT + 30;
  const height = top + plotH + 34;
  const x = (days: number): number => left + (days / max) * PLOT;
  const parts: string[] = [svgText(left, 14, t.leadTimeCaption({ cases: lead.length }), { size: 11, fill: PALETTE.muted })];
  counts.forEach((c, b) => {
    if (c === 0) return;
    const h = (c / peak) * plotH;
    parts.push(`<rect x="${num(x((b * max) / bins) + 1)}" y="${num(top + plotH - h)}" width="${num(PLOT / bins - 2)}" height="${num(h)}" fill="${PALETTE.work}"><title>${c}</title></rect>`);
  });
  const line = (days: number, colour: string, text: string, row: number): void => {
    parts.push(`<line x1="${num(x(days))}" y1="${top - 4}" x2="${num(x(days))}" y2="${top + plotH}" stroke="${colour}" stroke-width="2" stroke-dasharray="5 3"/>`);
    parts.push(svgText(x(days) + 3, top + 8 + 12 * row, text, { size: 10, fill: colour }));
  };
  if (item.promisedLimitDays !== null) line(item.promisedLimitDays, PALETTE.critical, t.leadTimePromised({ days: num(item.promisedLimitDays) }), 0);
  if (item.legalLimitDays !== null) line(item.legalLimitDays, PALETTE.ink, t.leadTimeLegal({ days: num(item.legalLimitDays) }), 1);
  parts.push(`<line x1="${left}" y1="${top + plotH}" x2="${left + PLOT}" y2="${top + plotH}" stroke="${PALETTE.muted}"/>`);
  for (let k = 0; k <= 4; k++) parts.push(svgText(x((max * k) / 4), top + plotH + 14, num((max * k) / 4), { size: 10, anchor: 'middle', fill: PALETTE.muted }));
  parts.push(svgText(left - 4, top + 8, String(peak), { size: 10, anchor: 'end', fill: PALETTE.muted }));
  return svgDocument(width, height, t.leadTimeTitle({ item: item.itemCode }), `${parts.join('\n')}\n`);
}
