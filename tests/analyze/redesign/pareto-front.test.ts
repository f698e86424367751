import { describe, expect, it } from 'vitest';
import { findParetoFront, type ScoredRedesign } from '../../../src/analyze/redesign/pareto-front.js';

const r = (id: string, transforms: number, steps: number, duration: number, visits: number): ScoredRedesign => ({ id, transforms, steps, duration, visits });

describe('Pareto front', () => {
  it('keeps the undominated, breaks exact ties by fewer transformations then id, drops what does not improve the original', () => {
    const original = { steps: 5, duration: 1000, visits: 2 };
    const front = findParetoFront(
      [
        r('parallel', 1, 5, 600, 2), // faster
        r('merge', 1, 4, 900, 2), // fewer steps
        r('merge+parallel', 2, 4, 600, 2), // dominates both
        r('drop', 1, 4, 600, 2), // ties merge+parallel with fewer transformations
        r('visits', 1, 5, 1000, 2), // no better than the original
        r('a', 1, 5, 1100, 1), // fewer visits, slower: a trade-off on the front
      ],
      original,
    );
    expect(front.map((s) => s.id)).toEqual(['drop', 'a']);
  });
});
