// The analysis result: plain, JSON-serializable data matching docs/analysis-json.md.
// Reports read only this, so every format can be rendered again from a saved JSON.

import type { Lang } from './lang.js';

import type { DiagnosticCode } from './diagnostic.js';
import type { ObservedDurations } from './case-log.js';
import type { Step } from './procedure.js';

/**
 * Finding kinds, exactly as named in the analysis contract and in its order (findings are sorted by
 * it). Declared once: the type, the detector registry, the report's labels and the CLI's --fail-on
 * choices all derive from this list.
 */
export const FINDING_KINDS = [
  'redundant-precedence',
  'parallelizable',
  'mergeable',
  'intake-merge',
  'duplicate-check',
  'pass-through',
  'repeated-material',
  'extra-visit',
  'limit-exceeded',
  'order-gap',
  'order-conflict',
  'limit-slack',
] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];

export interface PathSummary {
  durationDays: number;
  stepIds: string[];
}

export interface FewestStepsPath extends PathSummary {
  stepCount: number;
}

/** CPM figures of one step (working days from the item's start). */
export interface ScheduleEntry {
  stepId: string;
  earliestStart: number;
  earliestFinish: number;
  latestStart: number;
  latestFinish: number;
  slack: number;
  critical: boolean;
  /**
   * With --start-date: the dates earliestStart and earliestFinish working days after the start date
   * fall on (ISO 8601; null beyond the calendar's coverage).
   */
  earliestStartDate?: string | null;
  earliestFinishDate?: string | null;
}

/**
 * An item's dates counted from its 受理 date (--start-date) in working days on the working-day
 * calendar: an offset of t days ends on the ⌈t⌉-th working day after the start (0: the start date).
 * ISO 8601 dates; null where a limit is not given or the date falls beyond the calendar's coverage.
 */
export interface ItemDates {
  startDate: string;
  promisedDue: string | null;
  legalDue: string | null;
  /** The end of the critical path (criticalPath.durationDays) and of the clock time (clockDays). */
  criticalPathEnd: string | null;
  clockEnd: string | null;
  /** The last year the calendar covers (built in, or declared with --calendar). */
  calendarCoveredThrough: number;
  /**
   * The days from the start date through the latest date the item or a candidate reaches that are
   * not working days (weekends, holidays), so that charts need no calendar of their own.
   */
  nonWorkingDays: readonly string[];
}

/** A candidate's ends, counted like the item's (see ItemDates). */
export interface CandidateDates {
  criticalPathEnd: string | null;
  clockEnd: string | null;
}

/** The label of the PERT figures in every output: they follow one path and a normal law. */
export const PERT_MODEL = 'PERT normal approximation on the critical path';
/** The label of the Monte Carlo figures: Beta-PERT draws, the whole step graph. */
export const MONTE_CARLO_MODEL = 'Beta-PERT Monte Carlo over the step graph';

/** PERT on one path: mean and variance in working days (days²). */
export interface PathMoments {
  /** The path: the longest one by PERT means (ties as the critical path's rule). */
  stepIds: string[];
  meanDays: number;
  varianceDays: number;
}

/**
 * PERT (normal approximation): each step's (a, m, b) has mean (a + 4m + b)/6 and variance
 * ((b − a)/6)²; the critical path's total is taken as normal. The probabilities read the clock's
 * path (steps that do not count toward the limit weighed 0); null where the limit is not given.
 */
export interface PertEstimate extends PathMoments {
  model: typeof PERT_MODEL;
  clock: PathMoments;
  pPromised: number | null;
  pLegal: number | null;
}

/** Mean and quantiles (the ⌈pN⌉-th smallest of N runs), working days. */
export interface SampleFigures {
  meanDays: number;
  p50: number;
  p80: number;
  p90: number;
  p95: number;
}

/** Monte Carlo over the whole step graph, each uncertain step drawn from its Beta-PERT. */
export interface MonteCarloEstimate extends SampleFigures {
  model: typeof MONTE_CARLO_MODEL;
  samples: number;
  /** The run's --seed (each item's and candidate's draws come from a seed derived from it and their ids). */
  seed: number;
  clock: SampleFigures & {
    /** Clock days at the levels 0, 0.05, …, 1 (the minimum, p5, …, p95, the maximum): the CDF, for charts. */
    cdf: number[];
  };
  /** Share of runs whose clock time is within the limit; null where the limit is not given. */
  pPromised: number | null;
  pLegal: number | null;
  /** Per step id: the share of runs in which the step lies on a longest path (its criticality index). */
  criticality: Record<string, number>;
}

