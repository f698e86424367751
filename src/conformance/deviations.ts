// Names the deviations an optimal alignment shows (case-log.md): a log move and a model move of the
// same step are one out-of-order step; model moves after the trace's last event leave the case open;
// other model moves are skipped steps (a RETURN the log lacks: a repetition without its 补正); a log
// move is an unknown activity, a repetition (the step was already done in the case) or out of order.

import type { CaseDeviation } from '../domain/index.js';
import type { AlignmentMove } from './align.js';

/**
 * The deviations of one case, each (kind, step or activity) once, in the order of the alignment.
 * `trace` holds step indices (−1: unknown activity), `activities` the activity text of each trace event.
 */
export function nameDeviations(
  moves: readonly AlignmentMove[],
  trace: Int32Array,
  activities: readonly string[],
  stepIds: readonly string[],
  returnTo: Int32Array,
): CaseDeviation[] {
  let lastVisible = -1;
  moves.forEach((m, i) => {
    if (m.kind === 'sync' || m.kind === 'log') lastVisible = i;
  });
  // Pair each log move of a step with a model COMPLETE of the same step: that step came out of order.
  const paired = new Set<number>();
  const modelByStep = new Map<number, number[]>();
  moves.forEach((m, i) => {
    if (m.kind === 'model' && m.event.type === 'COMPLETE') {
      const list = modelByStep.get(m.event.step) ?? [];
      list.push(i);
      modelByStep.set(m.event.step, list);
    }
  });
  const outOfOrder = new Set<number>();
  moves.forEach((m, i) => {
    if (m.kind !== 'log') return;
    const step = trace[m.position]!;
    const partner = modelByStep.get(step)?.find((j) => !paired.has(j));
    if (step >= 0 && partner !== undefined) {
      paired.add(partner);
      paired.add(i);
      outOfOrder.add(i);
    }
  });

  const out: CaseDeviation[] = [];
  const seen = new Set<string>();
  const add = (d: CaseDeviation): void => {
    const key = `${d.kind}\u0000${d.stepId ?? ''}\u0000${d.activity ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(d);
  };
  const done = new Set<number>();
  let open = false;
  moves.forEach((m, i) => {
    if (m.kind === 'sync') {
      done.add(m.event.step);
      return;
    }
    if (m.kind === 'skip') return;
    if (m.kind === 'log') {
      const step = trace[m.position]!;
      if (outOfOrder.has(i)) add({ kind: 'out-of-order', stepId: stepIds[step]! });
      else if (step < 0) add({ kind: 'unknown-activity', activity: activities[m.position]! });
      else if (done.has(step)) add({ kind: 'repeated', stepId: stepIds[step]! });
      else add({ kind: 'out-of-order', stepId: stepIds[step]! });
      return;
    }
    if (paired.has(i)) {
      done.add(m.event.step);
      return;
    }
    if (m.event.type === 'RETURN') {
      add({ kind: 'repeated', stepId: stepIds[returnTo[m.event.step]!]! });
      return;
    }
    done.add(m.event.step);
    if (i > lastVisible) {
      if (!open) add({ kind: 'open', stepId: stepIds[m.event.step]! });
      open = true;
    } else add({ kind: 'skipped', stepId: stepIds[m.event.step]! });
  });
  return out;
}
