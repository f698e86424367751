// Procedure layout with elkjs (layered, left to right, orthogonal edges) in department swim lanes.
// ELK has no swim lanes (its partitions order layers along the flow; compound nodes lie side by
// side), so two passes: a flat layered layout gives each step's layer; the second pass seeds every
// step inside its department's band and reruns with INTERACTIVE strategies, which keep it there.

import type ElkModule from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api.js';
import type { Step } from '../../domain/index.js';
import { ROLE_LABELS, formatDays } from '../figures.js';
import { estimateTextWidth, wrapText } from './text-width.js';

export interface Point {
  x: number;
  y: number;
}

/** One text line of a step box: centred on the box, `baseline` absolute. */
export interface LabelLine {
  text: string;
  fontSize: number;
  bold: boolean;
  baseline: number;
  /** Estimated width ({@link estimateTextWidth}); never more than the box's inner width. */
  width: number;
}

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

export interface LaidOutEdge {
  from: string;
  to: string;
  /** Orthogonal polyline from the source box to the target box. */
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

export interface ProcedureLayout {
  width: number;
  height: number;
  /** Width of the left column holding the lane headers. */
  headerWidth: number;
  headerFontSize: number;
  lanes: Lane[];
  steps: LaidOutStep[];
  edges: LaidOutEdge[];
  /** 'elk' when ELK's second pass kept every lane in order; 'fallback' when seeded bands and simple routes were used. */
  routing: 'elk' | 'fallback';
}

export interface ProcedureLayoutOptions {
  /** Widest a step box's text may be before it wraps, px (default 168: 12 CJK characters at 14 px). */
  maxLabelWidth?: number;
  nameFontSize?: number;
  detailFontSize?: number;
  /**
   * How many times ELK's second pass may try to keep every lane in order, each with wider bands
   * (default and at most 3), before the seeded bands are kept and links routed without ELK; 0 goes
   * straight to that fallback (tests use it: on real procedures it is rare).
   */
  routingAttempts?: number;
}

/** Padding inside a step box; also used by tests checking that every line fits. */
export const BOX_PADDING = { x: 10, y: 10 } as const;
/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.3;
const MIN_INNER_WIDTH = 96;
const LANE_PADDING = 18;
const MIN_LANE_GAP = 8;
const HEADER_MAX_WIDTH = 112;
const HEADER_FONT_SIZE = 13;
const NODE_SPACING = 24;

const BASE_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': String(NODE_SPACING),
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.layered.spacing.edgeNodeBetweenLayers': '16',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.separateConnectedComponents': 'false',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
};

const INTERACTIVE_OPTIONS: LayoutOptions = {
  ...BASE_OPTIONS,
  'elk.layered.layering.strategy': 'INTERACTIVE',
  'elk.layered.crossingMinimization.strategy': 'INTERACTIVE',
  'elk.layered.nodePlacement.strategy': 'INTERACTIVE',
  'elk.layered.cycleBreaking.strategy': 'INTERACTIVE',
};

type Elk = InstanceType<typeof ElkModule.default>;
let sharedElk: Elk | undefined;

// One ELK instance per thread: creating one costs ~0.1 s and its layouts are deterministic. The
// bundle is loaded on first use (~0.5 s), so commands that draw nothing never pay for it.
async function getElk(): Promise<Elk> {
  if (sharedElk === undefined) {
    const { default: elkModule } = await import('elkjs/lib/elk.bundled.js');
    sharedElk = new elkModule.default();
  }
  return sharedElk;
}

interface Box {
  width: number;
  height: number;
  lines: Omit<LabelLine, 'baseline'>[];
}

