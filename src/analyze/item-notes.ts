// The item's notes: what the window could add so that procopt can judge more — materials (without
// them no lineage rule applies and the declared order is kept as required), the outputs or inputs of
// the steps whose declared links are kept only for lack of them, the durations not given — and the
// located warnings about data dependencies that run against the declared order.

import { labelStep, type ItemWarning } from '../domain/index.js';
import type { StepList } from '../i18n/index.js';
import type { ItemContext } from './item-context.js';
import { mapList } from '../graph/index.js';

/**
 * A note names at most this many steps and counts the rest: a real item's list is read whole (the
 * longest in models/real/ names 12), a generated item of thousands would fill pages of the report.
 */
export const NAMED_STEPS = 20;

function stepList(ids: readonly string[]): StepList {
  return { named: ids.slice(0, NAMED_STEPS), total: ids.length };
}

/** Remarks on what data would let procopt judge more. */
export function findItemNotes(ctx: ItemContext): string[] {
  const notes: string[] = [];
  const { steps, materials } = ctx;
  if (!materials.lineage) {
    notes.push(ctx.text.noteNoMaterials());
  } else {
    const kept = ctx.required.keptForMissingData;
    if (kept.length > 0) {
      const noOutputs = new Set<string>();
      const noInputs = new Set<string>();
      for (const [a, b] of kept) {
        if (materials.outputs[a]!.length === 0) noOutputs.add(steps[a]!.id);
        if (materials.inputs[b]!.length === 0) noInputs.add(steps[b]!.id);
      }
      notes.push(ctx.text.noteKeptForMissingData({ count: kept.length, noOutputs: stepList([...noOutputs]), noInputs: stepList([...noInputs]) }));
    }
  }
  const missing: string[] = [];
  for (const s of steps) if (s.durationMissing) missing.push(s.id);
  if (missing.length > 0) notes.push(ctx.text.noteMissingDurations({ missing: stepList(missing) }));
  return notes;
}

/** DATA_AGAINST_ORDER: each data dependency against the declared order, located at the using step's inputs cell. */
export function findItemWarnings(ctx: ItemContext): ItemWarning[] {
  return mapList(ctx.required.againstOrder, ({ user, producer, material }) => {
    const u = ctx.steps[user]!;
    const p = ctx.steps[producer]!;
    return {
      code: 'DATA_AGAINST_ORDER',
      line: u.line,
      column: 'inputs',
      // Stryker disable next-line StringLiteral: a data link's material is one of the item's, so its name is there (equivalent)
      message: ctx.text.dataAgainstOrder({ to: labelStep(u), from: labelStep(p), fromId: p.id, toId: u.id, material: ctx.materials.names[material] ?? '' }),
    };
  });
}
