// Example tests on named shapes: exact state values after given event sequences, early events refused.
import { describe, expect, it } from 'vitest';
import { createActor, createMachine, initialTransition, transition, type AnyStateMachine } from 'xstate';
import { buildMachine, buildMachineConfig, machineFromJson, machineId, stepEvents } from '../../src/model/index.js';
import { makeProcedure } from '../support/procedures.js';

/** Sends events in order; each must be accepted. Returns the value after each event. */
function run(machine: AnyStateMachine, events: string[]) {
  const actor = createActor(machine).start();
  const values: unknown[] = [actor.getSnapshot().value];
  for (const type of events) {
    expect(actor.getSnapshot().can({ type }), `${type} accepted`).toBe(true);
    actor.send({ type });
    values.push(actor.getSnapshot().value);
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
      { running: { s0: 'active', s1: 'waiting', s2: 'waiting' } },
      { running: { s0: 'done', s1: 'active', s2: 'waiting' } },
      { running: { s0: 'done', s1: 'done', s2: 'active' } },
      'approved',
    ]);
    expect(actor.getSnapshot().status).toBe('done');
    const [s0] = initialTransition(m);
    expect(s0.can({ type: 'COMPLETE.s1' })).toBe(false);
    expect(s0.can({ type: 'COMPLETE.s2' })).toBe(false);
    expect(s0.can({ type: 'SKIP.s0' })).toBe(false); // not conditional
    const [after] = transition(m, s0, { type: 'COMPLETE.s2' });
    expect(after.value).toEqual(s0.value);
  });

  it('diamond: both branches start together; the join waits for both', () => {
    const { values } = run(buildMachine(diamond), ['COMPLETE.s0', 'COMPLETE.s2', 'COMPLETE.s1', 'COMPLETE.s3']);
    expect(values).toEqual([
      { running: { s0: 'active', s1: 'waiting', s2: 'waiting', s3: 'waiting' } },
      { running: { s0: 'done', s1: 'active', s2: 'active', s3: 'waiting' } },
      { running: { s0: 'done', s1: 'active', s2: 'done', s3: 'waiting' } },
      { running: { s0: 'done', s1: 'done', s2: 'done', s3: 'active' } },
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
      { running: { s0: 'done', s1: 'active', s2: 'active', s3: 'active' } },
      { running: { s0: 'done', s1: 'active', s2: 'active', s3: 'done' } },
      { running: { s0: 'done', s1: 'done', s2: 'active', s3: 'done' } },
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
      { running: { s0: 'done', s1: 'active', s2: 'waiting' } },
      { running: { s0: 'done', s1: 'skipped', s2: 'active' } },
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
      { running: { s0: 'done', s1: 'active', s2: 'waiting', s3: 'active' } },
      { running: { s0: 'done', s1: 'done', s2: 'active', s3: 'active' } },
      { running: { s0: 'done', s1: 'active', s2: 'waiting', s3: 'active' } },
      { running: { s0: 'done', s1: 'done', s2: 'active', s3: 'active' } },
      { running: { s0: 'done', s1: 'done', s2: 'active', s3: 'done' } },
      { running: { s0: 'done', s1: 'active', s2: 'waiting', s3: 'done' } },
    ]);
    expect(actor.getSnapshot().can({ type: 'RETURN.s2' })).toBe(false); // C is waiting again
    actor.send({ type: 'COMPLETE.s1' });
    actor.send({ type: 'COMPLETE.s2' });
    expect(actor.getSnapshot().value).toBe('approved');
  });

  it('rework-loop: a return to the first step resets the whole downstream, even a finished parallel branch', () => {
    const p = makeProcedure([{ id: 'A' }, { id: 'B', predecessors: ['A'] }, { id: 'C', predecessors: ['A'] }, { id: 'D', predecessors: ['B', 'C'], returnTo: 'A' }]);
    const { values } = run(buildMachine(p), ['COMPLETE.s0', 'COMPLETE.s1', 'COMPLETE.s2', 'RETURN.s3']);
    expect(values.at(-1)).toEqual({ running: { s0: 'active', s1: 'waiting', s2: 'waiting', s3: 'waiting' } });
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
    const p = makeProcedure([{ id: '收件', name: '收件.登记', department: '窗口' }, { id: '决定', predecessors: ['收件'] }], { code: '行政许可-001' });
    const config = buildMachineConfig(p);
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
    expect(config.id).toBe(machineId('行政许可-001'));
    expect(config.id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(config.meta.itemCode).toBe('行政许可-001');
    const region = config.states.running.states['s0']!;
    expect(region.meta).toEqual({ stepId: '收件', name: '收件.登记', department: '窗口', role: 'review', condition: '', returnTo: null });
    expect(Object.keys(config.states.running.states)).toEqual(['s0', 's1']);
  });

  it('machine ids differ for different item codes', () => {
    expect(machineId('事项一')).not.toBe(machineId('事项二'));
    expect(machineId('a_b')).not.toBe(machineId('a-b'));
  });

  it('plain createMachine(json) cannot evaluate the data guards; machineFromJson can', () => {
    const json: unknown = JSON.parse(JSON.stringify(buildMachineConfig(diamond)));
    const plain = createMachine(json as Parameters<typeof createMachine>[0]);
    const [p0] = initialTransition(plain);
    expect(() => transition(plain, p0, { type: 'COMPLETE.s0' })).toThrow(/procopt\.stepsIn/);
    const { values } = run(machineFromJson(json), ['COMPLETE.s0', 'COMPLETE.s1', 'COMPLETE.s2', 'COMPLETE.s3']);
    expect(values.at(-1)).toBe('approved');
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
