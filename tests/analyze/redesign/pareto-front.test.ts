import { describe, expect, it } from 'vitest';
import { findParetoFront, type ScoredRedesign } from '../../../src/analyze/redesign/pareto-front.js';

const r = (id: string, steps: number, duration: number, visits: number): ScoredRedesign => ({ id, steps, duration, visits });

describe('Pareto front', () => {
  it('keeps the undominated, every exact tie ordered by id, drops what the original dominates; a slower trade-off may stay', () => {
    const original = { steps: 5, duration: 1000, visits: 2 };
    const front = findParetoFront(
      [
        r('parallel', 5, 600, 2), // faster
        r('merge', 4, 900, 2), // fewer steps
        r('parallel+merge', 4, 600, 2), // dominates both
        r('drop-duplicates', 4, 600, 2), // an exact tie: both stay
        r('visits', 5, 1000, 2), // ties the original: stays
        r('remove-pass-through', 5, 1100, 2), // dominated by the original
        r('a', 5, 1100, 1), // fewer visits, slower: a trade-off on the front
      ],
      original,
    );
    expect(front.map((s) => s.id)).toEqual(['drop-duplicates', 'parallel+merge', 'a']);
  });

  it('exact ties are ordered by id whatever the order they come in', () => {
    const original = { steps: 9, duration: 9, visits: 9 };
    const ties = [r('visits', 3, 3, 0), r('merge', 3, 3, 0), r('drop-duplicates', 3, 3, 0)];
    expect(findParetoFront(ties, original).map((s) => s.id)).toEqual(['drop-duplicates', 'merge', 'visits']);
    expect(findParetoFront([...ties].reverse(), original).map((s) => s.id)).toEqual(['drop-duplicates', 'merge', 'visits']);
  });
});