/** What three-point estimates say about an item's (or a candidate's) time, by both models. */
export interface Uncertainty {
  pert: PertEstimate;
  /** Absent with --samples 0. */
  monteCarlo?: MonteCarloEstimate;
}

export interface Finding {
  kind: FindingKind;
  stepIds: string[];
  /** One sentence an official understands. */
  message: string;
  savingDays: number;
  savingSteps: number;
  savingVisits: number;
}

/** A redesigned procedure on the Pareto front. */
export interface Candidate {
  /** The redesign kinds it combines, in the contract's order, joined by `+` (`parallel+merge`); `reorder` for the plain reorder. */
  id: string;
  stepCount: number;
  durationDays: number;
  clockDays: number;
  applicantVisits: number;
  /** The finding kinds whose transformation this candidate applied. */
  applied: FindingKind[];
  criticalPath: PathSummary;
  /** With --start-date: where its critical path and clock time end. */
  dates?: CandidateDates;
  /** Where the item has an uncertain step: this design's odds. */
  uncertainty?: Uncertainty;
  /** The redesigned procedure's steps (merged steps get ids like "S2+S5"); emitted as CSV by --emit-candidates. */
  steps: Step[];
}

export interface ItemAnalysis {
  itemCode: string;
  itemName: string;
  /** Most frequent department of the item's steps. */
  department: string;
  stepCount: number;
  applicantVisits: number;
  departmentHandoffs: number;
  incompleteDurations: string[];
  legalLimitDays: number | null;
  promisedLimitDays: number | null;
  criticalPath: PathSummary;
  clockDays: number;
  /**
   * Longest path over the declared order together with the required links (≥ the critical path);
   * null where the two form a cycle (an order-conflict finding).
   */
  lawfulDurationDays: number | null;
  /** The same longest path with the clock's weights: the figure the limits are held against; null with an order-conflict. */
  lawfulClockDays: number | null;
  /** Item-level remarks for the window: which data would let procopt judge more, what a bound cut. */
  notes: string[];
  /** The best candidate's id (fastest no slower than the baseline; never the original), or null. */
  bestCandidateId: string | null;
  /** Why there is no best candidate, where bestCandidateId is null. */
  noFasterPlanReason: string | null;
  fewestStepsPath: FewestStepsPath;
  schedule: ScheduleEntry[];
  findings: Finding[];
  candidates: Candidate[];
  /** The declared procedure's steps, for diagrams and re-rendering. */
  steps: Step[];
  /** The messages of `warnings` (a data dependency against the declared order), as the JSON lists them per item. */
  orderProblems: string[];
  /** With a case log (analyze --log): per observed step, the figure the analysis used (declared, median or p90). */
  observedDurations?: ObservedDurations;
  /** With --start-date: due dates and ends as dates. */
  dates?: ItemDates;
  /** Where a step has a three-point estimate (and no duration is missing): PERT and Monte Carlo figures. */
  uncertainty?: Uncertainty;
  /**
   * The analysis's located warnings about the item's cells (DATA_AGAINST_ORDER), without file and
   * item code (the pipeline adds them and lists them with the input's warnings); not in the item's JSON.
   */
  warnings: ItemWarning[];
}

/** A warning of the analysis about one cell of the item (see ItemAnalysis.warnings). */
export interface ItemWarning {
  code: DiagnosticCode;
  /** CSV line where the offending cell starts. */
  line: number;
  column: string;
  message: string;
}

export interface AnalysisSummary {
  items: number;
  steps: number;
  itemsWithFindings: number;
  durationDaysBefore: number;
  durationDaysAfter: number;
}

export interface AnalysisError {
  file: string;
  line: number;
  itemCode?: string;
  column?: string;
  code: DiagnosticCode;
  message: string;
}

export interface AnalysisResult {
  schemaVersion: 1;
  /** The language of every human `message` (and of orderProblems and notes); keys, kinds, codes and ids never change with it. */
  lang: Lang;
  items: ItemAnalysis[];
  summary: AnalysisSummary;
  errors: AnalysisError[];
  warnings: AnalysisError[];
}
