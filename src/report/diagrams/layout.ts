// Procedure layout: the procedure's process graph (bpmn-graph.ts: a box per step, parallel gateways
// where the declared order forks and joins, an exclusive gateway pair around a conditional step, a
// 补正 check and its return, start and end events) placed in department swim lanes by lane-graph.ts —
// with ELK up to a stated size, a simple layered layout beyond it. The same geometry serves the SVG
// diagrams and the BPMN files, so a report lays out each procedure once.

import type { Step } from '../../domain/index.js';
import { DEFAULT_LANG, REPORT_TEXT, type Lang } from '../../i18n/index.js';
import { buildBpmnGraph, type BpmnGraph, type BpmnNodeKind } from '../bpmn/bpmn-graph.js';
import { formatDays, roleLabel, stepTimeText } from '../figures.js';
import { layoutLaneGraph, layoutLaneGraphSimple, type LaneGraphLayout, type LaneGraphOptions, type Point } from './lane-graph.js';
import { maxOf, minOf } from './extent.js';
import { clipEnd, type Outline } from './outline.js';
import { estimateTextWidth, wrapText } from './text-width.js';

/** One text line of a step box: centred on the box, `baseline` absolute. */
export interface LabelLine {
  text: string;
  fontSize: number;
  bold: boolean;
  baseline: number;
  /** Estimated width ({@link estimateTextWidth}); never more than the box's inner width. */
  width: number;
}

/** A step's box. */
export interface LaidOutStep {
  stepId: string;
  department: string;
  /** Index into {@link ProcedureLayout.lanes}. */
  lane: number;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: LabelLine[];
  applicantVisit: boolean;
  conditional: boolean;
  /** Full text for a tooltip (unwrapped). */
  title: string;
}

/** A gateway (◇) or an event (○): what joins the steps. */
export interface LaidOutConnector {
  /** The BPMN id of the node (Gateway_S2_split, StartEvent_1, …). */
  id: string;
  kind: Exclude<BpmnNodeKind, 'task'>;
  /** The step whose own gateway this is; null for the start and end and their gateways. */
  stepId: string | null;
  lane: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Text inside (events) and a tooltip. */
  label: string;
  title: string;
}

/** One flow of the process graph, routed. */
export interface LaidOutEdge {
  /** The BPMN id of the flow. */
  id: string;
  role: 'order' | 'inner' | 'skip' | 'return';
  /** The steps it stands between (see BpmnFlow.steps): a declared link [from, to], [S, S] inside step S's gateways, null at the start or end. */
  from: string | null;
  to: string | null;
  /** Orthogonal polyline from the source's outline to the target's. */
  points: Point[];
}

/** A horizontal band for one department; spans x from 0 to the layout's width. */
export interface Lane {
  department: string;
  y: number;
  height: number;
  /** Department name wrapped for the header column. */
  lines: string[];
}

/** The geometry as laid out, before framing: what the BPMN writer reuses. */
export interface ProcessGeometry {
  graph: BpmnGraph;
  /** One per node of the graph. */
  sizes: { width: number; height: number }[];
  /** Flows as laid out (a 补正 return forwards, i.e. reversed). */
  layout: LaneGraphLayout;
}

export interface ProcedureLayout {
  width: number;
  height: number;
  /** Width of the left column holding the lane headers. */
  headerWidth: number;
  headerFontSize: number;
  lanes: Lane[];
  /** One box per step, in the steps' order. */
  steps: LaidOutStep[];
  connectors: LaidOutConnector[];
  edges: LaidOutEdge[];
  /** How the layout was made: see LaneGraphLayout.routing ('simple': beyond ELK_LIMIT, without ELK). */
  routing: LaneGraphLayout['routing'];
  /** The procedure's size as the bounds count it. */
  size: DiagramSize;
  geometry: ProcessGeometry;
}

export interface ProcedureLayoutOptions extends Pick<LaneGraphOptions, 'routingAttempts'> {
  /** Widest a step box's text may be before it wraps, px (default 168: 12 CJK characters at 14 px). */
  maxLabelWidth?: number;
  nameFontSize?: number;
  detailFontSize?: number;
  /** The language of the labels (default zh-CN). */
  lang?: Lang;
}

/** A procedure's size as the diagram bounds count it: steps, and distinct declared links between them. */
export interface DiagramSize {
  steps: number;
  links: number;
}

/**
 * Up to this size a procedure is laid out by ELK (measured: about 1 s for 120 steps on the bench
 * machine, growing faster than linearly); beyond it by the simple layered layout (linear).
 */
export const ELK_LIMIT: DiagramSize = { steps: 120, links: 360 };
/** Beyond this size no diagram is drawn: its SVG is a note saying so (the BPMN file is still written). */
export const DRAW_LIMIT: DiagramSize = { steps: 400, links: 1200 };

/** Padding inside a step box; also used by tests checking that every line fits. */
export const BOX_PADDING = { x: 10, y: 10 } as const;
/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.3;
/** Gateways and events are drawn in a square of this side. */
export const CONNECTOR_SIZE = 36;
const MIN_INNER_WIDTH = 96;
const LANE_MARGIN = 18;
const HEADER_MAX_WIDTH = 112;
const HEADER_FONT_SIZE = 13;

