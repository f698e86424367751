// Compact directed graphs on node indices 0..n-1 in CSR form (offset + target arrays),
// with Kahn's topological sort and a DFS cycle finder. Linear in nodes + edges.

import { createScratch } from './scratch.js';

/**
 * A directed graph in compressed sparse row form; edges are deduplicated and sorted by (from, to).
 * Plain arrays of small integers, not typed arrays: most graphs here have a dozen nodes and are
 * built by the hundred thousand, and a typed array above 64 bytes costs an ArrayBuffer of its own
 * (measured on Node 20: ~1 µs against ~0.1 µs for a plain array of 30 entries). They are allocated
 * at their final length and filled, not grown by push: 40 % less time to build a 12-node graph,
 * and reading them is no slower (measured on Node 20).
 */
export interface Digraph {
  readonly n: number;
  /** Successors of v are succ[succStart[v] .. succStart[v+1]). */
  readonly succStart: readonly number[];
  readonly succ: readonly number[];
  /** Predecessors of v are pred[predStart[v] .. predStart[v+1]). */
  readonly predStart: readonly number[];
  readonly pred: readonly number[];
}

/**
 * Builds a Digraph from parallel arrays of edge ends; duplicate edges are kept once. Counting sort
 * by source, then each (short) row sorted in place: linear in nodes + edges for bounded degree.
 * The work happens in a scratch buffer (scratch.ts); only the four arrays of the result are allocated.
 */
export function buildDigraph(n: number, from: ArrayLike<number>, to: ArrayLike<number>): Digraph {
  const m = from.length;
  if (m === 0) return emptyDigraph(n);
  // cut[0..n]: row boundaries; raw[0..m): targets. After the placing pass cut[v] is the end of row v.
  const work = scratchInts(n + 1 + m);
  const raw = n + 1;
  work.fill(0, 0, n + 1);
  for (let i = 0; i < m; i++) work[(from[i] as number) + 1]!++;
  for (let v = 0; v < n; v++) work[v + 1]! += work[v]!;
  for (let i = 0; i < m; i++) work[raw + work[from[i] as number]!++] = to[i] as number;
  // Sort each row and drop repeats, compacting in place; cut[v] becomes the start of row v.
  let write = 0;
  let rowStart = 0;
  for (let v = 0; v < n; v++) {
    const rowEnd = work[v]!;
    sortRange(work, raw + rowStart, raw + rowEnd);
    work[v] = write;
    for (let i = rowStart; i < rowEnd; i++) {
      const x = work[raw + i]!;
      if (i > rowStart && x === work[raw + i - 1]!) continue;
      work[raw + write++] = x;
    }
    rowStart = rowEnd;
  }
  work[n] = write;
  // Allocated at their final length and filled in order: no array grows while built.
  const succStart = new Array<number>(n + 1);
  const succ = new Array<number>(write);
  for (let v = 0; v <= n; v++) succStart[v] = work[v]!;
  for (let i = 0; i < write; i++) succ[i] = work[raw + i]!;
  // In-degrees counted in the scratch, then the predecessor rows' starts and fill pointers.
  work.fill(0, 0, n + 1);
  for (let i = 0; i < write; i++) work[succ[i]! + 1]!++;
  const predStart = new Array<number>(n + 1);
  predStart[0] = 0;
  for (let v = 0; v < n; v++) predStart[v + 1] = work[v + 1]! += work[v]!;
  const pred = new Array<number>(write);
  // Sources are visited in increasing order, so every predecessor row comes out sorted.
  for (let v = 0; v < n; v++) {
    for (let i = succStart[v]!; i < succStart[v + 1]!; i++) pred[work[succ[i]!]!++] = v;
  }
  return { n, succStart, succ, predStart, pred };
}

const scratchInts = createScratch();

/**
 * Edgeless graphs, one per size: most items have no hard predecessors or rework loops, and nothing
 * writes to a Digraph's arrays once built, so they can be shared.
 */
const EMPTY = new Map<number, Digraph>();

function emptyDigraph(n: number): Digraph {
  let g = EMPTY.get(n);
  if (g === undefined) {
    // Made like buildDigraph's arrays (allocated at length, then filled), so readers see one kind of array.
    const zeros = new Array<number>(n + 1);
    for (let v = 0; v <= n; v++) zeros[v] = 0;
    const none = new Array<number>(0);
    g = { n, succStart: zeros, succ: none, predStart: zeros, pred: none };
    EMPTY.set(n, g);
  }
  return g;
}

