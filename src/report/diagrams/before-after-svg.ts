// Before/after diagram: the declared procedure above the best candidate (stacked, so a page as wide
// as either shows both whole), each under a heading with its days, steps and applicant visits. The
// "before" shows what the plan changes (removed steps ghosted, merged steps marked, links made
// parallel); the "after" its merged steps; one legend lists every mark either uses.

import { DEFAULT_LANG, REPORT_TEXT, type Lang } from '../../i18n/index.js';
import type { ProcedureLayout } from './layout.js';
import type { DiagramMarks } from './marks.js';
import { mergeLegends, renderProcedureBody } from './procedure-svg.js';
import { PALETTE, num, renderLegend, svgDocument, svgText, type LegendEntry } from './svg.js';
import { wrapText } from './text-width.js';

export interface BeforeAfterSide {
  heading: string;
  layout: ProcedureLayout;
  marks: DiagramMarks;
}

const HEADING_FONT = 14;
const HEADING_LINE = HEADING_FONT * 1.4;
const ARROW_BAND = 40;
const TITLE_BAND = 30;
const MIN_WIDTH = 640;

/** Both procedures, the original above the candidate; with no `after`, the original alone with a note that nothing improves it. */
export function renderBeforeAfterSvg(before: BeforeAfterSide, after: BeforeAfterSide | undefined, options: { title?: string; lang?: Lang } = {}): string {
  const t = REPORT_TEXT[options.lang ?? DEFAULT_LANG];
  const title = options.title ?? t.diagramVariants.beforeAfter;
  const sides = after ? [before, after] : [before];
  const width = Math.max(MIN_WIDTH, ...sides.map((s) => s.layout.width));
  const parts: string[] = [svgText(8, 20, title, { size: 15, bold: true })];
  const legends: LegendEntry[][] = [];
  let y = TITLE_BAND;
  sides.forEach((side, i) => {
    if (i > 0) {
      // A down arrow between the two: the plan follows from the procedure as written.
      const ax = width / 2;
      parts.push(
        `<g class="arrow"><path d="M${num(ax)},${num(y + 6)} L${num(ax)},${num(y + ARROW_BAND - 14)}" stroke="${PALETTE.muted}" stroke-width="3"/>` +
          `<polygon points="${num(ax)},${num(y + ARROW_BAND - 4)} ${num(ax - 8)},${num(y + ARROW_BAND - 16)} ${num(ax + 8)},${num(y + ARROW_BAND - 16)}" fill="${PALETTE.muted}"/></g>`,
      );
      y += ARROW_BAND;
    }
    const lines = wrapText(side.heading, HEADING_FONT, width - 16);
    const body = renderProcedureBody(side.layout, side.marks, options.lang ?? DEFAULT_LANG);
    legends.push(body.legend);
    parts.push(
      `<g class="side" data-side="${i === 0 ? 'before' : 'after'}">` +
        lines.map((l, k) => svgText(8, y + (k + 1) * HEADING_LINE - 4, l, { size: HEADING_FONT, bold: true })).join('') +
        `<g transform="translate(0,${num(y + lines.length * HEADING_LINE + 6)})">\n${body.svg}</g></g>`,
    );
    y += lines.length * HEADING_LINE + 6 + side.layout.height;
  });
  if (!after) {
    parts.push(svgText(8, y + 20, t.noImprovement, { size: 13, fill: PALETTE.muted }));
    y += 28;
  }
  const legend = renderLegend(mergeLegends(...legends), 8, y + 12, width - 16);
  parts.push(legend.svg);
  const height = y + 12 + legend.height + 8;
  return svgDocument(width, height, title, `<rect width="100%" height="100%" fill="#ffffff"/>\n${parts.join('\n')}\n`);
}
