// A redesigned procedure from its transformations, on sparse edges: steps removed (contracted: their
// predecessors pass to their successors), dropped (a duplicate check: its keeper stands for its
// outputs and required successors) or merged (union-find along the pairs), visits consolidated. Its
// order: the transitive reduction of the required order together with the declared links (after
// reduction) that the required order does not reverse — without them where every parallelizable
// link is applied, without one where one is. Kahn's algorithm with a longest-path pass times it:
// O(n + m) per design, plus the contractions.

import { buildDigraph, closeDigraph, createScratch, hasBit, reduceEdges, topologicalOrder, wordsFor } from '../../graph/index.js';
import type { ItemContext } from '../item-context.js';
import { NEEDS_PERSON } from '../roles.js';
import type { BaseEdges, Design, DesignSpec } from './design-spec.js';

/** The base edges of the item's designs. */
export function baseEdges(ctx: ItemContext): BaseEdges {
  let base = ctx.slots.baseEdges;
  if (base === undefined) {
    const { unionReach, words } = ctx.required;
    base = {
      req: ctx.required.reduced,
      decl: ctx.declared.reduced.filter(([a, b]) => !hasBit(unionReach, words, b, a)),
    };
    ctx.slots.baseEdges = base;
  }
  return base;
}

const designScratch = createScratch();

/** The design of no transformation (the item in its lawful order), built once per item. */
export function baseDesign(ctx: ItemContext): Design | null {
  if (ctx.slots.base === undefined) ctx.slots.base = buildDesign(ctx, {});
  return ctx.slots.base;
}

/** Builds a design, or null when its transformations together make the order cyclic. The required order must be acyclic. */
export function buildDesign(ctx: ItemContext, spec: DesignSpec): Design | null {
  const { n, steps } = ctx;
  // Allocated at their length; assignNodes sets every entry.
  // Stryker disable next-line ArrayDeclaration: equivalent — assignNodes sets every entry, by index
  const inNode = new Array<number>(n);
  // Stryker disable next-line ArrayDeclaration: equivalent, as above
  const outNode = new Array<number>(n);
  const size = assignNodes(ctx, spec, inNode, outNode);
  // Every node has a member, so no hole is left; one array per node, made when its first member comes.
  // Stryker disable next-line ArrayDeclaration: equivalent — every node gets its array below, so the array ends at length size either way
  const members: number[][] = new Array<number[]>(size);
  for (const v of ctx.order) {
    const X = inNode[v]!;
    if (X < 0) continue;
    const list = members[X];
    if (list === undefined) members[X] = [v];
    else list.push(v);
  }

  const { req, decl } = baseEdges(ctx);
  // Stryker disable next-line ArrayDeclaration: equivalent — a non-pair entry names no step (inNode of it is undefined), so it adds no edge
  const declared = spec.parallel === true ? [] : decl;
  // Stryker disable next-line ArrayDeclaration,UnaryOperator: equivalent — no spec given to buildDesign has `unlink` (a parallelizable finding is measured on the base design, durationWithout), so no declared link is ever (ux, uy)
  const [ux, uy] = spec.unlink ?? [-1, -1];
  const from: number[] = [];
  const to: number[] = [];
  // Only a design with removed or dropped steps needs the contraction (made on first use).
  let frontier: ((g: number) => readonly number[]) | null = null;
  const add = (X: number, y: number): void => {
    if (X < 0) return;
    const Y = inNode[y]!;
    if (Y >= 0) {
      if (Y !== X) {
        from.push(X);
        to.push(Y);
      }
      return;
    }
    frontier ??= contractor(ctx, inNode, req, declared, ux, uy);
    for (const Z of frontier(y)) {
      if (Z !== X) {
        from.push(X);
        to.push(Z);
      }
    }
  };
  for (const [a, b] of req) add(outNode[a]!, b);
  const requiredEdges = from.length;
  // Stryker disable next-line EqualityOperator,LogicalOperator: equivalent, as above (ux = uy = −1, never a step)
  for (const [a, b] of declared) if (a !== ux || b !== uy) add(inNode[a]!, b);

  const g = buildDigraph(size, from, to);
  const order = topologicalOrder(g);
  if (order === null) return null;

  // Stryker disable next-line ArrayDeclaration: equivalent — filled by index from 0 to size − 1
  const time = new Array<number>(size);
  // Stryker disable next-line ArrayDeclaration: equivalent, as above
  const clock = new Array<number>(size);
  for (let X = 0; X < size; X++) {
    const ms = members[X]!;
    let t = ctx.waitH[ms[0]!]!;
    for (const m of ms) t += ctx.durationH[m]!;
    time[X] = t;
    clock[X] = steps[ms[0]!]!.countsTowardLimit ? t : 0;
  }
  const { visit, visits, rawVisits } = markVisits(ctx, members, spec.visits === true);
  // Earliest starts by time at [0, size), by clock at [size, 2·size).
  const start = designScratch(2 * size).fill(0, 0, 2 * size);
  const clockStart = size;
  let duration = 0;
  let clockDuration = 0;
  for (const X of order) {
    const finish = start[X]! + time[X]!;
    const clockFinish = start[clockStart + X]! + clock[X]!;
    if (finish > duration) duration = finish;
    if (clockFinish > clockDuration) clockDuration = clockFinish;
    for (let i = g.succStart[X]!; i < g.succStart[X + 1]!; i++) {
      const Y = g.succ[i]!;
      if (start[Y]! < finish) start[Y] = finish;
      if (start[clockStart + Y]! < clockFinish) start[clockStart + Y] = clockFinish;
    }
  }
  return { size, inNode, outNode, members, time, clock, visit, graph: g, order, duration, clockDuration, visits, rawVisits, edgeFrom: from, edgeTo: to, requiredEdges };
}

