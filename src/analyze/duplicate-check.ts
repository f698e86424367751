// duplicate-check: two steps of the same role whose non-empty sets of inputs are equal — the same
// material checked again at another tier (同一审批事项不再其他环节重复审查). Every such pair, a first in
// the file. The redesign keeps the step that comes first by (depth in the declared order, wait +
// duration, step id) — a total order, so chains of drops never loop, and row order does not matter:
// of two ordered steps the earlier stays, of two unordered ones at one depth the faster, and the kept
// step takes over the dropped one's outputs.

import type { Step } from '../domain/index.js';
import { labelStep } from './context.js';
import type { Detection, FindingDetector } from './finding-detector.js';

/** Whether step a is kept over step b: smaller depth, then shorter wait + duration, then smaller step id. */
function isKeptOver(a: Step, depthA: number, b: Step, depthB: number): boolean {
  if (depthA !== depthB) return depthA < depthB;
  const ta = a.waitDays + a.durationDays;
  const tb = b.waitDays + b.durationDays;
  return ta !== tb ? ta < tb : a.id < b.id;
}

/** Steps on the longest chain of declared predecessors ending at each step (a source has depth 0). */
function declaredDepths(ctx: Parameters<FindingDetector['detect']>[0]): Int32Array {
  const { declared, order } = ctx.graph;
  const depth = new Int32Array(ctx.n);
  for (const v of order ?? []) {
    for (let e = declared.predStart[v]!; e < declared.predStart[v + 1]!; e++) {
      depth[v] = Math.max(depth[v]!, depth[declared.pred[e]!]! + 1);
    }
  }
  return depth;
}

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
    let depth: Int32Array | null = null;
    for (const group of groups.values()) {
      for (let i = 0; i < group.length; i++) {
        for (let j = i + 1; j < group.length; j++) {
          const a = group[i]!;
          const b = group[j]!;
          depth ??= declaredDepths(ctx);
          // A step that reaches another has the smaller depth, so the earlier of two ordered steps stays.
          const [keep, drop] = isKeptOver(ctx.steps[a]!, depth[a]!, ctx.steps[b]!, depth[b]!) ? [a, b] : [b, a];
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