function measureStep(step: Step, maxWidth: number, nameSize: number, detailSize: number): Box {
  const duration = step.durationMissing ? '时限未填' : `${formatDays(step.durationDays)} 天`;
  const detail = `${step.id} · ${ROLE_LABELS[step.role] ?? step.role} · ${duration}`;
  const texts: [string, number, boolean][] = [
    ...wrapText(step.name, nameSize, maxWidth).map((t): [string, number, boolean] => [t, nameSize, true]),
    ...wrapText(detail, detailSize, maxWidth).map((t): [string, number, boolean] => [t, detailSize, false]),
  ];
  if (step.waitDays > 0) {
    for (const t of wrapText(`等待 ${formatDays(step.waitDays)} 天`, detailSize, maxWidth)) texts.push([t, detailSize, false]);
  }
  const lines = texts.map(([text, fontSize, bold]) => ({ text, fontSize, bold, width: estimateTextWidth(text, fontSize) }));
  const inner = Math.max(MIN_INNER_WIDTH, ...lines.map((l) => l.width));
  const height = lines.reduce((sum, l) => sum + l.fontSize * LINE_HEIGHT, 0) + 2 * BOX_PADDING.y;
  return { width: Math.ceil(inner + 2 * BOX_PADDING.x), height: Math.ceil(height), lines };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Lays out a procedure: one box per step (name, id, role, duration, wait), one orthogonal edge
 * per declared predecessor link, one horizontal lane per department (in order of first
 * appearance). Edges naming unknown steps and self-links are left out; every step is kept.
 */
export async function layoutProcedure(
  steps: readonly Step[],
  options: ProcedureLayoutOptions = {},
): Promise<ProcedureLayout> {
  const maxWidth = options.maxLabelWidth ?? 168;
  const nameSize = options.nameFontSize ?? 14;
  const detailSize = options.detailFontSize ?? 12;

  const departments: string[] = [];
  const laneOf = new Map<string, number>();
  for (const step of steps) {
    if (!laneOf.has(step.department)) {
      laneOf.set(step.department, departments.length);
      departments.push(step.department);
    }
  }
  const indexOf = new Map<string, number>();
  steps.forEach((step, i) => {
    if (!indexOf.has(step.id)) indexOf.set(step.id, i);
  });
  const boxes = steps.map((s) => measureStep(s, maxWidth, nameSize, detailSize));

  const links: [number, number][] = [];
  const seen = new Set<string>();
  steps.forEach((step, to) => {
    for (const pred of step.predecessors) {
      const from = indexOf.get(pred);
      const key = `${from}>${to}`;
      if (from === undefined || from === to || seen.has(key)) continue;
      seen.add(key);
      links.push([from, to]);
    }
  });
  const nodes = boxes.map((b, i) => ({ width: b.width, height: b.height, lane: laneOf.get(steps[i]?.department ?? '') ?? 0 }));
  const { positions, edgePoints, routing } = await layoutLaneGraph(nodes, links, departments.length, options);
  return { ...assemble(steps, departments, laneOf, boxes, positions, links, edgePoints), routing };
}

/** A box to place in a lane: its size and its lane's index (lanes are stacked top to bottom in index order). */
export interface LaneNode {
  width: number;
  height: number;
  lane: number;
}

/** Where lane-graph layout put every node (top-left corners) and the polyline of every link. */
export interface LaneGraphLayout {
  positions: Point[];
  edgePoints: Point[][];
  routing: 'elk' | 'fallback';
}

/**
 * Lays out boxes in horizontal lanes, left to right, with orthogonal links: the two ELK passes
 * (flat layered layout for the layers; then every box seeded in its lane's band and ELK rerun with
 * interactive strategies), or seeded bands with simple routes when ELK keeps moving a box out of its
 * band. Coordinates start at 0,0; links are [from, to] node indices.
 */
export async function layoutLaneGraph(
  nodes: readonly LaneNode[],
  links: readonly (readonly [number, number])[],
  laneCount: number,
  options: Pick<ProcedureLayoutOptions, 'routingAttempts'> & {
    /** Lane padding of each of ELK's attempts, widest last (default 18, 54, 108 px, cut to routingAttempts). */
    lanePaddings?: readonly number[];
  } = {},
): Promise<LaneGraphLayout> {
  const elkEdges = (): ElkExtendedEdge[] =>
    links.map(([from, to], k) => ({ id: `e${k}`, sources: [`n${from}`], targets: [`n${to}`] }));

  // Pass 1: flat layered layout, for the layer (x) of every step.
  const flat: ElkNode = {
    id: 'root',
    layoutOptions: BASE_OPTIONS,
    children: nodes.map((b, i) => ({ id: `n${i}`, width: b.width, height: b.height })),
    edges: elkEdges(),
  };
  const pass1 = await (await getElk()).layout(flat);
  const firstPos = new Map((pass1.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));

  // Layers: ELK centres boxes of unequal width within a layer, so a layer is a cluster of
  // overlapping x-intervals (layers are separated by the between-layer spacing).
  const byX = nodes.map((_, i) => i).sort((a, b) => (firstPos.get(`n${a}`)?.x ?? 0) - (firstPos.get(`n${b}`)?.x ?? 0) || a - b);
  const layerOf = nodes.map(() => 0);
  const layerX: number[] = [];
  let reach = -Infinity;
  for (const i of byX) {
    const x = firstPos.get(`n${i}`)?.x ?? 0;
    if (x >= reach) layerX.push(x);
    layerOf[i] = layerX.length - 1;
    reach = Math.max(reach, x + (nodes[i]?.width ?? 0));
  }

  // Seed: steps of one lane and one layer stack vertically, in pass-1 order.
  const cells = new Map<string, number[]>();
  nodes.forEach((node, i) => {
    const key = `${node.lane}|${layerOf[i]}`;
    const cell = cells.get(key) ?? [];
    cell.push(i);
    cells.set(key, cell);
  });
  const laneContent = Array.from({ length: laneCount }, () => 0);
  const offsetInLane = nodes.map(() => 0);
  for (const [key, members] of cells) {
    const lane = Number(key.split('|')[0]);
    members.sort((a, b) => (firstPos.get(`n${a}`)?.y ?? 0) - (firstPos.get(`n${b}`)?.y ?? 0) || a - b);
    let offset = 0;
    for (const i of members) {
      offsetInLane[i] = offset;
      offset += (nodes[i]?.height ?? 0) + NODE_SPACING;
    }
    laneContent[lane] = Math.max(laneContent[lane] ?? 0, offset - NODE_SPACING);
  }
  const seed = (padding: number): Point[] => {
    const bandTop: number[] = [];
    let top = 0;
    for (const content of laneContent) {
      bandTop.push(top);
      top += content + 2 * padding;
    }
    return nodes.map((node, i) => ({
      x: layerX[layerOf[i] ?? 0] ?? 0,
      y: (bandTop[node.lane] ?? 0) + padding + (offsetInLane[i] ?? 0),
    }));
  };

  // Pass 2: the same graph, positions seeded per lane, every phase interactive. ELK may push a
  // step down to make room for long links; wider bands usually absorb that, so retry twice.
  const paddings = (options.lanePaddings ?? [LANE_PADDING, 3 * LANE_PADDING, 6 * LANE_PADDING]).slice(0, options.routingAttempts ?? 3);
  let seeded = seed(paddings[0] ?? LANE_PADDING);
  for (const padding of paddings) {
    seeded = seed(padding);
    const banded: ElkNode = {
      id: 'root',
      layoutOptions: INTERACTIVE_OPTIONS,
      children: nodes.map((b, i) => ({ id: `n${i}`, width: b.width, height: b.height, x: seeded[i]?.x, y: seeded[i]?.y })),
      edges: elkEdges(),
    };
    const pass2 = await (await getElk()).layout(banded);
    const placed = new Map((pass2.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
    const routed = new Map((pass2.edges ?? []).map((e) => [e.id, e]));
    const positions = nodes.map((_, i) => placed.get(`n${i}`) ?? { x: 0, y: 0 });
    const edgePoints = links.map((_, k) => {
      const section = routed.get(`e${k}`)?.sections?.[0];
      // A flat graph: sections are relative to the root, whose own origin is 0,0.
      return section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({ x: p.x, y: p.y })) : [];
    });
    if (lanesAreOrdered(nodes, positions, laneCount) && edgePoints.every((p) => p.length >= 2)) {
      return { positions, edgePoints, routing: 'elk' };
    }
  }
  // ELK kept moving a step out of its band: keep the seeded bands and route links ourselves.
  const edgePoints = links.map(([from, to]) => routeOrthogonal(seeded, nodes, from, to));
  return { positions: seeded, edgePoints, routing: 'fallback' };
}

function lanesAreOrdered(nodes: readonly LaneNode[], positions: readonly Point[], laneCount: number): boolean {
  const lo = Array.from({ length: laneCount }, () => Infinity);
  const hi = Array.from({ length: laneCount }, () => -Infinity);
  nodes.forEach((node, i) => {
    const y = positions[i]?.y ?? 0;
    lo[node.lane] = Math.min(lo[node.lane] ?? Infinity, y);
    hi[node.lane] = Math.max(hi[node.lane] ?? -Infinity, y + node.height);
  });
  for (let lane = 1; lane < laneCount; lane++) {
    // ELK may nudge a step by an edge spacing; it must still clear the next lane's steps.
    if ((hi[lane - 1] ?? 0) + MIN_LANE_GAP > (lo[lane] ?? 0)) return false;
  }
  return true;
}

// Fallback routing: leave the source's right side, turn at the middle of the gap, enter the target's left side.
function routeOrthogonal(positions: readonly Point[], boxes: readonly LaneNode[], from: number, to: number): Point[] {
  const a = positions[from] ?? { x: 0, y: 0 };
  const b = positions[to] ?? { x: 0, y: 0 };
  const ba = boxes[from] ?? { width: 0, height: 0 };
  const bb = boxes[to] ?? { width: 0, height: 0 };
  const start = { x: a.x + ba.width, y: a.y + ba.height / 2 };
  const end = { x: b.x, y: b.y + bb.height / 2 };
  const midX = (start.x + end.x) / 2;
  return start.y === end.y ? [start, end] : [start, { x: midX, y: start.y }, { x: midX, y: end.y }, end];
}

function assemble(
  steps: readonly Step[],
  departments: readonly string[],
  laneOf: ReadonlyMap<string, number>,
  boxes: readonly Box[],
  positions: readonly Point[],
  links: readonly [number, number][],
  edgePoints: readonly Point[][],
): Omit<ProcedureLayout, 'routing'> {
  const headerLines = departments.map((d) => wrapText(d, HEADER_FONT_SIZE, HEADER_MAX_WIDTH));
  const headerText = Math.max(48, ...headerLines.flat().map((l) => estimateTextWidth(l, HEADER_FONT_SIZE)));
  const headerWidth = Math.ceil(headerText + 2 * BOX_PADDING.x);
  const gutter = 16;

  // Extent of each lane's steps, then lane boundaries half-way between neighbouring extents.
  const lo = departments.map(() => Infinity);
  const hi = departments.map(() => -Infinity);
  steps.forEach((step, i) => {
    const lane = laneOf.get(step.department) ?? 0;
    const y = positions[i]?.y ?? 0;
    lo[lane] = Math.min(lo[lane] ?? Infinity, y);
    hi[lane] = Math.max(hi[lane] ?? -Infinity, y + (boxes[i]?.height ?? 0));
  });
  // A lane must also be tall enough for its header text.
  departments.forEach((_, lane) => {
    const need = (headerLines[lane]?.length ?? 1) * HEADER_FONT_SIZE * LINE_HEIGHT + 2 * BOX_PADDING.y;
    const have = (hi[lane] ?? 0) - (lo[lane] ?? 0) + 2 * LANE_PADDING;
    if (have < need) {
      const grow = (need - have) / 2;
      lo[lane] = (lo[lane] ?? 0) - grow;
      hi[lane] = (hi[lane] ?? 0) + grow;
    }
  });
  const allY = [
    ...lo.map((v) => v - LANE_PADDING),
    ...hi.map((v) => v + LANE_PADDING),
    ...edgePoints.flat().map((p) => p.y),
  ];
  // A loop, not Math.max(...allY): no steps gives a height of 0, not -Infinity, and a large item no call-stack overflow.
  let minY = 0;
  let maxY = 0;
  for (const y of allY) {
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const bounds: number[] = [minY];
  for (let lane = 1; lane < departments.length; lane++) {
    bounds.push(((hi[lane - 1] ?? 0) + (lo[lane] ?? 0)) / 2);
  }
  bounds.push(maxY);
  const dy = -minY;
  const dx = headerWidth + gutter;

  const laid: LaidOutStep[] = steps.map((step, i) => {
    const box = boxes[i] ?? { width: 0, height: 0, lines: [] };
    const x = round((positions[i]?.x ?? 0) + dx);
    const y = round((positions[i]?.y ?? 0) + dy);
    let lineTop = y + BOX_PADDING.y;
    const lines = box.lines.map((line) => {
      const lineHeight = line.fontSize * LINE_HEIGHT;
      const baseline = round(lineTop + line.fontSize);
      lineTop += lineHeight;
      return { ...line, width: round(line.width), baseline };
    });
    const wait = step.waitDays > 0 ? `, 等待 ${formatDays(step.waitDays)} 天` : '';
    const title = `${step.id} ${step.name} — ${step.department} · ${ROLE_LABELS[step.role] ?? step.role} · ${formatDays(step.durationDays)} 天${wait}${step.condition ? ` · 条件: ${step.condition}` : ''}${step.applicantVisit ? ' · 申请人到场' : ''}`;
    return {
      stepId: step.id,
      department: step.department,
      lane: laneOf.get(step.department) ?? 0,
      x,
      y,
      width: box.width,
      height: box.height,
      lines,
      applicantVisit: step.applicantVisit,
      conditional: step.condition.trim() !== '',
      title,
    };
  });
  const edges: LaidOutEdge[] = links.map(([from, to], k) => ({
    from: steps[from]?.id ?? '',
    to: steps[to]?.id ?? '',
    points: (edgePoints[k] ?? []).map((p) => ({ x: round(p.x + dx), y: round(p.y + dy) })),
  }));
  const maxX = Math.max(
    dx + 40,
    ...laid.map((s) => s.x + s.width),
    ...edges.flatMap((e) => e.points.map((p) => p.x)),
  );
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
    steps: laid,
    edges,
  };
}
