// Boxes in horizontal lanes, laid out left to right with orthogonal links. Two ways:
// - layoutLaneGraph, with elkjs (layered, orthogonal edges). ELK has no swim lanes (its partitions
//   order layers along the flow; compound nodes lie side by side), so two passes: a flat layered
//   layout gives each box's layer; the second pass seeds every box inside its lane's band and reruns
//   with INTERACTIVE strategies, which keep it there.
// - layoutLaneGraphSimple, without ELK, for graphs too large for it: longest-path layers (Kahn's
//   algorithm), boxes stacked in their lane's band, links routed right side → left side with one
//   turn. Linear in boxes + links.
// Both are shared by the SVG diagrams and the BPMN files (one layout serves both).

import { createRequire } from 'node:module';
import type ElkModule from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api.js';
import { maxOf } from './extent.js';

export interface Point {
  x: number;
  y: number;
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
  /**
   * 'elk' when ELK's second pass kept every lane in order; 'fallback' when ELK's layers were kept
   * with seeded bands and simple routes; 'simple' when ELK was not used at all (layoutLaneGraphSimple).
   */
  routing: 'elk' | 'fallback' | 'simple';
}

export interface LaneGraphOptions {
  /**
   * How many times ELK's second pass may try to keep every lane in order, each with wider bands
   * (default and at most 3), before the seeded bands are kept and links routed without ELK; 0 goes
   * straight to that fallback (tests use it: on real procedures it is rare).
   */
  routingAttempts?: number;
  /** Lane padding of each of ELK's attempts, widest last (default LANE_PADDINGS, cut to routingAttempts). */
  lanePaddings?: readonly number[];
}

/** Vertical space between boxes of one lane and layer. */
export const NODE_SPACING = 24;
const LAYER_SPACING = 48;
/** Padding above and below a lane's boxes, per attempt of ELK's second pass. */
export const LANE_PADDINGS = [24, 54, 108] as const;
const MIN_LANE_GAP = 8;

