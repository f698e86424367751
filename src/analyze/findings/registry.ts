// The finding registry: one detector per finding kind of the contract, in its order. Adding a kind
// is one file here, one line below (the compiler asks for it once the kind is in FINDING_KINDS) and
// one test; detect-findings.ts runs every entry.

import type { FindingKind } from '../../domain/index.js';
import { duplicateCheck } from './duplicate-check.js';
import { extraVisit } from './extra-visit.js';
import type { FindingDetector } from './finding-detector.js';
import { intakeMerge } from './intake-merge.js';
import { limitExceeded } from './limit-exceeded.js';
import { limitSlack } from './limit-slack.js';
import { mergeable } from './mergeable.js';
import { orderConflict } from './order-conflict.js';
import { orderGap } from './order-gap.js';
import { parallelizable } from './parallelizable.js';
import { passThrough } from './pass-through.js';
import { redundantPrecedence } from './redundant-precedence.js';
import { repeatedMaterial } from './repeated-material.js';

export const findingDetectors = {
  'redundant-precedence': redundantPrecedence,
  parallelizable,
  mergeable,
  'intake-merge': intakeMerge,
  'duplicate-check': duplicateCheck,
  'pass-through': passThrough,
  'repeated-material': repeatedMaterial,
  'extra-visit': extraVisit,
  'limit-exceeded': limitExceeded,
  'order-gap': orderGap,
  'order-conflict': orderConflict,
  'limit-slack': limitSlack,
} as const satisfies Record<FindingKind, FindingDetector>;
