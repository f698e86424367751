// duplicate-check: two steps of the same role whose non-empty sets of inputs are equal — the same
// material checked again at another tier (同一审批事项不再其他环节重复审查). Every such pair, a first in
// the file. The redesign drops the later of the two in the declared order (of two unordered steps, the
// slower, ties by step id, so row order does not matter); the kept step takes over the dropped one's outputs.

import type { Step } from '../domain/index.js';
import { hasBit } from './bitset.js';
import { labelStep } from './context.js';
import type { Detection, FindingDetector } from './finding-detector.js';

/** Of two unordered duplicate checks, the one to keep: the shorter (wait + duration), ties by step id. */
function isFasterCheck(a: Step, b: Step): boolean {
  const ta = a.waitDays + a.durationDays;
  const tb = b.waitDays + b.durationDays;
  return ta !== tb ? ta < tb : a.id < b.id;
}

export const duplicateCheck: FindingDetector = {
  description: 'two steps of the same role that check the same set of inputs',
  detect(ctx) {
    const groups = new Map<string, number[]>();
    ctx.steps.forEach((step, v) => {
      if (step.inputs.length === 0) return;
      const key = `${step.role}\u0000${[...new Set(step.inputs)].sort().join('\u0000')}`;
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
          const [keep, drop] = hasBit(reach, words, a, b)
            ? [a, b]
            : hasBit(reach, words, b, a)
              ? [b, a]
              : isFasterCheck(ctx.steps[a]!, ctx.steps[b]!)
                ? [a, b]
                : [b, a];
          const docs = [...new Set(ctx.steps[a]!.inputs)].map((d) => `《${d}》`).join('、');
          found.push({
            kind: 'duplicate-check',
            steps: [a, b],
            message:
              `${labelStep(ctx.steps[b]!)} checks the same materials as ${labelStep(ctx.steps[a]!)} (${docs}) in the same role; ` +
              `drop the repeated check (不再重复审查) and let ${ctx.steps[keep]!.id} hand on its result.`,
            transformation: { kind: 'drop', keep, drop },
          });
        }
      }
    }
    return found;
  },
};
