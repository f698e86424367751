// Machine checks for a whole catalogue on a worker_threads pool: exploring state spaces with
// xstate is CPU-bound (~10 ms for a typical item), so items go out in batches and the results
// come back in item order, the same whatever the number of workers.

import type { Procedure } from '../domain/index.js';
import { runTasks } from '../workers/index.js';
import { checkMachine, DEFAULT_MAX_STATES, type MachineCheck } from './check-machine.js';

/** One task: a batch of items and the state bound. */
export interface CheckTask {
  procedures: Procedure[];
  maxStates: number;
}

/** Checks every procedure of the batch, in order (in a worker, or here with 0 workers). */
export function checkBatch(task: CheckTask): MachineCheck[] {
  return task.procedures.map((p) => checkMachine(p, { maxStates: task.maxStates }));
}

export interface CatalogueCheckOptions {
  maxStates?: number;
  /** Worker threads; 0 checks in this thread. */
  workers: number;
  /** Called as items are checked: items done, items in all. */
  onProgress?: (done: number, total: number) => void;
}

/** Items per task: enough to keep messages few, small enough to share the work evenly. */
const BATCH = 25;

/** Checks every item's machine (see checkMachine); results in the items' order. */
export async function checkMachines(procedures: readonly Procedure[], options: CatalogueCheckOptions): Promise<MachineCheck[]> {
  const maxStates = options.maxStates ?? DEFAULT_MAX_STATES;
  const tasks: CheckTask[] = [];
  for (let i = 0; i < procedures.length; i += BATCH) tasks.push({ procedures: procedures.slice(i, i + BATCH), maxStates });
  const batches = await runTasks(new URL('./check-worker.js', import.meta.url), tasks, checkBatch, {
    workers: options.workers,
    ...(options.onProgress
      ? { onProgress: (done: number) => options.onProgress?.(Math.min(done * BATCH, procedures.length), procedures.length) }
      : {}),
  });
  return batches.flat();
}
