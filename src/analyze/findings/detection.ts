// A finding as a detector reports it, before its savings are measured, and the single transformation
// that applies it (to measure those savings and to build candidates). A leaf: plain types.

import type { FindingKind } from '../../domain/index.js';

/** The redesign that applies one finding alone; step numbers are file indices. */
export type Transformation =
  | { readonly kind: 'unlink'; readonly from: number; readonly to: number }
  | { readonly kind: 'merge'; readonly first: number; readonly second: number }
  | { readonly kind: 'drop'; readonly keep: number; readonly drop: number }
  | { readonly kind: 'remove'; readonly step: number }
  | { readonly kind: 'visits' };

/** A finding before its savings are measured. */
export interface Detection {
  readonly kind: FindingKind;
  /** File indices, in the order the contract gives for the kind. */
  readonly steps: readonly number[];
  readonly message: string;
  /** Null where nothing is redesigned (redundant links, limits): all savings are 0. */
  readonly transformation: Transformation | null;
}
