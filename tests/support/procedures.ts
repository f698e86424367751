// The one test builder of steps and procedures (no CSV, no importer). Every omitted field takes the
// CSV contract's default for an omitted or empty cell: role review, 0 days, no wait, counted toward
// the limit unless an Art. 45 role (hearing, expert, intermediary), no lists, no visit, no condition.
// The name defaults to the id and the department to 窗口. A test that relies on a value says it.

import type { Procedure, Role, Step } from '../../src/domain/index.js';

export type StepInit = Partial<Omit<Step, 'id'>> & { id: string };

/** Roles whose time does not run the statutory clock by default (行政许可法 Art. 45). */
const OFF_THE_CLOCK: readonly Role[] = ['hearing', 'expert', 'intermediary'];

/** A step with the contract's defaults for every field not given. */
export function makeStep(init: StepInit): Step {
  const role: Role = init.role ?? 'review';
  return {
    name: init.id,
    department: '窗口',
    durationDays: 0,
    waitDays: 0,
    durationMissing: false,
    countsTowardLimit: !OFF_THE_CLOCK.includes(role),
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

/** What an item carries besides its steps; defaults: code T-001, name 测试事项, no limits. */
export interface ItemInit {
  code?: string;
  name?: string;
  legal?: number | null;
  promised?: number | null;
}

/** A procedure of the given steps (file order = array order; step i on CSV line i + 2 unless given). */
export function makeProcedure(steps: readonly StepInit[], item: ItemInit = {}): Procedure {
  return {
    itemCode: item.code ?? 'T-001',
    itemName: item.name ?? '测试事项',
    legalLimitDays: item.legal ?? null,
    promisedLimitDays: item.promised ?? null,
    steps: steps.map((s, i) => makeStep({ line: i + 2, ...s })),
    source: { file: 'test.csv', line: 2 },
  };
}
