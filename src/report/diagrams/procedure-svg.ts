// Renders a laid-out procedure to standalone SVG: department lanes, step boxes with wrapped
// labels, orthogonal links with arrowheads, highlights from DiagramMarks, and a legend.

import { escapeXml } from '../escape.js';
import type { ProcedureLayout, LaidOutEdge, LaidOutStep } from './layout.js';
import { LINE_HEIGHT } from './layout.js';
import type { DiagramMarks, Link } from './marks.js';
import { PALETTE, arrowHead, num, personBadge, renderLegend, svgDocument, svgText, type LegendEntry } from './svg.js';

export interface ProcedureSvgOptions {
  /** Heading drawn above the diagram and used as the SVG's accessible name. */
  title?: string;
  /** Draw the legend under the diagram (default true). */
  legend?: boolean;
}

const TITLE_FONT = 15;
const TITLE_BAND = 30;
const CONDITIONAL_DASH = '6 4';
const PARALLEL_DASH = '7 4';
const REDUNDANT_DASH = '2 4';

const linkKey = (link: Link): string => `${link[0]}\u0000${link[1]}`;

function renderStep(step: LaidOutStep, marks: MarkSets): string {
  const critical = marks.criticalSteps.has(step.stepId);
  const redundant = marks.redundantSteps.has(step.stepId);
  const mergeable = marks.mergeableSteps.has(step.stepId);
  const fill = redundant ? PALETTE.redundantFill : mergeable ? PALETTE.mergeableFill : PALETTE.stepFill;
  const classes = ['step', critical && 'critical', redundant && 'redundant', mergeable && 'mergeable', step.conditional && 'conditional', step.applicantVisit && 'visit']
    .filter(Boolean)
    .join(' ');
  const dash = step.conditional ? ` stroke-dasharray="${CONDITIONAL_DASH}"` : '';
  const cx = step.x + step.width / 2;
  const lines = step.lines.map((line) => svgText(cx, line.baseline, line.text, { size: line.fontSize, bold: line.bold, anchor: 'middle' }));
  return (
    `<g class="${classes}" data-step-id="${escapeXml(step.stepId)}" data-lane="${step.lane}">` +
    `<title>${escapeXml(step.title)}</title>` +
    `<rect x="${num(step.x)}" y="${num(step.y)}" width="${num(step.width)}" height="${num(step.height)}" rx="6" ` +
    `fill="${fill}" stroke="${critical ? PALETTE.critical : PALETTE.stepStroke}" stroke-width="${critical ? 3 : 1.5}"${dash}/>` +
    lines.join('') +
    (step.applicantVisit ? personBadge(step.x + step.width - 2, step.y + 2) : '') +
    '</g>\n'
  );
}

function renderEdge(edge: LaidOutEdge, marks: MarkSets): string {
  const key = linkKey([edge.from, edge.to]);
  const critical = marks.criticalLinks.has(key);
  const parallel = marks.parallelizableLinks.has(key);
  const redundant = marks.redundantLinks.has(key);
  const color = critical ? PALETTE.critical : parallel ? PALETTE.parallelizable : redundant ? PALETTE.redundantLink : PALETTE.edge;
  const dash = parallel ? PARALLEL_DASH : redundant ? REDUNDANT_DASH : '';
  const kinds = ['edge', critical && 'critical', parallel && 'parallelizable', redundant && 'redundant'].filter(Boolean).join(' ');
  const points = edge.points;
  const last = points[points.length - 1];
  const beforeLast = points[points.length - 2];
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)},${num(p.y)}`).join(' ');
  return (
    `<g class="${kinds}" data-edge="${escapeXml(`${edge.from}->${edge.to}`)}">` +
    `<path d="${d}" fill="none" stroke="${color}" stroke-width="${critical ? 2.5 : 1.5}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>` +
    (last && beforeLast ? arrowHead(beforeLast, last, color) : '') +
    '</g>\n'
  );
}

interface MarkSets {
  criticalSteps: ReadonlySet<string>;
  redundantSteps: ReadonlySet<string>;
  mergeableSteps: ReadonlySet<string>;
  criticalLinks: ReadonlySet<string>;
  parallelizableLinks: ReadonlySet<string>;
  redundantLinks: ReadonlySet<string>;
}

function toSets(marks: DiagramMarks): MarkSets {
  return {
    criticalSteps: new Set(marks.criticalStepIds),
    redundantSteps: new Set(marks.redundantStepIds),
    mergeableSteps: new Set(marks.mergeableStepIds),
    criticalLinks: new Set(marks.criticalLinks.map(linkKey)),
    parallelizableLinks: new Set(marks.parallelizableLinks.map(linkKey)),
    redundantLinks: new Set(marks.redundantLinks.map(linkKey)),
  };
}

