// A design's figures (steps, duration, visits) without building the design: the same node mapping
// as buildDesign, then Kahn's algorithm with a longest-path forward pass over the unreduced relation
// (a longest path with non-negative times is the same over a relation, its closure or its reduction).
// The hottest loops of the analysis: their set-bit loops are written out (graph/bit-rows.ts says why).

import type { ItemContext } from '../item-context.js';
import { assignNodes, closeWithout, mapRows } from './design.js';
import { SENIORITY, VISIT_ROLES, type DesignFigures, type DesignSpec } from './design-spec.js';
import type { Transformation } from '../findings/detection.js';
import { closeRows, reduceRows, wordsFor } from '../../graph/index.js';

/**
 * Scratch shared by every measurement: analysis is synchronous and measureDesign never re-enters,
 * so one set of buffers, grown to the largest item seen, replaces a dozen small allocations per design.
 */
let capacity = -1;
let gone = new Uint8Array(0);
let keeper = new Int32Array(0);
let root = new Int32Array(0);
let nodeOfRoot = new Int32Array(0);
let inNode = new Int32Array(0);
let outNode = new Int32Array(0);
let firstPos = new Int32Array(0);
let time = new Int32Array(0);
let visited = new Uint8Array(0);
let indeg = new Int32Array(0);
let queue = new Int32Array(0);
let start = new Int32Array(0);
let clockStart = new Int32Array(0);
let clock = new Int32Array(0);
let rel = new Uint32Array(0);
let closureRows = new Uint32Array(0);
let reductionRows = new Uint32Array(0);

function reserve(n: number): void {
  if (n <= capacity) return;
  capacity = Math.max(n, 2 * capacity, 32);
  gone = new Uint8Array(capacity);
  keeper = new Int32Array(capacity);
  root = new Int32Array(capacity);
  nodeOfRoot = new Int32Array(capacity);
  inNode = new Int32Array(capacity);
  outNode = new Int32Array(capacity);
  firstPos = new Int32Array(capacity);
  time = new Int32Array(capacity);
  visited = new Uint8Array(capacity);
  indeg = new Int32Array(capacity);
  queue = new Int32Array(capacity);
  start = new Int32Array(capacity);
  clockStart = new Int32Array(capacity);
  clock = new Int32Array(capacity);
  rel = new Uint32Array(capacity * wordsFor(capacity));
  closureRows = new Uint32Array(capacity * wordsFor(capacity));
  reductionRows = new Uint32Array(capacity * wordsFor(capacity));
}

/** Bit r set for the ranks of the roles that need the applicant in person (SENIORITY is one-to-one, so a rank names a role). */
const VISIT_RANKS = [...VISIT_ROLES].reduce((bits, role) => bits | (1 << SENIORITY[role]), 0);

/** Visit flags of a step: 1 when it has a visit, plus NEEDED_VISIT when its own role needs the person there. */
const NEEDED_VISIT = 2;
function visitFlags(trait: number): number {
  if (trait <= RANK_MASK) return 0;
  return (VISIT_RANKS & (1 << (trait & RANK_MASK))) !== 0 ? 1 | NEEDED_VISIT : 1;
}

const RANK_MASK = 15;
const VISIT_BIT = 16;

/** Per step: its role's seniority, plus VISIT_BIT when it needs the applicant in person. */
function traitsOf(ctx: ItemContext): Uint8Array {
  const traits = new Uint8Array(ctx.n);
  ctx.steps.forEach((step, v) => {
    traits[v] = SENIORITY[step.role] | (step.applicantVisit ? VISIT_BIT : 0);
  });
  return traits;
}

/** The figures buildDesign(ctx, spec) would report, or null when it would return null. */
export function measureDesign(ctx: ItemContext, spec: DesignSpec): DesignFigures | null {
  const size = fillDesign(ctx, spec);
  const duration = forwardPass(ctx, size);
  return duration === null ? null : { size, duration, ...countVisits(size, spec) };
}

/**
 * Fills the scratch with the design's nodes (inNode, unless every step is its own node), its
 * relation `rel` (unreduced), node times and visit flags; returns the number of nodes.
 */
