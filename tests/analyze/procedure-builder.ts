// Test helper: builds Procedure objects directly (no CSV), with contract defaults for omitted cells.

import type { Procedure, Role, Step } from '../../src/domain/index.js';

export type StepInit = Partial<Omit<Step, 'id'>> & { id: string };

/** A step with the CSV contract's defaults: role review, 0 days, counts toward the limit unless an Art. 45 role. */
export function makeStep(init: StepInit): Step {
  const role: Role = init.role ?? 'review';
  return {
    name: init.id,
    department: '窗口',
    durationDays: 0,
    waitDays: 0,
    durationMissing: false,
    countsTowardLimit: !(role === 'hearing' || role === 'expert' || role === 'intermediary'),
    predecessors: [],
    hardPredecessors: [],
    inputs: [],
    outputs: [],
    applicantVisit: false,
    condition: '',
    returnTo: null,
    attributes: {},
    line: 0,
    typeWord: '',
    ...init,
    role,
    roles: init.roles ?? [role],
  };
}

/** A procedure of the given steps (file order = array order). */
export function makeProcedure(
  steps: readonly StepInit[],
  limits: { legal?: number | null; promised?: number | null; code?: string } = {},
): Procedure {
  return {
    itemCode: limits.code ?? 'T-001',
    itemName: '测试事项',
    legalLimitDays: limits.legal ?? null,
    promisedLimitDays: limits.promised ?? null,
    steps: steps.map((s, i) => makeStep({ line: i + 2, ...s })),
    source: { file: 'test.csv', line: 2 },
  };
}
