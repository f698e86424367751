// Property tests: the event sequences a generated machine accepts up to `approved` are exactly the
// linear extensions of the declared order (each conditional step completed or skipped), counted by
// brute force over permutations; @xstate/graph's paths agree; every step state is reachable; the JSON
// round trip accepts the same sequences. On random event sequences (RETURN and REJECT included) the
// stepper, XState's transition() on the exported JSON and a reference written here from the rules
// as stated all agree, event by event.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getShortestPaths, getSimplePaths } from '@xstate/graph';
import { initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import type { Procedure } from '../../src/domain/index.js';
import {
  buildMachine,
  buildMachineConfig,
  buildMachineShape,
  buildStepGraph,
  checkMachine,
  createStepper,
  eventType,
  machineFromJson,
  machineShapeFromJson,
  parseEventType,
  stepEvents,
  type MachineEvent,
  type StepContext,
  type StepState,
} from '../../src/model/index.js';
import { messyProcedureArb, procedureArb } from '../support/procedure-arbitraries.js';

/** Predecessor indices of each step. */
function predIndices(p: Procedure): number[][] {
  const index = new Map(p.steps.map((s, i) => [s.id, i]));
  return p.steps.map((s) => s.predecessors.map((id) => index.get(id)!));
}

/** Linear extensions × 2^(conditional steps), by brute force over all permutations. */
function bruteForceCount(p: Procedure): number {
  const preds = predIndices(p);
  const n = p.steps.length;
  let extensions = 0;
  const used = new Array<boolean>(n).fill(false);
  const perm: number[] = [];
  const permute = (): void => {
    if (perm.length === n) {
      const pos = new Array<number>(n);
      perm.forEach((v, i) => (pos[v] = i));
      if (preds.every((ps, v) => ps.every((u) => pos[u]! < pos[v]!))) extensions++;
      return;
    }
    for (let v = 0; v < n; v++) {
      if (used[v]) continue;
      used[v] = true;
      perm.push(v);
      permute();
      perm.pop();
      used[v] = false;
    }
  };
  permute();
  return extensions * 2 ** p.steps.filter((s) => s.condition !== '').length;
}

/** Is this COMPLETE/SKIP sequence a linear extension with an allowed choice for each step? */
function isValidSequence(p: Procedure, events: string[]): boolean {
  const preds = predIndices(p);
  const finished = new Set<number>();
  for (const e of events) {
    const [kind, key] = e.split('.');
    const v = Number(key!.slice(1));
    if (finished.has(v) || !preds[v]!.every((u) => finished.has(u))) return false;
    if (kind === 'SKIP' && p.steps[v]!.condition === '') return false;
    if (kind !== 'SKIP' && kind !== 'COMPLETE') return false;
    finished.add(v);
  }
  return finished.size === p.steps.length;
}

function forwardEvents(p: Procedure): string[] {
  return stepEvents(p).steps.flatMap((s) => (s.skip === null ? [s.complete] : [s.complete, s.skip]));
}

/**
 * Number of COMPLETE/SKIP sequences the machine accepts from `start` up to `approved`, driving it with
 * xstate's pure `transition`; memoized by state value (the count of paths in its acyclic state graph).
 * Also checks that every event it takes keeps the declared order.
 */
function countAccepted(machine: AnyStateMachine, p: Procedure): number {
  const events = forwardEvents(p);
  const preds = predIndices(p);
  const memo = new Map<string, number>();
  const visit = (snapshot: AnyMachineSnapshot): number => {
    if (snapshot.value === 'approved') return 1;
    const steps = (snapshot.context as StepContext).steps;
    const key = steps.join(',');
    const known = memo.get(key);
    if (known !== undefined) return known;
    const isFinished = (v: number) => steps[v] === 'done' || steps[v] === 'skipped';
    let total = 0;
    for (const type of events) {
      if (!snapshot.can({ type })) continue;
      const v = Number(type.split('.')[1]!.slice(1));
      // Taken only when the step is active, i.e. all its predecessors are finished and it is not.
      expect(steps[v]).toBe('active');
      expect(preds[v]!.every(isFinished)).toBe(true);
      total += visit(transition(machine, snapshot, { type })[0]);
    }
    memo.set(key, total);
    return total;
  };
  return visit(initialTransition(machine)[0]);
}

/** Every accepted COMPLETE/SKIP sequence to approved, listed (small machines only). */
function listAccepted(machine: AnyStateMachine, p: Procedure): string[] {
  const events = forwardEvents(p);
  const out: string[] = [];
  const visit = (snapshot: AnyMachineSnapshot, path: string[]): void => {
    if (snapshot.value === 'approved') {
      out.push(path.join(' '));
      return;
    }
    for (const type of events) {
      if (snapshot.can({ type })) visit(transition(machine, snapshot, { type })[0], [...path, type]);
    }
  };
  visit(initialTransition(machine)[0], []);
  return out;
}

/** Every linear extension with each conditional step's choice, as event sequences. */
function listLinearExtensions(p: Procedure): string[] {
  const preds = predIndices(p);
  const n = p.steps.length;
  const out: string[] = [];
  const visit = (finished: Set<number>, path: string[]): void => {
    if (finished.size === n) {
      out.push(path.join(' '));
      return;
    }
    for (let v = 0; v < n; v++) {
      if (finished.has(v) || !preds[v]!.every((u) => finished.has(u))) continue;
      const kinds = p.steps[v]!.condition === '' ? ['COMPLETE'] : ['COMPLETE', 'SKIP'];
      for (const kind of kinds) visit(new Set([...finished, v]), [...path, `${kind}.s${v}`]);
    }
  };
  visit(new Set(), []);
  return out;
}

const pathEvents = (steps: { event: { type: string } }[]) => steps.map((s) => s.event.type).filter((t) => t !== 'xstate.init');

describe('machine properties', () => {
  it('accepted sequences to approved are counted exactly by the linear extensions × 2^conditional (≤ 7 steps)', () => {
    fc.assert(
      fc.property(procedureArb(7), (p) => {
        expect(countAccepted(buildMachine(p), p)).toBe(bruteForceCount(p));
      }),
      { numRuns: 60 },
    );
  });

  it('accepted sequences are exactly the linear extensions (listed, ≤ 4 steps)', () => {
    fc.assert(
      fc.property(procedureArb(4), (p) => {
        const accepted = listAccepted(buildMachine(p), p).sort();
        expect(accepted).toEqual(listLinearExtensions(p).sort());
        expect(accepted.every((s) => isValidSequence(p, s.split(' ')))).toBe(true);
      }),
    );
  });

  it('@xstate/graph paths to approved (own events, no internal ones) are linear extensions', () => {
    fc.assert(
      fc.property(procedureArb(5), (p) => {
        const machine = buildMachine(p);
        const events = forwardEvents(p).map((type) => ({ type }));
        const options = {
          events,
          // A running state is its steps' states; approved is one state, whichever steps were skipped.
          serializeState: (s: AnyMachineSnapshot) => (s.value === 'running' ? (s.context as StepContext).steps.join(',') : String(s.value)),
          toState: (s: AnyMachineSnapshot) => s.value === 'approved',
        };
        const shortest = getShortestPaths(machine, options);
        expect(shortest.length).toBe(1);
        for (const path of shortest) expect(isValidSequence(p, pathEvents(path.steps))).toBe(true);
        if (p.steps.length <= 4) {
          // Without RETURN the state graph is acyclic: its simple paths to approved are all accepted sequences.
          const simple = getSimplePaths(machine, options);
          expect(simple.length).toBe(bruteForceCount(p));
          for (const path of simple) expect(isValidSequence(p, pathEvents(path.steps))).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('every step state is reachable and approved reachable from everywhere (checkMachine ok, ≤ 5 steps, with RETURN and REJECT)', () => {
    fc.assert(
      fc.property(procedureArb(5), (p) => {
        const check = checkMachine(p);
        expect(check.problems).toEqual([]);
        expect(check.status).toBe('ok');
      }),
      { numRuns: 40 },
    );
  });

  it('JSON round trip accepts the same sequences', () => {
    fc.assert(
      fc.property(procedureArb(6), (p) => {
        const json: unknown = JSON.parse(JSON.stringify(buildMachineConfig(p)));
        expect(countAccepted(machineFromJson(json), p)).toBe(countAccepted(buildMachine(p), p));
        expect(countAccepted(machineFromJson(json), p)).toBe(bruteForceCount(p));
      }),
      { numRuns: 40 },
    );
  });
});

/**
 * The machine's rules as the README states them, written here without the model's code: a step is
 * finished (done or skipped) or not; it is active when unfinished with every predecessor finished;
 * RETURN of an active step whose return_to is finished reopens that step and its declared descendants.
 */
class ReferenceRun {
  readonly states: StepState[];
  status: 'running' | 'approved' | 'rejected' = 'running';
  private readonly preds: number[][];
  private readonly returns: (number | null)[];

  constructor(private readonly p: Procedure) {
    const index = new Map<string, number>();
    p.steps.forEach((s, i) => index.has(s.id) || index.set(s.id, i));
    this.preds = p.steps.map((s, i) => [...new Set(s.predecessors.map((id) => index.get(id)).filter((j): j is number => j !== undefined && j !== i))]);
    this.returns = p.steps.map((s, i) => {
      const r = s.returnTo === null ? undefined : index.get(s.returnTo);
      return r === undefined || r === i ? null : r;
    });
    this.states = p.steps.map(() => 'waiting');
    this.refresh();
    if (p.steps.length === 0) this.status = 'approved';
  }

  private finished(i: number): boolean {
    return this.states[i] === 'done' || this.states[i] === 'skipped';
  }

  /** Every unfinished step is active exactly when all its predecessors are finished. */
  private refresh(): void {
    this.states.forEach((state, i) => {
      if (state === 'done' || state === 'skipped') return;
      this.states[i] = this.preds[i]!.every((j) => this.finished(j)) ? 'active' : 'waiting';
    });
  }

  can(e: MachineEvent): boolean {
    if (this.status !== 'running') return false;
    if (e.type === 'REJECT') return true;
    if (this.states[e.step] !== 'active') return false;
    if (e.type === 'SKIP') return this.p.steps[e.step]!.condition !== '';
    if (e.type === 'RETURN') return this.returns[e.step] !== null && this.finished(this.returns[e.step]!);
    return true;
  }

  send(e: MachineEvent): boolean {
    if (!this.can(e)) return false;
    if (e.type === 'REJECT') {
      this.status = 'rejected';
    } else if (e.type === 'RETURN') {
      const r = this.returns[e.step]!;
      const reopen = new Set([r]);
      for (let grew = true; grew; ) {
        grew = false;
        this.preds.forEach((ps, i) => {
          if (!reopen.has(i) && ps.some((j) => reopen.has(j))) {
            reopen.add(i);
            grew = true;
          }
        });
      }
      for (const i of reopen) this.states[i] = 'waiting';
      this.refresh();
    } else {
      this.states[e.step] = e.type === 'COMPLETE' ? 'done' : 'skipped';
      this.refresh();
      if (this.states.every((_, i) => this.finished(i))) this.status = 'approved';
    }
    return true;
  }
}

/** Every event of the procedure's alphabet, SKIP and RETURN of every step included (most are refused). */
function allEvents(n: number): MachineEvent[] {
  const out: MachineEvent[] = [{ type: 'REJECT' }];
  for (let step = 0; step < n; step++) for (const type of ['COMPLETE', 'SKIP', 'RETURN'] as const) out.push({ type, step });
  return out;
}

/** Random walks: each pick takes an event the reference accepts (when `enabled`) or any event of the alphabet. */
const walkArb = fc.array(fc.record({ enabled: fc.boolean(), pick: fc.nat() }), { maxLength: 40 });

describe('stepper, XState and the reference agree on random event sequences', () => {
  it('event by event: accepted or refused alike, then the same status and step states (XState on the JSON round trip)', () => {
    fc.assert(
      fc.property(fc.oneof(procedureArb(7), messyProcedureArb(6)), walkArb, (p, walk) => {
        const json: unknown = JSON.parse(JSON.stringify(buildMachineConfig(p)));
        const machine = machineFromJson(json);
        const stepper = createStepper(buildMachineShape(buildStepGraph(p)));
        const reference = new ReferenceRun(p);
        const run = stepper.start();
        let snapshot = initialTransition(machine)[0];
        const alphabet = allEvents(p.steps.length);
        for (const { enabled, pick } of walk) {
          const candidates = enabled ? alphabet.filter((e) => reference.can(e)) : alphabet;
          if (candidates.length === 0) break;
          const event = candidates[pick % candidates.length]!;
          const type = eventType(event);
          const accepted = reference.can(event);
          expect(stepper.can(run, event), type).toBe(accepted);
          expect(snapshot.can({ type }), type).toBe(accepted);
          expect(stepper.send(run, event)).toBe(accepted);
          reference.send(event);
          snapshot = transition(machine, snapshot, { type })[0];
          expect(run.status).toBe(reference.status);
          expect(snapshot.value).toBe(reference.status);
          expect(run.context.steps).toEqual(reference.states);
          expect((snapshot.context as StepContext).steps).toEqual(reference.states);
          expect(snapshot.context).toEqual(run.context);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the stepper built from the exported JSON is the stepper built from the procedure', () => {
    fc.assert(
      fc.property(messyProcedureArb(7), (p) => {
        const json: unknown = JSON.parse(JSON.stringify(buildMachineConfig(p)));
        expect(machineShapeFromJson(json)).toEqual(buildMachineShape(buildStepGraph(p)));
      }),
    );
  });

  it('copy and key: a copy goes its own way; keys are equal exactly for equal states', () => {
    fc.assert(
      fc.property(procedureArb(6), walkArb, (p, walk) => {
        const stepper = createStepper(buildMachineShape(buildStepGraph(p)));
        const run = stepper.start();
        const alphabet = allEvents(p.steps.length);
        const seen = new Map<string, string>();
        for (const { pick } of walk) {
          const before = stepper.copy(run);
          const state = JSON.stringify([before.status, before.context.steps]);
          const key = stepper.key(before);
          expect(seen.get(key) ?? state).toBe(state);
          seen.set(key, state);
          stepper.send(run, alphabet[pick % alphabet.length]!);
          expect(JSON.stringify([before.status, before.context.steps])).toBe(state);
        }
      }),
    );
  });

  it('event types: eventType and parseEventType are inverse; other types name no event', () => {
    fc.assert(
      fc.property(fc.constantFrom('COMPLETE', 'SKIP', 'RETURN') as fc.Arbitrary<'COMPLETE' | 'SKIP' | 'RETURN'>, fc.nat(), (type, step) => {
        expect(parseEventType(eventType({ type, step }))).toEqual({ type, step });
      }),
    );
    expect(parseEventType('REJECT')).toEqual({ type: 'REJECT' });
    for (const other of ['COMPLETE', 'COMPLETE.s', 'COMPLETE.s01', 'complete.s1', 'FINISH.s1', 'COMPLETE.s1.x', 'xstate.init']) expect(parseEventType(other)).toBeNull();
  });
});
