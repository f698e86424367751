// A redesigned procedure from its transformations, on sparse edges: steps removed (contracted: their
// predecessors pass to their successors), dropped (a duplicate check: its keeper stands for its
// outputs and required successors) or merged (union-find along the pairs), visits consolidated. Its
// order: the transitive reduction of the required order together with the declared links (after
// reduction) that the required order does not reverse — without them where every parallelizable
// link is applied, without one where one is. Kahn's algorithm with a longest-path pass times it:
// O(n + m) per design, plus the contractions.

import { buildDigraph, closeDigraph, componentsOfOrder, createScratch, hasBit, longestPathsOfEdges, reduceEdges, topologicalOrder, wordsFor, type Digraph } from '../../graph/index.js';
import type { ItemContext } from '../item-context.js';
import { NEEDS_PERSON } from '../roles.js';
import { designSpec, type BaseEdges, type Design, type DesignParts, type DesignSpec } from './design-spec.js';

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
  if (ctx.slots.base === undefined) ctx.slots.base = buildDesign(ctx, designSpec({}));
  return ctx.slots.base;
}

/** Duration and clock duration of the design being built (longestPathsOfEdges writes them). */
const longest = [0, 0];

/** Builds a design, or null when its transformations together make the order cyclic. The required order must be acyclic. */
export function buildDesign(ctx: ItemContext, spec: DesignSpec): Design | null {
  const { n } = ctx;
  // Allocated at their length; assignNodes sets every entry.
  // Stryker disable next-line ArrayDeclaration: equivalent — assignNodes sets every entry, by index
  const inNode = new Array<number>(n);
  // Stryker disable next-line ArrayDeclaration: equivalent, as above
  const outNode = new Array<number>(n);
  const size = assignNodes(ctx, spec, inNode, outNode);

  const { req, decl } = baseEdges(ctx);
  const declared = spec.parallel ? NO_EDGES : decl;
  // Stryker disable next-line UnaryOperator: equivalent — no spec given to buildDesign has `unlink` (a parallelizable finding is measured on the base design, durationWithout), and no link has an end at −1 or +1 paired with one at −1
  const ux = spec.unlink === null ? -1 : spec.unlink[0];
  // Stryker disable next-line UnaryOperator: equivalent, as above
  const uy = spec.unlink === null ? -1 : spec.unlink[1];
  // Only a design with removed or dropped steps needs the contraction (made on first use).
  let frontier: ((g: number) => readonly number[]) | null = null;
  const edgeFrom: number[] = [];
  const edgeTo: number[] = [];
  const add = (X: number, y: number): void => {
    if (X < 0) return;
    const Y = inNode[y]!;
    if (Y >= 0) {
      if (Y !== X) {
        edgeFrom.push(X);
        edgeTo.push(Y);
      }
      return;
    }
    frontier ??= contractor(ctx, inNode, req, declared, ux, uy);
    for (const Z of frontier(y)) {
      if (Z !== X) {
        edgeFrom.push(X);
        edgeTo.push(Z);
      }
    }
  };
  // The required links from a step's outNode (a dropped step's keeper holds its required
  // successors), then the declared links from its inNode.
  for (const [a, b] of req) add(outNode[a]!, b);
  const requiredEdges = edgeFrom.length;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent — ux = uy = −1 (as above): no declared link is (ux, uy)
  for (const [a, b] of declared) if (a !== ux || b !== uy) add(inNode[a]!, b);
  const m = edgeFrom.length;

  // Node times: the first member's wait (members in declared topological order) plus every member's duration.
  // Stryker disable next-line ArrayDeclaration: equivalent — every node's entry is written below, so the array ends at length size either way
  const time = new Array<number>(size);
  // Stryker disable next-line ArrayDeclaration: equivalent, as above
  const clock = new Array<number>(size);
  const first = designScratch(size).fill(-1, 0, size);
  for (const v of ctx.order) {
    const X = inNode[v]!;
    if (X < 0) continue;
    if (first[X] === -1) {
      first[X] = v;
      time[X] = ctx.waitH[v]! + ctx.durationH[v]!;
    } else time[X] = time[X]! + ctx.durationH[v]!;
  }
  for (let X = 0; X < size; X++) clock[X] = ctx.steps[first[X]!]!.countsTowardLimit ? time[X]! : 0;
  if (!longestPathsOfEdges(size, edgeFrom, edgeTo, m, time, clock, longest)) return null;
  const marks = markVisits(ctx, inNode, size, spec.visits);
  const lazy: DesignParts = { graph: null, order: null, members: null, reduced: null };
  return designWith(size, inNode, outNode, time, clock, marks.visit, longest[0]!, longest[1]!, marks.visits, marks.rawVisits, edgeFrom, edgeTo, requiredEdges, lazy);
}

