// Item metrics of the contract: step count, applicant visits, department hand-overs (reduced declared
// links between two departments, leaving out links that touch a submit step), incomplete durations,
// and the item's department: the most frequent one of its steps other than submit steps (tie: the
// accept step's department, then the first in the file).

import type { ItemAnalysis } from '../domain/index.js';
import type { ItemContext } from './item-context.js';
import { ROLE_BIT } from './roles.js';

export type ItemMetrics = Pick<
  ItemAnalysis,
  'department' | 'stepCount' | 'applicantVisits' | 'departmentHandoffs' | 'incompleteDurations'
>;

/** Counts the item's metrics. */
export function measureItem(ctx: ItemContext): ItemMetrics {
  const { steps, roleBits } = ctx;
  const isSubmit = (v: number): boolean => (roleBits[v]! & ROLE_BIT.submit) !== 0;
  const counts = new Map<string, number>();
  steps.forEach((s, v) => {
    if (!isSubmit(v)) counts.set(s.department, (counts.get(s.department) ?? 0) + 1);
  });
  const most = Math.max(0, ...counts.values());
  const tied = (d: string): boolean => counts.get(d) === most;
  const accept = steps.find((s, v) => (roleBits[v]! & ROLE_BIT.accept) !== 0 && tied(s.department));
  // Stryker disable next-line StringLiteral: the importer makes no item without a step, so steps[0] is there (equivalent)
  const department = accept?.department ?? steps.find((s, v) => !isSubmit(v) && tied(s.department))?.department ?? steps[0]?.department ?? '';
  return {
    department,
    stepCount: steps.length,
    applicantVisits: steps.filter((s) => s.applicantVisit).length,
    departmentHandoffs: ctx.declared.reduced.filter(([a, b]) => !isSubmit(a) && !isSubmit(b) && steps[a]!.department !== steps[b]!.department).length,
    incompleteDurations: steps.filter((s) => s.durationMissing).map((s) => s.id),
  };
}
