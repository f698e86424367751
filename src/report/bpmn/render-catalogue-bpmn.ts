// Every item's BPMN files (the declared procedure and the best candidate) for a report folder, on the
// worker_threads pool the diagrams use; results come back in item order, the same whatever the
// number of workers.

import type { ItemAnalysis } from '../../domain/index.js';
import { streamTasks } from '../../workers/index.js';
import { defaultWorkerCount } from '../diagrams/index.js';
import { findBestCandidate } from '../figures.js';
import { safeFileName } from '../safe-file-name.js';
import type { BPMN_VARIANTS } from './render-bpmn.js';
import { renderBpmn } from './render-bpmn.js';

export type BpmnVariant = (typeof BPMN_VARIANTS)[number];

/** An item's BPMN documents: `best` is absent when the item has no candidate. */
export type ItemBpmn = Partial<Record<BpmnVariant, string>> & { original: string };

export interface BpmnTask {
  item: ItemAnalysis;
}

/** The file name (no folder) of an item's BPMN variant, e.g. `X-001.original.bpmn`. */
export function bpmnFileName(itemCode: string, variant: BpmnVariant): string {
  return `${safeFileName(itemCode)}.${variant}.bpmn`;
}

/** The original's and the best candidate's BPMN of one item, in this thread. */
export async function renderItemBpmn(item: ItemAnalysis): Promise<ItemBpmn> {
  const original = await renderBpmn(item, 'original');
  return findBestCandidate(item) === undefined ? { original } : { original, best: await renderBpmn(item, 'best') };
}

/**
 * Renders every item's BPMN files, handing each to `onItem` in item order as soon as it and the
 * earlier ones are done (nothing is kept).
 * @throws Error naming the failure when a layout fails (workers are stopped first).
 */
export async function renderCatalogueBpmn(
  items: readonly ItemAnalysis[],
  options: { workers?: number; onItem: (item: ItemAnalysis, bpmn: ItemBpmn) => void; onProgress?: (done: number, total: number) => void },
): Promise<void> {
  await streamTasks(
    new URL('./bpmn-worker.js', import.meta.url),
    items.map((item): BpmnTask => ({ item })),
    (task) => renderItemBpmn(task.item),
    { workers: options.workers ?? defaultWorkerCount(), inFlight: 8, ...(options.onProgress ? { onProgress: options.onProgress } : {}) },
    (index, bpmn) => options.onItem(items[index]!, bpmn),
  ).catch((error: unknown) => {
    throw new Error(`BPMN layout failed: ${error instanceof Error ? error.message : String(error)}`);
  });
}
