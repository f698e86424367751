// checkMachine: exact verdicts on named shapes, the maxStates bound, and wide/long items.
import { describe, expect, it } from 'vitest';
import { checkMachine } from '../../src/model/index.js';
import { makeProcedure, type StepInit } from '../support/procedures.js';

const chainOf = (n: number, extra: (i: number) => Partial<StepInit> = () => ({})) =>
  makeProcedure(Array.from({ length: n }, (_, i) => ({ id: `S${i}`, predecessors: i > 0 ? [`S${i - 1}`] : [], ...extra(i) })));

describe('checkMachine', () => {
  it('diamond with a conditional branch and a rework loop: ok, every state explored', () => {
    const p = makeProcedure([
      { id: 'A' },
      { id: 'B', predecessors: ['A'], condition: '需要时' },
      { id: 'C', predecessors: ['A'] },
      { id: 'D', predecessors: ['B', 'C'], returnTo: 'A' },
    ]);
    // Hand count: A active (1); A done with B,C ∈ {active, done/skipped} (3×2 = 6, minus the 2 with both
    // finished, which make D active instead); D active with B done|skipped (2); plus approved and rejected.
    expect(checkMachine(p)).toEqual({ status: 'ok', problems: [], statesExplored: 1 + 4 + 2 + 2 });
  });

  it('chain of 3: start, two intermediate states, approved, rejected', () => {
    expect(checkMachine(chainOf(3))).toEqual({ status: 'ok', problems: [], statesExplored: 5 });
  });

  it('a cycle in the declared order fails with the cycle named and a deadlock', () => {
    const p = makeProcedure([{ id: 'A' }, { id: 'B', predecessors: ['A', 'C'] }, { id: 'C', predecessors: ['B'] }]);
    const check = checkMachine(p);
    expect(check.status).toBe('failed');
    expect(check.problems).toContain('the declared order has a cycle (B → C → B): its steps can never start');
    expect(check.problems.some((m) => m.startsWith('deadlock: no step can act in state {"running":{"s0":"done","s1":"waiting","s2":"waiting"}}'))).toBe(true);
    expect(check.problems).toContain('approved is not reachable');
  });

  it('unknown references are reported', () => {
    const p = makeProcedure([
      { id: 'A', name: '步骤A', returnTo: 'X' },
      { id: 'B', name: '步骤B', predecessors: ['A', 'Y'] },
    ]);
    const check = checkMachine(p);
    expect(check.status).toBe('failed');
    expect(check.problems).toEqual([
      'return_to X of step A (步骤A) is not a step of the item (ignored)',
      'predecessor Y of step B (步骤B) is not a step of the item (ignored)',
    ]);
  });

  it('a search cut off by maxStates is not-exhaustively-checked, never ok', () => {
    const check = checkMachine(chainOf(20), { maxStates: 5 });
    expect(check).toEqual({ status: 'not-exhaustively-checked', problems: [], statesExplored: 5 });
    expect(checkMachine(chainOf(20), { maxStates: 22 }).status).toBe('ok');
  });

  it('a wide item (30 parallel steps) is reported not-exhaustively-checked without a search', () => {
    const p = makeProcedure([
      { id: 'IN' },
      ...Array.from({ length: 30 }, (_, i) => ({ id: `P${i}`, predecessors: ['IN'] })),
      { id: 'OUT', predecessors: Array.from({ length: 30 }, (_, i) => `P${i}`) },
    ]);
    const check = checkMachine(p);
    expect(check.status).toBe('not-exhaustively-checked');
    // Decided by the width bound (2^30 states at least) without searching: nothing explored.
    expect(check.statesExplored).toBe(0);
    expect(check.problems).toEqual([]);
  });

  it('10 parallel steps: 2^10 + 1 states, searched exhaustively', () => {
    const p = makeProcedure(Array.from({ length: 10 }, (_, i) => ({ id: `P${i}` })));
    expect(checkMachine(p)).toEqual({ status: 'ok', problems: [], statesExplored: 2 ** 10 + 1 });
  });

  it('a 50-step chain with rework loops is ok', () => {
    const check = checkMachine(chainOf(50, (i) => ({ returnTo: i % 10 === 9 ? `S${i - 5}` : null })));
    expect(check).toEqual({ status: 'ok', problems: [], statesExplored: 52 });
  });
});
