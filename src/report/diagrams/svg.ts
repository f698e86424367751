// Small SVG building blocks shared by the diagrams: the document wrapper, text, the palette and
// the legend. Every piece of data text goes through escapeXml; numbers are rounded to 0.01 px.

import { escapeXml } from '../escape.js';
import { DIAGRAM_FONT_FAMILY, estimateTextWidth, wrapText } from './text-width.js';

/** Colours used across diagrams (and explained by their legends). */
export const PALETTE = {
  ink: '#1f2933',
  muted: '#5b6b82',
  stepStroke: '#5b6b82',
  stepFill: '#ffffff',
  critical: '#d0421b',
  parallelizable: '#1f6fd1',
  redundantLink: '#8a94a3',
  redundantFill: '#fde0dc',
  mergeableFill: '#fff1c2',
  visit: '#2e7d32',
  laneFills: ['#f5f8fc', '#eaf0f7'] as const,
  headerFill: '#dde5f0',
  laneLine: '#c5cfdc',
  edge: '#7a8699',
  wait: '#c9d3e0',
  work: '#6b8bb5',
  ghostFill: '#f1f3f6',
  ghostStroke: '#a7b1bf',
  ghostText: '#8a94a3',
  merged: '#b7791f',
  gateway: '#5b6b82',
  returnLink: '#c26d00',
  offClock: '#b9c3d0',
  promised: '#d0421b',
  legal: '#1f2933',
  warn: '#b45309',
} as const;

/** A number for an SVG attribute: at most two decimals, no "-0". */
export function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

/** A round axis maximum ≥ x (1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8 × 10^k: four ticks stay round). */
export function niceMax(x: number): number {
  if (!(x > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8, 10]) if (m * p >= x - 1e-9) return m * p;
  return 10 * p;
}

/** A standalone SVG document (UTF-8, CJK-capable font family, accessible label). */
export function svgDocument(width: number, height: number, label: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" ` +
    `viewBox="0 0 ${num(width)} ${num(height)}" role="img" aria-label="${escapeXml(label)}" ` +
    `font-family="${escapeXml(DIAGRAM_FONT_FAMILY)}">\n<title>${escapeXml(label)}</title>\n${body}</svg>\n`
  );
}

export interface TextStyle {
  size: number;
  bold?: boolean;
  anchor?: 'start' | 'middle' | 'end';
  fill?: string;
}

/** One line of escaped text. */
export function svgText(x: number, y: number, text: string, style: TextStyle): string {
  const weight = style.bold ? ' font-weight="bold"' : '';
  const anchor = style.anchor && style.anchor !== 'start' ? ` text-anchor="${style.anchor}"` : '';
  return `<text x="${num(x)}" y="${num(y)}" font-size="${num(style.size)}"${weight}${anchor} fill="${style.fill ?? PALETTE.ink}">${escapeXml(text)}</text>`;
}

/** A filled triangle at the end of a polyline, pointing along its last segment. */
export function arrowHead(from: { x: number; y: number }, to: { x: number; y: number }, color: string): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const size = 8;
  const half = 3.5;
  const bx = to.x - ux * size;
  const by = to.y - uy * size;
  const p1 = `${num(bx - uy * half)},${num(by + ux * half)}`;
  const p2 = `${num(bx + uy * half)},${num(by - ux * half)}`;
  return `<polygon points="${num(to.x)},${num(to.y)} ${p1} ${p2}" fill="${color}"/>`;
}

/** A person badge (applicant visit, 申请人到场) centred at cx, cy. */
export function personBadge(cx: number, cy: number): string {
  return (
    `<g class="visit-badge"><circle cx="${num(cx)}" cy="${num(cy)}" r="8" fill="${PALETTE.visit}" stroke="#ffffff" stroke-width="1.5"/>` +
    `<circle cx="${num(cx)}" cy="${num(cy - 2.6)}" r="2.4" fill="#ffffff"/>` +
    `<path d="M${num(cx - 4.2)},${num(cy + 4.6)} a4.2,4 0 0 1 8.4,0 z" fill="#ffffff"/></g>`
  );
}

export interface LegendEntry {
  /** SVG drawn in a 28 × 14 sample box whose top-left is 0,0. */
  sample: string;
  label: string;
}

const LEGEND_FONT = 12;
const LEGEND_ROW = 22;
const LEGEND_LINE = 15;
const SAMPLE_WIDTH = 34;
const ENTRY_GAP = 18;

/**
 * Legend entries flowed into rows no wider than maxWidth (an entry too wide for a row wraps its
 * label onto more lines); returns the SVG group and its height.
 */
export function renderLegend(entries: readonly LegendEntry[], x: number, y: number, maxWidth: number): { svg: string; height: number } {
  const parts: string[] = [];
  let cx = 0;
  let top = 0;
  let rowHeight = 0;
  for (const entry of entries) {
    const lines = wrapText(entry.label, LEGEND_FONT, Math.max(60, maxWidth - SAMPLE_WIDTH - ENTRY_GAP));
    const w = SAMPLE_WIDTH + Math.max(...lines.map((l) => estimateTextWidth(l, LEGEND_FONT))) + ENTRY_GAP;
    const h = LEGEND_ROW + (lines.length - 1) * LEGEND_LINE;
    if (cx > 0 && cx + w > maxWidth) {
      top += rowHeight;
      cx = 0;
      rowHeight = 0;
    }
    const text = lines.map((l, k) => svgText(SAMPLE_WIDTH, 11.5 + k * LEGEND_LINE, l, { size: LEGEND_FONT, fill: PALETTE.muted })).join('');
    parts.push(`<g transform="translate(${num(x + cx)},${num(y + top)})">${entry.sample}${text}</g>`);
    cx += w;
    rowHeight = Math.max(rowHeight, h);
  }
  return { svg: `<g class="legend">${parts.join('')}</g>\n`, height: entries.length === 0 ? 0 : top + rowHeight };
}
