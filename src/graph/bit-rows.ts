// Relations over node indices as bitset rows (one Uint32Array, `words` 32-bit words per row):
// closure in topological order and transitive reduction, O(n·m/32) and O(n²·n/32) word operations.

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

/** Row r's members in increasing order. */
export function rowMembers(rows: Uint32Array, words: number, r: number): number[] {
  const out: number[] = [];
  const base = r * words;
  for (let k = 0; k < words; k++) {
    let x = rows[base + k] as number;
    while (x !== 0) {
      const t = x & -x;
      out.push((k << 5) + 31 - Math.clz32(t));
      x ^= t;
    }
  }
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
 * Transitive closure of an acyclic relation: reach[x] = rel[x] ∪ ⋃ reach[y] for y ∈ rel[x],
 * filled in reverse topological order. Strict: x ∉ reach[x].
 */
export function closeRows(rel: Uint32Array, words: number, order: ArrayLike<number>): Uint32Array {
  const reach = rel.slice();
  for (let k = order.length - 1; k >= 0; k--) {
    const x = order[k] as number;
    const base = x * words;
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

/** Transitive reduction of a closed acyclic relation: keep x→y unless some z ∈ reach[x] reaches y. */
export function reduceRows(reach: Uint32Array, n: number, words: number): Uint32Array {
  const red = reach.slice();
  const covered = new Uint32Array(words);
  for (let x = 0; x < n; x++) {
    covered.fill(0);
    const base = x * words;
    for (let k = 0; k < words; k++) {
      let bits = reach[base + k] as number;
      while (bits !== 0) {
        const t = bits & -bits;
        const zb = ((k << 5) + 31 - Math.clz32(t)) * words;
        for (let w = 0; w < words; w++) covered[w]! |= reach[zb + w] as number;
        bits ^= t;
      }
    }
    for (let w = 0; w < words; w++) red[base + w]! &= ~(covered[w] as number);
  }
  return red;
}
