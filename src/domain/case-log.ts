// Case logs (办件日志) and what conformance checking says about them: plain, JSON-serializable data
// matching docs/case-log.md. The importer builds the log; src/conformance builds the result.

import type { Lang } from './lang.js';

/** Whether an event marks the start or the completion of an activity (XES lifecycle:transition). */
export type Lifecycle = 'start' | 'complete';

/** One event of a case, as read from a log. */
export interface CaseEvent {
  /** The activity as written: a step id or step name of the case's item, or anything else. */
  activity: string;
  /** Milliseconds since 1970-01-01T00:00Z (a timestamp without an offset is read as China time, UTC+8). */
  time: number;
  lifecycle: Lifecycle;
  /** Who did it (经办人, org:resource); '' when not given. */
  resource: string;
  /** Where it was done (承办部门); '' when not given. */
  department: string;
  /** Position of the event in its file (row or XES event order): breaks ties of equal times. */
  order: number;
}

/** One case (办件): its events in the order they happened (time, ties by file order). */
export interface LogCase {
  caseId: string;
  itemCode: string;
  events: CaseEvent[];
  /** Where the case was first met: the file, and its first row's line (CSV) or trace number (XES, 1-based). */
  source: { file: string; line: number };
}

/** The kinds of deviation conformance names (see case-log.md). */
export type DeviationKind = 'skipped' | 'out-of-order' | 'unknown-activity' | 'repeated' | 'open';

export const DEVIATION_KINDS: readonly DeviationKind[] = ['skipped', 'out-of-order', 'unknown-activity', 'repeated', 'open'];

/** One deviation of one case: the step concerned (a step of the item), or the activity the item does not have. */
export interface CaseDeviation {
  kind: DeviationKind;
  stepId?: string;
  activity?: string;
}

/** What conformance says about one case. */
export interface CaseResult {
  caseId: string;
  /** Trace fitness, 1 − cost ÷ (trace length + cost of the cheapest complete model run); null when not aligned. */
  fitness: number | null;
  /** Cost of an optimal alignment; null when not aligned. */
  cost: number | null;
  /** False when the alignment search hit --max-states: the case is then never counted as fitting. */
  aligned: boolean;
  /** Working days from the case's first event to its last completion; null for an open case. */
  leadTimeDays: number | null;
  /** Lead time over the item's 承诺时限 / 法定时限; null when the lead time or the limit is unknown. */
  overPromised: boolean | null;
  overLegal: boolean | null;
  deviations: CaseDeviation[];
}

/** A deviation counted over an item's cases, with up to three example case ids. */
export interface DeviationCount extends CaseDeviation {
  count: number;
  exampleCases: string[];
}

/** Observed times of one step over an item's cases, in working days. */
export interface ObservedStep {
  stepId: string;
  stepName: string;
  /** The declared duration and wait (working days), for comparison. */
  declaredDays: number;
  declaredWaitDays: number;
  /** Observations of the step's service time (start → complete, or the previous completion → complete). */
  n: number;
  serviceMeanDays: number | null;
  serviceMedianDays: number | null;
  serviceP90Days: number | null;
  /** Observations of the step's waiting time (its predecessors' completion → its start). */
  waitN: number;
  waitMedianDays: number | null;
  waitP90Days: number | null;
}

/** A count and its share of the cases it is taken over. */
export interface CountShare {
  count: number;
  share: number;
}

/** Where the overdue cases (over 承诺时限) lost time: observed time over the declared one, added up per step. */
export interface LostTime {
  stepId: string;
  excessDays: number;
  /** Overdue cases in which the step took longer than declared. */
  cases: number;
}

export interface ObservedItem {
  steps: ObservedStep[];
  /** Closed cases (not open) with a lead time. */
  closedCases: number;
  leadTimeMedianDays: number | null;
  leadTimeP90Days: number | null;
  /** Every closed case's lead time, ascending (for the distribution chart). */
  leadTimesDays: number[];
  overPromised: CountShare;
  overLegal: CountShare;
  lostTime: LostTime[];
}

/** Conformance and observed durations of one item. */
export interface ItemConformance {
  itemCode: string;
  itemName: string;
  promisedLimitDays: number | null;
  legalLimitDays: number | null;
  cases: number;
  fittingCases: number;
  /** Cases whose alignment hit --max-states (left out of the fitness figures). */
  unalignedCases: number;
  /** 1 − Σ cost ÷ Σ (trace length + cheapest model run) over aligned cases; null without any. */
  logFitness: number | null;
  /** Mean trace fitness over aligned cases; null without any. */
  averageFitness: number | null;
  deviations: DeviationCount[];
  caseResults: CaseResult[];
  observed: ObservedItem;
}

/** A located problem of a log (or of the catalogue it is checked against). */
export interface LogError {
  file: string;
  line: number;
  column?: string;
  itemCode?: string;
  code: string;
  message: string;
}

export interface ConformanceSummary {
  items: number;
  cases: number;
  fittingCases: number;
  unalignedCases: number;
  logFitness: number | null;
  averageFitness: number | null;
}

/** What `procopt conformance --format json` writes (case-log.md). */
export interface ConformanceResult {
  schemaVersion: 1;
  /** The language of every human `message`; keys, kinds, codes and ids never change with it. */
  lang: Lang;
  items: ItemConformance[];
  summary: ConformanceSummary;
  errors: LogError[];
  warnings: LogError[];
}

/** Which figure the analysis used for one step when run with a case log (analyze --log). */
export interface ObservedDuration {
  /** declared: the declared duration was kept (too few observations, or --durations declared). */
  source: 'declared' | 'median' | 'p90';
  /** The duration the analysis used, working days. */
  days: number;
  declaredDays: number;
  /** Observations of the step's service time. */
  n: number;
  observedMedianDays: number | null;
  observedP90Days: number | null;
  /** The waiting time used, when an observed one replaced the declared one. */
  waitDays?: number;
  waitN?: number;
}

/** Per step id, what analyze --log used; an item-level field of the analysis. */
export type ObservedDurations = Record<string, ObservedDuration>;
