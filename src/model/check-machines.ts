// Machine checks for a whole catalogue on a worker_threads pool: building and searching XState
// machines is CPU-bound (~1 ms for a typical item), so only one item per machine shape is checked,
// in batches, and every item renders its shape's result; the same whatever the number of workers.

import type { Lang, Procedure } from '../domain/index.js';
import { runTasks } from '../workers/index.js';
import { checkMachineShape, DEFAULT_MAX_STATES, renderMachineCheck, type MachineCheck, type ShapeCheck } from './check-machine.js';
import { groupByMachineShape } from './machine-shape.js';
import { buildStepGraph } from './step-graph.js';

/** One task: one item of each of a batch of machine shapes, and the state bound. */
export interface CheckTask {
  procedures: Procedure[];
  maxStates: number;
}

/** Checks the machine shape of every procedure of the batch, in order (in a worker, or here with 0 workers). */
export function checkBatch(task: CheckTask): ShapeCheck[] {
  return task.procedures.map((p) => checkMachineShape(buildStepGraph(p), { maxStates: task.maxStates }));
}

export interface CatalogueCheckOptions {
  maxStates?: number;
  /** The language of the problems; default zh-CN. */
  lang?: Lang;
  /** Worker threads; 0 checks in this thread. */
  workers: number;
  /** Called once before the checks start: distinct machine shapes to check, items in all. */
  onShapes?: (shapes: number, items: number) => void;
  /** Called as items are checked (all items of a shape at once): items done, items in all. */
  onProgress?: (done: number, total: number) => void;
}

/** Shapes per task: enough to keep messages few, small enough to share the work evenly. */
const BATCH = 25;

/**
 * Checks every item's machine, each distinct machine shape once (see machineShapeKey): the same
 * results as checkMachine on each item, in the items' order.
 */
export async function checkMachines(procedures: readonly Procedure[], options: CatalogueCheckOptions): Promise<MachineCheck[]> {
  const maxStates = options.maxStates ?? DEFAULT_MAX_STATES;
  const graphs = procedures.map(buildStepGraph);
  const { representatives, shapeOf } = groupByMachineShape(graphs);
  options.onShapes?.(representatives.length, procedures.length);
  const tasks: CheckTask[] = [];
  for (let i = 0; i < representatives.length; i += BATCH) {
    tasks.push({ procedures: representatives.slice(i, i + BATCH).map((item) => procedures[item]!), maxStates });
  }
  // Items covered once the first t tasks are done, for progress in items.
  const itemsDone = new Array<number>(tasks.length + 1).fill(0);
  for (const shape of shapeOf) itemsDone[Math.floor(shape / BATCH) + 1]!++;
  for (let t = 1; t <= tasks.length; t++) itemsDone[t]! += itemsDone[t - 1]!;
  const batches = await runTasks(new URL('./check-worker.js', import.meta.url), tasks, checkBatch, {
    workers: options.workers,
    ...(options.onProgress ? { onProgress: (done: number) => options.onProgress?.(itemsDone[done]!, procedures.length) } : {}),
  });
  const shapes = batches.flat();
  return graphs.map((graph, i) => renderMachineCheck(graph, shapes[shapeOf[i]!]!, options.lang));
}
