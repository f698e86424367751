// Exact fitness on small hand-computed logs (PM4Py's definitions: trace fitness = 1 − cost ÷ (trace
// length + cost of the cheapest complete model run on an empty trace); log fitness = 1 − Σ cost ÷
// Σ (length + that cost)), the deviations each alignment names, and the search bound.
import { describe, expect, it } from 'vitest';
import type { CaseEvent, LogCase, Procedure } from '../../src/domain/index.js';
import { builtInCalendar } from '../../src/calendar/index.js';
import { alignTrace, buildItemModel, checkConformance } from '../../src/conformance/index.js';
import { makeProcedure } from '../support/procedures.js';

const calendar = builtInCalendar();
/** 2026-03-02 (a Monday) 09:00 China time, plus k hours. */
const at = (k: number): number => Date.UTC(2026, 2, 2, 1 + k);

/** A case whose events complete the given activities one hour apart. */
function logCase(caseId: string, activities: string[], itemCode = 'T-001'): LogCase {
  const events: CaseEvent[] = activities.map((activity, k) => ({ activity, time: at(k), lifecycle: 'complete', resource: '', department: '', order: k }));
  return { caseId, itemCode, events, source: { file: 'log.csv', line: 2 } };
}

function check(procedure: Procedure, cases: LogCase[], maxStates?: number) {
  return checkConformance([procedure], cases, { lang: 'en', calendar, ...(maxStates !== undefined ? { maxStates } : {}) });
}

// chain: A → B → C → D, nothing conditional: the cheapest complete run costs 4.
const chain = makeProcedure([{ id: 'A', name: '受理' }, { id: 'B', predecessors: ['A'], name: '审核' }, { id: 'C', predecessors: ['B'], name: '审批' }, { id: 'D', predecessors: ['C'], name: '送达' }]);

describe('fitness of hand-computed traces on a chain', () => {
  const cases = [
    logCase('fits', ['A', 'B', 'C', 'D']),
    logCase('skips-B', ['A', 'C', 'D']),
    logCase('unknown', ['A', 'B', '盖章', 'C', 'D']),
    logCase('open', ['A', 'B']),
    logCase('swapped', ['A', 'C', 'B', 'D']),
    logCase('repeats-B', ['受理', '审核', '审核', 'C', 'D']),
  ];
  const result = check(chain, cases).items[0]!;
  const byId = new Map(result.caseResults.map((r) => [r.caseId, r]));

  it('a trace the machine accepts costs 0 and has fitness 1', () => {
    expect(byId.get('fits')).toMatchObject({ cost: 0, fitness: 1, aligned: true, deviations: [] });
  });
  it('a skipped step is one model move: 1 − 1 ÷ (3 + 4) = 6/7', () => {
    expect(byId.get('skips-B')).toMatchObject({ cost: 1, fitness: 0.857143, deviations: [{ kind: 'skipped', stepId: 'B' }] });
  });
  it('an unknown activity is one log move: 1 − 1 ÷ (5 + 4) = 8/9', () => {
    expect(byId.get('unknown')).toMatchObject({ cost: 1, fitness: 0.888889, deviations: [{ kind: 'unknown-activity', activity: '盖章' }] });
  });
  it('a case that stops after B leaves C and D as model moves: 1 − 2 ÷ (2 + 4) = 2/3, open at C', () => {
    expect(byId.get('open')).toMatchObject({ cost: 2, fitness: 0.666667, leadTimeDays: null, deviations: [{ kind: 'open', stepId: 'C' }] });
  });
  it('two swapped steps cost a log move and a model move: 1 − 2 ÷ (4 + 4) = 0.75, one step out of order', () => {
    const r = byId.get('swapped')!;
    expect(r).toMatchObject({ cost: 2, fitness: 0.75 });
    expect(r.deviations).toHaveLength(1);
    expect(r.deviations[0]!.kind).toBe('out-of-order');
  });
  it('a step done twice without a 补正 is a repetition (names resolve to steps): 1 − 1 ÷ (5 + 4) = 8/9', () => {
    expect(byId.get('repeats-B')).toMatchObject({ cost: 1, fitness: 0.888889, deviations: [{ kind: 'repeated', stepId: 'B' }] });
  });
  it('log fitness = 1 − Σ cost ÷ Σ (length + 4) = 1 − 7 ÷ 47; average fitness = the mean of the six', () => {
    // costs 0 + 1 + 1 + 2 + 2 + 1 = 7; lengths + 4: 8 + 7 + 9 + 6 + 8 + 9 = 47.
    expect(result.logFitness).toBe(Math.round((1 - 7 / 47) * 1e6) / 1e6);
    // 1 + 6/7 + 8/9 + 2/3 + 3/4 + 8/9, each rounded to 6 places first.
    const mean = (1 + 0.857143 + 0.888889 + 0.666667 + 0.75 + 0.888889) / 6;
    expect(result.averageFitness).toBe(Math.round(mean * 1e6) / 1e6);
    expect(result).toMatchObject({ cases: 6, fittingCases: 1, unalignedCases: 0 });
  });
  it('deviations are counted per item with example cases', () => {
    expect(result.deviations.find((d) => d.kind === 'skipped')).toEqual({ kind: 'skipped', stepId: 'B', count: 1, exampleCases: ['skips-B'] });
  });
});

