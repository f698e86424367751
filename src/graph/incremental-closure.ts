// Reachability kept up to date while edges are added one at a time (naive incremental transitive
// closure on bitset rows, any digraph): adding a→b makes every node that reaches a (or is a) reach
// b and everything b reaches. Forward rows answer "does x reach y" in O(1); backward rows find the
// nodes to update. An edge already implied costs O(1); a new one O((|ancestors| + |descendants|)·n/32).

/** Reachability of a growing digraph; rows are strict (x in its own row only on a cycle). */
export interface IncrementalClosure {
  readonly n: number;
  readonly words: number;
  /** forward[x] = nodes x reaches. */
  readonly forward: Uint32Array;
  /** backward[y] = nodes that reach y. */
  readonly backward: Uint32Array;
}

/** A closure starting from the given rows (forward) and their transpose (backward); both are taken over. */
export function createIncrementalClosure(n: number, words: number, forward: Uint32Array, backward: Uint32Array): IncrementalClosure {
  return { n, words, forward, backward };
}

/** Whether x reaches y. */
export function reaches(c: IncrementalClosure, x: number, y: number): boolean {
  return ((c.forward[x * c.words + (y >>> 5)] as number) & (1 << (y & 31))) !== 0;
}

let fromRow = new Uint32Array(0);
let toRow = new Uint32Array(0);

/** Adds the edge a→b; returns whether reachability changed. */
export function addEdge(c: IncrementalClosure, a: number, b: number): boolean {
  if (reaches(c, a, b)) return false;
  const { words, forward, backward } = c;
  if (fromRow.length < words) {
    fromRow = new Uint32Array(words);
    toRow = new Uint32Array(words);
  }
  // Snapshots: {a} ∪ backward[a] and {b} ∪ forward[b] (on a cycle the rows change while updated).
  for (let k = 0; k < words; k++) {
    fromRow[k] = backward[a * words + k]!;
    toRow[k] = forward[b * words + k]!;
  }
  fromRow[a >>> 5]! |= 1 << (a & 31);
  toRow[b >>> 5]! |= 1 << (b & 31);
  for (let k = 0; k < words; k++) {
    let bits = fromRow[k]!;
    while (bits !== 0) {
      const t = bits & -bits;
      const base = ((k << 5) + 31 - Math.clz32(t)) * words;
      for (let j = 0; j < words; j++) forward[base + j]! |= toRow[j]!;
      bits ^= t;
    }
  }
  for (let k = 0; k < words; k++) {
    let bits = toRow[k]!;
    while (bits !== 0) {
      const t = bits & -bits;
      const base = ((k << 5) + 31 - Math.clz32(t)) * words;
      for (let j = 0; j < words; j++) backward[base + j]! |= fromRow[j]!;
      bits ^= t;
    }
  }
  return true;
}
