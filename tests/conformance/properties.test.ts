// Properties of conformance on random procedures (acyclic, conditional steps, return_to): a case
// made by running the item's machine fits with fitness 1 (and the search alone finds cost 0, not
// only the fast replay); deleting k events of a fitting case costs at most k; inserting an activity
// the item does not have costs exactly 1.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignTrace, buildItemModel, replayTrace, simulateRun, traceOf } from '../../src/conformance/index.js';
import { createUniformSource } from '../../src/stats/index.js';
import { procedureArb } from '../support/procedure-arbitraries.js';

const MAX_STATES = 200_000;
const caseArb = fc.record({ procedure: procedureArb(7), seed: fc.integer() });

describe('alignment properties', () => {
  it('a case produced by running the machine fits: fast replay or search, cost 0', () => {
    fc.assert(
      fc.property(caseArb, ({ procedure, seed }) => {
        const model = buildItemModel(procedure);
        const trace = Int32Array.from(traceOf(simulateRun(model.stepper, createUniformSource(seed), { returnChance: 0.2 })));
        const alignment = alignTrace(model.stepper, trace, MAX_STATES);
        expect(alignment).toMatchObject({ aligned: true, cost: 0 });
        // The fast path may miss a fitting trace (it then falls back to the search) but never accepts a wrong one.
        const fast = replayTrace(model.stepper, trace);
        if (fast !== null) expect(fast.filter((m) => m.kind === 'sync')).toHaveLength(trace.length);
      }),
      { numRuns: 300 },
    );
  });

  it('without 补正 the fast replay alone accepts every run of the machine (unnamed conditional steps skipped)', () => {
    fc.assert(
      fc.property(caseArb, ({ procedure, seed }) => {
        const model = buildItemModel(procedure);
        const trace = Int32Array.from(traceOf(simulateRun(model.stepper, createUniformSource(seed), { returnChance: 0 })));
        expect(replayTrace(model.stepper, trace)).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('deleting k events of a fitting case costs at most k', () => {
    fc.assert(
      fc.property(caseArb, fc.array(fc.nat(), { maxLength: 4 }), ({ procedure, seed }, picks) => {
        const model = buildItemModel(procedure);
        const trace = traceOf(simulateRun(model.stepper, createUniformSource(seed), { returnChance: 0.2 }));
        const kept = trace.slice();
        let k = 0;
        for (const p of picks) {
          if (kept.length === 0) break;
          kept.splice(p % kept.length, 1);
          k++;
        }
        const alignment = alignTrace(model.stepper, Int32Array.from(kept), MAX_STATES);
        expect(alignment.aligned).toBe(true);
        if (alignment.aligned) expect(alignment.cost).toBeLessThanOrEqual(k);
      }),
      { numRuns: 300 },
    );
  });

  it('inserting an activity the item does not have costs exactly 1', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ({ procedure, seed }, where) => {
        const model = buildItemModel(procedure);
        const trace = traceOf(simulateRun(model.stepper, createUniformSource(seed), { returnChance: 0.2 }));
        trace.splice(where % (trace.length + 1), 0, -1);
        expect(alignTrace(model.stepper, Int32Array.from(trace), MAX_STATES)).toMatchObject({ aligned: true, cost: 1 });
      }),
      { numRuns: 300 },
    );
  });

  it('the optimal cost never exceeds all log moves plus the cheapest model run', () => {
    fc.assert(
      fc.property(procedureArb(6), fc.array(fc.integer({ min: -1, max: 5 }), { maxLength: 8 }), (procedure, raw) => {
        const model = buildItemModel(procedure);
        const trace = Int32Array.from(raw.map((s) => (s < model.shape.n ? s : -1)));
        const alignment = alignTrace(model.stepper, trace, MAX_STATES);
        expect(alignment.aligned).toBe(true);
        if (alignment.aligned) expect(alignment.cost).toBeLessThanOrEqual(trace.length + model.emptyTraceCost);
      }),
      { numRuns: 300 },
    );
  });
});
