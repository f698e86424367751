// Example tests on named shapes: exact step states after given event sequences, early events refused.
import { describe, expect, it } from 'vitest';
import { createActor, createMachine, initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import { buildMachine, buildMachineConfig, machineFromJson, machineId, stepEvents, type StepContext } from '../../src/model/index.js';
import { makeProcedure } from '../support/procedures.js';

/** A snapshot as tests read it: each step's state by key while running, else the final state's name. */
function view(snapshot: AnyMachineSnapshot): unknown {
  if (snapshot.value !== 'running') return snapshot.value;
  return Object.fromEntries((snapshot.context as StepContext).steps.map((state, i) => [`s${i}`, state]));
}

/** Sends events in order; each must be accepted. Returns the view after each event. */
function run(machine: AnyStateMachine, events: string[]) {
  const actor = createActor(machine).start();
  const values: unknown[] = [view(actor.getSnapshot())];
  for (const type of events) {
    expect(actor.getSnapshot().can({ type }), `${type} accepted`).toBe(true);
    actor.send({ type });
    values.push(view(actor.getSnapshot()));
  }
  return { actor, values };
}

const chain = makeProcedure([
  { id: 'A', name: '受理' },
  { id: 'B', name: '审查', predecessors: ['A'] },
  { id: 'C', name: '决定', predecessors: ['B'] },
]);
const diamond = makeProcedure([
  { id: 'A' },
  { id: 'B', predecessors: ['A'] },
  { id: 'C', predecessors: ['A'] },
  { id: 'D', predecessors: ['B', 'C'] },
]);

describe('buildMachine on named shapes', () => {
  it('chain: one step at a time, early events refused', () => {
    const m = buildMachine(chain);
    const { actor, values } = run(m, ['COMPLETE.s0', 'COMPLETE.s1', 'COMPLETE.s2']);
    expect(values).toEqual([
      { s0: 'active', s1: 'waiting', s2: 'waiting' },
      { s0: 'done', s1: 'active', s2: 'waiting' },
      { s0: 'done', s1: 'done', s2: 'active' },
      'approved',
    ]);
    expect(actor.getSnapshot().status).toBe('done');
    const [s0] = initialTransition(m);
    expect(s0.can({ type: 'COMPLETE.s1' })).toBe(false);
    expect(s0.can({ type: 'COMPLETE.s2' })).toBe(false);
    expect(s0.can({ type: 'SKIP.s0' })).toBe(false); // not conditional
    const [after] = transition(m, s0, { type: 'COMPLETE.s2' });
    expect(view(after)).toEqual(view(s0));
  });

  it('diamond: both branches start together; the join waits for both', () => {
    const { values } = run(buildMachine(diamond), ['COMPLETE.s0', 'COMPLETE.s2', 'COMPLETE.s1', 'COMPLETE.s3']);
    expect(values).toEqual([
      { s0: 'active', s1: 'waiting', s2: 'waiting', s3: 'waiting' },
      { s0: 'done', s1: 'active', s2: 'active', s3: 'waiting' },
      { s0: 'done', s1: 'active', s2: 'done', s3: 'waiting' },
      { s0: 'done', s1: 'done', s2: 'done', s3: 'active' },
      'approved',
    ]);
    const actor = createActor(buildMachine(diamond)).start();
    actor.send({ type: 'COMPLETE.s0' });
    actor.send({ type: 'COMPLETE.s1' });
    expect(actor.getSnapshot().can({ type: 'COMPLETE.s3' })).toBe(false);
  });

  it('fan-out: three sinks; approved only when the last one is done', () => {
    const fanOut = makeProcedure([{ id: 'A' }, { id: 'B', predecessors: ['A'] }, { id: 'C', predecessors: ['A'] }, { id: 'D', predecessors: ['A'] }]);
    const { values } = run(buildMachine(fanOut), ['COMPLETE.s0', 'COMPLETE.s3', 'COMPLETE.s1', 'COMPLETE.s2']);
    expect(values.slice(1)).toEqual([
      { s0: 'done', s1: 'active', s2: 'active', s3: 'active' },
      { s0: 'done', s1: 'active', s2: 'active', s3: 'done' },
      { s0: 'done', s1: 'done', s2: 'active', s3: 'done' },
      'approved',
    ]);
  });

  it('conditional-step: skipped instead of completed, and the successor starts', () => {
    const p = makeProcedure([{ id: 'A' }, { id: 'B', predecessors: ['A'], condition: '需现场勘验时' }, { id: 'C', predecessors: ['B'] }]);
    const m = buildMachine(p);
    const [s0] = initialTransition(m);
    expect(s0.can({ type: 'SKIP.s1' })).toBe(false); // not active yet
    const { values } = run(m, ['COMPLETE.s0', 'SKIP.s1', 'COMPLETE.s2']);
    expect(values.slice(1)).toEqual([
      { s0: 'done', s1: 'active', s2: 'waiting' },
      { s0: 'done', s1: 'skipped', s2: 'active' },
      'approved',
    ]);
    expect(run(m, ['COMPLETE.s0', 'COMPLETE.s1', 'COMPLETE.s2']).values.at(-1)).toBe('approved');
  });

  it('rework-loop: RETURN makes the returned-to step active and its descendants waiting; others keep their state', () => {
    // A → B → C (C returns to B), A → D in parallel.
    const p = makeProcedure([
      { id: 'A', name: '受理' },
      { id: 'B', name: '审查', predecessors: ['A'] },
      { id: 'C', name: '复核', predecessors: ['B'], returnTo: 'B' },
      { id: 'D', name: '现场勘验', predecessors: ['A'] },
    ]);
    const m = buildMachine(p);
    const [s0] = initialTransition(m);
    expect(s0.can({ type: 'RETURN.s2' })).toBe(false);
    const { actor, values } = run(m, ['COMPLETE.s0', 'COMPLETE.s1', 'RETURN.s2', 'COMPLETE.s1', 'COMPLETE.s3', 'RETURN.s2']);
    expect(values.slice(1)).toEqual([
      { s0: 'done', s1: 'active', s2: 'waiting', s3: 'active' },
      { s0: 'done', s1: 'done', s2: 'active', s3: 'active' },
      { s0: 'done', s1: 'active', s2: 'waiting', s3: 'active' },
      { s0: 'done', s1: 'done', s2: 'active', s3: 'active' },
      { s0: 'done', s1: 'done', s2: 'active', s3: 'done' },
      { s0: 'done', s1: 'active', s2: 'waiting', s3: 'done' },
    ]);
    expect(actor.getSnapshot().can({ type: 'RETURN.s2' })).toBe(false); // C is waiting again
    actor.send({ type: 'COMPLETE.s1' });
    actor.send({ type: 'COMPLETE.s2' });
    expect(actor.getSnapshot().value).toBe('approved');
  });

  it('rework-loop: a return to the first step resets the whole downstream, even a finished parallel branch', () => {
    const p = makeProcedure([{ id: 'A' }, { id: 'B', predecessors: ['A'] }, { id: 'C', predecessors: ['A'] }, { id: 'D', predecessors: ['B', 'C'], returnTo: 'A' }]);
    const { values } = run(buildMachine(p), ['COMPLETE.s0', 'COMPLETE.s1', 'COMPLETE.s2', 'RETURN.s3']);
    expect(values.at(-1)).toEqual({ s0: 'active', s1: 'waiting', s2: 'waiting', s3: 'waiting' });
  });

  it('rework-loop: RETURN is refused while the returning step is waiting or finished, even with its target done', () => {
    // A → B → C, C returns to A; D after A in parallel with B → C.
    const p = makeProcedure([{ id: 'A' }, { id: 'B', predecessors: ['A'] }, { id: 'C', predecessors: ['B'], returnTo: 'A' }, { id: 'D', predecessors: ['A'] }]);
    const m = buildMachine(p);
    const { actor, values } = run(m, ['COMPLETE.s0']);
    expect(values.at(-1)).toEqual({ s0: 'done', s1: 'active', s2: 'waiting', s3: 'active' });
    expect(actor.getSnapshot().can({ type: 'RETURN.s2' })).toBe(false); // A done, C waiting
    const waiting = actor.getSnapshot();
    expect(view(transition(m, waiting, { type: 'RETURN.s2' })[0])).toEqual(view(waiting));
    actor.send({ type: 'COMPLETE.s1' });
    expect(actor.getSnapshot().can({ type: 'RETURN.s2' })).toBe(true); // C active
    actor.send({ type: 'COMPLETE.s2' });
    expect(view(actor.getSnapshot())).toEqual({ s0: 'done', s1: 'done', s2: 'done', s3: 'active' });
    expect(actor.getSnapshot().can({ type: 'RETURN.s2' })).toBe(false); // A done, C done
    actor.send({ type: 'RETURN.s2' });
    expect(view(actor.getSnapshot())).toEqual({ s0: 'done', s1: 'done', s2: 'done', s3: 'active' });
    actor.send({ type: 'COMPLETE.s3' });
    expect(actor.getSnapshot().value).toBe('approved');
  });

  it('REJECT ends the application from any running state', () => {
    const { actor } = run(buildMachine(diamond), ['COMPLETE.s0', 'REJECT']);
    expect(actor.getSnapshot().value).toBe('rejected');
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().can({ type: 'COMPLETE.s1' })).toBe(false);
  });
});

