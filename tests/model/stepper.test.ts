// The stepper (src/model/stepper.ts) at its edges: events naming no step of the machine are refused
// and change nothing, an item without steps starts approved, and a run's key spells each step's state.
import { describe, expect, it } from 'vitest';
import { createStepper, type MachineEvent, type StepState } from '../../src/model/index.js';
import { machineShapeOf } from '../../src/model/machine-shape.js';
import { stepsKey } from '../../src/model/stepper.js';

/** S0 → S1 (conditional, back to S0). */
const shape = machineShapeOf([[], [0]], [false, true], [-1, 0]);

describe('createStepper', () => {
  it('refuses an event of a step the machine does not have, and the run stays as it was', () => {
    const stepper = createStepper(shape);
    const run = stepper.start();
    const before = stepper.key(run);
    for (const step of [-1, 2, 1.5, Number.NaN]) {
      for (const type of ['COMPLETE', 'SKIP', 'RETURN'] as const) {
        const event: MachineEvent = { type, step };
        expect(stepper.can(run, event), `${type} ${step}`).toBe(false);
        expect(stepper.send(run, event), `${type} ${step}`).toBe(false);
      }
    }
    expect(stepper.key(run)).toBe(before);
    expect(before).toBe('aw');
    // The steps it has still work: S0, then S1 skipped, approved.
    expect(stepper.send(run, { type: 'COMPLETE', step: 0 })).toBe(true);
    expect(stepper.key(run)).toBe('da');
    expect(stepper.send(run, { type: 'SKIP', step: 1 })).toBe(true);
    expect(run.status).toBe('approved');
    expect(stepper.key(run)).toBe('approved');
  });

  it('an item without steps starts approved; one with steps starts running', () => {
    expect(createStepper(machineShapeOf([], [], [])).start().status).toBe('approved');
    expect(createStepper(shape).start().status).toBe('running');
  });

  it('stepsKey: one letter per step (w, a, d, s), for any number of steps', () => {
    expect(stepsKey(['waiting', 'active', 'done', 'skipped'])).toBe('wads');
    const long = Array.from({ length: 200 }, (_, i): StepState => (i % 2 === 0 ? 'done' : 'waiting'));
    expect(stepsKey(long)).toBe('dw'.repeat(100));
    expect(stepsKey(['active'])).toBe('a');
  });
});