/** A Design literal, made in this one place so that every design has one object shape. */
function designWith(
  size: number,
  inNode: readonly number[],
  outNode: readonly number[],
  time: readonly number[],
  clock: readonly number[],
  visit: Uint8Array,
  duration: number,
  clockDuration: number,
  visits: number,
  rawVisits: number,
  edgeFrom: readonly number[],
  edgeTo: readonly number[],
  requiredEdges: number,
  lazy: DesignParts,
): Design {
  return { size, inNode, outNode, time, clock, visit, duration, clockDuration, visits, rawVisits, edgeFrom, edgeTo, requiredEdges, lazy };
}

const NO_EDGES: readonly (readonly [number, number])[] = [];

/** The design's order as a graph of its edges (made on first read). */
export function designGraph(design: Design): Digraph {
  return (design.lazy.graph ??= buildDigraph(design.size, design.edgeFrom, design.edgeTo));
}

/** A topological order of the design's nodes, smallest index first among the ready ones (made on first read). */
export function designOrder(design: Design): readonly number[] {
  // buildDesign returned the design only where its edges are acyclic.
  return (design.lazy.order ??= topologicalOrder(designGraph(design))!);
}

/** File indices per node of the design, in declared topological order (made on first read). */
export function designMembers(ctx: ItemContext, design: Design): readonly (readonly number[])[] {
  let members = design.lazy.members;
  if (members === null) {
    // Every node has a member, so no hole is left; one array per node, made when its first member comes.
    members = new Array<number[]>(design.size);
    for (const v of ctx.order) {
      const X = design.inNode[v]!;
      if (X < 0) continue;
      const list = members[X];
      if (list === undefined) members[X] = [v];
      else list.push(v);
    }
    design.lazy.members = members;
  }
  return members;
}

/**
 * The same design with its visits consolidated (DesignSpec.visits): everything else about a design is
 * independent of that choice, so a subset with the visits kind reuses the design without it.
 */
export function withConsolidatedVisits(ctx: ItemContext, design: Design): Design {
  const d = design;
  const marks = markVisits(ctx, d.inNode, d.size, true);
  return designWith(d.size, d.inNode, d.outNode, d.time, d.clock, marks.visit, d.duration, d.clockDuration, marks.visits, d.rawVisits, d.edgeFrom, d.edgeTo, d.requiredEdges, d.lazy);
}

const visitScratch = createScratch();

/**
 * The nodes where the applicant comes in person: every node with a visit step, or (consolidated)
 * only those where a visit step's role needs the person.
 */
function markVisits(ctx: ItemContext, inNode: readonly number[], size: number, consolidated: boolean): { visit: Uint8Array; visits: number; rawVisits: number } {
  // Per node: bit 1 a member is a visit step, bit 2 such a member's role needs the person.
  const flags = visitScratch(size).fill(0, 0, size);
  for (let v = 0; v < ctx.n; v++) {
    const X = inNode[v]!;
    if (X < 0 || !ctx.steps[v]!.applicantVisit) continue;
    flags[X] = flags[X]! | ((ctx.roleBits[v]! & NEEDS_PERSON) !== 0 ? 3 : 1);
  }
  const visit = new Uint8Array(size);
  let visits = 0;
  let rawVisits = 0;
  for (let X = 0; X < size; X++) {
    const f = flags[X]!;
    if (f !== 0) rawVisits++;
    if (consolidated ? (f & 2) !== 0 : f !== 0) {
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
  const g = designGraph(base);
  const start = designScratch(base.size).fill(0, 0, base.size);
  let duration = 0;
  for (const X of designOrder(base)) {
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

/** A design's order's transitive reduction, sorted by (from, to): O(m · size/32), made on first read. */
export function reducedDesignOrder(design: Design): readonly (readonly [number, number])[] {
  let reduced = design.lazy.reduced;
  if (reduced === null) {
    const g = designGraph(design);
    const words = wordsFor(design.size);
    const order = designOrder(design);
    const reach = closeDigraph(g, words, componentsOfOrder(order));
    const pos = new Int32Array(design.size);
    order.forEach((X, k) => (pos[X] = k));
    reduced = reduceEdges(design.size, g.succStart, g.succ, reach, words, pos);
    design.lazy.reduced = reduced;
  }
  return reduced;
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
  for (const r of spec.removed) work[GONE + r] = 1;
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
  for (const [a, b] of spec.merges) {
    if (work[GONE + a] === 1 || work[GONE + b] === 1) continue;
    const ra = findRoot(work, ROOT, a);
    const rb = findRoot(work, ROOT, b);
    if (ra !== rb) work[ROOT + Math.max(ra, rb)] = Math.min(ra, rb);
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
