// Relations with cycles against plain depth-first reachability on random digraphs: components are
// the classes of mutual reachability (sinks numbered first), the closure equals reachability, and a
// shortest cycle through a node is a cycle of its component no longer than any other through it.
// reduceEdges (from generators) equals reduceRows (from the closure) on random DAGs.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildDigraph,
  closeDigraph,
  closeRows,
  componentsOfOrder,
  findShortestCycle,
  findStrongComponents,
  hasBit,
  reduceEdges,
  reduceRows,
  rowMembers,
  topologicalOrder,
  wordsFor,
} from '../../src/graph/index.js';
import { reachable } from '../support/graph-oracle.js';

const graphArb = fc.integer({ min: 1, max: 40 }).chain((n) =>
  fc.record({ n: fc.constant(n), edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 70 }) }),
);

const digraphOf = (n: number, edges: readonly (readonly [number, number])[]) => buildDigraph(n, edges.map((e) => e[0]), edges.map((e) => e[1]));

describe('strong components, closure with cycles, shortest cycles', () => {
  it('components are mutual reachability, numbered sinks first; the closure is reachability', () => {
    fc.assert(
      fc.property(graphArb, ({ n, edges }) => {
        const g = digraphOf(n, edges);
        const sc = findStrongComponents(g);
        const reach = [...Array(n).keys()].map((x) => reachable(edges, x));
        for (let x = 0; x < n; x++) {
          for (let y = 0; y < n; y++) {
            const mutual = x === y || (reach[x]!.includes(y) && reach[y]!.includes(x));
            expect(sc.component[x] === sc.component[y], `${x} ${y}`).toBe(mutual);
            if (reach[x]!.includes(y) && sc.component[x] !== sc.component[y]) expect(sc.component[x]!).toBeGreaterThan(sc.component[y]!);
          }
        }
        const words = wordsFor(n);
        const rows = closeDigraph(g, words, sc);
        for (let x = 0; x < n; x++) expect(rowMembers(rows, words, x)).toEqual(reach[x]);
      }),
    );
  });

  it('the components of an acyclic graph from a topological order: each node alone, sinks first, the same closure', () => {
    // 0 → 1 → 3, 0 → 2: order 0, 1, 2, 3 numbers 3 as 0, 2 as 1, 1 as 2, 0 as 3.
    const sc = componentsOfOrder([0, 1, 2, 3]);
    expect([...sc.component]).toEqual([3, 2, 1, 0]);
    expect([sc.count, ...sc.size]).toEqual([4, 1, 1, 1, 1]);
    fc.assert(
      fc.property(graphArb, ({ n, edges }) => {
        const g = digraphOf(n, edges.filter(([a, b]) => a < b));
        const words = wordsFor(n);
        expect(closeDigraph(g, words, componentsOfOrder(topologicalOrder(g)!))).toEqual(closeDigraph(g, words));
      }),
    );
  });

  it('a shortest cycle through a node: a cycle of its edges, none shorter, null off cycles', () => {
    fc.assert(
      fc.property(graphArb, ({ n, edges }) => {
        const g = digraphOf(n, edges.filter(([a, b]) => a !== b));
        const sc = findStrongComponents(g);
        const has = (a: number, b: number) => edges.some(([x, y]) => x === a && y === b);
        for (let s = 0; s < n; s++) {
          const cycle = findShortestCycle(g, s, sc.component);
          if (sc.size[sc.component[s]!] === 1) {
            expect(cycle).toBeNull();
            continue;
          }
          expect(cycle![0]).toBe(s);
          expect(new Set(cycle).size).toBe(cycle!.length);
          cycle!.forEach((v, i) => expect(has(v, cycle![(i + 1) % cycle!.length]!)).toBe(true));
          // No shorter cycle: the distance back to s from each successor, by breadth-first search.
          const dist = new Map<number, number>([[s, 0]]);
          let frontier = [s];
          let best = Infinity;
          for (let d = 1; frontier.length > 0 && d <= n; d++) {
            const next: number[] = [];
            for (const v of frontier) {
              for (const [a, b] of edges) {
                if (a !== v || a === b) continue;
                if (b === s) best = Math.min(best, d);
                if (!dist.has(b)) {
                  dist.set(b, d);
                  next.push(b);
                }
              }
            }
            frontier = next;
          }
          expect(cycle!.length).toBe(best);
        }
      }),
    );
  });

  it('named case: ties go to the earlier file position (two cycles of length 2 through 0)', () => {
    const g = digraphOf(3, [[0, 2], [2, 0], [0, 1], [1, 0]]);
    expect(findShortestCycle(g, 0, findStrongComponents(g).component)).toEqual([0, 1]);
  });

  it('reduceEdges from any generating set equals reduceRows of the closure (random DAGs, duplicates and transitive edges included)', () => {
    fc.assert(
      fc.property(graphArb, ({ n, edges }) => {
        const dag = edges.filter(([a, b]) => a < b);
        const g = digraphOf(n, [...dag, ...dag.slice(0, 3)]);
        const words = wordsFor(n);
        const order = topologicalOrder(g)!;
        const pos = new Int32Array(n);
        order.forEach((v, k) => (pos[v] = k));
        const reach = closeDigraph(g, words);
        const rel = new Uint32Array(n * words);
        for (const [a, b] of dag) rel[a * words + (b >>> 5)]! |= 1 << (b & 31);
        expect(closeRows(rel, words, order)).toEqual(reach);
        const byRows = reduceRows(reach, n, words);
        const expected: [number, number][] = [];
        for (let x = 0; x < n; x++) for (const y of rowMembers(byRows, words, x)) expected.push([x, y]);
        expect(reduceEdges(n, g.succStart, g.succ, reach, words, pos)).toEqual(expected);
        for (const [x, y] of expected) expect(hasBit(reach, words, x, y)).toBe(true);
      }),
    );
  });
});
