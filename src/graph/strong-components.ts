// Relations that may have cycles: strongly connected components (Tarjan 1972, iterative), the
// closure of a digraph over its condensation (O(m · n/32) word operations), and a shortest cycle
// through a node by breadth-first search. Linear in nodes + edges apart from the closure's rows.

import { setBit } from './bit-rows.js';
import type { Digraph } from './digraph.js';

/** The strongly connected components of a digraph. */
export interface StrongComponents {
  /** Component of each node; components are numbered sinks first (Tarjan's completion order). */
  readonly component: Int32Array;
  readonly count: number;
  /** Nodes per component, in increasing index. */
  readonly size: Int32Array;
}

/** Tarjan's algorithm with an explicit stack; roots are tried in increasing index, successors in CSR order. */
export function findStrongComponents(g: Digraph): StrongComponents {
  const n = g.n;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const component = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n);
  const stack = new Int32Array(n);
  const call = new Int32Array(n);
  let sp = 0;
  let depth = 0;
  let next = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    call[depth++] = root;
    index[root] = low[root] = next++;
    cursor[root] = g.succStart[root]!;
    stack[sp++] = root;
    onStack[root] = 1;
    while (depth > 0) {
      const v = call[depth - 1]!;
      if (cursor[v]! < g.succStart[v + 1]!) {
        const w = g.succ[cursor[v]!++]!;
        if (index[w] === -1) {
          index[w] = low[w] = next++;
          cursor[w] = g.succStart[w]!;
          stack[sp++] = w;
          onStack[w] = 1;
          call[depth++] = w;
        } else if (onStack[w] === 1 && index[w]! < low[v]!) {
          low[v] = index[w]!;
        }
        continue;
      }
      depth--;
      if (depth > 0) {
        const parent = call[depth - 1]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          component[w] = count;
        } while (w !== v);
        count++;
      }
    }
  }
  const size = new Int32Array(count);
  for (let v = 0; v < n; v++) size[component[v]!]!++;
  return { component, count, size };
}

/**
 * Transitive closure of any digraph as bitset rows: row v = every node reachable from v by one or
 * more edges (v itself only when v lies on a cycle). Components are closed sinks first, each row
 * the union of its successors' rows; each row's span of non-zero words is kept, so a union reads
 * only that span (an edge into a sink, or a row of a few nodes, costs O(1) instead of O(n/32)).
 */
export function closeDigraph(g: Digraph, words: number, components: StrongComponents = findStrongComponents(g)): Uint32Array {
  const { component, count } = components;
  const n = g.n;
  const compRows = new Uint32Array(Math.max(1, count) * words);
  // Non-zero words of each component's row: [lo, hi), empty where lo >= hi.
  const lo = new Int32Array(count);
  const hi = new Int32Array(count);
  // Members by component, for the (rare) components with a cycle.
  const firstOf = new Int32Array(count).fill(-1);
  const nextOf = new Int32Array(n).fill(-1);
  for (let v = n - 1; v >= 0; v--) {
    const c = component[v]!;
    nextOf[v] = firstOf[c]!;
    firstOf[c] = v;
  }
  for (let c = 0; c < count; c++) {
    const base = c * words;
    let cyclic = components.size[c]! > 1;
    let from = words;
    let to = 0;
    for (let v = firstOf[c]!; v >= 0; v = nextOf[v]!) {
      for (let i = g.succStart[v]!; i < g.succStart[v + 1]!; i++) {
        const w = g.succ[i]!;
        const d = component[w]!;
        setBit(compRows, words, c, w);
        if (w >>> 5 < from) from = w >>> 5;
        if ((w >>> 5) + 1 > to) to = (w >>> 5) + 1;
        if (d === c) {
          cyclic = true;
          continue;
        }
        const other = d * words;
        const dl = lo[d]!;
        const dh = hi[d]!;
        for (let k = dl; k < dh; k++) compRows[base + k]! |= compRows[other + k]!;
        if (dl < dh) {
          if (dl < from) from = dl;
          if (dh > to) to = dh;
        }
      }
    }
    if (cyclic) {
      for (let v = firstOf[c]!; v >= 0; v = nextOf[v]!) {
        setBit(compRows, words, c, v);
        if (v >>> 5 < from) from = v >>> 5;
        if ((v >>> 5) + 1 > to) to = (v >>> 5) + 1;
      }
    }
    lo[c] = from;
    hi[c] = to;
  }
  const rows = new Uint32Array(n * words);
  for (let v = 0; v < n; v++) {
    const c = component[v]!;
    if (lo[c]! < hi[c]!) rows.set(compRows.subarray(c * words + lo[c]!, c * words + hi[c]!), v * words + lo[c]!);
  }
  return rows;
}

/**
 * A shortest cycle through `start` using only nodes of its own component: breadth-first from start,
 * successors in CSR order (increasing index, so ties go to the earlier file position); the cycle
 * starts at `start` and does not repeat it. Null when start lies on no cycle.
 */
export function findShortestCycle(g: Digraph, start: number, component: Int32Array): number[] | null {
  const n = g.n;
  const parent = new Int32Array(n).fill(-2);
  const queue = new Int32Array(n);
  const c = component[start]!;
  let head = 0;
  let tail = 0;
  queue[tail++] = start;
  parent[start] = -1;
  while (head < tail) {
    const v = queue[head++]!;
    for (let i = g.succStart[v]!; i < g.succStart[v + 1]!; i++) {
      const w = g.succ[i]!;
      if (component[w] !== c) continue;
      if (w === start) {
        const cycle: number[] = [];
        for (let x = v; x !== -1; x = parent[x]!) cycle.push(x);
        return cycle.reverse();
      }
      if (parent[w] !== -2) continue;
      parent[w] = v;
      queue[tail++] = w;
    }
  }
  return null;
}
