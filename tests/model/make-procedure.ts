// Test helpers: Procedure objects built directly (no importer) and a random acyclic procedure
// arbitrary using relative predecessor offsets (libraries.md §7: acyclic by construction, shrinks well).

import fc from 'fast-check';
import type { Procedure, Step } from '../../src/domain/index.js';

export interface StepSpec {
  id: string;
  preds?: string[];
  condition?: string;
  returnTo?: string | null;
  name?: string;
  department?: string;
}

/** A procedure from short step specs; every other field gets a neutral value. */
export function makeProcedure(specs: StepSpec[], itemCode = 'T-001'): Procedure {
  const steps: Step[] = specs.map((s, i) => ({
    id: s.id,
    name: s.name ?? `步骤${s.id}`,
    department: s.department ?? '审批科',
    role: 'review',
    roles: ['review'],
    typeWord: '',
    durationDays: 1,
    waitDays: 0,
    durationMissing: false,
    countsTowardLimit: true,
    predecessors: s.preds ?? [],
    hardPredecessors: [],
    inputs: [],
    outputs: [],
    applicantVisit: false,
    condition: s.condition ?? '',
    returnTo: s.returnTo ?? null,
    attributes: {},
    line: i + 2,
  }));
  return {
    itemCode,
    itemName: '测试事项',
    legalLimitDays: null,
    promisedLimitDays: null,
    steps,
    source: { file: 'test.csv', line: 2 },
  };
}

/**
 * Random acyclic procedures of 1..maxN steps: step i's predecessors are i-1-k for offsets k, some
 * steps conditional, some with a return_to an earlier step (any earlier step, not only ancestors).
 */
export function procedureArb(maxN: number, options: { returns?: boolean } = {}): fc.Arbitrary<Procedure> {
  const row = fc.record({
    offsets: fc.uniqueArray(fc.nat({ max: maxN - 1 }), { maxLength: 3 }),
    conditional: fc.boolean(),
    back: options.returns === false ? fc.constant(null) : fc.option(fc.nat({ max: maxN - 1 }), { nil: null }),
  });
  return fc.array(row, { minLength: 1, maxLength: maxN }).map((rows) =>
    makeProcedure(
      rows.map((r, i) => {
        const back = r.back === null ? -1 : i - 1 - r.back;
        return {
          id: `T${i}`,
          preds: [...new Set(r.offsets.map((k) => i - 1 - k).filter((j) => j >= 0))].map((j) => `T${j}`),
          condition: r.conditional ? '需要时' : '',
          returnTo: back >= 0 ? `T${back}` : null,
        };
      }),
    ),
  );
}

/**
 * Random procedures of 1..maxN steps with everything the importer lets through: predecessors and
 * return_to naming any step (so cycles and self-references), unknown ids (`T<k>` for k ≥ steps) and
 * now and then a step id used twice; some steps conditional.
 */
export function messyProcedureArb(maxN: number): fc.Arbitrary<Procedure> {
  const ref = fc.nat({ max: maxN });
  const row = fc.record({
    twinOf: fc.option(fc.nat({ max: maxN - 1 }), { nil: null, freq: 6 }),
    preds: fc.array(ref, { maxLength: 3 }),
    conditional: fc.boolean(),
    back: fc.option(ref, { nil: null }),
  });
  return fc.array(row, { minLength: 1, maxLength: maxN }).map((rows) =>
    makeProcedure(
      rows.map((r, i) => ({
        id: r.twinOf !== null && r.twinOf < i ? `T${r.twinOf}` : `T${i}`,
        preds: r.preds.map((k) => `T${k}`),
        condition: r.conditional ? '需要时' : '',
        returnTo: r.back === null ? null : `T${r.back}`,
      })),
    ),
  );
}

/** The procedure with every step id (and every reference, known or not) renamed by `rename`, new names and other labels. */
export function relabel(procedure: Procedure, rename: (id: string) => string, name: (i: number) => string): Procedure {
  return {
    ...procedure,
    itemCode: `${procedure.itemCode}-relabelled`,
    steps: procedure.steps.map((step, i) => ({
      ...step,
      id: rename(step.id),
      name: name(i),
      department: `${step.department}二`,
      condition: step.condition === '' ? '' : `${step.condition}（另）`,
      predecessors: step.predecessors.map(rename),
      returnTo: step.returnTo === null ? null : rename(step.returnTo),
    })),
  };
}
