// Property tests: the event sequences a generated machine accepts up to `approved` are exactly the
// linear extensions of the declared order (each conditional step completed or skipped), counted by
// brute force over permutations; @xstate/graph's paths agree; every step state is reachable; the JSON
// round trip accepts the same sequences.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getShortestPaths, getSimplePaths } from '@xstate/graph';
import { initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import type { Procedure } from '../../src/domain/index.js';
import { buildMachine, buildMachineConfig, checkMachine, machineFromJson, stepEvents } from '../../src/model/index.js';
import { procedureArb } from '../support/procedure-arbitraries.js';

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
    const key = JSON.stringify(snapshot.value);
    const known = memo.get(key);
    if (known !== undefined) return known;
    const running = (snapshot.value as { running: Record<string, string> }).running;
    const isFinished = (v: number) => running[`s${v}`] === 'done' || running[`s${v}`] === 'skipped';
    let total = 0;
    for (const type of events) {
      if (!snapshot.can({ type })) continue;
      const v = Number(type.split('.')[1]!.slice(1));
      // Taken only when the step is active, i.e. all its predecessors are finished and it is not.
      expect(running[`s${v}`]).toBe('active');
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
          serializeState: (s: AnyMachineSnapshot) => JSON.stringify(s.value),
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