describe('conditional steps and 补正', () => {
  // A → B (conditional) → C; C returns to A.
  const item = makeProcedure([{ id: 'A' }, { id: 'B', predecessors: ['A'], condition: '需要时' }, { id: 'C', predecessors: ['B'], returnTo: 'A' }]);

  it('skipping a conditional step costs nothing; the empty trace costs the 2 steps that cannot be skipped (fitness 0)', () => {
    const r = check(item, [logCase('skip', ['A', 'C']), logCase('all', ['A', 'B', 'C'])]).items[0]!;
    expect(r.caseResults.map((c) => [c.cost, c.fitness])).toEqual([[0, 1], [0, 1]]);
    const model = buildItemModel(item);
    expect(model.emptyTraceCost).toBe(2);
    expect(alignTrace(model.stepper, new Int32Array(0), 1000)).toMatchObject({ aligned: true, cost: 2 });
  });
  it('a repetition after the step that returns (补正) fits: the first C is its RETURN', () => {
    const r = check(item, [logCase('rework', ['A', 'B', 'C', 'A', 'B', 'C'])]).items[0]!;
    expect(r.caseResults[0]).toMatchObject({ cost: 0, fitness: 1, deviations: [] });
  });
  it('a repetition whose 补正 is missing from the log costs one model move (RETURN): 1 − 1 ÷ (5 + 2)', () => {
    const r = check(item, [logCase('no-return', ['A', 'B', 'A', 'B', 'C'])]).items[0]!;
    expect(r.caseResults[0]).toMatchObject({ cost: 1, fitness: Math.round((1 - 1 / 7) * 1e6) / 1e6, deviations: [{ kind: 'repeated', stepId: 'A' }] });
  });
});

describe('the alignment bound', () => {
  // Six steps side by side after A: 2^6 machine states, far more with the trace positions.
  const wide = makeProcedure([{ id: 'A' }, ...['B', 'C', 'D', 'E', 'F', 'G'].map((id) => ({ id, predecessors: ['A'] })), { id: 'H', predecessors: ['B', 'C', 'D', 'E', 'F', 'G'] }]);

  it('a case over --max-states is not aligned and never fitting; it is left out of the fitness figures', () => {
    const r = check(wide, [logCase('late', ['H', 'G', 'F', 'E', 'D', 'C', 'B', 'A']), logCase('fits', ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'])], 20).items[0]!;
    expect(r.caseResults[0]).toMatchObject({ aligned: false, fitness: null, cost: null });
    expect(r.caseResults[1]).toMatchObject({ aligned: true, fitness: 1 });
    expect(r).toMatchObject({ fittingCases: 1, unalignedCases: 1, logFitness: 1, averageFitness: 1 });
  });
  it('with room enough the same case aligns', () => {
    const r = check(wide, [logCase('late', ['H', 'G', 'F', 'E', 'D', 'C', 'B', 'A'])]).items[0]!;
    expect(r.caseResults[0]!.aligned).toBe(true);
    expect(r.caseResults[0]!.cost).toBeGreaterThan(0);
  });
});

describe('cases of items the catalogue lacks', () => {
  it('are reported once per item code, at the first case', () => {
    const run = checkConformance([chain], [logCase('x1', ['A'], 'NOPE'), logCase('x2', ['A'], 'NOPE'), logCase('ok', ['A', 'B', 'C', 'D'])], { lang: 'en', calendar });
    expect(run.diagnostics.map((d) => [d.code, d.itemCode, d.line])).toEqual([['UNKNOWN_ITEM', 'NOPE', 2]]);
    expect(run.diagnostics[0]!.message).toContain('2 cases');
    expect(run.items.map((i) => i.itemCode)).toEqual(['T-001']);
  });
});
