// Compact directed graphs on node indices 0..n-1 in CSR form (offset + target arrays),
// with Kahn's topological sort and a DFS cycle finder. Linear in nodes + edges.

/** A directed graph in compressed sparse row form; edges are deduplicated and sorted by (from, to). */
export interface Digraph {
  readonly n: number;
  /** Successors of v are succ[succStart[v] .. succStart[v+1]). */
  readonly succStart: Int32Array;
  readonly succ: Int32Array;
  /** Predecessors of v are pred[predStart[v] .. predStart[v+1]). */
  readonly predStart: Int32Array;
  readonly pred: Int32Array;
}

/**
 * Builds a Digraph from parallel arrays of edge ends; duplicate edges are kept once. Counting sort
 * by source, then each (short) row sorted in place: linear in nodes + edges for bounded degree.
 */
export function buildDigraph(n: number, from: ArrayLike<number>, to: ArrayLike<number>): Digraph {
  const m = from.length;
  if (m === 0) return emptyDigraph(n);
  const succStart = new Int32Array(n + 1);
  for (let i = 0; i < m; i++) succStart[(from[i] as number) + 1]!++;
  for (let v = 0; v < n; v++) succStart[v + 1]! += succStart[v]!;
  const raw = new Int32Array(m);
  const fill = succStart.slice(0, n);
  for (let i = 0; i < m; i++) raw[fill[from[i] as number]!++] = to[i] as number;
  // Sort each row and drop repeats, compacting in place; succStart is rewritten as rows shrink.
  let write = 0;
  let rowStart = 0;
  for (let v = 0; v < n; v++) {
    const rowEnd = succStart[v + 1]!;
    sortRange(raw, rowStart, rowEnd);
    succStart[v] = write;
    for (let i = rowStart; i < rowEnd; i++) {
      if (i > rowStart && raw[i] === raw[i - 1]) continue;
      raw[write++] = raw[i]!;
    }
    rowStart = rowEnd;
  }
  succStart[n] = write;
  const succ = raw.slice(0, write);
  const predStart = new Int32Array(n + 1);
  for (let i = 0; i < write; i++) predStart[succ[i]! + 1]!++;
  for (let v = 0; v < n; v++) predStart[v + 1]! += predStart[v]!;
  const pred = new Int32Array(write);
  const pFill = predStart.slice(0, n);
  // Sources are visited in increasing order, so every predecessor row comes out sorted.
  for (let v = 0; v < n; v++) {
    for (let i = succStart[v]!; i < succStart[v + 1]!; i++) pred[pFill[succ[i]!]!++] = v;
  }
  return { n, succStart, succ, predStart, pred };
}

/**
 * Edgeless graphs, one per size: most items have no hard predecessors or rework loops, and nothing
 * writes to a Digraph's arrays once built, so they can be shared.
 */
const EMPTY = new Map<number, Digraph>();

function emptyDigraph(n: number): Digraph {
  let g = EMPTY.get(n);
  if (g === undefined) {
    const zeros = new Int32Array(n + 1);
    const none = new Int32Array(0);
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

/** Successors of v as a subarray view (no copy). */
export function successors(g: Digraph, v: number): Int32Array {
  return g.succ.subarray(g.succStart[v], g.succStart[v + 1]);
}

/** Predecessors of v as a subarray view (no copy). */
export function predecessors(g: Digraph, v: number): Int32Array {
  return g.pred.subarray(g.predStart[v], g.predStart[v + 1]);
}

/**
 * Kahn's algorithm; among ready nodes the smallest index goes first, so the order is
 * deterministic and equals file order wherever the graph allows. Null when there is a cycle.
 */
export function topologicalOrder(g: Digraph): Int32Array | null {
  const out = new Int32Array(g.n);
  return orderReadyNodes(g, out) === g.n ? out : null;
}

/**
 * topologicalOrder for a graph that may have cycles: Kahn's order of the nodes it can place, then
 * the nodes on or after a cycle in increasing index — every node once, for passes that must drop none.
 */
export function topologicalOrderWithRest(g: Digraph): Int32Array {
  const out = new Int32Array(g.n);
  let k = orderReadyNodes(g, out);
  if (k < g.n) {
    const placed = new Uint8Array(g.n);
    for (let i = 0; i < k; i++) placed[out[i]!] = 1;
    for (let v = 0; v < g.n; v++) if (placed[v] === 0) out[k++] = v;
  }
  return out;
}

/** Kahn's algorithm into `out`; returns how many nodes it placed (fewer than n: a cycle). */
function orderReadyNodes(g: Digraph, out: Int32Array): number {
  const indeg = new Int32Array(g.n);
  for (let v = 0; v < g.n; v++) indeg[v] = g.predStart[v + 1]! - g.predStart[v]!;
  const heap = new MinHeap();
  for (let v = 0; v < g.n; v++) if (indeg[v] === 0) heap.push(v);
  let k = 0;
  while (heap.size > 0) {
    const v = heap.pop();
    out[k++] = v;
    for (let i = g.succStart[v]!; i < g.succStart[v + 1]!; i++) {
      const w = g.succ[i]!;
      if (--indeg[w]! === 0) heap.push(w);
    }
  }
  return k;
}

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

class MinHeap {
  private readonly data: number[] = [];
  get size(): number {
    return this.data.length;
  }
  push(x: number): void {
    const d = this.data;
    d.push(x);
    let i = d.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (d[p]! <= x) break;
      d[i] = d[p]!;
      i = p;
    }
    d[i] = x;
  }
  pop(): number {
    const d = this.data;
    const top = d[0]!;
    const last = d.pop()!;
    if (d.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= d.length) break;
        const r = l + 1;
        const c = r < d.length && d[r]! < d[l]! ? r : l;
        if (d[c]! >= last) break;
        d[i] = d[c]!;
        i = c;
      }
      d[i] = last;
    }
    return top;
  }
}
