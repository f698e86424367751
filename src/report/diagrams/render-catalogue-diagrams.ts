// Diagrams for a whole catalogue on a worker_threads pool: each worker takes the next item when
// it is free (dynamic scheduling). Rendering is deterministic, so the output is identical
// whatever the worker count; 0 workers or a single item renders in this thread.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ItemAnalysis } from '../../domain/index.js';
import type { DiagramRequest } from './diagram-worker.js';
import type { ProcedureLayoutOptions } from './layout.js';
import { renderDiagrams, type ItemDiagrams } from './render-diagrams.js';

export interface CatalogueDiagramOptions {
  /** Worker threads to use; 0 renders in this thread. Default: available cores − 1, at most 4, at least 1. */
  workers?: number;
  /** Called after each item is rendered, with the number done and the total. */
  onProgress?: (done: number, total: number) => void;
  layout?: ProcedureLayoutOptions;
}

type DiagramResponse = { id: number; diagrams: ItemDiagrams } | { id: number; error: string };

/** Default pool size: leave one core for the main thread. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

// Built code (dist/*.js) starts the compiled worker. Source run by vitest/tsx (*.ts) starts a
// small bootstrap that registers tsx's loader first: Node 20 ignores `--import` loaders given
// in a worker's execArgv for the worker's own entry.
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./diagram-worker.js', import.meta.url));
  const entry = JSON.stringify(new URL('./diagram-worker.ts', import.meta.url).href);
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${entry}); })`;
  return new Worker(bootstrap, { eval: true });
}

/**
 * Renders every item's diagrams, keyed by item code, in the items' order.
 * @throws Error naming the item when a layout fails (workers are stopped first).
 */
export async function renderCatalogueDiagrams(
  items: readonly ItemAnalysis[],
  options: CatalogueDiagramOptions = {},
): Promise<Map<string, ItemDiagrams>> {
  const total = items.length;
  const workerCount = Math.min(options.workers ?? defaultWorkerCount(), total);
  const results: (ItemDiagrams | undefined)[] = new Array<ItemDiagrams | undefined>(total);
  let done = 0;
  const layout = options.layout ?? {};

  if (workerCount <= 0 || total <= 1) {
    for (const [i, item] of items.entries()) {
      results[i] = await renderDiagrams(item, layout);
      options.onProgress?.(++done, total);
    }
  } else {
    const workers = Array.from({ length: workerCount }, startWorker);
    try {
      let next = 0;
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve, reject) => {
              const feed = (): void => {
                if (next >= total) {
                  resolve();
                  return;
                }
                const id = next++;
                const request: DiagramRequest = { id, item: items[id] as ItemAnalysis, options: layout };
                worker.postMessage(request);
              };
              worker.on('message', (response: DiagramResponse) => {
                if ('error' in response) {
                  reject(new Error(`diagram layout failed for item ${items[response.id]?.itemCode ?? response.id}: ${response.error}`));
                  return;
                }
                results[response.id] = response.diagrams;
                options.onProgress?.(++done, total);
                feed();
              });
              worker.on('error', reject);
              worker.on('exit', (code) => {
                if (next < total || code !== 0) reject(new Error(`diagram worker stopped early (exit code ${code})`));
              });
              feed();
            }),
        ),
      );
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
  }
  const map = new Map<string, ItemDiagrams>();
  items.forEach((item, i) => {
    const diagrams = results[i];
    if (diagrams) map.set(item.itemCode, diagrams);
  });
  return map;
}
