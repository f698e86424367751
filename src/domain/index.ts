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
} from './analysis.js';
export { FINDING_KINDS } from './analysis.js';
export { ProcoptError, InternalError, ItemTimeLimitError, type ProcoptErrorCode } from './errors.js';
