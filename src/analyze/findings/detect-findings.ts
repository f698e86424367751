// Runs the finding registry on one item, in two rounds around the redesign: the detectors that read
// the procedure only (their detections are what the candidates are built from), then those that also
// read the candidates. sortDetections puts the lot in the contract's order.

import { FINDING_KINDS } from '../../domain/index.js';
import type { ItemContext } from '../item-context.js';
import type { Detection } from './detection.js';
import type { CandidateDetector, FindingDetector, ProcedureDetector, Redesign } from './finding-detector.js';
import { findingDetectors } from './registry.js';

const DETECTORS: readonly FindingDetector[] = Object.values(findingDetectors);
const READ_PROCEDURE = DETECTORS.filter((d): d is ProcedureDetector => d.reads === 'procedure');
const READ_CANDIDATES = DETECTORS.filter((d): d is CandidateDetector => d.reads === 'candidates');

/** The detections of every detector that reads the procedure only, in registry order. */
export function detectFromProcedure(ctx: ItemContext): Detection[] {
  return READ_PROCEDURE.flatMap((d) => {
    ctx.budget.check('findings');
    return d.detect(ctx);
  });
}

/** The detections of every detector that reads the candidates, in registry order. */
export function detectFromCandidates(ctx: ItemContext, redesign: Redesign): Detection[] {
  return READ_CANDIDATES.flatMap((d) => d.detect(ctx, redesign));
}

/** Detections in the contract's order: by kind (FINDING_KINDS), then by the steps' file indices, then by message. */
export function sortDetections(detections: readonly Detection[]): Detection[] {
  const kindIndex = detections.map((d) => FINDING_KINDS.indexOf(d.kind));
  const sorted = detections.map((_, k) => k);
  sorted.sort((a, b) => {
    const da = detections[a]!;
    const db = detections[b]!;
    return (
      kindIndex[a]! - kindIndex[b]! ||
      compareIndices(da.steps, db.steps) ||
      (da.message < db.message ? -1 : da.message > db.message ? 1 : 0)
    );
  });
  return sorted.map((k) => detections[k]!);
}

function compareIndices(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
