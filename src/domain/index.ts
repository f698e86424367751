export type { Lang } from './lang.js';
export type { Role, Step, Procedure } from './procedure.js';
export { ROLES } from './procedure.js';
export { labelStep } from './step-label.js';
export type { Diagnostic, DiagnosticCode, Severity, LeftOutItem } from './diagnostic.js';
export type {
  FindingKind,
  PathSummary,
  FewestStepsPath,
  ScheduleEntry,
  Finding,
  Candidate,
  ItemAnalysis,
  ItemWarning,
  AnalysisSummary,
  AnalysisError,
  AnalysisResult,
  ItemDates,
  CandidateDates,
  PathMoments,
  PertEstimate,
  SampleFigures,
  MonteCarloEstimate,
  Uncertainty,
} from './analysis.js';
export { FINDING_KINDS, PERT_MODEL, MONTE_CARLO_MODEL } from './analysis.js';
export { ProcoptError, InternalError, ItemTimeLimitError, type ProcoptErrorCode, type WordedMessage } from './errors.js';
export type {
  Lifecycle,
  CaseEvent,
  LogCase,
  DeviationKind,
  CaseDeviation,
  CaseResult,
  DeviationCount,
  ObservedStep,
  CountShare,
  LostTime,
  ObservedItem,
  ItemConformance,
  LogError,
  ConformanceSummary,
  ConformanceResult,
  ObservedDuration,
  ObservedDurations,
} from './case-log.js';
export { DEVIATION_KINDS } from './case-log.js';
