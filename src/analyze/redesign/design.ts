// A redesigned procedure from its transformations, on sparse edges: steps removed (contracted: their
// predecessors pass to their successors), dropped (a duplicate check: its keeper stands for its
// outputs and required successors) or merged (union-find along the pairs), visits consolidated. Its
// order: the transitive reduction of the required order together with the declared links (after
// reduction) that the required order does not reverse — without them where every parallelizable
// link is applied, without one where one is. Kahn's algorithm with a longest-path pass times it:
// O(n + m) per design, plus the contractions.

import { buildDigraph, closeDigraph, hasBit, reduceEdges, topologicalOrder, wordsFor } from '../../graph/index.js';
import type { ItemContext } from '../item-context.js';
import { NEEDS_PERSON } from '../roles.js';
import type { Design, DesignSpec } from './design-spec.js';

/** The edges every design starts from, once per item: the required order's reduction and the declared links it keeps. */
interface BaseEdges {
  readonly req: readonly (readonly [number, number])[];
  /** Declared links after reduction that lie on no cycle with the required links. */
  readonly decl: readonly (readonly [number, number])[];
}

const BASE = new WeakMap<ItemContext, BaseEdges>();

/** The base edges of the item's designs. */
export function baseEdges(ctx: ItemContext): BaseEdges {
  let base = BASE.get(ctx);
  if (base === undefined) {
    const { unionReach, words } = ctx.required;
    base = {
      req: ctx.required.reduced,
      decl: ctx.declared.reduced.filter(([a, b]) => !hasBit(unionReach, words, b, a)),
    };
    BASE.set(ctx, base);
  }
  return base;
}

/** Builds a design, or null when its transformations together make the order cyclic. The required order must be acyclic. */
export function buildDesign(ctx: ItemContext, spec: DesignSpec): Design | null {
  const { n, steps } = ctx;
  const inNode = new Int32Array(n);
  const outNode = new Int32Array(n);
  const size = assignNodes(ctx, spec, inNode, outNode);
  // Every node has a member, so no hole is left; one array per node, made when its first member comes.
  const members: number[][] = new Array<number[]>(size);
  for (const v of ctx.order) {
    const X = inNode[v]!;
    if (X < 0) continue;
    const list = members[X];
    if (list === undefined) members[X] = [v];
    else list.push(v);
  }

  const { req, decl } = baseEdges(ctx);
  const declared = spec.parallel === true ? [] : decl;
  const [ux, uy] = spec.unlink ?? [-1, -1];
  const from: number[] = [];
  const to: number[] = [];
  const frontier = contractor(ctx, inNode, req, declared, ux, uy);
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
    for (const Z of frontier(y)) {
      if (Z !== X) {
        from.push(X);
        to.push(Z);
      }
    }
  };
  for (const [a, b] of req) add(outNode[a]!, b);
  const requiredEdges = from.length;
  for (const [a, b] of declared) if (a !== ux || b !== uy) add(inNode[a]!, b);

  const g = buildDigraph(size, from, to);
  const order = topologicalOrder(g);
  if (order === null) return null;

  const time = new Int32Array(size);
  const clock = new Int32Array(size);
  const visit = new Uint8Array(size);
  let visits = 0;
  let rawVisits = 0;
  for (let X = 0; X < size; X++) {
    const ms = members[X]!;
    let t = ctx.waitH[ms[0]!]!;
    let visited = false;
    let needed = false;
    for (const m of ms) {
      t += ctx.durationH[m]!;
      visited ||= steps[m]!.applicantVisit;
      needed ||= steps[m]!.applicantVisit && (ctx.roleBits[m]! & NEEDS_PERSON) !== 0;
    }
    time[X] = t;
    clock[X] = steps[ms[0]!]!.countsTowardLimit ? t : 0;
    if (visited) rawVisits++;
    if (spec.visits === true ? needed : visited) {
      visit[X] = 1;
      visits++;
    }
  }
  const start = new Int32Array(size);
  const clockStart = new Int32Array(size);
  let duration = 0;
  let clockDuration = 0;
  for (const X of order) {
    const finish = start[X]! + time[X]!;
    const clockFinish = clockStart[X]! + clock[X]!;
    if (finish > duration) duration = finish;
    if (clockFinish > clockDuration) clockDuration = clockFinish;
    for (let i = g.succStart[X]!; i < g.succStart[X + 1]!; i++) {
      const Y = g.succ[i]!;
      if (start[Y]! < finish) start[Y] = finish;
      if (clockStart[Y]! < clockFinish) clockStart[Y] = clockFinish;
    }
  }
  const requiredFrom = Int32Array.from(from.slice(0, requiredEdges));
  const requiredTo = Int32Array.from(to.slice(0, requiredEdges));
  return { size, inNode, outNode, members, time, clock, visit, graph: g, order, duration, clockDuration, visits, rawVisits, requiredFrom, requiredTo };
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
export function assignNodes(ctx: ItemContext, spec: DesignSpec, inNode: Int32Array, outNode: Int32Array): number {
  const { n, steps } = ctx;
  const gone = new Uint8Array(n);
  const keeper = new Int32Array(n).fill(-1);
  if (spec.removed !== undefined) for (const r of spec.removed) gone[r] = 1;
  if (spec.dropped !== undefined) {
    for (const [keep, drop] of spec.dropped) {
      const before = keeper[drop]!;
      if (gone[drop] === 1 && (before < 0 || steps[before]!.id <= steps[keep]!.id)) continue;
      gone[drop] = 1;
      keeper[drop] = keep;
    }
  }
  const root = new Int32Array(n);
  for (let v = 0; v < n; v++) root[v] = v;
  if (spec.merges !== undefined) {
    for (const [a, b] of spec.merges) {
      if (gone[a] === 1 || gone[b] === 1) continue;
      const ra = findRoot(root, a);
      const rb = findRoot(root, b);
      if (ra !== rb) root[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
  const nodeOfRoot = new Int32Array(n).fill(-1);
  let size = 0;
  for (let v = 0; v < n; v++) {
    if (gone[v] === 1) {
      inNode[v] = -1;
      continue;
    }
    const r = findRoot(root, v);
    if (nodeOfRoot[r] === -1) nodeOfRoot[r] = size++;
    inNode[v] = nodeOfRoot[r]!;
  }
  for (let v = 0; v < n; v++) {
    let t = v;
    // A keeper may itself be dropped (chains of duplicates): follow to the step that stays.
    for (let hops = 0; t >= 0 && gone[t] === 1 && hops <= n; hops++) t = keeper[t]!;
    outNode[v] = t >= 0 && gone[t] === 0 ? inNode[t]! : -1;
  }
  return size;
}

function findRoot(root: Int32Array, v: number): number {
  while (root[v] !== v) {
    root[v] = root[root[v]!]!;
    v = root[v]!;
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
  inNode: Int32Array,
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
      for (const [a, b] of decl) if (a !== ux || b !== uy) note(a, b);
    }
    return succ.get(g) ?? [];
  };
  const frontier = (g: number): number[] => {
    const known = memo.get(g);
    if (known !== undefined) return known;
    // Iterative depth-first search through gone steps; a gone step on the way gets its own answer when asked.
    const out = new Set<number>();
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
