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

/**
 * At most this many findings of one kind per item are listed, measured and applied by the
 * candidates (the first in the contract's order); the item's notes say where the bound cut. Real
 * items have a few of each; the bound keeps the savings' designs (one per finding) and a pairwise
 * kind's O(n²) detections from growing with a pathological item.
 */
export const FINDINGS_PER_KIND_LIMIT = 500;

const STOPPED = new WeakSet<readonly Detection[]>();

/**
 * Marks detections a pairwise detector stopped building one past FINDINGS_PER_KIND_LIMIT (it did not
 * count the rest); returns them.
 */
export function stoppedPastLimit(found: Detection[]): Detection[] {
  if (found.length > FINDINGS_PER_KIND_LIMIT) STOPPED.add(found);
  return found;
}

/** Whether a detector stopped building these detections past the limit (so their count is a lower bound). */
export function isStoppedPastLimit(found: readonly Detection[]): boolean {
  return STOPPED.has(found);
}

/** A kind whose findings were cut to FINDINGS_PER_KIND_LIMIT: how many there were (more than `found` where not exact). */
export interface FindingsCut {
  readonly kind: FindingKind;
  readonly found: number;
  readonly exact: boolean;
}
