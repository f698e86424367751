// Runs every analysis of the registry on one item and assembles the contract's ItemAnalysis;
// summarizeItems adds items up in exact hundredths of a day.

import type { AnalysisSummary, ItemAnalysis, Procedure } from '../domain/index.js';
import { getCandidateOutcome } from './redesign/candidates.js';
import { buildItemContext, type ItemContext } from './item-context.js';
import { findItemFigures, summarizeFigures } from './summary.js';
import { findFewestStepsPath } from './schedule/fewest-steps-path.js';
import { findFindings } from './findings/find-findings.js';
import { measureItem } from './item-metrics.js';
import { scheduleItem } from './schedule/schedule-item.js';

/** One analysis of the registry: the ItemAnalysis fields it fills. */
export interface Analysis {
  readonly description: string;
  run(ctx: ItemContext): Partial<ItemAnalysis>;
}

/** The analysis registry, one file per analysis; analyzeProcedure runs them in this order. */
export const analyses = {
  metrics: {
    description: 'step count, applicant visits, department hand-overs, incomplete durations, main department',
    run: measureItem,
  },
  schedule: {
    description: 'critical path method on the declared order: schedule, critical path, clock time',
    run: scheduleItem,
  },
  'fewest-steps-path': {
    description: 'shortest run to approval with conditional steps skipped',
    run: (ctx: ItemContext) => ({ fewestStepsPath: findFewestStepsPath(ctx) }),
  },
  'required-order': {
    description: 'required order (data, 法定前置, role gates) and its conflicts with the declared order',
    run: (ctx: ItemContext) => ({ orderProblems: [...ctx.required.problems] }),
  },
  findings: {
    description: 'redundant, parallelizable, mergeable, duplicate, pass-through steps; visits; limits',
    run: (ctx: ItemContext) => ({ findings: findFindings(ctx) }),
  },
  candidates: {
    description: 'redesigned procedures on the Pareto front of steps, days and visits',
    run: (ctx: ItemContext) => ({ candidates: getCandidateOutcome(ctx).candidates }),
  },
} as const satisfies Record<string, Analysis>;

/** Everything the analysis contract holds for one item. The procedure must be valid (as imported). */
export function analyzeProcedure(procedure: Procedure): ItemAnalysis {
  const ctx = buildItemContext(procedure);
  const metrics = analyses.metrics.run(ctx);
  const schedule = analyses.schedule.run(ctx);
  const { fewestStepsPath } = analyses['fewest-steps-path'].run(ctx);
  const { orderProblems } = analyses['required-order'].run(ctx);
  const { findings } = analyses.findings.run(ctx);
  const { candidates } = analyses.candidates.run(ctx);
  return {
    itemCode: procedure.itemCode,
    itemName: procedure.itemName,
    department: metrics.department,
    stepCount: metrics.stepCount,
    applicantVisits: metrics.applicantVisits,
    departmentHandoffs: metrics.departmentHandoffs,
    incompleteDurations: metrics.incompleteDurations,
    legalLimitDays: procedure.legalLimitDays,
    promisedLimitDays: procedure.promisedLimitDays,
    criticalPath: schedule.criticalPath,
    clockDays: schedule.clockDays,
    fewestStepsPath,
    schedule: schedule.schedule,
    findings,
    candidates,
    steps: procedure.steps,
    orderProblems,
  };
}

/**
 * Totals over items: durationDaysBefore adds the items' critical-path durations, durationDaysAfter
 * the fastest candidate's duration of each item (its own duration where it has no candidate).
 */
export function summarizeItems(items: readonly ItemAnalysis[]): AnalysisSummary {
  return summarizeFigures(items.map(findItemFigures));
}
