// Renders a laid-out procedure to standalone SVG: department lanes, step boxes with wrapped labels,
// parallel gateways (◇ with +) where the order forks and joins, exclusive gateways (◇ with ×) for
// conditions and 补正 checks, start and end events, orthogonal flows with arrowheads, highlights from
// DiagramMarks, and a legend with an entry for every mark the drawing uses (and none it does not).

import { DEFAULT_LANG, REPORT_TEXT, type Lang, type ReportText } from '../../i18n/index.js';
import { escapeXml } from '../escape.js';
import type { LaidOutConnector, LaidOutEdge, LaidOutStep, ProcedureLayout } from './layout.js';
import { LINE_HEIGHT } from './layout.js';
import type { DiagramMarks, Link } from './marks.js';
import { PALETTE, arrowHead, num, personBadge, renderLegend, svgDocument, svgText, type LegendEntry } from './svg.js';

export interface ProcedureSvgOptions {
  /** Heading drawn above the diagram and used as the SVG's accessible name. */
  title?: string;
  /** Draw the legend under the diagram (default true). */
  legend?: boolean;
  /** The language of the legend (default zh-CN). */
  lang?: Lang;
}

const TITLE_FONT = 15;
const TITLE_BAND = 30;
const NOTE_BAND = 20;
const CONDITIONAL_DASH = '6 4';
const PARALLEL_DASH = '7 4';
const REDUNDANT_DASH = '2 4';
const GHOST_DASH = '3 3';
const SKIP_DASH = '4 3';

const linkKey = (link: Link): string => `${link[0]}\u0000${link[1]}`;

/** Every mark a drawing can use, in legend order. */
type MarkKey =
  | 'criticalStep'
  | 'criticalLink'
  | 'parallelizable'
  | 'criticalParallelizable'
  | 'madeParallel'
  | 'criticalMadeParallel'
  | 'redundantLink'
  | 'redundantStep'
  | 'mergeableStep'
  | 'removed'
  | 'merged'
  | 'mergedStep'
  | 'conditional'
  | 'visit'
  | 'parallelGateway'
  | 'exclusiveGateway'
  | 'skip'
  | 'return'
  | 'start'
  | 'end';

const MARK_ORDER: readonly MarkKey[] = [
  'criticalStep',
  'criticalLink',
  'parallelizable',
  'criticalParallelizable',
  'madeParallel',
  'criticalMadeParallel',
  'redundantLink',
  'redundantStep',
  'mergeableStep',
  'removed',
  'merged',
  'mergedStep',
  'conditional',
  'visit',
  'parallelGateway',
  'exclusiveGateway',
  'skip',
  'return',
  'start',
  'end',
];

interface MarkSets {
  criticalSteps: ReadonlySet<string>;
  redundantSteps: ReadonlySet<string>;
  mergeableSteps: ReadonlySet<string>;
  removedSteps: ReadonlySet<string>;
  mergedInto: ReadonlyMap<string, string>;
  mergedSteps: ReadonlySet<string>;
  criticalLinks: ReadonlySet<string>;
  parallelizableLinks: ReadonlySet<string>;
  madeParallelLinks: ReadonlySet<string>;
  redundantLinks: ReadonlySet<string>;
  firstCritical: string | undefined;
  lastCritical: string | undefined;
}

function toSets(marks: DiagramMarks): MarkSets {
  return {
    criticalSteps: new Set(marks.criticalStepIds),
    redundantSteps: new Set(marks.redundantStepIds),
    mergeableSteps: new Set(marks.mergeableStepIds),
    removedSteps: new Set(marks.removedStepIds),
    mergedInto: new Map(marks.mergedInto),
    mergedSteps: new Set(marks.mergedStepIds),
    criticalLinks: new Set(marks.criticalLinks.map(linkKey)),
    parallelizableLinks: new Set(marks.parallelizableLinks.map(linkKey)),
    madeParallelLinks: new Set(marks.madeParallelLinks.map(linkKey)),
    redundantLinks: new Set(marks.redundantLinks.map(linkKey)),
    firstCritical: marks.criticalStepIds[0],
    lastCritical: marks.criticalStepIds.at(-1),
  };
}

