// Diagram interchange (BPMNDI) geometry for a BPMN process graph, from the layout the SVG diagrams
// use (layoutProcedure: ELK layered or the simple layered layout, left to right, one band per
// department): the pool, one lane per department holding its shapes, and each flow's waypoints, whose
// ends are moved from the layout's bounding boxes onto the real outline of round events and diamond
// gateways.

import { clipEnd, maxOf, minOf, type Outline, type ProcessGeometry, type Point } from '../diagrams/index.js';
import type { BpmnNodeKind } from './bpmn-graph.js';

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

/** The pool's and each lane's label band on the left, and the margin inside a lane. */
const LABEL_BAND = 30;
const MARGIN = 30;
const MIN_LANE_HEIGHT = 120;

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function outlineOf(kind: BpmnNodeKind): Outline {
  if (kind === 'start' || kind === 'end') return 'circle';
  return kind === 'task' ? 'box' : 'diamond';
}

/**
 * The BPMNDI geometry of a procedure laid out by layoutProcedure (the SVG diagram's own layout, so a
 * report lays out each procedure once): lanes stacked top to bottom in the graph's lane order.
 */
export function bpmnDiagramOf(geometry: ProcessGeometry): BpmnDiagram {
  const { graph, sizes, layout } = geometry;

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
  const routeY = layout.edgePoints.flat().map((p) => p.y);
  const top = minOf(routeY, minOf(lo.map((v) => v - MARGIN)));
  const bottom = maxOf(routeY, maxOf(hi.map((v) => v + MARGIN)));
  const bounds = [top];
  for (let lane = 1; lane < laneCount; lane++) bounds.push((hi[lane - 1]! + lo[lane]!) / 2);
  bounds.push(bottom);

  const routeX = layout.edgePoints.flat().map((p) => p.x);
  const right = maxOf(routeX, maxOf(layout.positions.map((p, i) => p.x + sizes[i]!.width)));
  const left = minOf(routeX, minOf(layout.positions.map((p) => p.x), 0));
  const dx = 2 * LABEL_BAND + MARGIN - left;
  const dy = -top;
  const width = Math.ceil(right + dx + MARGIN);

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
