// Diagrams for a whole catalogue on a worker_threads pool (ELK blocks the thread it runs on).
// Rendering is deterministic and results come back in item order, so the output is identical
// whatever the worker count; 0 workers or a single item renders in this thread.

import type { ItemAnalysis } from '../../domain/index.js';
import { coreCount, streamTasks } from '../../workers/index.js';
import type { DiagramTask } from './diagram-worker.js';
import type { ProcedureLayoutOptions } from './layout.js';
import { renderDiagrams, type ItemDiagrams } from './render-diagrams.js';

export interface CatalogueDiagramOptions {
  /** Worker threads to use; 0 renders in this thread. Default: available cores − 1, at most 4, at least 1. */
  workers?: number;
  /** Called after each item is rendered, with the number done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Called with each item's diagrams as soon as they and every earlier item's are rendered, in item order. */
  onItem?: (item: ItemAnalysis, diagrams: ItemDiagrams) => void;
  layout?: ProcedureLayoutOptions;
  /** Keep every item's diagrams in the returned map (default true); false when `onItem` consumes them. */
  retain?: boolean;
}

/** Default pool size: leave one core for the main thread. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, coreCount() - 1));
}

/**
 * Renders every item's diagrams, keyed by item code, in the items' order (an empty map with
 * `retain: false`). Each worker keeps a few items queued, so it goes on laying out while this thread
 * is busy (writing files, say).
 * @throws Error naming the item when a layout fails (workers are stopped first).
 */
export async function renderCatalogueDiagrams(
  items: readonly ItemAnalysis[],
  options: CatalogueDiagramOptions = {},
): Promise<Map<string, ItemDiagrams>> {
  const layout = options.layout ?? {};
  const tasks = items.map((item): DiagramTask => ({ item, options: layout }));
  const diagrams = new Map<string, ItemDiagrams>();
  await streamTasks(
    new URL('./diagram-worker.js', import.meta.url),
    tasks,
    (task) => renderDiagrams(task.item, task.options),
    { workers: options.workers ?? defaultWorkerCount(), inFlight: QUEUED_PER_WORKER, ...(options.onProgress ? { onProgress: options.onProgress } : {}) },
    (index, result) => {
      const item = items[index]!;
      if (options.retain !== false) diagrams.set(item.itemCode, result);
      options.onItem?.(item, result);
    },
  ).catch((error: unknown) => {
    throw new Error(`diagram layout failed: ${error instanceof Error ? error.message : String(error)}`);
  });
  return diagrams;
}

/** Items queued at each worker: enough to bridge a second or so of this thread being busy. */
const QUEUED_PER_WORKER = 8;
