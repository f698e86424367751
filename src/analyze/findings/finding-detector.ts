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

/** The redesign of an item as the detectors that judge it read it. */
export interface Redesign {
  /** The Pareto front. */
  readonly candidates: readonly Candidate[];
  /** The best candidate (fastest no slower than the baseline), or null. */
  readonly best: Candidate | null;
}

/** A detector that also reads the redesign; its detections redesign nothing. */
export interface CandidateDetector {
  readonly description: string;
  readonly reads: 'candidates';
  detect(ctx: ItemContext, redesign: Redesign): Detection[];
}

/** One entry of the finding registry. */
export type FindingDetector = ProcedureDetector | CandidateDetector;
