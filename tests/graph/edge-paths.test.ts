// longestPathsOfEdges: two weights' longest paths over an edge list, against a hand-checked case and
// against the Digraph route (buildDigraph, topologicalOrder, findLongestPathLength) on random graphs.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDigraph, findLongestPathLength, longestPathsOfEdges, topologicalOrder } from '../../src/graph/index.js';

/** A random graph on up to 40 nodes (cycles allowed), with two non-negative weights per node. */
const graphArb = fc.integer({ min: 1, max: 40 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 90 }),
    a: fc.array(fc.nat(10_000), { minLength: n, maxLength: n }),
    b: fc.array(fc.nat(10_000), { minLength: n, maxLength: n }),
    acyclic: fc.boolean(),
  }),
);

describe('longestPathsOfEdges', () => {
  it('a diamond with a repeated edge: the heavier branch by each weight', () => {
    // 0 → 1 → 3, 0 → 2 → 3 (2 → 3 twice); a: 1, 5, 2, 1 → 0-1-3 = 7; b: 1, 0, 4, 2 → 0-2-3 = 7.
    const out = [-1, -1];
    expect(longestPathsOfEdges(4, [0, 0, 1, 2, 2], [1, 2, 3, 3, 3], 5, [1, 5, 2, 1], [1, 0, 4, 2], out)).toBe(true);
    expect(out).toEqual([7, 7]);
  });

  it('reads only the first m edges, and an edgeless graph is its heaviest node', () => {
    const out = [-1, -1];
    expect(longestPathsOfEdges(3, [0, 1, 2], [1, 2, 0], 0, [3, 9, 4], [0, 0, 2], out)).toBe(true);
    expect(out).toEqual([9, 2]);
  });

  it('a cycle answers false and leaves out untouched', () => {
    const out = [-1, -1];
    expect(longestPathsOfEdges(3, [0, 1, 2], [1, 2, 0], 3, [1, 1, 1], [1, 1, 1], out)).toBe(false);
    expect(out).toEqual([-1, -1]);
  });

  it('random graphs: the same answers as the Digraph route, false exactly where there is a cycle', () => {
    fc.assert(
      fc.property(graphArb, ({ n, edges, a, b, acyclic }) => {
        const kept = acyclic ? edges.filter(([x, y]) => x < y) : edges.filter(([x, y]) => x !== y);
        const from = kept.map((e) => e[0]);
        const to = kept.map((e) => e[1]);
        const g = buildDigraph(n, from, to);
        const order = topologicalOrder(g);
        const out = [-1, -1];
        expect(longestPathsOfEdges(n, from, to, kept.length, a, b, out)).toBe(order !== null);
        if (order !== null) expect(out).toEqual([findLongestPathLength(g, order, a), findLongestPathLength(g, order, b)]);
      }),
      { numRuns: 300 },
    );
  });
});
