// One item's analysis as a plain sequence of steps (order → schedule → findings → redesign) that
// assembles the contract's ItemAnalysis; summarizeItems adds items up in exact hundredths of a day.

import type { AnalysisSummary, ItemAnalysis, Procedure } from '../domain/index.js';
import { toDays } from './days.js';
import type { Lang } from '../i18n/index.js';
import { detectFromCandidates, detectFromProcedure, sortDetections } from './findings/detect-findings.js';
import { FINDINGS_PER_KIND_LIMIT } from './findings/detection.js';
import { createItemBudget, UNLIMITED } from './item-budget.js';
import { buildItemContext } from './item-context.js';
import { measureItem } from './item-metrics.js';
import { findItemNotes, findItemWarnings } from './item-notes.js';
import { findCandidates } from './redesign/candidates.js';
import { measureSavings } from './redesign/finding-savings.js';
import { findFewestStepsPath } from './schedule/fewest-steps-path.js';
import { scheduleItem } from './schedule/schedule-item.js';
import { findItemFigures, summarizeFigures } from './summary.js';
import { mapList } from '../graph/index.js';

/** How one item is analysed. */
export interface AnalyzeOptions {
  /** Language of the findings' messages. */
  lang?: Lang;
  /**
   * The per-item time budget in milliseconds (wall clock, checked between pieces of work): over it
   * the analysis throws ItemTimeLimitError and returns nothing. Default: no limit.
   */
  timeLimitMs?: number;
}

/**
 * Everything the analysis contract holds for one item, in the order of the work: the orders (the
 * item's context), the schedule, the findings that read the procedure, the candidates built from
 * them, the findings that read the candidates, and every finding's savings. The procedure must be
 * valid (as imported). Messages are in `options.lang`; English until every caller passes the
 * language of the CLI's --lang (issue #11 wires it through).
 */
export function analyzeProcedure(procedure: Procedure, options: AnalyzeOptions = {}): ItemAnalysis {
  const budget = options.timeLimitMs === undefined ? UNLIMITED : createItemBudget(options.timeLimitMs);
  const ctx = buildItemContext(procedure, options.lang ?? 'en', budget);
  const metrics = measureItem(ctx);
  const schedule = scheduleItem(ctx);
  const fewestStepsPath = findFewestStepsPath(ctx);
  const { detections: detected, cut } = detectFromProcedure(ctx);
  const redesign = findCandidates(ctx, detected);
  const findings = measureSavings(ctx, sortDetections([...detected, ...detectFromCandidates(ctx, redesign)]));
  budget.check('findings');
  const warnings = findItemWarnings(ctx);
  const notes = findItemNotes(ctx);
  for (const c of cut) notes.push(ctx.text.noteFindingsCut({ ...c, limit: FINDINGS_PER_KIND_LIMIT }));
  for (const note of redesign.notes) notes.push(note);
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
    lawfulDurationDays: ctx.lawful === null ? null : toDays(ctx.lawful.duration),
    lawfulClockDays: ctx.lawful === null ? null : toDays(ctx.lawful.clock),
    notes,
    bestCandidateId: redesign.best?.id ?? null,
    noFasterPlanReason: redesign.noFasterPlanReason,
    fewestStepsPath,
    schedule: schedule.schedule,
    findings,
    candidates: redesign.candidates,
    steps: procedure.steps,
    orderProblems: mapList(warnings, (w) => w.message),
    warnings,
  };
}

/**
 * Totals over items with complete durations: durationDaysBefore adds the lawful durations (the
 * critical path with an order conflict), durationDaysAfter the best candidate's duration of each
 * item (the baseline where it has none).
 */
export function summarizeItems(items: readonly ItemAnalysis[]): AnalysisSummary {
  return summarizeFigures(items.map(findItemFigures));
}
