// Diagram interchange (BPMNDI) geometry for a BPMN process graph, from procopt's own lane layout
// (layoutLaneGraph: ELK layered, left to right, one band per department): the pool, one lane per
// department holding its shapes, and each flow's waypoints, whose ends are moved from ELK's bounding
// boxes onto the real outline of round events and diamond gateways.

import { layoutLaneGraph, type Point } from '../diagrams/index.js';
import type { BpmnGraph, BpmnNodeKind } from './bpmn-graph.js';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BpmnDiagram {
  pool: Bounds;
  /** One per lane of the graph. */
  lanes: Bounds[];
  /** One per node of the graph. */
  shapes: Bounds[];
  /** One polyline per flow of the graph. */
  waypoints: Point[][];
}

/** Shape sizes as bpmn.io's modelers draw them. */
export const SHAPE_SIZE: Readonly<Record<BpmnNodeKind, { width: number; height: number }>> = {
  task: { width: 120, height: 80 },
  parallel: { width: 50, height: 50 },
  exclusive: { width: 50, height: 50 },
  start: { width: 36, height: 36 },
  end: { width: 36, height: 36 },
};

/** The pool's and each lane's label band on the left, and the margin inside a lane. */
const LABEL_BAND = 30;
const MARGIN = 30;
const MIN_LANE_HEIGHT = 120;

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

type Outline = 'box' | 'circle' | 'diamond';

function outlineOf(kind: BpmnNodeKind): Outline {
  if (kind === 'start' || kind === 'end') return 'circle';
  return kind === 'task' ? 'box' : 'diamond';
}

/**
 * Half the shape's extent along an axis-aligned line at `offset` from its centre: where such a line
 * crosses the outline (a box: its half size; a circle: the chord; a diamond: the narrowing side).
 */
function halfChord(outline: Outline, half: number, otherHalf: number, offset: number): number {
  const t = Math.min(1, Math.abs(offset) / otherHalf);
  if (outline === 'box') return half;
  if (outline === 'circle') return half * Math.sqrt(Math.max(0, 1 - t * t));
  return half * (1 - t);
}

/**
 * Moves a polyline's end (`end` = its first or last point, which lies on the bounding box) along its
 * axis-aligned end segment onto the shape's outline.
 */
function clipEnd(points: Point[], atStart: boolean, shape: Bounds, outline: Outline): void {
  if (outline === 'box' || points.length < 2) return;
  const k = atStart ? 0 : points.length - 1;
  const step = atStart ? 1 : -1;
  const end = points[k]!;
  let j = k + step;
  while (j >= 0 && j < points.length && points[j]!.x === end.x && points[j]!.y === end.y) j += step;
  const next = points[j];
  if (next === undefined) return;
  const cx = shape.x + shape.width / 2;
  const cy = shape.y + shape.height / 2;
  if (next.y === end.y) {
    const reach = halfChord(outline, shape.width / 2, shape.height / 2, end.y - cy);
    points[k] = { x: round(next.x < cx ? cx - reach : cx + reach), y: end.y };
  } else if (next.x === end.x) {
    const reach = halfChord(outline, shape.height / 2, shape.width / 2, end.x - cx);
    points[k] = { x: end.x, y: round(next.y < cy ? cy - reach : cy + reach) };
  }
}

/** Lays out the graph: lanes stacked top to bottom in the graph's lane order. */
export async function layoutBpmnGraph(graph: BpmnGraph): Promise<BpmnDiagram> {
  const sizes = graph.nodes.map((n) => SHAPE_SIZE[n.kind]);
  const layout = await layoutLaneGraph(
    graph.nodes.map((n, i) => ({ ...sizes[i]!, lane: n.lane })),
    // A 补正 flow runs back against the order: laid out forwards (so it cannot bend the layers), then reversed.
    graph.flows.map((f) => (f.role === 'return' ? ([f.to, f.from] as const) : ([f.from, f.to] as const))),
    graph.lanes.length,
    // Gateways and events make ELK move shapes across narrow bands: start wider than the SVG diagrams
    // do (measured: half the items then need one ELK run fewer).
    { lanePaddings: [54, 108, 160] },
  );

  // Lane bands: half-way between neighbouring lanes' shapes, at least MIN_LANE_HEIGHT tall.
  const laneCount = graph.lanes.length;
  const lo = Array.from({ length: laneCount }, () => Infinity);
  const hi = Array.from({ length: laneCount }, () => -Infinity);
  graph.nodes.forEach((node, i) => {
    const p = layout.positions[i] ?? { x: 0, y: 0 };
    lo[node.lane] = Math.min(lo[node.lane]!, p.y);
    hi[node.lane] = Math.max(hi[node.lane]!, p.y + sizes[i]!.height);
  });
  for (let lane = 0; lane < laneCount; lane++) {
    const grow = Math.max(0, MIN_LANE_HEIGHT - 2 * MARGIN - (hi[lane]! - lo[lane]!)) / 2;
    lo[lane] = lo[lane]! - grow;
    hi[lane] = hi[lane]! + grow;
  }
  const allY = [...layout.edgePoints.flat().map((p) => p.y), ...lo.map((v) => v - MARGIN), ...hi.map((v) => v + MARGIN)];
  const top = Math.min(...allY);
  const bottom = Math.max(...allY);
  const bounds = [top];
  for (let lane = 1; lane < laneCount; lane++) bounds.push((hi[lane - 1]! + lo[lane]!) / 2);
  bounds.push(bottom);

  const allX = [...layout.positions.map((p, i) => p.x + sizes[i]!.width), ...layout.edgePoints.flat().map((p) => p.x)];
  const left = Math.min(0, ...layout.positions.map((p) => p.x), ...layout.edgePoints.flat().map((p) => p.x));
  const dx = 2 * LABEL_BAND + MARGIN - left;
  const dy = -top;
  const width = Math.ceil(Math.max(...allX) + dx + MARGIN);

  const shapes = graph.nodes.map((_, i) => {
    const p = layout.positions[i] ?? { x: 0, y: 0 };
    return { x: round(p.x + dx), y: round(p.y + dy), ...sizes[i]! };
  });
  const waypoints = graph.flows.map((flow, k) => {
    const routed = (layout.edgePoints[k] ?? []).map((p) => ({ x: round(p.x + dx), y: round(p.y + dy) }));
    const points = flow.role === 'return' ? routed.reverse() : routed;
    clipEnd(points, true, shapes[flow.from]!, outlineOf(graph.nodes[flow.from]!.kind));
    clipEnd(points, false, shapes[flow.to]!, outlineOf(graph.nodes[flow.to]!.kind));
    return points;
  });
  const lanes = graph.lanes.map((_, lane) => ({
    x: LABEL_BAND,
    y: round(bounds[lane]! + dy),
    width: width - LABEL_BAND,
    height: round(bounds[lane + 1]! - bounds[lane]!),
  }));
  return { pool: { x: 0, y: 0, width, height: round(bottom - top) }, lanes, shapes, waypoints };
}