/** Counts a procedure's steps and its distinct declared links between known steps (self-links left out). */
export function measureDiagram(steps: readonly Step[]): DiagramSize {
  const ids = new Set(steps.map((s) => s.id));
  let links = 0;
  for (const step of steps) {
    const seen = new Set<string>();
    for (const p of step.predecessors) {
      if (p === step.id || !ids.has(p) || seen.has(p)) continue;
      seen.add(p);
      links++;
    }
  }
  return { steps: steps.length, links };
}

/** Whether a size is within a limit. */
export function isWithin(size: DiagramSize, limit: DiagramSize): boolean {
  return size.steps <= limit.steps && size.links <= limit.links;
}

interface Box {
  width: number;
  height: number;
  lines: Omit<LabelLine, 'baseline'>[];
}

function measureStep(step: Step, lang: Lang, maxWidth: number, nameSize: number, detailSize: number): Box {
  const t = REPORT_TEXT[lang];
  const detail = `${step.id} · ${roleLabel(step.role, lang)} · ${stepTimeText(step, lang)}`;
  const texts: [string, number, boolean][] = [
    ...wrapText(step.name, nameSize, maxWidth).map((text): [string, number, boolean] => [text, nameSize, true]),
    ...wrapText(detail, detailSize, maxWidth).map((text): [string, number, boolean] => [text, detailSize, false]),
  ];
  if (step.waitDays > 0) {
    for (const text of wrapText(t.wait({ days: formatDays(step.waitDays) }), detailSize, maxWidth)) texts.push([text, detailSize, false]);
  }
  const lines = texts.map(([text, fontSize, bold]) => ({ text, fontSize, bold, width: estimateTextWidth(text, fontSize) }));
  const inner = Math.max(MIN_INNER_WIDTH, ...lines.map((l) => l.width));
  const height = lines.reduce((sum, l) => sum + l.fontSize * LINE_HEIGHT, 0) + 2 * BOX_PADDING.y;
  return { width: Math.ceil(inner + 2 * BOX_PADDING.x), height: Math.ceil(height), lines };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function outlineOf(kind: BpmnNodeKind): Outline {
  if (kind === 'start' || kind === 'end') return 'circle';
  return kind === 'task' ? 'box' : 'diamond';
}

/**
 * Lays out a procedure: its process graph in one horizontal lane per department (in order of first
 * appearance), by ELK within ELK_LIMIT, else by the simple layered layout. Links naming unknown
 * steps and self-links are left out; every step is kept.
 */
export async function layoutProcedure(steps: readonly Step[], options: ProcedureLayoutOptions = {}): Promise<ProcedureLayout> {
  const lang = options.lang ?? DEFAULT_LANG;
  const graph = buildBpmnGraph(steps, lang);
  const boxes = new Map<number, Box>();
  const sizes = graph.nodes.map((node, i) => {
    if (node.kind !== 'task' || node.step === undefined) return { width: CONNECTOR_SIZE, height: CONNECTOR_SIZE };
    const box = measureStep(node.step, lang, options.maxLabelWidth ?? 168, options.nameFontSize ?? 14, options.detailFontSize ?? 12);
    boxes.set(i, box);
    return { width: box.width, height: box.height };
  });
  const nodes = graph.nodes.map((node, i) => ({ ...sizes[i]!, lane: node.lane }));
  // A 补正 flow runs back against the order: laid out forwards (so it cannot bend the layers), then reversed.
  const links = graph.flows.map((f) => (f.role === 'return' ? ([f.to, f.from] as const) : ([f.from, f.to] as const)));
  const size = measureDiagram(steps);
  const layout = isWithin(size, ELK_LIMIT) ? await layoutLaneGraph(nodes, links, graph.lanes.length, options) : layoutLaneGraphSimple(nodes, links, graph.lanes.length);
  return { ...assemble(graph, sizes, boxes, layout, lang), size };
}

function assemble(
  graph: BpmnGraph,
  sizes: readonly { width: number; height: number }[],
  boxes: ReadonlyMap<number, Box>,
  layout: LaneGraphLayout,
  lang: Lang,
): Omit<ProcedureLayout, 'size'> {
  const t = REPORT_TEXT[lang];
  const departments = graph.lanes;
  const headerLines = departments.map((d) => wrapText(d, HEADER_FONT_SIZE, HEADER_MAX_WIDTH));
  const headerText = maxOf(headerLines.flat().map((l) => estimateTextWidth(l, HEADER_FONT_SIZE)), 48);
  const headerWidth = Math.ceil(headerText + 2 * BOX_PADDING.x);
  const gutter = 16;
  const positions = layout.positions;

  // Extent of each lane's nodes, then lane boundaries half-way between neighbouring extents.
  const lo = departments.map(() => Infinity);
  const hi = departments.map(() => -Infinity);
  graph.nodes.forEach((node, i) => {
    const y = positions[i]?.y ?? 0;
    lo[node.lane] = Math.min(lo[node.lane] ?? Infinity, y);
    hi[node.lane] = Math.max(hi[node.lane] ?? -Infinity, y + (sizes[i]?.height ?? 0));
  });
  // A lane must also be tall enough for its header text.
  departments.forEach((_, lane) => {
    const need = (headerLines[lane]?.length ?? 1) * HEADER_FONT_SIZE * LINE_HEIGHT + 2 * BOX_PADDING.y;
    const have = (hi[lane] ?? 0) - (lo[lane] ?? 0) + 2 * LANE_MARGIN;
    if (have < need) {
      const grow = (need - have) / 2;
      lo[lane] = (lo[lane] ?? 0) - grow;
      hi[lane] = (hi[lane] ?? 0) + grow;
    }
  });
  const edgePoints = graph.flows.map((flow, k) => {
    const routed = (layout.edgePoints[k] ?? []).map((p) => ({ x: p.x, y: p.y }));
    return flow.role === 'return' ? routed.reverse() : routed;
  });
  const routeY = edgePoints.flat().map((p) => p.y);
  const minY = minOf(routeY, minOf(lo.map((v) => v - LANE_MARGIN), 0));
  const maxY = maxOf(routeY, maxOf(hi.map((v) => v + LANE_MARGIN), 0));
  const bounds: number[] = [minY];
  for (let lane = 1; lane < departments.length; lane++) bounds.push(((hi[lane - 1] ?? 0) + (lo[lane] ?? 0)) / 2);
  bounds.push(maxY);
  const minX = minOf(edgePoints.flat().map((p) => p.x), minOf(positions.map((p) => p.x), 0));
  const dy = -minY;
  const dx = headerWidth + gutter - minX;
  const shape = (i: number): { x: number; y: number; width: number; height: number } => ({
    x: round((positions[i]?.x ?? 0) + dx),
    y: round((positions[i]?.y ?? 0) + dy),
    width: sizes[i]?.width ?? 0,
    height: sizes[i]?.height ?? 0,
  });

  const steps: LaidOutStep[] = [];
  const connectors: LaidOutConnector[] = [];
  graph.nodes.forEach((node, i) => {
    const at = shape(i);
    if (node.kind === 'task' && node.step !== undefined) {
      const step = node.step;
      const box = boxes.get(i) ?? { lines: [] };
      let lineTop = at.y + BOX_PADDING.y;
      const lines = box.lines.map((line) => {
        const baseline = round(lineTop + line.fontSize);
        lineTop += line.fontSize * LINE_HEIGHT;
        return { ...line, width: round(line.width), baseline };
      });
      const wait = step.waitDays > 0 ? t.wait({ days: formatDays(step.waitDays) }) : null;
      const condition = step.condition.trim() === '' ? null : step.condition.trim();
      steps.push({
        stepId: step.id,
        department: step.department,
        lane: node.lane,
        ...at,
        lines,
        applicantVisit: step.applicantVisit,
        conditional: condition !== null,
        title: t.stepTooltip({ label: `${step.id} ${step.name}`, department: step.department, role: roleLabel(step.role, lang), time: stepTimeText(step, lang), wait, condition, visit: step.applicantVisit }),
      });
      return;
    }
    const kind = node.kind === 'task' ? 'parallel' : node.kind;
    const label = kind === 'start' ? t.legendStart : kind === 'end' ? t.legendEnd : '';
    const title = node.name !== '' ? node.name : kind === 'parallel' ? t.legendParallelGateway : kind === 'exclusive' ? t.legendExclusiveGateway : label;
    connectors.push({ id: node.id, kind, stepId: node.stepId ?? null, lane: node.lane, ...at, label, title });
  });
  const edges: LaidOutEdge[] = graph.flows.map((flow, k) => {
    const points = (edgePoints[k] ?? []).map((p) => ({ x: round(p.x + dx), y: round(p.y + dy) }));
    clipEnd(points, true, shape(flow.from), outlineOf(graph.nodes[flow.from]!.kind));
    clipEnd(points, false, shape(flow.to), outlineOf(graph.nodes[flow.to]!.kind));
    return { id: flow.id, role: flow.role, from: flow.steps[0], to: flow.steps[1], points };
  });
  const maxX = maxOf(edges.flatMap((e) => e.points.map((p) => p.x)), maxOf(graph.nodes.map((_, i) => shape(i).x + (sizes[i]?.width ?? 0)), dx + 40));
  const lanes: Lane[] = departments.map((department, lane) => ({
    department,
    y: round((bounds[lane] ?? 0) + dy),
    height: round((bounds[lane + 1] ?? 0) - (bounds[lane] ?? 0)),
    lines: headerLines[lane] ?? [department],
  }));
  return {
    width: Math.ceil(maxX + gutter),
    height: Math.ceil(maxY - minY),
    headerWidth,
    headerFontSize: HEADER_FONT_SIZE,
    lanes,
    steps,
    connectors,
    edges,
    routing: layout.routing,
    geometry: { graph, sizes: [...sizes], layout },
  };
}
