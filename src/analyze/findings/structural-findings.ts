// The finding detectors that look at the procedure's structure only (everything but the limits),
// run once per item and shared by the findings and the candidates.

import type { ItemContext } from '../item-context.js';
import { duplicateCheck } from './duplicate-check.js';
import { extraVisit } from './extra-visit.js';
import type { Detection, FindingDetector } from './finding-detector.js';
import { mergeable } from './mergeable.js';
import { parallelizable } from './parallelizable.js';
import { passThrough } from './pass-through.js';
import { redundantPrecedence } from './redundant-precedence.js';
import { repeatedMaterial } from './repeated-material.js';

/** Structural detectors in the contract's kind order. */
export const structuralDetectors = {
  'redundant-precedence': redundantPrecedence,
  parallelizable,
  mergeable,
  'duplicate-check': duplicateCheck,
  'pass-through': passThrough,
  'repeated-material': repeatedMaterial,
  'extra-visit': extraVisit,
} as const satisfies Record<string, FindingDetector>;

/** All structural detections of the item (memoized on the context). */
export function detectStructure(ctx: ItemContext): Detection[] {
  ctx.slots.structural ??= Object.values(structuralDetectors).flatMap((d) => d.detect(ctx));
  return ctx.slots.structural;
}
