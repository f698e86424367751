// Optimal alignment of a trace (the steps a case completed, in order) with an item's machine, as a
// shortest path over (trace position, machine state) with 0–1 costs (0–1 BFS, i.e. Dijkstra with
// two buckets): synchronous move 0 (the event is the machine's COMPLETE or RETURN of that step),
// log move 1, model move 1 (COMPLETE or RETURN the trace lacks), SKIP of a conditional step 0.
// States equal but for which finished steps were skipped are one (the rules read only "finished").
// The search stops after `maxStates` states: the case is then not aligned. A fast path replays a
// trace the machine accepts without any search.

import type { MachineEvent, MachineRun, Stepper } from '../model/index.js';

/** One move of an alignment. `position` is the trace index of a sync or log move. */
export type AlignmentMove =
  | { kind: 'sync'; position: number; event: MachineEvent & { step: number } }
  | { kind: 'log'; position: number }
  | { kind: 'model'; event: MachineEvent & { step: number } }
  | { kind: 'skip'; step: number };

export type Alignment = { aligned: true; cost: number; moves: AlignmentMove[] } | { aligned: false };

const WAITING = 0x77; // w
const ACTIVE = 0x61; // a
const FINISHED = 0x66; // f
const latin1 = new TextDecoder('latin1');
let keyBytes = new Uint8Array(64);

/** The run's state with done and skipped both as finished (f), after the trace position. */
function stateKey(position: number, run: MachineRun): string {
  if (run.status !== 'running') return `${position}:${run.status}`;
  const steps = run.context.steps;
  if (keyBytes.length < steps.length) keyBytes = new Uint8Array(steps.length * 2);
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    keyBytes[i] = s === 'waiting' ? WAITING : s === 'active' ? ACTIVE : FINISHED;
  }
  return `${position}:${latin1.decode(keyBytes.subarray(0, steps.length))}`;
}

/**
 * Replays a trace greedily: each step's event as COMPLETE (or as RETURN when the next event is the
 * step the RETURN reopens), skipping, when an event waits, the active conditional steps the rest of
 * the trace never names. Returns the moves when this reaches approved with every event used, else null.
 * A success is a real run of the machine, so the trace fits; a failure proves nothing (search then).
 */
export function replayTrace(stepper: Stepper, trace: Int32Array): AlignmentMove[] | null {
  const shape = stepper.shape;
  const run = stepper.start();
  const moves: AlignmentMove[] = [];
  // Occurrences of each step in the rest of the trace: a conditional step the rest names is not skipped.
  const remaining = new Int32Array(shape.n);
  for (const s of trace) {
    if (s < 0) return null;
    remaining[s]!++;
  }
  /** Skips every active conditional step the rest of the trace (and the event at hand, `current`) never names. */
  const skipUnnamed = (current: number): boolean => {
    let skipped = false;
    for (let i = 0; i < shape.n; i++) {
      if (remaining[i] === 0 && i !== current && stepper.send(run, { type: 'SKIP', step: i })) {
        moves.push({ kind: 'skip', step: i });
        skipped = true;
      }
    }
    return skipped;
  };
  for (let k = 0; k < trace.length; k++) {
    const step = trace[k]!;
    remaining[step]!--;
    for (;;) {
      const reopen = shape.returnTo[step]!;
      const next = trace[k + 1];
      const event: MachineEvent & { step: number } =
        reopen >= 0 && next === reopen && stepper.can(run, { type: 'RETURN', step }) ? { type: 'RETURN', step } : { type: 'COMPLETE', step };
      if (stepper.send(run, event)) {
        moves.push({ kind: 'sync', position: k, event });
        break;
      }
      if (!skipUnnamed(step)) return null;
    }
  }
  skipUnnamed(-1);
  return run.status === 'approved' ? moves : null;
}

interface Node {
  position: number;
  run: MachineRun;
  cost: number;
  parent: Node | null;
  move: AlignmentMove | null;
  settled: boolean;
}

/**
 * An optimal alignment of `trace` (step indices; −1 for an activity the item does not have) with the
 * machine of `stepper`, or `{ aligned: false }` when more than `maxStates` states were needed.
 * Ties between equally cheap alignments are broken the same way every time (sync, skip, model moves
 * by step, log move). Time and memory O(states × steps).
 */
export function alignTrace(stepper: Stepper, trace: Int32Array, maxStates: number): Alignment {
  const n = stepper.shape.n;
  const nodes = new Map<string, Node>();
  const start: Node = { position: 0, run: stepper.start(), cost: 0, parent: null, move: null, settled: false };
  nodes.set(stateKey(0, start.run), start);
  let bucket: Node[] = [start];
  let nextBucket: Node[] = [];
  let cost = 0;
  let over = false;

  const reach = (from: Node, position: number, run: MachineRun, step: number, move: AlignmentMove): void => {
    const key = stateKey(position, run);
    const known = nodes.get(key);
    const c = from.cost + step;
    if (known !== undefined) {
      if (known.settled || known.cost <= c) return;
      known.cost = c;
      known.parent = from;
      known.move = move;
      (step === 0 ? bucket : nextBucket).push(known);
      return;
    }
    if (nodes.size >= maxStates) {
      over = true;
      return;
    }
    const node: Node = { position, run, cost: c, parent: from, move, settled: false };
    nodes.set(key, node);
    (step === 0 ? bucket : nextBucket).push(node);
  };

  for (;;) {
    for (let b = 0; b < bucket.length; b++) {
      const node = bucket[b]!;
      if (node.settled || node.cost !== cost) continue;
      node.settled = true;
      const { position, run } = node;
      if (position === trace.length && run.status === 'approved') return { aligned: true, cost, moves: movesTo(node) };
      const label = position < trace.length ? trace[position]! : -1;
      if (label >= 0) {
        for (const type of ['COMPLETE', 'RETURN'] as const) {
          const event = { type, step: label };
          if (!stepper.can(run, event)) continue;
          const after = stepper.copy(run);
          stepper.send(after, event);
          reach(node, position + 1, after, 0, { kind: 'sync', position, event });
        }
      }
      if (run.status === 'running') {
        for (let i = 0; i < n; i++) {
          if (run.context.steps[i] !== 'active') continue;
          const skip = { type: 'SKIP' as const, step: i };
          if (stepper.can(run, skip)) {
            const after = stepper.copy(run);
            stepper.send(after, skip);
            reach(node, position, after, 0, { kind: 'skip', step: i });
          }
          for (const type of ['COMPLETE', 'RETURN'] as const) {
            const event = { type, step: i };
            if (!stepper.can(run, event)) continue;
            const after = stepper.copy(run);
            stepper.send(after, event);
            reach(node, position, after, 1, { kind: 'model', event });
          }
        }
      }
      if (position < trace.length) reach(node, position + 1, run, 1, { kind: 'log', position });
    }
    if (nextBucket.length === 0) return { aligned: false };
    if (over) return { aligned: false };
    bucket = nextBucket;
    nextBucket = [];
    cost++;
  }
}

function movesTo(node: Node): AlignmentMove[] {
  const moves: AlignmentMove[] = [];
  for (let at: Node | null = node; at !== null && at.move !== null; at = at.parent) moves.push(at.move);
  return moves.reverse();
}