/**
 * The same design with its visits consolidated (DesignSpec.visits): everything else about a design is
 * independent of that choice, so a subset with the visits kind reuses the design without it.
 */
export function withConsolidatedVisits(ctx: ItemContext, design: Design): Design {
  const { visit, visits } = markVisits(ctx, design.members, true);
  return { ...design, visit, visits };
}

/**
 * The nodes where the applicant comes in person: every node with a visit step, or (consolidated)
 * only those where a visit step's role needs the person.
 */
function markVisits(
  ctx: ItemContext,
  members: readonly (readonly number[])[],
  consolidated: boolean,
): { visit: Uint8Array; visits: number; rawVisits: number } {
  const size = members.length;
  const visit = new Uint8Array(size);
  let visits = 0;
  let rawVisits = 0;
  for (let X = 0; X < size; X++) {
    let visited = false;
    let needed = false;
    for (const m of members[X]!) {
      const own = ctx.steps[m]!.applicantVisit;
      visited ||= own;
      needed ||= own && (ctx.roleBits[m]! & NEEDS_PERSON) !== 0;
    }
    if (visited) rawVisits++;
    if (consolidated ? needed : visited) {
      visit[X] = 1;
      visits++;
    }
  }
  return { visit, visits, rawVisits };
}

/**
 * The duration of `base` — a design without removals, drops or merges, whose node v is step v — with
 * the declared link (ux, uy) taken out: what buildDesign gives for { unlink: [ux, uy] }, without
 * building it. The link stays where the required order holds it too. Its order stays a topological
 * order once a link goes, so one longest-path pass over it: O(n + m).
 */
export function durationWithout(ctx: ItemContext, base: Design, ux: number, uy: number): number {
  const { req } = baseEdges(ctx);
  for (const [a, b] of req) if (a === ux && b === uy) return base.duration;
  const g = base.graph;
  const start = designScratch(base.size).fill(0, 0, base.size);
  let duration = 0;
  for (const X of base.order) {
    const finish = start[X]! + base.time[X]!;
    if (finish > duration) duration = finish;
    for (let i = g.succStart[X]!; i < g.succStart[X + 1]!; i++) {
      const Y = g.succ[i]!;
      if (X === ux && Y === uy) continue;
      if (start[Y]! < finish) start[Y] = finish;
    }
  }
  return duration;
}

/** A design's order as its closure and its transitive reduction (sorted by (from, to)): O(m · size/32). */
export function reduceDesignOrder(design: Design): { reach: Uint32Array; words: number; reduced: [number, number][] } {
  const words = wordsFor(design.size);
  const reach = closeDigraph(design.graph, words);
  const pos = new Int32Array(design.size);
  design.order.forEach((X, k) => (pos[X] = k));
  return { reach, words, reduced: reduceEdges(design.size, design.graph.succStart, design.graph.succ, reach, words, pos) };
}

/**
 * Numbers the design's nodes into inNode / outNode (see Design) and returns how many there are.
 * A step dropped by several pairs passes to the keeper with the smallest id, whatever the row order.
 */
