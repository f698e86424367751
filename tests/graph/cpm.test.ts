// CPM on a digraph with integer weights: both passes and the critical path's tie rule on a diamond,
// and the order that keeps cyclic nodes (they are scheduled after the predecessors placed so far).
import { describe, expect, it } from 'vitest';
import { buildDigraph, computeCpm, findCriticalPath, findLongestPathLength, topologicalOrder, topologicalOrderWithRest } from '../../src/graph/index.js';

describe('cpm', () => {
  it('diamond 0 → (1 ∥ 2) → 3: earliest/latest times, slack on the short branch, critical path through the lower index', () => {
    const g = buildDigraph(4, [0, 0, 1, 2], [1, 2, 3, 3]);
    const weight = [100, 300, 200, 50];
    const cpm = computeCpm(g, topologicalOrder(g)!, weight);
    expect(Array.from(cpm.earliestStart)).toEqual([0, 100, 100, 400]);
    expect(Array.from(cpm.latestStart)).toEqual([0, 100, 200, 400]);
    expect(Array.from(cpm.latestFinish)).toEqual([100, 400, 400, 450]);
    expect(cpm.duration).toBe(450);
    expect(findCriticalPath(g, cpm)).toEqual([0, 1, 3]);
    expect(findLongestPathLength(g, topologicalOrder(g)!, weight)).toBe(450);
    // Equal branches: the tie goes to the lower index.
    expect(findCriticalPath(g, computeCpm(g, topologicalOrder(g)!, [100, 200, 200, 50]))).toEqual([0, 1, 3]);
  });

  it('a cycle 1 ⇄ 2 after node 0: every node kept, the cycle after what precedes it', () => {
    const g = buildDigraph(4, [0, 1, 2, 2], [1, 2, 1, 3]);
    expect(topologicalOrder(g)).toBeNull();
    const order = topologicalOrderWithRest(g);
    expect(Array.from(order)).toEqual([0, 1, 2, 3]);
    const cpm = computeCpm(g, order, [100, 100, 100, 100]);
    expect(Array.from(cpm.earliestStart)).toEqual([0, 100, 200, 300]);
    expect(cpm.duration).toBe(400);
  });
});
