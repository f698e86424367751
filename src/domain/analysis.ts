// The analysis result: plain, JSON-serializable data matching docs/analysis-json.md.
// Reports read only this, so every format can be rendered again from a saved JSON.

import type { DiagnosticCode } from './diagnostic.js';
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
  items: ItemAnalysis[];
  summary: AnalysisSummary;
  errors: AnalysisError[];
  warnings: AnalysisError[];
}
