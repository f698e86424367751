// Relations that may have cycles: strongly connected components (Tarjan 1972, iterative), the
// closure of a digraph over its condensation (O(m · n/32) word operations), and a shortest cycle
// through a node by breadth-first search. Linear in nodes + edges apart from the closure's rows.

import { setBit } from './bit-rows.js';
import type { Digraph } from './digraph.js';
import { createScratch, createUintScratch } from './scratch.js';

/** The strongly connected components of a digraph. */
export interface StrongComponents {
  /** Component of each node; components are numbered sinks first (Tarjan's completion order). */
  readonly component: Int32Array;
  readonly count: number;
  /** Nodes per component, in increasing index. */
  readonly size: Int32Array;
}

const scratchInts = createScratch();
const closeScratch = createUintScratch();

/** Tarjan's algorithm with an explicit stack; roots are tried in increasing index, successors in CSR order. */
export function findStrongComponents(g: Digraph): StrongComponents {
  const n = g.n;
  // index, low, onStack, cursor, stack and call stack live in one scratch buffer (scratch.ts).
  const work = scratchInts(6 * n);
  const INDEX = 0;
  const LOW = n;
  const ON_STACK = 2 * n;
  const CURSOR = 3 * n;
  const STACK = 4 * n;
  const CALL = 5 * n;
  work.fill(-1, INDEX, INDEX + n);
  work.fill(0, ON_STACK, ON_STACK + n);
  const component = new Int32Array(n).fill(-1);
  let sp = 0;
  let depth = 0;
  let next = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (work[INDEX + root] !== -1) continue;
    work[CALL + depth++] = root;
    work[INDEX + root] = work[LOW + root] = next++;
    work[CURSOR + root] = g.succStart[root]!;
    work[STACK + sp++] = root;
    work[ON_STACK + root] = 1;
    while (depth > 0) {
      const v = work[CALL + depth - 1]!;
      if (work[CURSOR + v]! < g.succStart[v + 1]!) {
        const w = g.succ[work[CURSOR + v]!++]!;
        if (work[INDEX + w] === -1) {
          work[INDEX + w] = work[LOW + w] = next++;
          work[CURSOR + w] = g.succStart[w]!;
          work[STACK + sp++] = w;
          work[ON_STACK + w] = 1;
          work[CALL + depth++] = w;
        } else if (work[ON_STACK + w] === 1 && work[INDEX + w]! < work[LOW + v]!) {
          work[LOW + v] = work[INDEX + w]!;
        }
        continue;
      }
      depth--;
      if (depth > 0) {
        const parent = work[CALL + depth - 1]!;
        if (work[LOW + v]! < work[LOW + parent]!) work[LOW + parent] = work[LOW + v]!;
      }
      if (work[LOW + v] === work[INDEX + v]) {
        let w: number;
        do {
          w = work[STACK + --sp]!;
          work[ON_STACK + w] = 0;
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
 * The strongly connected components of an acyclic digraph, from a topological order of it: every
 * node alone, numbered sinks first as Tarjan's are (the order's last node is component 0), so that
 * closeDigraph can skip findStrongComponents where the order is known already.
 */
export function componentsOfOrder(order: readonly number[]): StrongComponents {
  const n = order.length;
  const component = new Int32Array(n);
  for (let k = 0; k < n; k++) component[order[k]!] = n - 1 - k;
  return { component, count: n, size: new Int32Array(n).fill(1) };
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
  const compRows = closeScratch(Math.max(1, count) * words);
  compRows.fill(0, 0, Math.max(1, count) * words);
  // In one scratch buffer: members by component (first, next) for the (rare) components with a
  // cycle, and the non-zero words of each component's row, [lo, hi) (empty where lo >= hi).
  const links = scratchInts(3 * count + n);
  const FIRST = 0;
  const NEXT = count;
  const LO = count + n;
  const HI = 2 * count + n;
  links.fill(-1, FIRST, FIRST + count);
  for (let v = n - 1; v >= 0; v--) {
    const c = component[v]!;
    links[NEXT + v] = links[FIRST + c]!;
    links[FIRST + c] = v;
  }
  for (let c = 0; c < count; c++) {
    const base = c * words;
    let cyclic = components.size[c]! > 1;
    let from = words;
    let to = 0;
    for (let v = links[FIRST + c]!; v >= 0; v = links[NEXT + v]!) {
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
        const dl = links[LO + d]!;
        const dh = links[HI + d]!;
        for (let k = dl; k < dh; k++) compRows[base + k]! |= compRows[other + k]!;
        if (dl < dh) {
          if (dl < from) from = dl;
          if (dh > to) to = dh;
        }
      }
    }
    if (cyclic) {
      for (let v = links[FIRST + c]!; v >= 0; v = links[NEXT + v]!) {
        setBit(compRows, words, c, v);
        if (v >>> 5 < from) from = v >>> 5;
        if ((v >>> 5) + 1 > to) to = (v >>> 5) + 1;
      }
    }
    links[LO + c] = from;
    links[HI + c] = to;
  }
  const rows = new Uint32Array(n * words);
  for (let v = 0; v < n; v++) {
    const c = component[v]!;
    const lo = links[LO + c]!;
    const hi = links[HI + c]!;
    for (let k = lo; k < hi; k++) rows[v * words + k] = compRows[c * words + k]!;
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
