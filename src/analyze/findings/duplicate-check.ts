// duplicate-check: two steps of the same role whose non-empty sets of inputs are equal — the same
// material checked again at another tier (同一审批事项不再其他环节重复审查). Every such pair, a first in
// the file. The redesign drops the later of two ordered steps and the earlier takes over its outputs;
// two unordered steps are reported but not redesigned: dropping either can delay the steps after it
// (the keeper may finish later), so no redesign could promise to be no slower.

import { labelStep } from '../../domain/index.js';
import { hasBit } from '../../graph/index.js';
import type { Detection } from './detection.js';
import type { ProcedureDetector } from './finding-detector.js';

/** Whether two input lists hold the same set of documents (lists are short: a few materials). */
function sameInputSet(a: readonly string[], b: readonly string[]): boolean {
  for (const doc of a) if (!b.includes(doc)) return false;
  for (const doc of b) if (!a.includes(doc)) return false;
  return true;
}

export const duplicateCheck: ProcedureDetector = {
  reads: 'procedure',
  description: 'two steps of the same role that check the same set of inputs',
  detect(ctx) {
    const { steps, n } = ctx;
    const { reach, words } = ctx.declared;
    const found: Detection[] = [];
    for (let a = 0; a < n; a++) {
      const first = steps[a]!;
      if (first.inputs.length === 0) continue;
      for (let b = a + 1; b < n; b++) {
        const second = steps[b]!;
        if (second.role !== first.role || second.inputs.length === 0 || !sameInputSet(first.inputs, second.inputs)) continue;
        const [keep, drop] = hasBit(reach, words, a, b) ? [a, b] : hasBit(reach, words, b, a) ? [b, a] : [-1, -1];
        const materials = [...new Set(first.inputs)].map((d) => `《${d}》`).join('、');
        const pair = { first: labelStep(first), second: labelStep(second), materials };
        found.push({
          kind: 'duplicate-check',
          steps: [a, b],
          message: keep < 0 ? ctx.text.duplicateCheckSideBySide(pair) : ctx.text.duplicateCheck({ ...pair, keptId: steps[keep]!.id }),
          transformation: keep < 0 ? null : { kind: 'drop', keep, drop },
        });
      }
    }
    return found;
  },
};
