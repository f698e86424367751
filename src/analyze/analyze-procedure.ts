// One item's analysis as a plain sequence of steps (order → schedule → findings → redesign) that
// assembles the contract's ItemAnalysis; summarizeItems adds items up in exact hundredths of a day.

import type { AnalysisSummary, ItemAnalysis, Procedure } from '../domain/index.js';
import type { Lang } from '../i18n/index.js';
import { detectFromCandidates, detectFromProcedure, sortDetections } from './findings/detect-findings.js';
import { buildItemContext } from './item-context.js';
import { measureItem } from './item-metrics.js';
import { findCandidates } from './redesign/candidates.js';
import { measureSavings } from './redesign/finding-savings.js';
import { findFewestStepsPath } from './schedule/fewest-steps-path.js';
import { scheduleItem } from './schedule/schedule-item.js';
import { findItemFigures, summarizeFigures } from './summary.js';

/** Options of analyzeProcedure. */
export interface AnalyzeOptions {
  /** Language of the findings' messages. */
  lang?: Lang;
}

/**
 * Everything the analysis contract holds for one item, in the order of the work: the orders (the
 * item's context), the schedule, the findings that read the procedure, the candidates built from
 * them, the findings that read the candidates, and every finding's savings. The procedure must be
 * valid (as imported). Messages are in `options.lang`; English until every caller passes the
 * language of the CLI's --lang (issue #11 wires it through).
 */
export function analyzeProcedure(procedure: Procedure, options: AnalyzeOptions = {}): ItemAnalysis {
  const ctx = buildItemContext(procedure, options.lang ?? 'en');
  const metrics = measureItem(ctx);
  const schedule = scheduleItem(ctx);
  const fewestStepsPath = findFewestStepsPath(ctx);
  const detected = detectFromProcedure(ctx);
  const candidates = findCandidates(ctx, detected);
  const findings = measureSavings(ctx, sortDetections([...detected, ...detectFromCandidates(ctx, candidates)]));
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
    orderProblems: [...ctx.required.problems],
  };
}

/**
 * Totals over items: durationDaysBefore adds the items' critical-path durations, durationDaysAfter
 * the fastest candidate's duration of each item (its own duration where it has no candidate).
 */
export function summarizeItems(items: readonly ItemAnalysis[]): AnalysisSummary {
  return summarizeFigures(items.map(findItemFigures));
}
