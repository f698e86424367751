// Before/after diagram: the declared procedure and the best candidate drawn side by side, each
// under a heading with its days, steps and applicant visits, sharing one legend.

import type { ProcedureLayout } from './layout.js';
import type { DiagramMarks } from './marks.js';
import { procedureLegendEntries, renderProcedureBody } from './procedure-svg.js';
import { PALETTE, num, renderLegend, svgDocument, svgText } from './svg.js';
import { wrapText } from './text-width.js';

export interface BeforeAfterSide {
  heading: string;
  layout: ProcedureLayout;
  marks: DiagramMarks;
}

const HEADING_FONT = 14;
const GAP = 48;
const TITLE_BAND = 30;

/** Both procedures side by side; with no `after`, the original alone with a note that nothing improves it. */
export function renderBeforeAfterSvg(before: BeforeAfterSide, after: BeforeAfterSide | undefined, options: { title?: string } = {}): string {
  const title = options.title ?? '优化前后对比 before / after';
  const sides = after ? [before, after] : [before];
  const headingLines = sides.map((s) => wrapText(s.heading, HEADING_FONT, Math.max(200, s.layout.width - 8)));
  const headingHeight = Math.max(...headingLines.map((l) => l.length)) * HEADING_FONT * 1.4 + 10;
  const top = TITLE_BAND + headingHeight;
  const parts: string[] = [svgText(8, 20, title, { size: 15, bold: true })];
  let x = 0;
  sides.forEach((side, i) => {
    const lines = headingLines[i] ?? [];
    parts.push(
      `<g class="side" data-side="${i === 0 ? 'before' : 'after'}">` +
        lines.map((l, k) => svgText(x + 8, TITLE_BAND + (k + 1) * HEADING_FONT * 1.4, l, { size: HEADING_FONT, bold: true })).join('') +
        `<g transform="translate(${num(x)},${num(top)})">\n${renderProcedureBody(side.layout, side.marks)}</g></g>`,
    );
    if (i === 0 && after) {
      const ax = x + side.layout.width + GAP / 2;
      const ay = top + Math.min(side.layout.height, after.layout.height) / 2;
      parts.push(`<path d="M${num(ax - 14)},${num(ay)} L${num(ax + 6)},${num(ay)}" stroke="${PALETTE.muted}" stroke-width="3"/>` +
        `<polygon points="${num(ax + 14)},${num(ay)} ${num(ax + 4)},${num(ay - 7)} ${num(ax + 4)},${num(ay + 7)}" fill="${PALETTE.muted}"/>`);
    }
    x += side.layout.width + GAP;
  });
  const width = Math.max(640, x - GAP);
  let bodyHeight = Math.max(...sides.map((s) => s.layout.height));
  if (!after) {
    parts.push(svgText(8, top + bodyHeight + 20, '未找到更优的方案 no candidate improves this procedure', { size: 13, fill: PALETTE.muted }));
    bodyHeight += 28;
  }
  const legend = renderLegend(procedureLegendEntries(), 8, top + bodyHeight + 12, width - 16);
  parts.push(legend.svg);
  const height = top + bodyHeight + 12 + legend.height + 8;
  return svgDocument(width, height, title, `<rect width="100%" height="100%" fill="#ffffff"/>\n${parts.join('\n')}\n`);
}