describe('buildMachineConfig', () => {
  it('is plain JSON with ASCII keys and ids; names live in meta', () => {
    const p = makeProcedure([{ id: '收件', name: '收件.登记', department: '窗口' }, { id: '决定', name: '步骤决定', department: '审批科', predecessors: ['收件'] }], { code: '行政许可-001' });
    const config = buildMachineConfig(p);
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
    expect(config.id).toBe(machineId('行政许可-001'));
    expect(config.id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(config.meta.itemCode).toBe('行政许可-001');
    expect(config.meta.steps).toEqual([
      { key: 's0', stepId: '收件', name: '收件.登记', department: '窗口', role: 'review', condition: '', returnTo: null, after: [] },
      { key: 's1', stepId: '决定', name: '步骤决定', department: '审批科', role: 'review', condition: '', returnTo: null, after: [0] },
    ]);
    expect(config.context).toEqual({ steps: ['active', 'waiting'], pending: [0, 1], open: 2 });
    expect(Object.keys(config.states)).toEqual(['running', 'approved', 'rejected']);
  });

  it('diamond with a conditional step and a rework loop: one transition per step event, guards and actions as data', () => {
    const p = makeProcedure([{ id: 'A' }, { id: 'B', predecessors: ['A'], condition: '需要时' }, { id: 'C', predecessors: ['A'] }, { id: 'D', predecessors: ['B', 'C'], returnTo: 'A' }]);
    const config = buildMachineConfig(p);
    expect(config.meta.steps.map((s) => s.after)).toEqual([[], [0], [0], [1, 2]]);
    expect(config.states.running.always).toEqual({ guard: { type: 'procopt.allFinished' }, target: 'approved' });
    expect(config.states.running.on).toEqual({
      'COMPLETE.s0': { guard: { type: 'procopt.isActive', params: { step: 0 } }, actions: { type: 'procopt.finish', params: { step: 0, as: 'done' } } },
      'COMPLETE.s1': { guard: { type: 'procopt.isActive', params: { step: 1 } }, actions: { type: 'procopt.finish', params: { step: 1, as: 'done' } } },
      'SKIP.s1': { guard: { type: 'procopt.isActive', params: { step: 1 } }, actions: { type: 'procopt.finish', params: { step: 1, as: 'skipped' } } },
      'COMPLETE.s2': { guard: { type: 'procopt.isActive', params: { step: 2 } }, actions: { type: 'procopt.finish', params: { step: 2, as: 'done' } } },
      'COMPLETE.s3': { guard: { type: 'procopt.isActive', params: { step: 3 } }, actions: { type: 'procopt.finish', params: { step: 3, as: 'done' } } },
      'RETURN.s3': { guard: { type: 'procopt.canReturn', params: { step: 3, to: 0 } }, actions: { type: 'procopt.reopen', params: { to: 0 } } },
      REJECT: { target: 'rejected' },
    });
    // Every guard and action the transitions name is described in meta.
    expect(Object.keys(config.meta.implementations).sort()).toEqual(
      ['procopt.allFinished', 'procopt.canReturn', 'procopt.finish', 'procopt.isActive', 'procopt.reopen'],
    );
  });

  it('machine ids: item_ and the code, other characters than ASCII letters, digits and - as _<hex>_', () => {
    expect(machineId('370100-SC-0007')).toBe('item_370100-SC-0007');
    expect(machineId('事项一')).toBe('item__4e8b__9879__4e00_');
    expect(machineId('a_b')).toBe('item_a_5f_b');
  });

  it('the final states say what they are, in Chinese and English', () => {
    const states = buildMachineConfig(diamond).states;
    expect(states.approved).toEqual({ type: 'final', meta: { description: '办结 (approved)' } });
    expect(states.rejected).toEqual({ type: 'final', meta: { description: '不予许可 (rejected)' } });
  });

  it('machine ids differ for different item codes', () => {
    expect(machineId('事项一')).not.toBe(machineId('事项二'));
    expect(machineId('a_b')).not.toBe(machineId('a-b'));
  });

  it('plain createMachine(json) accepts the config but cannot run its guards; machineFromJson can', () => {
    const json: unknown = JSON.parse(JSON.stringify(buildMachineConfig(diamond)));
    const plain = createMachine(json as Parameters<typeof createMachine>[0]);
    expect(Object.keys(plain.root.states)).toEqual(['running', 'approved', 'rejected']);
    const [p0] = initialTransition(plain);
    expect(p0.status).toBe('error');
    expect(String(p0.error)).toMatch(/Guard 'procopt\.allFinished' is not implemented/);
    const { values } = run(machineFromJson(json), ['COMPLETE.s0', 'COMPLETE.s1', 'COMPLETE.s2', 'COMPLETE.s3']);
    expect(values.at(-1)).toBe('approved');
  });

  it('machineFromJson refuses a config that is not as buildMachineConfig writes it, naming the field', () => {
    // The diamond with D sending back to A (补正).
    const rework = makeProcedure([{ id: 'A' }, { id: 'B', predecessors: ['A'] }, { id: 'C', predecessors: ['A'] }, { id: 'D', predecessors: ['B', 'C'], returnTo: 'A' }]);
    const good = (): { meta: { steps: { after: unknown }[] }; states: { running: { on: Record<string, { guard?: { params?: { to?: unknown } } }> } } } =>
      JSON.parse(JSON.stringify(buildMachineConfig(rework))) as never;
    const missing = 'not a procopt machine: meta.steps or states.running.on is missing';
    for (const json of [null, {}, { meta: {} }, { ...good(), meta: { steps: {} } }, { ...good(), states: {} }, { ...good(), states: { running: {} } }, { ...good(), states: { running: { on: null } } }]) {
      expect(() => machineFromJson(json), JSON.stringify(json).slice(0, 60)).toThrow(new TypeError(missing));
    }
    const nullStep = good();
    (nullStep.meta.steps as unknown[])[3] = null;
    expect(() => machineFromJson(nullStep)).toThrow(new TypeError('not a procopt machine: meta.steps[3].after must list step indices'));
    const noParams = good();
    delete noParams.states.running.on['RETURN.s3']!.guard!.params;
    expect(() => machineFromJson(noParams)).toThrow(new TypeError('not a procopt machine: RETURN.s3 has no step index in guard.params.to'));
    for (const after of [[-1], [4], [0.5], ['0'], null]) {
      const json = good();
      json.meta.steps[3]!.after = after;
      expect(() => machineFromJson(json), JSON.stringify(after)).toThrow(new TypeError('not a procopt machine: meta.steps[3].after must list step indices'));
    }
    // D's RETURN goes back to A (step 0): its guard names the target.
    expect(good().states.running.on['RETURN.s3']!.guard!.params!.to).toBe(0);
    for (const to of [undefined, -1, 4, 1.5, '0']) {
      const json = good();
      json.states.running.on['RETURN.s3']!.guard!.params!.to = to;
      expect(() => machineFromJson(json), String(to)).toThrow(new TypeError('not a procopt machine: RETURN.s3 has no step index in guard.params.to'));
    }
    const noGuard = good();
    delete noGuard.states.running.on['RETURN.s3']!.guard;
    expect(() => machineFromJson(noGuard)).toThrow(new TypeError('not a procopt machine: RETURN.s3 has no step index in guard.params.to'));
    // The largest valid indices are accepted.
    const edges = good();
    edges.meta.steps[3]!.after = [0, 1, 2];
    edges.states.running.on['RETURN.s3']!.guard!.params!.to = 0;
    expect(() => machineFromJson(edges)).not.toThrow();
  });

  it('stepEvents names each step’s events', () => {
    const p = makeProcedure([{ id: 'A' }, { id: 'B', predecessors: ['A'], condition: '需要时', returnTo: 'A' }, { id: 'C', returnTo: 'C' }]);
    expect(stepEvents(p)).toEqual({
      steps: [
        { stepId: 'A', stateKey: 's0', complete: 'COMPLETE.s0', skip: null, return: null },
        { stepId: 'B', stateKey: 's1', complete: 'COMPLETE.s1', skip: 'SKIP.s1', return: 'RETURN.s1' },
        { stepId: 'C', stateKey: 's2', complete: 'COMPLETE.s2', skip: null, return: null }, // a return to itself is ignored
      ],
      reject: 'REJECT',
    });
  });
});
