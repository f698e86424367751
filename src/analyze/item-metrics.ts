// Item metrics of the contract: step count, applicant visits, department hand-overs (reduced declared
// links between two departments), incomplete durations, and the most frequent department (tie → first in file).

import type { ItemAnalysis } from '../domain/index.js';
import type { ItemContext } from './item-context.js';

export type ItemMetrics = Pick<
  ItemAnalysis,
  'department' | 'stepCount' | 'applicantVisits' | 'departmentHandoffs' | 'incompleteDurations'
>;

/** Counts the item's metrics. */
export function measureItem(ctx: ItemContext): ItemMetrics {
  const { steps } = ctx;
  const counts = new Map<string, number>();
  for (const step of steps) counts.set(step.department, (counts.get(step.department) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  const department = steps.find((s) => counts.get(s.department) === most)?.department ?? '';
  return {
    department,
    stepCount: steps.length,
    applicantVisits: steps.filter((s) => s.applicantVisit).length,
    departmentHandoffs: ctx.declared.reduced.filter(([a, b]) => steps[a]!.department !== steps[b]!.department).length,
    incompleteDurations: steps.filter((s) => s.durationMissing).map((s) => s.id),
  };
}