/** What one drawing used, for its legend. */
class UsedMarks {
  readonly keys = new Set<MarkKey>();
  readonly merges = new Map<string, string[]>();
  add(key: MarkKey | false): void {
    if (key !== false) this.keys.add(key);
  }
}

function renderStep(step: LaidOutStep, marks: MarkSets, used: UsedMarks): string {
  const id = step.stepId;
  const critical = marks.criticalSteps.has(id);
  const removed = marks.removedSteps.has(id);
  const mergedInto = marks.mergedInto.get(id);
  const redundant = marks.redundantSteps.has(id);
  const mergeable = marks.mergeableSteps.has(id);
  const mergedStep = marks.mergedSteps.has(id);
  const fill = removed ? PALETTE.ghostFill : redundant ? PALETTE.redundantFill : mergeable || mergedInto !== undefined || mergedStep ? PALETTE.mergeableFill : PALETTE.stepFill;
  const stroke = removed ? PALETTE.ghostStroke : critical ? PALETTE.critical : mergedInto !== undefined || mergedStep ? PALETTE.merged : PALETTE.stepStroke;
  const classes = [
    'step',
    critical && 'critical',
    redundant && 'redundant',
    mergeable && 'mergeable',
    removed && 'removed',
    mergedInto !== undefined && 'merged',
    mergedStep && 'merged-step',
    step.conditional && 'conditional',
    step.applicantVisit && 'visit',
  ]
    .filter(Boolean)
    .join(' ');
  used.add(critical && !removed && 'criticalStep');
  used.add(redundant && 'redundantStep');
  used.add(mergeable && 'mergeableStep');
  used.add(removed && 'removed');
  used.add(mergedStep && 'mergedStep');
  used.add(step.conditional && 'conditional');
  used.add(step.applicantVisit && 'visit');
  if (mergedInto !== undefined) {
    used.add('merged');
    used.merges.set(mergedInto, [...(used.merges.get(mergedInto) ?? []), id]);
  }
  const dash = removed ? GHOST_DASH : step.conditional ? CONDITIONAL_DASH : '';
  const cx = step.x + step.width / 2;
  const ink = removed ? PALETTE.ghostText : PALETTE.ink;
  const lines = step.lines.map((line) => svgText(cx, line.baseline, line.text, { size: line.fontSize, bold: line.bold, anchor: 'middle', fill: ink }));
  return (
    `<g class="${classes}" data-step-id="${escapeXml(id)}" data-lane="${step.lane}">` +
    `<title>${escapeXml(step.title)}</title>` +
    `<rect x="${num(step.x)}" y="${num(step.y)}" width="${num(step.width)}" height="${num(step.height)}" rx="6" ` +
    `fill="${fill}" stroke="${stroke}" stroke-width="${critical && !removed ? 3 : 1.5}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>` +
    lines.join('') +
    (step.applicantVisit ? personBadge(step.x + step.width - 2, step.y + 2) : '') +
    '</g>\n'
  );
}

