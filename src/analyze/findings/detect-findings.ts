// Runs the finding registry on one item, in two rounds around the redesign: the detectors that read
// the procedure only (their detections are what the candidates are built from), then those that also
// read the candidates. sortDetections puts the lot in the contract's order.

import { FINDING_KINDS } from '../../domain/index.js';
import type { ItemContext } from '../item-context.js';
import { FINDINGS_PER_KIND_LIMIT, isStoppedPastLimit, type Detection, type FindingsCut } from './detection.js';
import type { CandidateDetector, FindingDetector, ProcedureDetector, Redesign } from './finding-detector.js';
import { findingDetectors } from './registry.js';
import { mapList } from '../../graph/index.js';

const DETECTORS: readonly FindingDetector[] = Object.values(findingDetectors);
const READ_PROCEDURE = DETECTORS.filter((d): d is ProcedureDetector => d.reads === 'procedure');
const READ_CANDIDATES = DETECTORS.filter((d): d is CandidateDetector => d.reads === 'candidates');

/**
 * The detections of every detector that reads the procedure only, in registry order, each kind cut
 * to its first FINDINGS_PER_KIND_LIMIT in the contract's order; `cut` names the kinds that were.
 */
export function detectFromProcedure(ctx: ItemContext): { detections: Detection[]; cut: FindingsCut[] } {
  const cut: FindingsCut[] = [];
  const detections = READ_PROCEDURE.flatMap((d) => {
    ctx.budget.check('findings');
    const found = d.detect(ctx);
    if (found.length <= FINDINGS_PER_KIND_LIMIT) return found;
    // A pairwise detector (duplicate-check, order-gap) stops one past the limit: then only "more than" is known.
    const exact = !isStoppedPastLimit(found);
    cut.push({ kind: found[0]!.kind, found: exact ? found.length : FINDINGS_PER_KIND_LIMIT, exact });
    return sortDetections(found).slice(0, FINDINGS_PER_KIND_LIMIT);
  });
  return { detections, cut };
}

/** The detections of every detector that reads the candidates, in registry order. */
export function detectFromCandidates(ctx: ItemContext, redesign: Redesign): Detection[] {
  return READ_CANDIDATES.flatMap((d) => d.detect(ctx, redesign));
}

/** Detections in the contract's order: by kind (FINDING_KINDS), then by the steps' file indices, then by message. */
export function sortDetections(detections: readonly Detection[]): Detection[] {
  const kindIndex = mapList(detections, (d) => FINDING_KINDS.indexOf(d.kind));
  const sorted = mapList(detections, (_, k) => k);
  sorted.sort((a, b) => {
    const da = detections[a]!;
    const db = detections[b]!;
    return (
      kindIndex[a]! - kindIndex[b]! ||
      compareIndices(da.steps, db.steps) ||
      (da.message < db.message ? -1 : da.message > db.message ? 1 : 0)
    );
  });
  return mapList(sorted, (k) => detections[k]!);
}

function compareIndices(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
