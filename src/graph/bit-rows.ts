// Relations over node indices as bitset rows (one Uint32Array, `words` 32-bit words per row):
// closure in topological order and transitive reduction, O(n·m/32) and O(n²·n/32) word operations.
//
// forEachBit is the set-bit loop for code where a call per member costs nothing that matters. The
// per-item and per-design loops (here, in analyze's design measures) are written out instead: on
// Node 20 a visitor — even inlined by V8, since what it captures lives in a heap context — made the
// analysis 5 % slower in orderRows/closeRows/reduceRows alone and 18 % slower in design-figures.ts;
// a callback-free nextBit(row, from) iterator still cost 2–6 % (docs/benchmarks.md, "What was tried").

import { createScratch } from './scratch.js';

const rowScratch = createScratch();

/** 32-bit words per row for n nodes (at least 1, so empty graphs need no special case). */
export function wordsFor(n: number): number {
  return Math.max(1, (n + 31) >>> 5);
}

export function hasBit(rows: Uint32Array, words: number, r: number, c: number): boolean {
  return ((rows[r * words + (c >>> 5)] as number) & (1 << (c & 31))) !== 0;
}

export function setBit(rows: Uint32Array, words: number, r: number, c: number): void {
  rows[r * words + (c >>> 5)]! |= 1 << (c & 31);
}

/** Calls visit(c) for every member c of row r, in increasing order. */
export function forEachBit(rows: Uint32Array, words: number, r: number, visit: (c: number) => void): void {
  const base = r * words;
  for (let k = 0; k < words; k++) {
    let x = rows[base + k]!;
    while (x !== 0) {
      const t = x & -x;
      visit((k << 5) + 31 - Math.clz32(t));
      x ^= t;
    }
  }
}

/** Row r's members in increasing order. */
export function rowMembers(rows: Uint32Array, words: number, r: number): number[] {
  const out: number[] = [];
  forEachBit(rows, words, r, (c) => out.push(c));
  return out;
}

/** Number of members of row r. */
export function rowSize(rows: Uint32Array, words: number, r: number): number {
  let count = 0;
  const base = r * words;
  for (let k = 0; k < words; k++) {
    let x = rows[base + k] as number;
    while (x !== 0) {
      x &= x - 1;
      count++;
    }
  }
  return count;
}

/**
 * Kahn's algorithm on a relation given as successor rows; ready nodes leave in increasing index
 * order. Null when the relation has a cycle. O(n²/32 + m).
 */
export function orderRows(rel: Uint32Array, n: number, words: number): Int32Array | null {
  const indeg = new Int32Array(n);
  for (let i = 0; i < n * words; i++) {
    let x = rel[i] as number;
    const offset = (i % words) << 5;
    while (x !== 0) {
      const t = x & -x;
      indeg[offset + 31 - Math.clz32(t)]!++;
      x ^= t;
    }
  }
  const out = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let x = 0; x < n; x++) if (indeg[x] === 0) out[tail++] = x;
  while (head < tail) {
    const base = (out[head++] as number) * words;
    for (let k = 0; k < words; k++) {
      let x = rel[base + k] as number;
      while (x !== 0) {
        const t = x & -x;
        const y = (k << 5) + 31 - Math.clz32(t);
        if (--indeg[y]! === 0) out[tail++] = y;
        x ^= t;
      }
    }
  }
  return tail === n ? out : null;
}

/**
 * Transitive closure of an acyclic relation over nodes 0..n−1: reach[x] = rel[x] ∪ ⋃ reach[y] for
 * y ∈ rel[x], filled in reverse topological order (`order`'s first n entries). Strict: x ∉ reach[x].
 * Written into `reach` when given (scratch of at least n rows; rel may be longer too).
 */
export function closeRows(
  rel: Uint32Array,
  words: number,
  order: ArrayLike<number>,
  n: number = order.length,
  reach: Uint32Array = new Uint32Array(n * words),
): Uint32Array {
  for (let i = n - 1; i >= 0; i--) {
    const x = order[i] as number;
    const base = x * words;
    for (let w = 0; w < words; w++) reach[base + w] = rel[base + w]!;
    for (let k = 0; k < words; k++) {
      let bits = rel[base + k] as number;
      while (bits !== 0) {
        const t = bits & -bits;
        const yb = ((k << 5) + 31 - Math.clz32(t)) * words;
        for (let w = 0; w < words; w++) reach[base + w]! |= reach[yb + w] as number;
        bits ^= t;
      }
    }
  }
  return reach;
}

