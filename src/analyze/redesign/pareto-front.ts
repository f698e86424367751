// The Pareto front of scored redesigns over (steps, duration, visits): a redesign stays unless another
// one — or the original procedure in its lawful order — is no worse on all three and better on one.
// Exact ties all stay, ordered by id. Quadratic in the redesigns (at most 64 per item).

/** A redesign's three figures (duration in hundredths of a day) and its id. */
export interface ScoredRedesign {
  readonly id: string;
  readonly steps: number;
  readonly duration: number;
  readonly visits: number;
}

type Figures = Pick<ScoredRedesign, 'steps' | 'duration' | 'visits'>;

/** Whether a is no worse than b on all three figures and better on one. */
export function dominates(a: Figures, b: Figures): boolean {
  return a.steps <= b.steps && a.duration <= b.duration && a.visits <= b.visits && (a.steps < b.steps || a.duration < b.duration || a.visits < b.visits);
}

/** The front, sorted by (duration, steps, visits, id). */
export function findParetoFront<S extends ScoredRedesign>(scored: readonly S[], original: Figures): S[] {
  // Gathered by push rather than by filter: an empty front made by filter has another elements kind than a full one
  // (see graph/lists.ts), and a list literal's kind is the same for every list it makes once one has held redesigns.
  const front: S[] = [];
  for (const s of scored) if (!dominates(original, s) && !scored.some((o) => o !== s && dominates(o, s))) front.push(s);
  return front.sort(
    (a, b) => a.duration - b.duration || a.steps - b.steps || a.visits - b.visits || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
