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
  'duplicate-check',
  'pass-through',
  'repeated-material',
  'extra-visit',
  'limit-exceeded',
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
  fewestStepsPath: FewestStepsPath;
  schedule: ScheduleEntry[];
  findings: Finding[];
  candidates: Candidate[];
  /** The declared procedure's steps, for diagrams and re-rendering. */
  steps: Step[];
  /** Problems of the required order (a step using a later step's output, a cycle), as messages. */
  orderProblems: string[];
  /** With a case log (analyze --log): per observed step, the figure the analysis used (declared, median or p90). */
  observedDurations?: ObservedDurations;
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
