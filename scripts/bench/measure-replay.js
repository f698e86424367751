// Replay of cases on the items' machines, in a fresh process on the built `dist/`: seeded random
// cases (walks to approved, now and then a RETURN) over a generated catalogue, replayed by the
// stepper (`createStepper`, what conformance uses) and by XState (`machine.transition` with one
// actor scope, and xstate's exported `transition()`); plus long items, where XState's cost grows
// with the steps and the stepper's does not. Prints one JSON line with the figures.

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    dist: { type: 'string' },
    'cases-per-item': { type: 'string', default: '10' },
  },
});
if (values.dir === undefined) throw new Error('usage: measure-replay.js --dir DIR [--dist DIR] [--cases-per-item N]');
const dist = values.dist ?? join(root, 'dist');
const load = (path) => import(pathToFileURL(join(dist, path)).href);
const { importFiles } = await load('import/index.js');
const model = await load('model/index.js');
const { transition, createEmptyActor } = await import('xstate');

/** mulberry32: the bench's seeded generator. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A case: a random walk of the stepper from start to approved; a RETURN with probability 0.05 where one is accepted (at most 3). */
function makeCase(stepper, next) {
  const run = stepper.start();
  const events = [];
  let returns = 0;
  while (run.status === 'running') {
    const active = [];
    run.context.steps.forEach((state, step) => state === 'active' && active.push(step));
    const step = active[Math.floor(next() * active.length)];
    const back = { type: 'RETURN', step };
    const event = returns < 3 && next() < 0.05 && stepper.can(run, back) ? back : { type: stepper.shape.conditional[step] === 1 && next() < 0.3 ? 'SKIP' : 'COMPLETE', step };
    if (event.type === 'RETURN') returns++;
    stepper.send(run, event);
    events.push(event);
  }
  return events;
}

const hr = () => process.hrtime.bigint();
const ms = (from, to) => Number(to - from) / 1e6;

const names = readdirSync(values.dir).filter((f) => f.endsWith('.csv')).sort();
const files = names.map((name) => ({ file: join(values.dir, name), bytes: new Uint8Array(readFileSync(join(values.dir, name))) }));
const procedures = importFiles(files, { encoding: 'auto' }).procedures;
const next = random(1);
const casesPerItem = Number(values['cases-per-item']);

let t0 = hr();
const steppers = procedures.map((p) => model.createStepper(model.buildMachineShape(model.buildStepGraph(p))));
const stepperBuildMs = ms(t0, hr());
const cases = [];
steppers.forEach((stepper, item) => {
  for (let c = 0; c < casesPerItem; c++) cases.push({ item, events: makeCase(stepper, next) });
});
const events = cases.reduce((n, c) => n + c.events.length, 0);
const returns = cases.reduce((n, c) => n + c.events.filter((e) => e.type === 'RETURN').length, 0);

// The stepper: every case from start; each event must be accepted and the case end approved.
let approved = 0;
t0 = hr();
for (const { item, events: caseEvents } of cases) {
  const stepper = steppers[item];
  const run = stepper.start();
  for (const event of caseEvents) stepper.send(run, event);
  if (run.status === 'approved') approved++;
}
const stepperMs = ms(t0, hr());

// XState with one actor scope: the first case of every item, on the item's machine built from its JSON.
const self = createEmptyActor();
const scope = { self, id: '', sessionId: '', logger() {}, defer() {}, emit() {}, system: self.system, stopChild() {}, actionExecutor() {} };
t0 = hr();
const machines = procedures.map((p) => model.buildMachine(p));
const xstateBuildMs = ms(t0, hr());
const firstCases = cases.filter((_, i) => i % casesPerItem === 0);
const xstateEvents = firstCases.reduce((n, c) => n + c.events.length, 0);
let xstateApproved = 0;
t0 = hr();
for (const { item, events: caseEvents } of firstCases) {
  const machine = machines[item];
  let snapshot = machine.getInitialSnapshot(scope);
  for (const event of caseEvents) snapshot = machine.transition(snapshot, { type: model.eventType(event) }, scope);
  if (snapshot.value === 'approved') xstateApproved++;
}
const xstateMs = ms(t0, hr());

// xstate's exported transition(): a throwaway actor per call; the first 1000 of those cases.
const sample = firstCases.slice(0, 1000);
const transitionEvents = sample.reduce((n, c) => n + c.events.length, 0);
t0 = hr();
for (const { item, events: caseEvents } of sample) {
  const machine = machines[item];
  let snapshot = machine.getInitialSnapshot(scope);
  for (const event of caseEvents) [snapshot] = transition(machine, snapshot, { type: model.eventType(event) });
}
const transitionMs = ms(t0, hr());

/** One long item: the cost per event of a case that completes it in topological order. */
function longItem(label, n, preds) {
  const steps = Array.from({ length: n }, (_, i) => ({
    id: `S${i}`, name: `步骤${i}`, department: '审批科', role: 'review', durationDays: 1, waitDays: 0, durationMissing: false, countsTowardLimit: true,
    predecessors: preds(i).map((j) => `S${j}`), hardPredecessors: [], inputs: [], outputs: [], applicantVisit: false, condition: '', returnTo: null, attributes: {}, line: i + 2,
  }));
  const procedure = { itemCode: label, itemName: label, legalLimitDays: null, promisedLimitDays: null, steps, source: { file: `${label}.csv`, line: 2 } };
  const stepper = model.createStepper(model.buildMachineShape(model.buildStepGraph(procedure)));
  const caseEvents = steps.map((_, step) => ({ type: 'COMPLETE', step }));
  let t = hr();
  for (let r = 0; r < 20; r++) {
    const run = stepper.start();
    for (const event of caseEvents) stepper.send(run, event);
  }
  const stepperUs = (ms(t, hr()) * 1000) / (20 * n);
  const machine = model.buildMachine(procedure);
  // First pass: XState finds each event type's transitions once (a scan of all the state's event types).
  let snapshot = machine.getInitialSnapshot(scope);
  t = hr();
  for (const event of caseEvents) snapshot = machine.transition(snapshot, { type: model.eventType(event) }, scope);
  const xstateFirstUs = (ms(t, hr()) * 1000) / n;
  snapshot = machine.getInitialSnapshot(scope);
  t = hr();
  for (const event of caseEvents) snapshot = machine.transition(snapshot, { type: model.eventType(event) }, scope);
  const xstateUs = (ms(t, hr()) * 1000) / n;
  return { label, steps: n, stepperUs, xstateFirstUs, xstateUs, approved: snapshot.value === 'approved' };
}

const long = [
  longItem('chain-5000', 5000, (i) => (i === 0 ? [] : [i - 1])),
  longItem('fan-2000', 2000, (i) => (i === 0 ? [] : i === 1999 ? Array.from({ length: 1998 }, (_, j) => j + 1) : [0])),
  longItem('dense-300', 300, (i) => Array.from({ length: i }, (_, j) => j)),
];

process.stdout.write(
  `${JSON.stringify({
    items: procedures.length,
    cases: cases.length,
    events,
    returns,
    approved,
    stepperBuildMs,
    stepperMs,
    xstateBuildMs,
    xstateCases: firstCases.length,
    xstateEvents,
    xstateApproved,
    xstateMs,
    transitionCases: sample.length,
    transitionEvents,
    transitionMs,
    long,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