function fillDesign(ctx: ItemContext, spec: DesignSpec): number {
  const { n, words } = ctx;
  reserve(n);
  // Without removals, drops or merges every step is its own node (the common case of the findings).
  const keepsSteps =
    (spec.removed === undefined || spec.removed.length === 0) &&
    (spec.dropped === undefined || spec.dropped.length === 0) &&
    (spec.merges === undefined || spec.merges.length === 0);
  const size = keepsSteps ? n : assignNodes(ctx, spec, gone, keeper, root, nodeOfRoot, inNode, outNode);
  const w = wordsFor(size);
  const req = ctx.required.reach;
  if (size === n) {
    // Node X is step X.
    const cells = n * words;
    if (spec.parallel === true) {
      for (let i = 0; i < cells; i++) rel[i] = req[i]!;
    } else if (spec.unlink !== undefined) {
      // The reduced declared order without the link generates the same closure closeWithout builds.
      for (let i = 0; i < cells; i++) rel[i] = req[i]!;
      const [from, to] = spec.unlink;
      for (const [u, v] of ctx.declared.reduced) if (u !== from || v !== to) rel[u * words + (v >>> 5)]! |= 1 << (v & 31);
    } else {
      const reach = ctx.declared.reach;
      for (let i = 0; i < cells; i++) rel[i] = req[i]! | reach[i]!;
    }
  } else {
    rel.fill(0, 0, size * w);
    mapRows(req, words, n, outNode, inNode, rel, w);
    // Removed steps break paths through them, so the declared order is mapped as its closure.
    if (spec.parallel !== true) {
      const base = spec.unlink === undefined ? ctx.declared.reach : closeWithout(ctx, spec.unlink);
      mapRows(base, words, n, inNode, inNode, rel, w);
    }
  }

  // Node time = first member's wait (first in the declared order) + every member's duration.
  const traits = (ctx.slots.traits ??= traitsOf(ctx));
  if (size === n) {
    for (let v = 0; v < n; v++) {
      time[v] = ctx.time[v]!;
      visited[v] = visitFlags(traits[v]!);
    }
  } else {
    const pos = ctx.declared.pos;
    const order = ctx.order;
    firstPos.fill(0x7fffffff, 0, size);
    time.fill(0, 0, size);
    visited.fill(0, 0, size);
    for (let v = 0; v < n; v++) {
      const X = inNode[v]!;
      if (X < 0) continue;
      time[X]! += ctx.durationH[v]!;
      if (pos[v]! < firstPos[X]!) firstPos[X] = pos[v]!;
      visited[X]! |= visitFlags(traits[v]!);
    }
    for (let X = 0; X < size; X++) time[X]! += ctx.waitH[order[firstPos[X]!]!]!;
  }
  return size;
}

function countVisits(size: number, spec: DesignSpec): { visits: number; consolidatedVisits: number } {
  let visits = 0;
  let consolidatedVisits = 0;
  for (let X = 0; X < size; X++) {
    if (visited[X] === 0) continue;
    const needed = (visited[X]! & NEEDED_VISIT) !== 0;
    if (needed) consolidatedVisits++;
    if (needed || spec.visits !== true) visits++;
  }
  return { visits, consolidatedVisits };
}

/**
 * Longest path over the filled relation (node starts left in `start`), or null when it is cyclic.
 * Its topological order is `filledOrder(ctx, size)`.
 */