/** A diamond with + (parallel) or × (exclusive), or a circle (start: thin, end: thick) with its word inside. */
function renderConnector(node: LaidOutConnector, marks: MarkSets, used: UsedMarks): string {
  const cx = node.x + node.width / 2;
  const cy = node.y + node.height / 2;
  const r = node.width / 2;
  const ghost = node.stepId !== null && marks.removedSteps.has(node.stepId);
  const stroke = ghost ? PALETTE.ghostStroke : PALETTE.gateway;
  const head = `<g class="connector ${node.kind}" data-node="${escapeXml(node.id)}"><title>${escapeXml(node.title)}</title>`;
  if (node.kind === 'start' || node.kind === 'end') {
    used.add(node.kind);
    const width = node.kind === 'end' ? 3 : 1.5;
    return (
      head +
      `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r - width / 2)}" fill="#ffffff" stroke="${node.kind === 'end' ? PALETTE.ink : PALETTE.visit}" stroke-width="${width}"/>` +
      svgText(cx, cy + 3.5, node.label, { size: 10, anchor: 'middle', fill: PALETTE.ink }) +
      '</g>\n'
    );
  }
  used.add(node.kind === 'parallel' ? 'parallelGateway' : 'exclusiveGateway');
  const d = r * 0.42;
  const cross =
    node.kind === 'parallel'
      ? `<path d="M${num(cx - d)},${num(cy)} L${num(cx + d)},${num(cy)} M${num(cx)},${num(cy - d)} L${num(cx)},${num(cy + d)}" stroke="${stroke}" stroke-width="2.5"/>`
      : `<path d="M${num(cx - d * 0.75)},${num(cy - d * 0.75)} L${num(cx + d * 0.75)},${num(cy + d * 0.75)} M${num(cx + d * 0.75)},${num(cy - d * 0.75)} L${num(cx - d * 0.75)},${num(cy + d * 0.75)}" stroke="${stroke}" stroke-width="2.5"/>`;
  return (
    head +
    `<polygon points="${num(cx)},${num(node.y)} ${num(node.x + node.width)},${num(cy)} ${num(cx)},${num(node.y + node.height)} ${num(node.x)},${num(cy)}" fill="#ffffff" stroke="${stroke}" stroke-width="1.5"/>` +
    cross +
    '</g>\n'
  );
}

interface EdgeStyle {
  classes: string[];
  color: string;
  width: number;
  dash: string;
  rank: number;
}

function edgeStyle(edge: LaidOutEdge, marks: MarkSets, used: UsedMarks): EdgeStyle {
  const { from, to } = edge;
  const ghost = (from !== null && marks.removedSteps.has(from)) || (to !== null && marks.removedSteps.has(to));
  if (ghost) return { classes: ['edge', 'removed'], color: PALETTE.ghostStroke, width: 1.2, dash: GHOST_DASH, rank: 0 };
  if (edge.role === 'return') {
    used.add('return');
    return { classes: ['edge', 'return'], color: PALETTE.returnLink, width: 1.5, dash: PARALLEL_DASH, rank: 1 };
  }
  if (edge.role === 'skip') {
    used.add('skip');
    return { classes: ['edge', 'skip'], color: PALETTE.edge, width: 1.2, dash: SKIP_DASH, rank: 0 };
  }
  let critical: boolean;
  if (from !== null && to !== null) critical = from === to ? marks.criticalSteps.has(from) : marks.criticalLinks.has(linkKey([from, to]));
  else if (from === null && to !== null) critical = to === marks.firstCritical;
  else if (from !== null) critical = from === marks.lastCritical;
  else critical = marks.firstCritical !== undefined;
  const key = from !== null && to !== null && from !== to ? linkKey([from, to]) : '';
  const parallel = key !== '' && marks.parallelizableLinks.has(key);
  const madeParallel = key !== '' && marks.madeParallelLinks.has(key);
  const redundant = key !== '' && marks.redundantLinks.has(key);
  const classes = ['edge', critical && 'critical', parallel && 'parallelizable', madeParallel && 'made-parallel', redundant && 'redundant'].filter((c): c is string => typeof c === 'string');
  if (parallel || madeParallel) {
    used.add(parallel ? (critical ? 'criticalParallelizable' : 'parallelizable') : critical ? 'criticalMadeParallel' : 'madeParallel');
    return { classes, color: critical ? PALETTE.critical : PALETTE.parallelizable, width: critical ? 2.5 : 2, dash: PARALLEL_DASH, rank: critical ? 3 : 2 };
  }
  if (critical) {
    used.add('criticalLink');
    return { classes, color: PALETTE.critical, width: 2.5, dash: '', rank: 3 };
  }
  if (redundant) {
    used.add('redundantLink');
    return { classes, color: PALETTE.redundantLink, width: 1.5, dash: REDUNDANT_DASH, rank: 1 };
  }
  return { classes, color: PALETTE.edge, width: 1.5, dash: '', rank: 0 };
}