/**
 * Transitive reduction of a closed acyclic relation over nodes 0..n−1: keep x→y unless some
 * z ∈ reach[x] reaches y. Written into `red` when given (scratch of at least n rows).
 */
export function reduceRows(reach: Uint32Array, n: number, words: number, red: Uint32Array = new Uint32Array(n * words)): Uint32Array {
  for (let x = 0; x < n; x++) {
    const base = x * words;
    for (let w = 0; w < words; w++) red[base + w] = reach[base + w]!;
    for (let k = 0; k < words; k++) {
      let bits = reach[base + k] as number;
      while (bits !== 0) {
        const t = bits & -bits;
        const zb = ((k << 5) + 31 - Math.clz32(t)) * words;
        for (let w = 0; w < words; w++) red[base + w]! &= ~(reach[zb + w] as number);
        bits ^= t;
      }
    }
  }
  return red;
}

/**
 * The transposed relation: row v of the result holds u wherever row u holds v (the closure of the
 * reversed graph, from the closure of the graph). O(n · words + set bits).
 */
export function transposeRows(rows: Uint32Array, n: number, words: number): Uint32Array {
  const out = new Uint32Array(n * words);
  for (let u = 0; u < n; u++) {
    const base = u * words;
    const word = u >>> 5;
    const bit = 1 << (u & 31);
    for (let k = 0; k < words; k++) {
      let bits = rows[base + k] as number;
      while (bits !== 0) {
        const t = bits & -bits;
        out[((k << 5) + 31 - Math.clz32(t)) * words + word]! |= bit;
        bits ^= t;
      }
    }
  }
  return out;
}

/** Sorts kept[start..] by target: insertion sort for short tails, else a copy sorted. */
function sortTail(kept: [number, number][], start: number): void {
  const length = kept.length - start;
  if (length <= 1) return;
  if (length > 32) {
    kept.push(...kept.splice(start).sort((a, b) => a[1] - b[1]));
    return;
  }
  for (let i = start + 1; i < kept.length; i++) {
    const edge = kept[i]!;
    let j = i;
    while (j > start && kept[j - 1]![1] > edge[1]) {
      kept[j] = kept[j - 1]!;
      j--;
    }
    kept[j] = edge;
  }
}

/**
 * Transitive reduction of an acyclic relation given by its edges (any generating set, duplicates
 * allowed) and its closure: each node's successors are taken in topological order (`pos`), and one
 * is kept unless a successor kept before it already reaches it. O(m · words), where reducing the
 * closure row by row (reduceRows) costs O(closure · words) — quadratic on a long chain.
 * Returns the kept edges sorted by (from, to).
 */
export function reduceEdges(
  n: number,
  succStart: ArrayLike<number>,
  succ: ArrayLike<number>,
  reach: Uint32Array,
  words: number,
  pos: ArrayLike<number>,
): [number, number][] {
  const cover = new Uint32Array(words);
  const kept: [number, number][] = [];
  const row = rowScratch(n);
  for (let x = 0; x < n; x++) {
    const from = succStart[x] as number;
    const to = succStart[x + 1] as number;
    if (from === to) continue;
    // The row by topological position: insertion sort for the usual short rows.
    const length = to - from;
    if (length > 32) {
      const sorted: number[] = [];
      for (let i = from; i < to; i++) sorted.push(succ[i] as number);
      sorted.sort((a, b) => (pos[a] as number) - (pos[b] as number));
      for (let i = 0; i < length; i++) row[i] = sorted[i]!;
    } else {
      for (let i = 0; i < length; i++) {
        const y = succ[from + i] as number;
        const p = pos[y] as number;
        let j = i;
        while (j > 0 && (pos[row[j - 1]!] as number) > p) {
          row[j] = row[j - 1]!;
          j--;
        }
        row[j] = y;
      }
    }
    cover.fill(0);
    const start = kept.length;
    for (let i = 0; i < length; i++) {
      const y = row[i]!;
      if (((cover[y >>> 5] as number) & (1 << (y & 31))) !== 0) continue;
      kept.push([x, y]);
      cover[y >>> 5]! |= 1 << (y & 31);
      const base = y * words;
      for (let k = 0; k < words; k++) cover[k]! |= reach[base + k] as number;
    }
    sortTail(kept, start);
  }
  return kept;
}