function forwardPass(ctx: ItemContext, size: number): number | null {
  const w = wordsFor(size);
  start.fill(0, 0, size);
  const known = size === ctx.n ? ctx.slots.baselineOrder : undefined;
  if (known !== undefined) {
    // Every step its own node: the relation is part of the baseline's, so it is acyclic and the
    // baseline's topological order serves its forward pass.
    let duration = 0;
    for (let i = 0; i < size; i++) {
      const X = known[i]!;
      const finish = start[X]! + time[X]!;
      if (finish > duration) duration = finish;
      for (let k = 0; k < w; k++) {
        let bits = rel[X * w + k]!;
        while (bits !== 0) {
          const t = bits & -bits;
          const Y = (k << 5) + 31 - Math.clz32(t);
          if (start[Y]! < finish) start[Y] = finish;
          bits ^= t;
        }
      }
    }
    return duration;
  }
  // Kahn's algorithm; a node leaves the queue only after all its predecessors, so its start is final.
  indeg.fill(0, 0, size);
  for (let X = 0; X < size; X++) {
    for (let k = 0; k < w; k++) {
      let bits = rel[X * w + k]!;
      while (bits !== 0) {
        const t = bits & -bits;
        indeg[(k << 5) + 31 - Math.clz32(t)]!++;
        bits ^= t;
      }
    }
  }
  let head = 0;
  let tail = 0;
  for (let X = 0; X < size; X++) if (indeg[X] === 0) queue[tail++] = X;
  let duration = 0;
  while (head < tail) {
    const X = queue[head++]!;
    const finish = start[X]! + time[X]!;
    if (finish > duration) duration = finish;
    for (let k = 0; k < w; k++) {
      let bits = rel[X * w + k]!;
      while (bits !== 0) {
        const t = bits & -bits;
        const Y = (k << 5) + 31 - Math.clz32(t);
        if (start[Y]! < finish) start[Y] = finish;
        if (--indeg[Y]! === 0) queue[tail++] = Y;
        bits ^= t;
      }
    }
  }
  return tail === size ? duration : null;
}

/** The topological order forwardPass used: the baseline's where every step is its own node and it is known, else Kahn's `queue`. */
function filledOrder(ctx: ItemContext, size: number): Int32Array {
  const known = size === ctx.n ? ctx.slots.baselineOrder : undefined;
  return known ?? queue;
}

/** A candidate's figures: its design's, plus clock time and one critical path of its declared order. */
export interface CandidateFigures extends DesignFigures {
  readonly clockDuration: number;
  /** The critical path, source to sink, as the step indices of each node (in declared order). */
  readonly criticalPath: readonly (readonly number[])[];
}

/**
 * What buildDesign(ctx, spec) would give for a candidate — figures, clock time and the critical path
 * of its (transitively reduced) declared order with findCriticalPath's tie rule — on the scratch
 * buffers, without building the design. Null when the design would be cyclic.
 */
export function measureCandidate(ctx: ItemContext, spec: DesignSpec): CandidateFigures | null {
  const size = fillDesign(ctx, spec);
  const duration = forwardPass(ctx, size);
  if (duration === null) return null;
  const order = filledOrder(ctx, size);
  const w = wordsFor(size);
  const identity = size === ctx.n;
  // Clock time per node: its time when any member counts toward the statutory limit.
  if (identity) {
    for (let X = 0; X < size; X++) clock[X] = ctx.clock[X]!;
  } else {
    clock.fill(0, 0, size);
    for (let v = 0; v < ctx.n; v++) if (inNode[v]! >= 0 && ctx.steps[v]!.countsTowardLimit) clock[inNode[v]!] = 1;
    for (let X = 0; X < size; X++) clock[X] = clock[X] === 1 ? time[X]! : 0;
  }
  // Closure in reverse topological order, then the reduction: keep X→Y unless a Z after X reaches Y.
  closeRows(rel, w, order, size, closureRows);
  reduceRows(closureRows, size, w, reductionRows);
  // Forward pass over the reduction (the same longest path), then the clock's.
  start.fill(0, 0, size);
  clockStart.fill(0, 0, size);
  let clockDuration = 0;
  for (let i = 0; i < size; i++) {
    const X = order[i]!;
    const finish = start[X]! + time[X]!;
    const clockFinish = clockStart[X]! + clock[X]!;
    if (clockFinish > clockDuration) clockDuration = clockFinish;
    for (let k = 0; k < w; k++) {
      let bits = reductionRows[X * w + k]!;
      while (bits !== 0) {
        const t = bits & -bits;
        const Y = (k << 5) + 31 - Math.clz32(t);
        if (start[Y]! < finish) start[Y] = finish;
        if (clockStart[Y]! < clockFinish) clockStart[Y] = clockFinish;
        bits ^= t;
      }
    }
  }
  // findCriticalPath's rule: end at the lowest-index sink finishing at the duration, then walk back
  // through the lowest-index predecessor finishing when the current node starts.
  const path: number[] = [];
  let end = -1;
  for (let X = 0; X < size && end < 0; X++) {
    let sink = true;
    for (let k = 0; k < w && sink; k++) sink = reductionRows[X * w + k] === 0;
    if (sink && start[X]! + time[X]! === duration) end = X;
  }
  for (let X = end; X >= 0; ) {
    path.push(X);
    let best = -1;
    for (let P = 0; P < size && best < 0; P++) {
      if ((reductionRows[P * w + (X >>> 5)]! & (1 << (X & 31))) !== 0 && start[P]! + time[P]! === start[X]) best = P;
    }
    X = best;
  }
  path.reverse();
  const criticalPath = path.map((X) => (identity ? [X] : membersOf(ctx, X)));
  return { size, duration, ...countVisits(size, spec), clockDuration, criticalPath };
}