function renderEdge(edge: LaidOutEdge, style: EdgeStyle): string {
  const points = edge.points;
  const last = points[points.length - 1];
  const beforeLast = points[points.length - 2];
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)},${num(p.y)}`).join(' ');
  const link = edge.role === 'order' && edge.from !== null && edge.to !== null ? ` data-edge="${escapeXml(`${edge.from}->${edge.to}`)}"` : '';
  return (
    `<g class="${style.classes.join(' ')}" data-flow="${escapeXml(edge.id)}"${link}>` +
    `<path d="${d}" fill="none" stroke="${style.color}" stroke-width="${style.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>` +
    (last && beforeLast ? arrowHead(beforeLast, last, style.color) : '') +
    '</g>\n'
  );
}

/**
 * The diagram's lanes, flows, connectors and steps in layout coordinates (no title, no legend), and
 * the legend entries of the marks it used, for composing.
 */
export function renderProcedureBody(layout: ProcedureLayout, marks: DiagramMarks, lang: Lang = DEFAULT_LANG): { svg: string; legend: LegendEntry[] } {
  const sets = toSets(marks);
  const used = new UsedMarks();
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
  // Plain flows first so highlighted ones are drawn on top.
  const styled = layout.edges.map((e, i) => ({ e, i, style: edgeStyle(e, sets, used) })).sort((a, b) => a.style.rank - b.style.rank || a.i - b.i);
  for (const { e, style } of styled) parts.push(renderEdge(e, style));
  parts.push('</g>\n<g class="connectors">\n');
  for (const node of layout.connectors) parts.push(renderConnector(node, sets, used));
  parts.push('</g>\n<g class="steps">\n');
  for (const step of layout.steps) parts.push(renderStep(step, sets, used));
  parts.push('</g>\n');
  return { svg: parts.join(''), legend: legendEntries(used, lang) };
}

const box = (fill: string, stroke: string, width: number, dash = ''): string =>
  `<rect x="1" y="1" width="26" height="14" rx="3" fill="${fill}" stroke="${stroke}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
const line = (color: string, width: number, dash = ''): string =>
  `<path d="M1,8 L27,8" stroke="${color}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
const diamond = (cross: string): string =>
  `<polygon points="14,1 22,8 14,15 6,8" fill="#ffffff" stroke="${PALETTE.gateway}" stroke-width="1.5"/><path d="${cross}" stroke="${PALETTE.gateway}" stroke-width="1.5"/>`;

function sample(key: MarkKey): string {
  switch (key) {
    case 'criticalStep':
      return box(PALETTE.stepFill, PALETTE.critical, 3);
    case 'criticalLink':
      return line(PALETTE.critical, 2.5);
    case 'parallelizable':
    case 'madeParallel':
      return line(PALETTE.parallelizable, 2, PARALLEL_DASH);
    case 'criticalParallelizable':
    case 'criticalMadeParallel':
      return line(PALETTE.critical, 2.5, PARALLEL_DASH);
    case 'redundantLink':
      return line(PALETTE.redundantLink, 1.5, REDUNDANT_DASH);
    case 'redundantStep':
      return box(PALETTE.redundantFill, PALETTE.stepStroke, 1.5);
    case 'mergeableStep':
      return box(PALETTE.mergeableFill, PALETTE.stepStroke, 1.5);
    case 'removed':
      return box(PALETTE.ghostFill, PALETTE.ghostStroke, 1.5, GHOST_DASH);
    case 'merged':
    case 'mergedStep':
      return box(PALETTE.mergeableFill, PALETTE.merged, 1.5);
    case 'conditional':
      return box(PALETTE.stepFill, PALETTE.stepStroke, 1.5, CONDITIONAL_DASH);
    case 'visit':
      return personBadge(14, 8);
    case 'parallelGateway':
      return diamond('M10.5,8 L17.5,8 M14,4.5 L14,11.5');
    case 'exclusiveGateway':
      return diamond('M11.5,5.5 L16.5,10.5 M16.5,5.5 L11.5,10.5');
    case 'skip':
      return line(PALETTE.edge, 1.2, SKIP_DASH);
    case 'return':
      return line(PALETTE.returnLink, 1.5, PARALLEL_DASH);
    case 'start':
      return `<circle cx="14" cy="8" r="6.5" fill="#ffffff" stroke="${PALETTE.visit}" stroke-width="1.5"/>`;
    case 'end':
      return `<circle cx="14" cy="8" r="6" fill="#ffffff" stroke="${PALETTE.ink}" stroke-width="3"/>`;
  }
}

