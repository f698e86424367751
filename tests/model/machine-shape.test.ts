// Machine shapes: the key ignores labels and resolves references as buildStepGraph does; checkMachines
// checks each shape once and renders its result with every item's own steps, exactly as checkMachine.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Procedure, Step } from '../../src/domain/index.js';
import { buildMachineShape, buildStepGraph, checkMachine, checkMachines, groupByMachineShape, machineShapeKey } from '../../src/model/index.js';
import { messyProcedureArb, relabel } from '../support/procedure-arbitraries.js';
import { makeProcedure } from '../support/procedures.js';

const keyOf = (p: Procedure): string => machineShapeKey(buildMachineShape(buildStepGraph(p)));

const chain = makeProcedure([{ id: 'A' }, { id: 'B', predecessors: ['A'] }, { id: 'C', predecessors: ['B'] }], { code: 'CH-1' });
const chainRenamed = makeProcedure(
  [
    { id: '受理', name: '窗口受理', department: '政务服务中心' },
    { id: '审查', name: '材料审查', predecessors: ['受理'] },
    { id: '决定', name: '作出决定', predecessors: ['审查'] },
  ],
  { code: 'CH-2' },
);
/** B waits for C and C for B: both never start. */
const cycle = makeProcedure(
  [
    { id: 'A', name: '步骤A' },
    { id: 'B', name: '步骤B', predecessors: ['A', 'C'] },
    { id: 'C', name: '步骤C', predecessors: ['B'] },
  ],
  { code: 'CY-1' },
);
const cycleRenamed = makeProcedure(
  [
    { id: '受理', name: '窗口受理' },
    { id: '审查', name: '材料审查', predecessors: ['受理', '复核'] },
    { id: '复核', name: '科室复核', predecessors: ['审查'] },
  ],
  { code: 'CY-2' },
);

/** Every item checked by shape, in this thread, with the shape count it reported. */
async function checkByShape(procedures: Procedure[], maxStates?: number) {
  let shapes = -1;
  const checks = await checkMachines(procedures, { lang: 'en',
    workers: 0,
    ...(maxStates === undefined ? {} : { maxStates }),
    onShapes: (count) => (shapes = count),
  });
  return { checks, shapes };
}

describe('machineShapeKey', () => {
  it('chain and diamond: predecessor indices, ? for a conditional step, >r for a return_to', () => {
    expect(keyOf(chain)).toBe('3:;0;1');
    const diamond = makeProcedure([
      { id: 'A' },
      { id: 'B', predecessors: ['A'], condition: '需要时' },
      { id: 'C', predecessors: ['A'] },
      { id: 'D', predecessors: ['C', 'B'], returnTo: 'A' },
    ]);
    expect(keyOf(diamond)).toBe('4:;0?;0;1,2>0');
  });

  it('same-shape pair with other ids, names and departments: equal keys', () => {
    expect(keyOf(chainRenamed)).toBe(keyOf(chain));
    expect(keyOf(cycleRenamed)).toBe(keyOf(cycle));
    expect(keyOf(cycle)).not.toBe(keyOf(chain));
  });

  it('unknown, repeated and self references are ignored as buildStepGraph ignores them', () => {
    const messy = makeProcedure([{ id: 'A', returnTo: 'A' }, { id: 'B', predecessors: ['A', 'A', 'X', 'B'], returnTo: 'Y' }, { id: 'C', predecessors: ['B'] }]);
    expect(keyOf(messy)).toBe(keyOf(chain));
  });

  it('an empty item and a one-step item differ', () => {
    expect(keyOf(makeProcedure([]))).not.toBe(keyOf(makeProcedure([{ id: 'A' }])));
  });

  it('renaming steps (ids, references, names, condition text) keeps the key', () => {
    fc.assert(
      fc.property(messyProcedureArb(6), fc.constantFrom('步骤-', 'x_', 'T'), fc.string(), (p, prefix, name) => {
        expect(keyOf(relabel(p, (id) => `${prefix}${id}`, (i) => `${name}${i}`))).toBe(keyOf(p));
      }),
    );
  });

  it('changing a condition, a resolved predecessor or the return_to target changes the key', () => {
    fc.assert(
      fc.property(messyProcedureArb(6), fc.nat(), fc.nat(), fc.constantFrom('condition', 'predecessor', 'returnTo'), (p, a, b, what) => {
        const graph = buildStepGraph(p);
        const i = a % graph.n;
        const j = b % graph.n;
        const step = p.steps[i]!;
        let changed: Step;
        if (what === 'condition') {
          changed = { ...step, condition: step.condition === '' ? '需要时' : '' };
        } else {
          // Step j must be the one its id names (not a second step with a used id) and not step i.
          fc.pre(j !== i && graph.indexOf.get(graph.ids[j]!) === j);
          const id = graph.ids[j]!;
          if (what === 'predecessor') {
            const has = step.predecessors.includes(id);
            changed = { ...step, predecessors: has ? step.predecessors.filter((q) => q !== id) : [...step.predecessors, id] };
          } else {
            const current = step.returnTo === null ? undefined : graph.indexOf.get(step.returnTo);
            changed = { ...step, returnTo: current === j ? null : id };
          }
        }
        const steps = p.steps.map((s, k) => (k === i ? changed : s));
        expect(keyOf({ ...p, steps })).not.toBe(keyOf(p));
      }),
    );
  });
});

describe('groupByMachineShape', () => {
  it('shapes in order of their first item', () => {
    const groups = groupByMachineShape([chain, cycle, chainRenamed, cycleRenamed, chain].map(buildStepGraph));
    expect(groups).toEqual({ representatives: [0, 1], shapeOf: [0, 1, 0, 1, 0] });
  });
});