/** Step indices of node X in declared order (inNode must be filled). */
function membersOf(ctx: ItemContext, X: number): number[] {
  const members: number[] = [];
  for (const v of ctx.order) if (inNode[v] === X) members.push(v);
  return members;
}

/**
 * The figures of one finding's transformation alone, or of no transformation (the procedure with its
 * required links in place), memoized on the context; null when it cannot apply.
 */
export function measureSingle(ctx: ItemContext, t: Transformation | null): DesignFigures | null {
  const singles = (ctx.slots.singles ??= new Map());
  const key = keyOf(t, ctx.n);
  let figures = singles.get(key);
  if (figures === undefined) {
    const baseline = t === null ? undefined : singles.get(0);
    if (t?.kind === 'unlink' && baseline !== undefined && baseline !== null) {
      // Taking one link out keeps the order acyclic and changes no step or visit: only the duration moves.
      figures = { ...baseline, duration: measureUnlinked(ctx, t.from, t.to) };
    } else {
      figures = measureDesign(ctx, specOf(t));
      // The baseline is acyclic: keep its topological order (left in `queue`) for measureUnlinked.
      if (t === null && figures !== null) ctx.slots.baselineOrder = queue.slice(0, ctx.n);
    }
    singles.set(key, figures);
  }
  return figures;
}

/**
 * Longest path of the item with its required links in place and the declared link from→to taken
 * out: a forward pass over the baseline's topological order (valid for any subrelation).
 */
function measureUnlinked(ctx: ItemContext, from: number, to: number): number {
  const { n, words, time } = ctx;
  reserve(n);
  const order = ctx.slots.baselineOrder!;
  const req = ctx.required.reach;
  const reduced = (ctx.slots.reducedRows ??= rowsOf(ctx));
  start.fill(0, 0, n);
  let duration = 0;
  for (let i = 0; i < n; i++) {
    const X = order[i]!;
    const finish = start[X]! + time[X]!;
    if (finish > duration) duration = finish;
    for (let k = 0; k < words; k++) {
      let declared = reduced[X * words + k]!;
      if (X === from && k === to >>> 5) declared &= ~(1 << (to & 31));
      let bits = req[X * words + k]! | declared;
      while (bits !== 0) {
        const t = bits & -bits;
        const Y = (k << 5) + 31 - Math.clz32(t);
        if (start[Y]! < finish) start[Y] = finish;
        bits ^= t;
      }
    }
  }
  return duration;
}

/** The reduced declared order as rows. */
function rowsOf(ctx: ItemContext): Uint32Array {
  const rows = new Uint32Array(ctx.n * ctx.words);
  for (const [u, v] of ctx.declared.reduced) rows[u * ctx.words + (v >>> 5)]! |= 1 << (v & 31);
  return rows;
}

/** A number per transformation of an item of n steps (0 for none). */
function keyOf(t: Transformation | null, n: number): number {
  if (t === null) return 0;
  const square = n * n;
  switch (t.kind) {
    case 'unlink':
      return square + t.from * n + t.to;
    case 'merge':
      return 2 * square + t.first * n + t.second;
    case 'drop':
      return 3 * square + t.keep * n + t.drop;
    case 'remove':
      return 4 * square + t.step;
    case 'visits':
      return 5 * square;
  }
}

/** The design spec of one transformation. */
export function specOf(t: Transformation | null): DesignSpec {
  if (t === null) return {};
  switch (t.kind) {
    case 'unlink':
      return { unlink: [t.from, t.to] };
    case 'merge':
      return { merges: [[t.first, t.second]] };
    case 'drop':
      return { dropped: [[t.keep, t.drop]] };
    case 'remove':
      return { removed: [t.step] };
    case 'visits':
      return { visits: true };
  }
}