const BASE_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': String(NODE_SPACING),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_SPACING),
  'elk.layered.spacing.edgeNodeBetweenLayers': '14',
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
// bundle is loaded on first use (~0.5 s), so commands that draw nothing never pay for it. Loaded by
// `require` (a CommonJS package), not `import()`: the CLI's bundle runs from a V8 code cache, where
// Node 20 has no loader for `import()` (bin/procopt.js).
function getElk(): Elk {
  if (sharedElk === undefined) {
    const elkModule = createRequire(import.meta.url)('elkjs/lib/elk.bundled.js') as typeof ElkModule;
    sharedElk = new elkModule.default();
  }
  return sharedElk;
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
  options: LaneGraphOptions = {},
): Promise<LaneGraphLayout> {
  const elkEdges = (): ElkExtendedEdge[] =>
    links.map(([from, to], k) => ({ id: `e${k}`, sources: [`n${from}`], targets: [`n${to}`] }));

  // Pass 1: flat layered layout, for the layer (x) of every box.
  const flat: ElkNode = {
    id: 'root',
    layoutOptions: BASE_OPTIONS,
    children: nodes.map((b, i) => ({ id: `n${i}`, width: b.width, height: b.height })),
    edges: elkEdges(),
  };
  const pass1 = await getElk().layout(flat);
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
  const seed = seedBands(nodes, laneCount, layerOf, layerX, (i) => firstPos.get(`n${i}`)?.y ?? 0);

  // Pass 2: the same graph, positions seeded per lane, every phase interactive. ELK may push a
  // box down to make room for long links; wider bands usually absorb that, so retry twice.
  const paddings = (options.lanePaddings ?? LANE_PADDINGS).slice(0, options.routingAttempts ?? 3);
  let seeded = seed(paddings[0] ?? LANE_PADDINGS[0]);
  for (const padding of paddings) {
    seeded = seed(padding);
    const banded: ElkNode = {
      id: 'root',
      layoutOptions: INTERACTIVE_OPTIONS,
      children: nodes.map((b, i) => ({ id: `n${i}`, width: b.width, height: b.height, x: seeded[i]?.x, y: seeded[i]?.y })),
      edges: elkEdges(),
    };
    const pass2 = await getElk().layout(banded);
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
  // ELK kept moving a box out of its band: keep the seeded bands and route links ourselves.
  const edgePoints = links.map(([from, to]) => routeOrthogonal(seeded, nodes, from, to));
  return { positions: seeded, edgePoints, routing: 'fallback' };
}

/**
 * layoutLaneGraph without ELK, for graphs too large for it: each box in the layer of its longest
 * path from a box without incoming links (boxes on a cycle after their placed predecessors), boxes
 * of one lane and layer stacked in index order, links routed with one turn between layers.
 */
export function layoutLaneGraphSimple(nodes: readonly LaneNode[], links: readonly (readonly [number, number])[], laneCount: number): LaneGraphLayout {
  const layerOf = longestPathLayers(nodes.length, links);
  const layerCount = maxOf(layerOf.map((l) => l + 1), 0);
  const widths = Array.from({ length: layerCount }, () => 0);
  nodes.forEach((node, i) => {
    widths[layerOf[i]!] = Math.max(widths[layerOf[i]!]!, node.width);
  });
  const layerX: number[] = [];
  let x = 0;
  for (const width of widths) {
    layerX.push(x);
    x += width + LAYER_SPACING;
  }
  // Centre each box in its layer's column, as ELK does.
  const seeded = seedBands(nodes, laneCount, layerOf, layerX, (i) => i)(LANE_PADDINGS[0]).map((p, i) => ({
    x: p.x + ((widths[layerOf[i]!] ?? 0) - (nodes[i]?.width ?? 0)) / 2,
    y: p.y,
  }));
  return { positions: seeded, edgePoints: links.map(([from, to]) => routeOrthogonal(seeded, nodes, from, to)), routing: 'simple' };
}

/** Longest-path layering by Kahn's algorithm; nodes on a cycle go one layer after their placed predecessors, in index order. */
function longestPathLayers(count: number, links: readonly (readonly [number, number])[]): number[] {
  const indegree = new Int32Array(count);
  const out: number[][] = Array.from({ length: count }, () => []);
  for (const [from, to] of links) {
    if (from === to || from < 0 || to < 0 || from >= count || to >= count) continue;
    out[from]!.push(to);
    indegree[to]!++;
  }
  const layer = new Array<number>(count).fill(0);
  const done = new Uint8Array(count);
  const queue: number[] = [];
  for (let i = 0; i < count; i++) if (indegree[i] === 0) queue.push(i);
  let head = 0;
  let next = 0;
  for (;;) {
    while (head < queue.length) {
      const v = queue[head++]!;
      done[v] = 1;
      for (const w of out[v]!) {
        layer[w] = Math.max(layer[w]!, layer[v]! + 1);
        if (--indegree[w]! === 0) queue.push(w);
      }
    }
    // A cycle: release its first node in index order.
    while (next < count && done[next] === 1) next++;
    if (next >= count) break;
    indegree[next] = 0;
    queue.push(next);
  }
  return layer;
}

/**
 * Seeded positions for a padding: boxes of one lane and one layer stacked vertically (ordered by
 * `rank`, then index), lanes stacked in index order, each as tall as its tallest stack.
 */
function seedBands(
  nodes: readonly LaneNode[],
  laneCount: number,
  layerOf: readonly number[],
  layerX: readonly number[],
  rank: (i: number) => number,
): (padding: number) => Point[] {
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
    members.sort((a, b) => rank(a) - rank(b) || a - b);
    let offset = 0;
    for (const i of members) {
      offsetInLane[i] = offset;
      offset += (nodes[i]?.height ?? 0) + NODE_SPACING;
    }
    laneContent[lane] = Math.max(laneContent[lane] ?? 0, offset - NODE_SPACING);
  }
  return (padding) => {
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
    // An empty lane (no box) has no extent to keep apart.
    if (!Number.isFinite(lo[lane]!) || !Number.isFinite(hi[lane - 1]!)) continue;
    // ELK may nudge a box by an edge spacing; it must still clear the next lane's boxes.
    if ((hi[lane - 1] ?? 0) + MIN_LANE_GAP > (lo[lane] ?? 0)) return false;
  }
  return true;
}

// Simple routing: leave the source's right side, turn at the middle of the gap, enter the target's left side.
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
