// Small SVG building blocks shared by the diagrams: the document wrapper, text, the palette and
// the legend. Every piece of data text goes through escapeXml; numbers are rounded to 0.01 px.

import { escapeXml } from '../escape.js';
import { DIAGRAM_FONT_FAMILY, estimateTextWidth } from './text-width.js';

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
} as const;

/** A number for an SVG attribute: at most two decimals, no "-0". */
export function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
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

/** Legend entries flowed into rows no wider than maxWidth; returns the SVG group and its height. */
export function renderLegend(entries: readonly LegendEntry[], x: number, y: number, maxWidth: number): { svg: string; height: number } {
  const parts: string[] = [];
  let cx = 0;
  let row = 0;
  for (const entry of entries) {
    const w = 34 + estimateTextWidth(entry.label, LEGEND_FONT) + 18;
    if (cx > 0 && cx + w > maxWidth) {
      row += 1;
      cx = 0;
    }
    const ox = x + cx;
    const oy = y + row * LEGEND_ROW;
    parts.push(
      `<g transform="translate(${num(ox)},${num(oy)})">${entry.sample}${svgText(34, 11.5, entry.label, { size: LEGEND_FONT, fill: PALETTE.muted })}</g>`,
    );
    cx += w;
  }
  return { svg: `<g class="legend">${parts.join('')}</g>\n`, height: (row + 1) * LEGEND_ROW };
}
