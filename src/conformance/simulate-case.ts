// Cases made by running an item's machine: a seeded random walk of its stepper from start to
// approved — an active step chosen at random, a conditional one sometimes skipped, now and then a
// RETURN (补正) where one is accepted. Its visible events (COMPLETE and RETURN, by step) form a
// trace the machine accepts. For tests, the bundled example log and the benchmark's logs.

import type { MachineEvent, Stepper } from '../model/index.js';

export interface SimulationOptions {
  /** Chance of a RETURN where one is accepted (default 0.05). */
  returnChance?: number;
  /** Chance that a conditional step is skipped (default 0.3). */
  skipChance?: number;
  /** At most this many RETURNs per case (default 3). */
  maxReturns?: number;
}

/** One random run to approved; `next` gives uniform numbers in [0, 1). */
export function simulateRun(stepper: Stepper, next: () => number, options: SimulationOptions = {}): MachineEvent[] {
  const returnChance = options.returnChance ?? 0.05;
  const skipChance = options.skipChance ?? 0.3;
  const maxReturns = options.maxReturns ?? 3;
  const run = stepper.start();
  const events: MachineEvent[] = [];
  const active: number[] = [];
  let returns = 0;
  while (run.status === 'running') {
    active.length = 0;
    run.context.steps.forEach((state, step) => {
      if (state === 'active') active.push(step);
    });
    const step = active[Math.min(active.length - 1, Math.floor(next() * active.length))]!;
    const back: MachineEvent = { type: 'RETURN', step };
    let event: MachineEvent;
    if (returns < maxReturns && stepper.can(run, back) && next() < returnChance) {
      event = back;
      returns++;
    } else event = { type: stepper.shape.conditional[step] === 1 && next() < skipChance ? 'SKIP' : 'COMPLETE', step };
    stepper.send(run, event);
    events.push(event);
  }
  return events;
}

/** The trace of a run: the step of each COMPLETE and RETURN, in order (SKIPs leave no event in a log). */
export function traceOf(events: readonly MachineEvent[]): number[] {
  const trace: number[] = [];
  for (const e of events) if (e.type === 'COMPLETE' || e.type === 'RETURN') trace.push(e.step);
  return trace;
}
