// The shape of one finding detector (one file per finding kind, listed in registry.ts). A detector
// reads the item's context, and — when it judges the redesign itself — the item's candidates.

import type { Candidate } from '../../domain/index.js';
import type { ItemContext } from '../item-context.js';
import type { Detection } from './detection.js';

/** A detector that reads the procedure only; its detections feed the redesign (the candidates). */
export interface ProcedureDetector {
  readonly description: string;
  readonly reads: 'procedure';
  detect(ctx: ItemContext): Detection[];
}

/** A detector that also reads the candidates (the Pareto front, fastest first); its detections redesign nothing. */
export interface CandidateDetector {
  readonly description: string;
  readonly reads: 'candidates';
  detect(ctx: ItemContext, candidates: readonly Candidate[]): Detection[];
}

/** One entry of the finding registry. */
export type FindingDetector = ProcedureDetector | CandidateDetector;
