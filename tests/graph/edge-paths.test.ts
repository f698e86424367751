// longestPathsOfEdges: two weights' longest paths over an edge list, against a hand-checked case and
// against the Digraph route (buildDigraph, topologicalOrder, findLongestPathLength) on random graphs;
// longestPathsOfTwo: the same over two graphs' union, against the union as one edge list.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDigraph, findLongestPathLength, longestPathsOfEdges, longestPathsOfTwo, topologicalOrder } from '../../src/graph/index.js';

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

describe('longestPathsOfTwo', () => {
  it('a path that needs an edge of each graph: 0 → 1 in one, 1 → 2 in the other', () => {
    // g: 0 → 1, 0 → 2; h: 1 → 2, 0 → 1 again. a: 2, 3, 4 → 0-1-2 = 9 (g alone: 6); b: 5, 0, 1 → 6.
    const g = buildDigraph(3, [0, 0], [1, 2]);
    const h = buildDigraph(3, [1, 0], [2, 1]);
    const out = [-1, -1];
    expect(longestPathsOfTwo(g, h, [2, 3, 4], [5, 0, 1], out)).toBe(true);
    expect(out).toEqual([9, 6]);
  });

  it('a cycle through both graphs answers false and leaves out untouched', () => {
    const out = [-1, -1];
    expect(longestPathsOfTwo(buildDigraph(2, [0], [1]), buildDigraph(2, [1], [0]), [1, 1], [1, 1], out)).toBe(false);
    expect(out).toEqual([-1, -1]);
  });

  it('random pairs of graphs: the answers of their union as one edge list', () => {
    fc.assert(
      fc.property(graphArb, fc.array(fc.tuple(fc.nat(39), fc.nat(39)), { maxLength: 60 }), ({ n, edges, a, b, acyclic }, more) => {
        const keep = (list: [number, number][]) => list.filter(([x, y]) => x < n && y < n && (acyclic ? x < y : x !== y));
        const [first, second] = [keep(edges), keep(more)];
        const g = buildDigraph(n, first.map((e) => e[0]), first.map((e) => e[1]));
        const h = buildDigraph(n, second.map((e) => e[0]), second.map((e) => e[1]));
        const all = [...first, ...second];
        const union = [-1, -1];
        const found = longestPathsOfEdges(n, all.map((e) => e[0]), all.map((e) => e[1]), all.length, a, b, union);
        const out = [-1, -1];
        expect(longestPathsOfTwo(g, h, a, b, out)).toBe(found);
        expect(out).toEqual(found ? union : [-1, -1]);
      }),
      { numRuns: 300 },
    );
  });
});
