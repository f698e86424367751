// The odds of an item with three-point estimates: the Monte Carlo distribution of its clock time as a
// cumulative curve (share of runs finished by day x), as written and with the best candidate, and the
// 承诺时限 and 法定时限 as vertical lines — where a curve crosses a line is the chance of finishing
// within it. Plain SVG; every label escaped.

import type { ItemAnalysis } from '../../domain/index.js';
import { DEFAULT_LANG, REPORT_TEXT, type Lang } from '../../i18n/index.js';
import { findBestCandidate } from '../figures.js';
import { niceMax, num, PALETTE, svgDocument, svgText } from './svg.js';

const PLOT_W = 360;
const PLOT_H = 140;
const LEFT = 44;
const TOP = 40;
const BEST = '#1f6fd1';

/**
 * The chart of the item's clock-time distribution before and after its best candidate, or null when
 * the item has no Monte Carlo figures (no three-point estimate, or --samples 0).
 */
export function renderOddsSvg(item: ItemAnalysis, lang: Lang = DEFAULT_LANG): string | null {
  const before = item.uncertainty?.monteCarlo?.clock.cdf;
  if (before === undefined || before.length < 2) return null;
  const t = REPORT_TEXT[lang];
  const best = findBestCandidate(item);
  const after = best?.uncertainty?.monteCarlo?.clock.cdf;
  const limits = [item.promisedLimitDays, item.legalLimitDays].filter((l): l is number => l !== null);
  const max = niceMax(Math.max(1, ...before, ...(after ?? []), ...limits));
  const x = (days: number): number => LEFT + (days / max) * PLOT_W;
  const y = (share: number): number => TOP + (1 - share) * PLOT_H;
  // cdf[k] is the clock time at level k / (length − 1): the curve goes through (cdf[k], level).
  const curve = (cdf: readonly number[], colour: string, dash: string): string =>
    `<polyline fill="none" stroke="${colour}" stroke-width="2"${dash} points="${cdf.map((d, k) => `${num(x(d))},${num(y(k / (cdf.length - 1)))}`).join(' ')}"/>`;
  const parts: string[] = [];
  parts.push(`<line x1="${LEFT}" y1="${num(y(0))}" x2="${LEFT + PLOT_W}" y2="${num(y(0))}" stroke="${PALETTE.muted}"/>`);
  parts.push(`<line x1="${LEFT}" y1="${num(y(0))}" x2="${LEFT}" y2="${num(y(1))}" stroke="${PALETTE.muted}"/>`);
  for (let k = 0; k <= 4; k++) {
    parts.push(svgText(x((max * k) / 4), y(0) + 14, num((max * k) / 4), { size: 10, anchor: 'middle', fill: PALETTE.muted }));
    parts.push(svgText(LEFT - 4, y(k / 4) + 4, `${k * 25}%`, { size: 10, anchor: 'end', fill: PALETTE.muted }));
  }
  parts.push(svgText(LEFT + PLOT_W, y(0) + 28, t.oddsAxis, { size: 10, anchor: 'end', fill: PALETTE.muted }));
  const line = (days: number, colour: string, text: string, row: number): void => {
    parts.push(`<line x1="${num(x(days))}" y1="${num(y(1) - 4)}" x2="${num(x(days))}" y2="${num(y(0))}" stroke="${colour}" stroke-width="1.5" stroke-dasharray="5 3"/>`);
    parts.push(svgText(x(days) + 3, y(0) - 6 - 12 * row, text, { size: 10, fill: colour }));
  };
  if (item.promisedLimitDays !== null) line(item.promisedLimitDays, PALETTE.critical, t.leadTimePromised({ days: num(item.promisedLimitDays) }), 1);
  if (item.legalLimitDays !== null) line(item.legalLimitDays, PALETTE.ink, t.leadTimeLegal({ days: num(item.legalLimitDays) }), 0);
  parts.push(curve(before, PALETTE.muted, ''));
  if (after !== undefined && after.length >= 2) parts.push(curve(after, BEST, ' stroke-dasharray="6 3"'));
  // The legend: the two curves.
  parts.push(`<line x1="${LEFT}" y1="12" x2="${LEFT + 24}" y2="12" stroke="${PALETTE.muted}" stroke-width="2"/>`);
  parts.push(svgText(LEFT + 30, 16, t.oddsBefore, { size: 11 }));
  if (after !== undefined && best !== undefined) {
    parts.push(`<line x1="${LEFT}" y1="28" x2="${LEFT + 24}" y2="28" stroke="${BEST}" stroke-width="2" stroke-dasharray="6 3"/>`);
    parts.push(svgText(LEFT + 30, 32, t.oddsAfter, { size: 11 }));
  }
  return svgDocument(LEFT + PLOT_W + 40, TOP + PLOT_H + 36, t.oddsTitle({ item: item.itemCode }), `${parts.join('\n')}\n`);
}
