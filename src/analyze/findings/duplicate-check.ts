// duplicate-check: two review steps of the same department checking the same (non-empty) set of
// materials (不再重复审查; items with lineage only), as [kept, dropped]: kept is the one the declared
// order puts first, or the first in the file where it leaves them unordered. The dropped one must be
// removable (no protected role, not named in a 法定前置, not an outcome); the kept one then stands
// for its outputs. Checks by different departments are never duplicates: each answers for its own
// opinion or licence (they are candidates for 并联 instead). Pairs are O(n²): the search stops one
// past FINDINGS_PER_KIND_LIMIT (pairs by the first step's file position), which detect-findings cuts.

import { labelStep } from '../../domain/index.js';
import { hasBit, mapList } from '../../graph/index.js';
import { ROLE_BIT } from '../roles.js';
import { isRemovable, sameInputs } from '../step-facts.js';
import { FINDINGS_PER_KIND_LIMIT, stoppedPastLimit, type Detection } from './detection.js';
import type { ProcedureDetector } from './finding-detector.js';

export const duplicateCheck: ProcedureDetector = {
  reads: 'procedure',
  description: 'two review steps of one department that check the same set of materials',
  detect(ctx) {
    const { steps, n, roleBits } = ctx;
    const { reach, words } = ctx.declared;
    const found: Detection[] = [];
    for (let a = 0; a < n && found.length <= FINDINGS_PER_KIND_LIMIT; a++) {
      if ((roleBits[a]! & ROLE_BIT.review) === 0 || ctx.materials.inputs[a]!.length === 0) continue;
      for (let b = a + 1; b < n && found.length <= FINDINGS_PER_KIND_LIMIT; b++) {
        if ((roleBits[b]! & ROLE_BIT.review) === 0 || steps[b]!.department !== steps[a]!.department || !sameInputs(ctx, a, b)) continue;
        const [keep, drop] = hasBit(reach, words, b, a) ? [b, a] : [a, b];
        if (!isRemovable(ctx, drop)) continue;
        const docs = mapList(ctx.materials.inputs[a]!, (m) => `《${ctx.materials.names[m]}》`).join('、');
        found.push({
          kind: 'duplicate-check',
          steps: [keep, drop],
          message: ctx.text.duplicateCheck({
            kept: labelStep(steps[keep]!),
            dropped: labelStep(steps[drop]!),
            materials: docs,
            department: steps[a]!.department,
            keptId: steps[keep]!.id,
          }),
          transformation: { kind: 'drop', keep, drop },
        });
      }
    }
    return stoppedPastLimit(found);
  },
};
