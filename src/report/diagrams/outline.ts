// Where a link meets a shape that is not a box: ELK and the simple router end links on a node's
// bounding box, so an end on a round event or a diamond gateway is moved along its axis-aligned end
// segment onto the real outline (the circle's chord, the diamond's narrowing side).

import type { Point } from './lane-graph.js';

/** A shape's outline: a box, a circle (events) or a diamond (gateways). */
export type Outline = 'box' | 'circle' | 'diamond';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
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
 * Moves a polyline's end (its first point when `atStart`, else its last, lying on the bounding box)
 * along its axis-aligned end segment onto the shape's outline, in place.
 */
export function clipEnd(points: Point[], atStart: boolean, shape: Bounds, outline: Outline): void {
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