function label(key: MarkKey, used: UsedMarks, t: ReportText): string {
  switch (key) {
    case 'criticalStep':
      return t.legendCriticalStep;
    case 'criticalLink':
      return t.legendCriticalLink;
    case 'parallelizable':
      return t.legendParallelizable;
    case 'criticalParallelizable':
      return t.legendCriticalParallelizable;
    case 'madeParallel':
      return t.legendMadeParallel;
    case 'criticalMadeParallel':
      return t.legendCriticalMadeParallel;
    case 'redundantLink':
      return t.legendRedundantLink;
    case 'redundantStep':
      return t.legendRedundantStep;
    case 'mergeableStep':
      return t.legendMergeableStep;
    case 'removed':
      return t.legendRemoved;
    case 'merged':
      return t.legendMerged({ merges: [...used.merges].map(([merged, members]) => t.mergedInto({ members: members.join(t.listSeparator), id: merged })).join(t.bpmnListSeparator) });
    case 'mergedStep':
      return t.legendMergedStep;
    case 'conditional':
      return t.legendConditional;
    case 'visit':
      return t.legendVisit;
    case 'parallelGateway':
      return t.legendParallelGateway;
    case 'exclusiveGateway':
      return t.legendExclusiveGateway;
    case 'skip':
      return t.legendSkip;
    case 'return':
      return t.legendReturn;
    case 'start':
      return t.legendStart;
    case 'end':
      return t.legendEnd;
  }
}

function legendEntries(used: UsedMarks, lang: Lang): LegendEntry[] {
  const t = REPORT_TEXT[lang];
  return MARK_ORDER.filter((key) => used.keys.has(key)).map((key) => ({ sample: sample(key), label: label(key, used, t) }));
}

/** Legend entries of two drawings together, each label once, in the first one's order. */
export function mergeLegends(...legends: readonly LegendEntry[][]): LegendEntry[] {
  const seen = new Set<string>();
  return legends.flat().filter((entry) => !seen.has(entry.label) && seen.add(entry.label));
}

/** The layout as a standalone SVG document with an optional title band and a legend of the marks it uses. */
export function renderProcedureSvg(layout: ProcedureLayout, marks: DiagramMarks, options: ProcedureSvgOptions = {}): string {
  const lang = options.lang ?? DEFAULT_LANG;
  const title = options.title ?? REPORT_TEXT[lang].diagramVariants.original;
  const width = Math.max(layout.width, 640);
  const body = renderProcedureBody(layout, marks, lang);
  const note = layout.routing === 'simple' ? REPORT_TEXT[lang].simpleLayout(layout.size) : null;
  const top = TITLE_BAND + (note === null ? 0 : NOTE_BAND);
  const legend = options.legend === false ? { svg: '', height: 0 } : renderLegend(body.legend, 8, top + layout.height + 12, width - 16);
  const height = top + layout.height + (legend.height ? legend.height + 18 : 6);
  const content =
    svgText(8, 20, title, { size: TITLE_FONT, bold: true }) +
    (note === null ? '' : svgText(8, TITLE_BAND + 12, note, { size: 12, fill: PALETTE.warn })) +
    '\n' +
    `<g class="procedure" transform="translate(0,${top})">\n${body.svg}</g>\n` +
    legend.svg;
  return svgDocument(width, height, title, `<rect width="100%" height="100%" fill="#ffffff"/>\n${content}`);
}
