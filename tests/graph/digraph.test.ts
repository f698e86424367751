import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDigraph, findCycle, topologicalOrder, successors, predecessors } from '../../src/graph/index.js';

describe('digraph', () => {
  it('diamond: topological order follows file order where free', () => {
    const g = buildDigraph(4, [0, 0, 1, 2], [1, 2, 3, 3]);
    expect(Array.from(topologicalOrder(g)!)).toEqual([0, 1, 2, 3]);
    expect(findCycle(g)).toBeNull();
  });
  it('duplicate edges are kept once', () => {
    const g = buildDigraph(2, [0, 0], [1, 1]);
    expect(Array.from(successors(g, 0))).toEqual([1]);
  });
  it('three-cycle is found in order', () => {
    const g = buildDigraph(4, [0, 1, 2, 3], [1, 2, 0, 0]);
    expect(topologicalOrder(g)).toBeNull();
    expect(findCycle(g)).toEqual([0, 1, 2]);
  });
  it('random graphs: a topological order exists exactly when no cycle is found', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) =>
          fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 30 })),
        ),
        ([n, edges]) => {
          const g = buildDigraph(n, edges.map((e) => e[0]), edges.map((e) => e[1]));
          const order = topologicalOrder(g);
          const cycle = findCycle(g);
          expect(order === null).toBe(cycle !== null);
          if (order) {
            const pos = new Map(Array.from(order).map((v, i) => [v, i]));
            for (const [a, b] of edges) expect(pos.get(a)! < pos.get(b)!).toBe(true);
          }
          if (cycle) {
            const set = new Set(edges.map(([a, b]) => `${a}>${b}`));
            cycle.forEach((v, i) => expect(set.has(`${v}>${cycle[(i + 1) % cycle.length]}`)).toBe(true));
          }
        },
      ),
    );
  });
  it('random edges: rows are the sorted, deduplicated successors and predecessors', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((n) =>
          fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 120 })),
        ),
        ([n, edges]) => {
          const g = buildDigraph(n, edges.map((e) => e[0]), edges.map((e) => e[1]));
          for (let v = 0; v < n; v++) {
            const succ = [...new Set(edges.filter((e) => e[0] === v).map((e) => e[1]))].sort((a, b) => a - b);
            const pred = [...new Set(edges.filter((e) => e[1] === v).map((e) => e[0]))].sort((a, b) => a - b);
            expect(Array.from(successors(g, v))).toEqual(succ);
            expect(Array.from(predecessors(g, v))).toEqual(pred);
          }
        },
      ),
    );
  });
});
