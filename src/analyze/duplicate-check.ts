// duplicate-check: two steps of the same role whose non-empty sets of inputs are equal — the same
// material checked again at another tier (同一审批事项不再其他环节重复审查). Every such pair, a first in
// the file. The redesign drops the later of two ordered steps and the earlier takes over its outputs;
// two unordered steps are reported but not redesigned: dropping either can delay the steps after it
// (the keeper may finish later), so no redesign could promise to be no slower.

import { hasBit } from './bitset.js';
import { labelStep } from './context.js';
import type { Detection, FindingDetector } from './finding-detector.js';

/** The set of inputs as one string: distinct inputs, sorted, joined by NUL. */
function inputSetKey(inputs: readonly string[]): string {
  if (inputs.length === 1) return inputs[0]!;
  const sorted = inputs.slice().sort();
  let key = sorted[0]!;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) key += `\u0000${sorted[i]!}`;
  return key;
}

export const duplicateCheck: FindingDetector = {
  description: 'two steps of the same role that check the same set of inputs',
  detect(ctx) {
    const groups = new Map<string, number[]>();
    ctx.steps.forEach((step, v) => {
      if (step.inputs.length === 0) return;
      const key = `${step.role}\u0000${inputSetKey(step.inputs)}`;
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [v]);
      else group.push(v);
    });
    const found: Detection[] = [];
    for (const group of groups.values()) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const a = group[i]!;
          const b = group[j]!;
          const { reach, words } = ctx.declared;
          const [keep, drop] = hasBit(reach, words, a, b) ? [a, b] : hasBit(reach, words, b, a) ? [b, a] : [-1, -1];
          const docs = [...new Set(ctx.steps[a]!.inputs)].map((d) => `《${d}》`).join('、');
          found.push({
            kind: 'duplicate-check',
            steps: [a, b],
            message:
              `${labelStep(ctx.steps[b]!)} checks the same materials as ${labelStep(ctx.steps[a]!)} (${docs}) in the same role; ` +
              (keep < 0
                ? 'they run side by side, so it costs no time today, but one check could serve both (不再重复审查).'
                : `drop the repeated check (不再重复审查) and let ${ctx.steps[keep]!.id} hand on its result.`),
            transformation: keep < 0 ? null : { kind: 'drop', keep, drop },
          });
        }
      }
    }
    return found;
  },
};