export function assignNodes(ctx: ItemContext, spec: DesignSpec, inNode: number[], outNode: number[]): number {
  const { n, steps } = ctx;
  // gone (0/1), keeper, union-find root and node of root live in one scratch buffer.
  const work = nodeScratch(4 * n);
  const GONE = 0;
  const KEEPER = n;
  const ROOT = 2 * n;
  const NODE = 3 * n;
  // Stryker disable next-line ArithmeticOperator: equivalent — a negative end fills to length − n (the buffer holds at least 4n), which the fills and the loop below then overwrite
  work.fill(0, GONE, GONE + n);
  work.fill(-1, KEEPER, KEEPER + n);
  work.fill(-1, NODE, NODE + n);
  for (let v = 0; v < n; v++) work[ROOT + v] = v;
  if (spec.removed !== undefined) for (const r of spec.removed) work[GONE + r] = 1;
  if (spec.dropped !== undefined) {
    for (const [keep, drop] of spec.dropped) {
      const before = work[KEEPER + drop]!;
      if (work[GONE + drop] === 1 && (before < 0 || steps[before]!.id <= steps[keep]!.id)) continue;
      // Three or more checks can keep one another in a ring (one pair ordered by the declared order,
      // the others unordered and kept by file position): a pair whose keeper already passes to `drop`
      // is not applied, so one check of the ring stays.
      if (passesTo(work, KEEPER, keep, drop)) continue;
      work[GONE + drop] = 1;
      work[KEEPER + drop] = keep;
    }
  }
  if (spec.merges !== undefined) {
    for (const [a, b] of spec.merges) {
      if (work[GONE + a] === 1 || work[GONE + b] === 1) continue;
      const ra = findRoot(work, ROOT, a);
      const rb = findRoot(work, ROOT, b);
      if (ra !== rb) work[ROOT + Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
  let size = 0;
  for (let v = 0; v < n; v++) {
    if (work[GONE + v] === 1) {
      inNode[v] = -1;
      continue;
    }
    const r = findRoot(work, ROOT, v);
    if (work[NODE + r] === -1) work[NODE + r] = size++;
    inNode[v] = work[NODE + r]!;
  }
  for (let v = 0; v < n; v++) {
    let t = v;
    // A keeper may itself be dropped (chains of duplicates): follow to the step that stays.
    // Stryker disable next-line UpdateOperator: equivalent — the keepers' chains hold no ring (a drop that would close one is not applied), so the walk ends on t whatever the count
    for (let hops = 0; t >= 0 && work[GONE + t] === 1 && hops <= n; hops++) t = work[KEEPER + t]!;
    outNode[v] = t >= 0 && work[GONE + t] === 0 ? inNode[t]! : -1;
  }
  return size;
}

const nodeScratch = createScratch();

/**
 * Whether the keepers of dropped steps (stored from `keeper`; −1 for a step no pair drops) lead from v
 * to `target`. The chains hold no ring (a drop that would close one is not applied), so the walk ends.
 */
function passesTo(work: Int32Array, keeper: number, v: number, target: number): boolean {
  for (let t = work[keeper + v]!; t >= 0; t = work[keeper + t]!) if (t === target) return true;
  return false;
}

/** The union-find root of v in the roots stored from `at` (with path halving). */
function findRoot(root: Int32Array, at: number, v: number): number {
  while (root[at + v] !== v) {
    root[at + v] = root[at + root[at + v]!]!;
    v = root[at + v]!;
  }
  return v;
}

/**
 * For a removed or dropped step g, the nodes its successors stand for: each present successor's node,
 * and through a gone successor, that one's in turn (memoized) — so a gone step's predecessors pass to
 * its successors.
 */
function contractor(
  ctx: ItemContext,
  inNode: readonly number[],
  req: readonly (readonly [number, number])[],
  decl: readonly (readonly [number, number])[],
  ux: number,
  uy: number,
): (g: number) => readonly number[] {
  const memo = new Map<number, number[]>();
  let succ: Map<number, number[]> | null = null;
  const successorsOf = (g: number): readonly number[] => {
    if (succ === null) {
      succ = new Map();
      const note = (a: number, b: number): void => {
        if (inNode[a]! >= 0) return;
        const list = succ!.get(a);
        if (list === undefined) succ!.set(a, [b]);
        else list.push(b);
      };
      for (const [a, b] of req) note(a, b);
      // Stryker disable next-line EqualityOperator,LogicalOperator: equivalent — ux = uy = −1 (see buildDesign)
      for (const [a, b] of decl) if (a !== ux || b !== uy) note(a, b);
    }
    // Stryker disable next-line ArrayDeclaration: equivalent — a non-step entry has no node and no successors of its own, so it adds nothing
    return succ.get(g) ?? [];
  };
  const frontier = (g: number): number[] => {
    const known = memo.get(g);
    if (known !== undefined) return known;
    // Iterative depth-first search through gone steps; a gone step on the way gets its own answer when asked.
    const out = new Set<number>();
    // Stryker disable next-line ArrayDeclaration: equivalent — the steps the search walks through are gone steps along the acyclic order, never back to g
    const seen = new Set<number>([g]);
    const stack = [g];
    while (stack.length > 0) {
      const x = stack.pop()!;
      for (const y of successorsOf(x)) {
        const Y = inNode[y]!;
        if (Y >= 0) out.add(Y);
        else if (!seen.has(y)) {
          const done = memo.get(y);
          if (done !== undefined) for (const Z of done) out.add(Z);
          else {
            seen.add(y);
            stack.push(y);
          }
        }
      }
    }
    const list = [...out];
    memo.set(g, list);
    return list;
  };
  return (g) => (ctx.n === 0 ? [] : frontier(g));
}
