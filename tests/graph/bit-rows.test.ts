// Bit-row relations against plain reachability on random DAGs of up to 70 nodes (three words a row),
// and the scratch forms (closure and reduction written into larger buffers) equal to the fresh ones.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { closeRows, forEachBit, hasBit, orderRows, reduceRows, rowMembers, rowSize, setBit, wordsFor } from '../../src/graph/index.js';
import { reachable } from '../support/graph-oracle.js';

/** A random DAG: edges only from a smaller to a larger index, then the nodes renamed by a permutation. */
const dagArb = fc.integer({ min: 1, max: 70 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 120 }),
    perm: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
  }),
);

function rowsOf(n: number, edges: readonly (readonly [number, number])[]): Uint32Array {
  const words = wordsFor(n);
  const rel = new Uint32Array(n * words);
  for (const [a, b] of edges) setBit(rel, words, a, b);
  return rel;
}

describe('bit rows', () => {
  it('forEachBit and rowMembers visit a row in increasing order, across words', () => {
    const rel = rowsOf(70, [[1, 69], [1, 0], [1, 31], [1, 32], [1, 5]]);
    const seen: number[] = [];
    forEachBit(rel, wordsFor(70), 1, (c) => seen.push(c));
    expect(seen).toEqual([0, 5, 31, 32, 69]);
    expect(rowMembers(rel, wordsFor(70), 1)).toEqual(seen);
    expect(rowSize(rel, wordsFor(70), 1)).toBe(5);
  });

  it('random DAGs: order, closure = reachability, reduction keeps exactly the unimplied edges', () => {
    fc.assert(
      fc.property(dagArb, ({ n, edges, perm }) => {
        const dag = edges.filter(([a, b]) => a < b).map(([a, b]) => [perm[a]!, perm[b]!] as const);
        const words = wordsFor(n);
        const rel = rowsOf(n, dag);
        const order = orderRows(rel, n, words)!;
        expect(order).not.toBeNull();
        const position = new Int32Array(n);
        order.forEach((v, k) => (position[v] = k));
        for (const [a, b] of dag) expect(position[a]).toBeLessThan(position[b]!);
        const reach = closeRows(rel, words, order);
        for (let x = 0; x < n; x++) expect(rowMembers(reach, words, x)).toEqual(reachable(dag, x));
        const red = reduceRows(reach, n, words);
        for (let x = 0; x < n; x++) {
          for (let y = 0; y < n; y++) {
            const implied = rowMembers(reach, words, x).some((z) => hasBit(reach, words, z, y));
            expect(hasBit(red, words, x, y)).toBe(hasBit(reach, words, x, y) && !implied);
          }
        }
        // The scratch forms: larger buffers, the same rows.
        const scratch = new Uint32Array((n + 5) * words).fill(0xffffffff);
        const bigRel = new Uint32Array((n + 5) * words);
        bigRel.set(rel);
        const bigOrder = Int32Array.from([...order, -1, -1]);
        expect(closeRows(bigRel, words, bigOrder, n, scratch).subarray(0, n * words)).toEqual(reach);
        expect(reduceRows(reach, n, words, new Uint32Array((n + 5) * words)).subarray(0, n * words)).toEqual(red);
      }),
      { numRuns: 150 },
    );
  });

  it('a cycle has no order', () => {
    expect(orderRows(rowsOf(3, [[0, 1], [1, 2], [2, 0]]), 3, 1)).toBeNull();
  });
});
