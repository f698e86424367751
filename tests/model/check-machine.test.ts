// checkMachine: exact verdicts on named shapes, the maxStates bound, the size limit, and wide/long/dense items.
import { describe, expect, it } from 'vitest';
import { CHECK_LIMITS, checkMachine } from '../../src/model/index.js';
import { makeProcedure, type StepInit } from '../support/procedures.js';

const chainOf = (n: number, extra: (i: number) => Partial<StepInit> = () => ({})) =>
  makeProcedure(Array.from({ length: n }, (_, i) => ({ id: `S${i}`, predecessors: i > 0 ? [`S${i - 1}`] : [], ...extra(i) })));
/** Every step after all earlier ones: n(n-1)/2 links, one reachable state per finished prefix. */
const denseOf = (n: number) => makeProcedure(Array.from({ length: n }, (_, i) => ({ id: `S${i}`, predecessors: Array.from({ length: i }, (_, j) => `S${j}`) })));

describe('checkMachine', () => {
  it('diamond with a conditional branch and a rework loop: ok, every state explored', () => {
    const p = makeProcedure([
      { id: 'A' },
      { id: 'B', predecessors: ['A'], condition: '需要时' },
      { id: 'C', predecessors: ['A'] },
      { id: 'D', predecessors: ['B', 'C'], returnTo: 'A' },
    ]);
    // Hand count, a skipped step counted as its done twin (the search merges them): A active (1); A done
    // with B, C each active or finished, not both finished (3); D active (1); approved and rejected (2).
    expect(checkMachine(p, { lang: 'en' })).toEqual({ status: 'ok', problems: [], statesExplored: 1 + 3 + 1 + 2, notChecked: null });
  });

  it('a chain of 30 conditional steps: 30 running states with skipped merged into done (2^30 without), approved, rejected; ok', () => {
    expect(checkMachine(chainOf(30, () => ({ condition: '需要时' })), { lang: 'en' })).toEqual({ status: 'ok', problems: [], statesExplored: 32, notChecked: null });
  });

  it('chain of 3: start, two intermediate states, approved, rejected', () => {
    expect(checkMachine(chainOf(3), { lang: 'en' })).toEqual({ status: 'ok', problems: [], statesExplored: 5, notChecked: null });
  });

  it('a step id used twice fails by name (the importer refuses such items; an API caller may not)', () => {
    const p = makeProcedure([{ id: 'A' }, { id: 'B', predecessors: ['A'] }, { id: 'A', name: '另一个' }]);
    expect(checkMachine(p, { lang: 'en' })).toEqual({ status: 'failed', problems: ['step id A is used twice; the second step is unreachable by name'], statesExplored: 7, notChecked: null });
    expect(checkMachine(p, { lang: 'zh-CN' }).problems).toEqual(['环节编号 A 重复使用，后一个环节无法按编号引用']);
  });

  it('a cycle in the declared order fails with the cycle named and a deadlock', () => {
    const p = makeProcedure([{ id: 'A' }, { id: 'B', predecessors: ['A', 'C'] }, { id: 'C', predecessors: ['B'] }]);
    const check = checkMachine(p, { lang: 'en' });
    expect(check.status).toBe('failed');
    expect(check.problems).toContain('the declared order has a cycle (B → C → B): its steps can never start');
    expect(check.problems).toContain('deadlock: no step can act in state {s0:done,s1:waiting,s2:waiting}');
    expect(check.problems).toContain('approved is not reachable');
    // In Chinese the state names the item's steps by id with their states worded.
    expect(checkMachine(p, { lang: 'zh-CN' }).problems).toContain('死锁：在状态（A 已完成，B 等待，C 等待）下没有环节可以办理');
  });

  it('unknown references are reported', () => {
    const p = makeProcedure([{ id: 'A', name: '步骤A', returnTo: 'X' }, { id: 'B', name: '步骤B', predecessors: ['A', 'Y'] }]);
    const check = checkMachine(p, { lang: 'en' });
    expect(check.status).toBe('failed');
    expect(check.problems).toEqual([
      'return_to X of step A (步骤A) is not a step of the item (ignored)',
      'predecessor Y of step B (步骤B) is not a step of the item (ignored)',
    ]);
  });

  it('a search cut off by maxStates is not-exhaustively-checked, never ok', () => {
    const check = checkMachine(chainOf(20), { lang: 'en', maxStates: 5 });
    expect(check).toEqual({ status: 'not-exhaustively-checked', problems: [], statesExplored: 5, notChecked: null });
    expect(checkMachine(chainOf(20), { lang: 'en', maxStates: 22 }).status).toBe('ok');
  });

  it('a wide item (30 parallel steps) is reported not-exhaustively-checked without a search', () => {
    const p = makeProcedure([
      { id: 'IN' },
      ...Array.from({ length: 30 }, (_, i) => ({ id: `P${i}`, predecessors: ['IN'] })),
      { id: 'OUT', predecessors: Array.from({ length: 30 }, (_, i) => `P${i}`) },
    ]);
    const check = checkMachine(p, { lang: 'en' });
    expect(check.status).toBe('not-exhaustively-checked');
    // Decided by the width bound (2^30 states at least) without searching: nothing explored.
    expect(check.statesExplored).toBe(0);
    expect(check.problems).toEqual([]);
  });

  it('10 parallel steps: 2^10 + 1 states, searched exhaustively', () => {
    const p = makeProcedure(Array.from({ length: 10 }, (_, i) => ({ id: `P${i}` })));
    expect(checkMachine(p, { lang: 'en' })).toEqual({ status: 'ok', problems: [], statesExplored: 2 ** 10 + 1, notChecked: null });
  });

  it('the width bound: a level of k parallel steps is searched while 2^k ≤ maxStates, else decided unsearched', () => {
    const p = makeProcedure(Array.from({ length: 10 }, (_, i) => ({ id: `P${i}` })));
    // 2^10 = maxStates: searched, and cut off one state short of its 2^10 + 1.
    expect(checkMachine(p, { lang: 'en', maxStates: 2 ** 10 })).toEqual({ status: 'not-exhaustively-checked', problems: [], statesExplored: 2 ** 10, notChecked: null });
    expect(checkMachine(p, { lang: 'en', maxStates: 2 ** 10 - 1 })).toEqual({ status: 'not-exhaustively-checked', problems: [], statesExplored: 0, notChecked: null });
  });

  it('a 50-step chain with rework loops is ok', () => {
    const check = checkMachine(chainOf(50, (i) => ({ returnTo: i % 10 === 9 ? `S${i - 5}` : null })), { lang: 'en' });
    expect(check).toEqual({ status: 'ok', problems: [], statesExplored: 52, notChecked: null });
  });

  it('dense 300-step DAG (every step after all earlier ones) with maxStates 10: not-exhaustively-checked after 10 states', () => {
    const check = checkMachine(denseOf(300), { lang: 'en', maxStates: 10 });
    expect(check).toEqual({ status: 'not-exhaustively-checked', problems: [], statesExplored: 10, notChecked: null });
  });

  it('dense 60-step DAG: one state per finished prefix, ok', () => {
    expect(checkMachine(denseOf(60), { lang: 'en' })).toEqual({ status: 'ok', problems: [], statesExplored: 62, notChecked: null });
  });

  it('over the size limit: not-checked with the size named, structural problems still found', () => {
    const steps = CHECK_LIMITS.steps + 1;
    expect(checkMachine(chainOf(steps), { lang: 'en' })).toEqual({ status: 'not-checked', problems: [], statesExplored: 0, notChecked: `${steps} steps > ${CHECK_LIMITS.steps}` });
    const cyclic = chainOf(steps, (i) => (i === 0 ? { predecessors: [`S${steps - 1}`] } : {}));
    const check = checkMachine(cyclic, { lang: 'en' });
    expect(check.status).toBe('failed');
    expect(check.problems).toHaveLength(1);
    expect(check.problems[0]).toMatch(/^the declared order has a cycle \(S0 → S1 → /);
    expect(check.notChecked).toBe(`${steps} steps > ${CHECK_LIMITS.steps}`);
    // 317 dense steps have 317 × 316 / 2 = 50 086 links.
    expect(checkMachine(denseOf(317), { lang: 'en' }).notChecked).toBe(`50086 order links > ${CHECK_LIMITS.links}`);
    expect(checkMachine(denseOf(316), { lang: 'en' }).notChecked).toBeNull();
  });

  it('rework to the first step: the witness asks RETURN to be refused while C waits and once C is done; ok', () => {
    // With the guard's "returning step is active" dropped, this item fails with
    // 'RETURN.s2 is accepted while C (步骤C) is waiting and A (步骤A) is done' (and '… is done …').
    const p = makeProcedure([{ id: 'A' }, { id: 'B', predecessors: ['A'] }, { id: 'C', predecessors: ['B'], returnTo: 'A' }, { id: 'D', predecessors: ['C'] }]);
    expect(checkMachine(p, { lang: 'en' })).toEqual({ status: 'ok', problems: [], statesExplored: 6, notChecked: null });
  });
});
