// The Pareto front of scored redesigns over (steps, duration, visits): keep a redesign unless another
// is no worse on all three and better on one, or ties on all three with fewer transformations (then
// the smaller id); drop what does not improve the original on any of the three. Quadratic in the
// redesigns (at most 32 per item).

/** A redesign's three figures (duration in hundredths of a day) and what names it. */
export interface ScoredRedesign {
  readonly id: string;
  /** How many transformations it combines. */
  readonly transforms: number;
  readonly steps: number;
  readonly duration: number;
  readonly visits: number;
}

/** The front, sorted by (duration, steps, visits, id). */
export function findParetoFront<S extends ScoredRedesign>(scored: readonly S[], original: Pick<ScoredRedesign, 'steps' | 'duration' | 'visits'>): S[] {
  const front: S[] = [];
  for (const s of scored) {
    if (original.steps <= s.steps && original.duration <= s.duration && original.visits <= s.visits) continue;
    // Ties on all three figures keep the candidate with fewer transformations, then the smaller id.
    let beaten = false;
    for (const o of scored) {
      if (o === s || o.steps > s.steps || o.duration > s.duration || o.visits > s.visits) continue;
      const same = o.steps === s.steps && o.duration === s.duration && o.visits === s.visits;
      if (!same || o.transforms < s.transforms || (o.transforms === s.transforms && o.id < s.id)) {
        beaten = true;
        break;
      }
    }
    if (!beaten) front.push(s);
  }
  front.sort(
    (a, b) =>
      a.duration - b.duration ||
      a.steps - b.steps ||
      a.visits - b.visits ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return front;
}
