// Reachability on random digraphs (cycles included): the set equals a plain closure, and the order
// is the one of the depth-first searches it replaces (model's return descendants).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDigraph, findDescendants, findReachable, type Digraph } from '../../src/graph/index.js';

const graphArb = fc.integer({ min: 1, max: 15 }).chain((n) =>
  fc.record({ n: fc.constant(n), edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 40 }) }),
);

/** The search model/machine-config.ts and check-machine.ts write out: root first, stack order. */
function referenceDescendants(g: Digraph, root: number): number[] {
  const seen = new Uint8Array(g.n);
  const out: number[] = [];
  const stack = [root];
  seen[root] = 1;
  while (stack.length > 0) {
    const v = stack.pop()!;
    out.push(v);
    for (let e = g.succStart[v]!; e < g.succStart[v + 1]!; e++) {
      const w = g.succ[e]!;
      if (seen[w] === 0) {
        seen[w] = 1;
        stack.push(w);
      }
    }
  }
  return out;
}

describe('reachability', () => {
  it('diamond with a loop back: every node once, sources included', () => {
    const g = buildDigraph(5, [0, 0, 1, 2, 3], [1, 2, 3, 3, 1]);
    expect(findDescendants(g, 0)).toEqual([0, 2, 3, 1]);
    expect(findReachable(g, [3, 4]).sort()).toEqual([1, 3, 4]);
    expect(findReachable(g, [])).toEqual([]);
  });

  it('random digraphs: the reachable set is the closure, the order the reference search', () => {
    fc.assert(
      fc.property(graphArb, ({ n, edges }) => {
        const g = buildDigraph(n, edges.map((e) => e[0]), edges.map((e) => e[1]));
        for (let root = 0; root < n; root++) {
          expect(findDescendants(g, root)).toEqual(referenceDescendants(g, root));
          const closure = new Set([root]);
          for (let grew = true; grew; ) {
            grew = false;
            for (const [a, b] of edges) if (closure.has(a) && !closure.has(b)) grew = closure.add(b) !== null;
          }
          expect(new Set(findReachable(g, [root]))).toEqual(closure);
        }
      }),
    );
  });
});