/** The diagram's lanes, links and steps in layout coordinates (no title, no legend), for composing. */
export function renderProcedureBody(layout: ProcedureLayout, marks: DiagramMarks): string {
  const sets = toSets(marks);
  const parts: string[] = ['<g class="lanes">'];
  layout.lanes.forEach((lane, i) => {
    const fill = PALETTE.laneFills[i % 2];
    const headerLineHeight = layout.headerFontSize * LINE_HEIGHT;
    const textTop = lane.y + (lane.height - lane.lines.length * headerLineHeight) / 2;
    parts.push(
      `<g class="lane" data-lane="${i}" data-department="${escapeXml(lane.department)}">` +
        `<rect x="0" y="${num(lane.y)}" width="${num(layout.width)}" height="${num(lane.height)}" fill="${fill}" stroke="${PALETTE.laneLine}"/>` +
        `<rect x="0" y="${num(lane.y)}" width="${num(layout.headerWidth)}" height="${num(lane.height)}" fill="${PALETTE.headerFill}" stroke="${PALETTE.laneLine}"/>` +
        lane.lines
          .map((text, k) =>
            svgText(layout.headerWidth / 2, textTop + k * headerLineHeight + layout.headerFontSize, text, {
              size: layout.headerFontSize,
              bold: true,
              anchor: 'middle',
            }),
          )
          .join('') +
        '</g>',
    );
  });
  parts.push('</g>\n<g class="edges">\n');
  // Plain links first so highlighted ones are drawn on top.
  const rank = (e: LaidOutEdge): number => {
    const key = linkKey([e.from, e.to]);
    return sets.criticalLinks.has(key) ? 2 : sets.parallelizableLinks.has(key) || sets.redundantLinks.has(key) ? 1 : 0;
  };
  const edges = layout.edges.map((e, i) => ({ e, i })).sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i);
  for (const { e } of edges) parts.push(renderEdge(e, sets));
  parts.push('</g>\n<g class="steps">\n');
  for (const step of layout.steps) parts.push(renderStep(step, sets));
  parts.push('</g>\n');
  return parts.join('');
}

/** Legend entries explaining the procedure diagram's marks. */
export function procedureLegendEntries(): LegendEntry[] {
  const box = (fill: string, stroke: string, width: number, dash = ''): string =>
    `<rect x="1" y="1" width="26" height="14" rx="3" fill="${fill}" stroke="${stroke}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
  const line = (color: string, width: number, dash = ''): string =>
    `<path d="M1,8 L27,8" stroke="${color}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
  return [
    { sample: box(PALETTE.stepFill, PALETTE.critical, 3), label: '关键路径 critical path' },
    { sample: line(PALETTE.critical, 2.5), label: '关键路径连线 critical link' },
    { sample: line(PALETTE.parallelizable, 2, PARALLEL_DASH), label: '可并联 parallelizable link' },
    { sample: line(PALETTE.redundantLink, 1.5, REDUNDANT_DASH), label: '冗余前置 redundant link' },
    { sample: box(PALETTE.redundantFill, PALETTE.stepStroke, 1.5), label: '可取消环节 redundant step' },
    { sample: box(PALETTE.mergeableFill, PALETTE.stepStroke, 1.5), label: '可合并环节 mergeable step' },
    { sample: box(PALETTE.stepFill, PALETTE.stepStroke, 1.5, CONDITIONAL_DASH), label: '条件环节 conditional step' },
    { sample: personBadge(14, 8), label: '申请人到场 applicant visit' },
  ];
}

/** The layout as a standalone SVG document with an optional title band and a legend. */
export function renderProcedureSvg(layout: ProcedureLayout, marks: DiagramMarks, options: ProcedureSvgOptions = {}): string {
  const title = options.title ?? '办理流程图 procedure';
  const width = Math.max(layout.width, 640);
  const legend = options.legend === false ? { svg: '', height: 0 } : renderLegend(procedureLegendEntries(), 8, TITLE_BAND + layout.height + 12, width - 16);
  const height = TITLE_BAND + layout.height + (legend.height ? legend.height + 18 : 6);
  const body =
    svgText(8, 20, title, { size: TITLE_FONT, bold: true }) +
    '\n' +
    `<g class="procedure" transform="translate(0,${TITLE_BAND})">\n${renderProcedureBody(layout, marks)}</g>\n` +
    legend.svg;
  return svgDocument(width, height, title, `<rect width="100%" height="100%" fill="#ffffff"/>\n${body}`);
}