describe('checkMachines by machine shape', () => {
  it('more shapes than one batch: the shapes and items counted before, progress in items after each batch of 25 shapes', async () => {
    // 55 shapes (chains of 1 to 55 steps), shape k in k % 3 + 1 items: 109 items. Batches of shapes
    // 0–24, 25–49 and 50–54 cover 49, 50 and 10 items.
    const items: Procedure[] = [];
    for (let k = 0; k < 55; k++) {
      const steps = Array.from({ length: k + 1 }, (_, i) => ({ id: `S${i}`, predecessors: i > 0 ? [`S${i - 1}`] : [] }));
      for (let copy = 0; copy <= k % 3; copy++) items.push(makeProcedure(steps, { code: `C${k}-${copy}` }));
    }
    const counted: [number, number][] = [];
    const progress: [number, number][] = [];
    const checks = await checkMachines(items, {
      lang: 'en',
      workers: 0,
      onShapes: (shapes, total) => counted.push([shapes, total]),
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(counted).toEqual([[55, 109]]);
    expect(progress).toEqual([
      [49, 109],
      [99, 109],
      [109, 109],
    ]);
    expect(checks.map((c) => c.statesExplored)).toEqual(items.map((p) => p.steps.length + 2));
    expect(checks.every((c) => c.status === 'ok')).toBe(true);
    // Exactly two batches for the first 50 shapes (99 items); no callbacks asked for, none called.
    const first50 = items.filter((p) => p.steps.length <= 50);
    progress.length = 0;
    await checkMachines(first50, { workers: 0, onProgress: (done, total) => progress.push([done, total]) });
    expect(progress).toEqual([
      [49, 99],
      [99, 99],
    ]);
    expect(await checkMachines(first50, { lang: 'en', workers: 0 })).toEqual(checks.slice(0, 99));
  });

  it('same-shape pair with a cycle: one shape checked, each item names its own steps', async () => {
    const { checks, shapes } = await checkByShape([cycle, cycleRenamed]);
    expect(shapes).toBe(1);
    const deadlock = 'deadlock: no step can act in state {s0:done,s1:waiting,s2:waiting}';
    const unapproved = [
      'approved is not reachable',
      'approved cannot be reached from state {s0:active,s1:waiting,s2:waiting}',
      'approved cannot be reached from state {s0:done,s1:waiting,s2:waiting}',
    ];
    expect(checks[0]).toEqual({
      status: 'failed',
      problems: [
        'the declared order has a cycle (B → C → B): its steps can never start',
        deadlock,
        'step B (步骤B) never reaches: active, done',
        'step C (步骤C) never reaches: active, done',
        ...unapproved,
      ],
      statesExplored: 3,
      notChecked: null,
    });
    expect(checks[1]).toEqual({
      status: 'failed',
      problems: [
        'the declared order has a cycle (审查 → 复核 → 审查): its steps can never start',
        deadlock,
        'step 审查 (材料审查) never reaches: active, done',
        'step 复核 (科室复核) never reaches: active, done',
        ...unapproved,
      ],
      statesExplored: 3,
      notChecked: null,
    });
    expect(checks).toEqual([checkMachine(cycle, { lang: 'en' }), checkMachine(cycleRenamed, { lang: 'en' })]);
  });

  it('different shapes get their own results; a repeated shape is checked once', async () => {
    const items = [chain, cycle, chainRenamed];
    const { checks, shapes } = await checkByShape(items);
    expect(shapes).toBe(2);
    expect(checks[0]).toEqual({ status: 'ok', problems: [], statesExplored: 5, notChecked: null });
    expect(checks[1]!.status).toBe('failed');
    expect(checks[2]).toEqual(checks[0]);
    expect(checks).toEqual(items.map((p) => checkMachine(p, { lang: 'en' })));
  });

  it('same-shape pair, one with an unknown predecessor: only that item fails', async () => {
    const withUnknown = makeProcedure(
      [
        { id: 'A', name: '步骤A' },
        { id: 'B', name: '步骤B', predecessors: ['A', 'Z'] },
        { id: 'C', name: '步骤C', predecessors: ['B'] },
      ],
      { code: 'CH-3' },
    );
    const { checks, shapes } = await checkByShape([chain, withUnknown]);
    expect(shapes).toBe(1);
    expect(checks[0]!.status).toBe('ok');
    expect(checks[1]).toEqual({
      status: 'failed',
      problems: ['predecessor Z of step B (步骤B) is not a step of the item (ignored)'],
      statesExplored: 5,
      notChecked: null,
    });
  });

  it('a catalogue checked by shape gives every item exactly its own checkMachine result', async () => {
    const item = fc.tuple(messyProcedureArb(5), fc.constantFrom('甲-', 'x_'), fc.string({ maxLength: 4 }));
    await fc.assert(
      fc.asyncProperty(fc.array(item, { minLength: 1, maxLength: 6 }), fc.constantFrom(4, 5000), async (rows, maxStates) => {
        // Each item followed by a relabelled copy of the same shape.
        const procedures = rows.flatMap(([p, prefix, name]) => [p, relabel(p, (id) => `${prefix}${id}`, (i) => `${name}${i}`)]);
        const { checks, shapes } = await checkByShape(procedures, maxStates);
        expect(shapes).toBeLessThanOrEqual(rows.length);
        expect(checks).toEqual(procedures.map((p) => checkMachine(p, { lang: 'en', maxStates })));
      }),
      { numRuns: 40 },
    );
  });
});
