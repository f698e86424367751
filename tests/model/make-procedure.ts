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