/** Insertion sort of a[lo..hi): rows of a step graph hold a handful of entries. */
function sortRange(a: Int32Array, lo: number, hi: number): void {
  if (hi - lo > 32) {
    a.subarray(lo, hi).sort();
    return;
  }
  for (let i = lo + 1; i < hi; i++) {
    const x = a[i]!;
    let j = i - 1;
    while (j >= lo && a[j]! > x) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = x;
  }
}

/** Successors of v (a copy). */
export function successors(g: Digraph, v: number): number[] {
  return g.succ.slice(g.succStart[v], g.succStart[v + 1]);
}

/** Predecessors of v (a copy). */
export function predecessors(g: Digraph, v: number): number[] {
  return g.pred.slice(g.predStart[v], g.predStart[v + 1]);
}

/**
 * Kahn's algorithm; among ready nodes the smallest index goes first, so the order is
 * deterministic and equals file order wherever the graph allows. Null when there is a cycle.
 */
export function topologicalOrder(g: Digraph): number[] | null {
  const out = new Array<number>(g.n);
  return orderReadyNodes(g, out) === g.n ? out : null;
}

/**
 * topologicalOrder for a graph that may have cycles: Kahn's order of the nodes it can place, then
 * the nodes on or after a cycle in increasing index — every node once, for passes that must drop none.
 */
export function topologicalOrderWithRest(g: Digraph): number[] {
  const out = new Array<number>(g.n);
  let k = orderReadyNodes(g, out);
  if (k < g.n) {
    const placed = new Uint8Array(g.n);
    for (let i = 0; i < k; i++) placed[out[i]!] = 1;
    for (let v = 0; v < g.n; v++) if (placed[v] === 0) out[k++] = v;
  }
  return out;
}

/** Kahn's algorithm into `out`; returns how many nodes it placed (fewer than n: a cycle). */
function orderReadyNodes(g: Digraph, out: number[]): number {
  const n = g.n;
  // In-degrees at [0, n), a binary min-heap of ready nodes at [n, 2n). No closures: this runs once
  // per design, and the heap's two operations as closures were most of its allocation.
  const work = kahnScratch(2 * n);
  const HEAP = n;
  let size = 0;
  for (let v = 0; v < n; v++) {
    work[v] = g.predStart[v + 1]! - g.predStart[v]!;
    if (work[v] === 0) size = heapPush(work, HEAP, size, v);
  }
  let k = 0;
  while (size > 0) {
    const v = work[HEAP]!;
    size = heapPopTop(work, HEAP, size);
    out[k++] = v;
    for (let i = g.succStart[v]!; i < g.succStart[v + 1]!; i++) {
      const w = g.succ[i]!;
      if (--work[w]! === 0) size = heapPush(work, HEAP, size, w);
    }
  }
  return k;
}

/** Pushes x on the min-heap of `size` entries stored from `at`; returns the new size. */
function heapPush(work: Int32Array, at: number, size: number, x: number): number {
  let i = size;
  while (i > 0) {
    const p = (i - 1) >> 1;
    const y = work[at + p]!;
    if (y <= x) break;
    work[at + i] = y;
    i = p;
  }
  work[at + i] = x;
  return size + 1;
}

/** Removes the smallest entry (work[at]) of the min-heap of `size` entries; returns the new size. */
function heapPopTop(work: Int32Array, at: number, size: number): number {
  const last = work[at + --size]!;
  if (size > 0) {
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const r = l + 1;
      const c = r < size && work[at + r]! < work[at + l]! ? r : l;
      if (work[at + c]! >= last) break;
      work[at + i] = work[at + c]!;
      i = c;
    }
    work[at + i] = last;
  }
  return size;
}

const kahnScratch = createScratch();

/** One directed cycle as node indices in order (first node not repeated), or null when acyclic. */
export function findCycle(g: Digraph): number[] | null {
  const state = new Uint8Array(g.n); // 0 new, 1 on stack, 2 finished
  const parent = new Int32Array(g.n).fill(-1);
  const cursor = new Int32Array(g.n);
  for (let root = 0; root < g.n; root++) {
    if (state[root] !== 0) continue;
    const stack = [root];
    state[root] = 1;
    cursor[root] = g.succStart[root]!;
    while (stack.length > 0) {
      const v = stack[stack.length - 1]!;
      if (cursor[v]! < g.succStart[v + 1]!) {
        const w = g.succ[cursor[v]!++]!;
        if (state[w] === 0) {
          state[w] = 1;
          parent[w] = v;
          cursor[w] = g.succStart[w]!;
          stack.push(w);
        } else if (state[w] === 1) {
          const cycle = [v];
          for (let u = v; u !== w; ) {
            u = parent[u]!;
            cycle.push(u);
          }
          return cycle.reverse();
        }
      } else {
        state[v] = 2;
        stack.pop();
      }
    }
  }
  return null;
}
