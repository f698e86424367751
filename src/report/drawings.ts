// Every picture of a catalogue: each item's SVG diagrams and, for a report folder, its BPMN files —
// both from one layout per procedure (the BPMN diagram reuses the SVG's). On a worker_threads pool
// (ELK blocks the thread it runs on); rendering is deterministic and results come back in item order,
// so the output is identical whatever the worker count; 0 workers renders in this thread.

import type { ItemAnalysis } from '../domain/index.js';
import { DEFAULT_LANG, type Lang } from '../i18n/index.js';
import { coreCount, streamTasks } from '../workers/index.js';
import { bpmnOfLayout } from './bpmn/render-bpmn.js';
import type { ItemBpmn } from './bpmn/render-catalogue-bpmn.js';
import { layoutItem, renderItemDiagrams, type ItemDiagrams, type ProcedureLayoutOptions } from './diagrams/index.js';
import { findBestCandidate } from './figures.js';

/** One item's pictures: its SVG diagrams, and its BPMN files when asked for. */
export interface ItemDrawings {
  diagrams: ItemDiagrams;
  bpmn?: ItemBpmn;
}

export interface DrawingOptions {
  /** The language of every label (default zh-CN). */
  lang?: Lang;
  /** Also write the original's and the best candidate's BPMN (a report folder's bpmn/). */
  bpmn?: boolean;
  layout?: Omit<ProcedureLayoutOptions, 'lang'>;
}

/** One task of drawing-worker.ts: an item and how to draw it. */
export interface DrawingTask {
  item: ItemAnalysis;
  options: DrawingOptions;
}

/** An item's pictures, in this thread: each procedure laid out once for its SVG and its BPMN. */
export async function renderItemDrawings(item: ItemAnalysis, options: DrawingOptions = {}): Promise<ItemDrawings> {
  const lang = options.lang ?? DEFAULT_LANG;
  const layouts = await layoutItem(item, { ...options.layout, lang });
  const diagrams = renderItemDiagrams(item, layouts, lang);
  if (options.bpmn !== true) return { diagrams };
  const best = findBestCandidate(item);
  const original = bpmnOfLayout(item, null, layouts.original, lang);
  return { diagrams, bpmn: best === undefined || layouts.best === undefined ? { original } : { original, best: bpmnOfLayout(item, best.id, layouts.best, lang) } };
}

export interface CatalogueDrawingOptions extends DrawingOptions {
  /** Worker threads to use; 0 renders in this thread. Default: available cores − 1, at most 4, at least 1. */
  workers?: number;
  /** Called after each item is rendered, with the number done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Called with each item's pictures as soon as they and every earlier item's are rendered, in item order. */
  onItem?: (item: ItemAnalysis, drawings: ItemDrawings) => void;
}

/** Default pool size: leave one core for the main thread. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, coreCount() - 1));
}

/** Items queued at each worker: enough to bridge a second or so of this thread being busy. */
const QUEUED_PER_WORKER = 8;

/**
 * Renders every item's pictures, handing each to `onItem` in item order. Each worker keeps a few
 * items queued, so it goes on laying out while this thread is busy (writing files, say).
 * @throws Error naming the item when a layout fails (workers are stopped first).
 */
export async function renderCatalogueDrawings(items: readonly ItemAnalysis[], options: CatalogueDrawingOptions = {}): Promise<void> {
  const drawing: DrawingOptions = { lang: options.lang ?? DEFAULT_LANG, bpmn: options.bpmn === true, ...(options.layout ? { layout: options.layout } : {}) };
  await streamTasks(
    new URL('./drawing-worker.js', import.meta.url),
    items.map((item): DrawingTask => ({ item, options: drawing })),
    (task) => renderItemDrawings(task.item, task.options),
    { workers: options.workers ?? defaultWorkerCount(), inFlight: QUEUED_PER_WORKER, ...(options.onProgress ? { onProgress: options.onProgress } : {}) },
    (index, result) => options.onItem?.(items[index]!, result),
  ).catch((error: unknown) => {
    throw new Error(`diagram layout failed: ${error instanceof Error ? error.message : String(error)}`);
  });
}

/** Every item's SVG diagrams, keyed by item code (see renderCatalogueDrawings). */
export async function renderCatalogueDiagrams(items: readonly ItemAnalysis[], options: Omit<CatalogueDrawingOptions, 'bpmn'> = {}): Promise<Map<string, ItemDiagrams>> {
  const diagrams = new Map<string, ItemDiagrams>();
  await renderCatalogueDrawings(items, { ...options, onItem: (item, drawings) => {
    diagrams.set(item.itemCode, drawings.diagrams);
    options.onItem?.(item, drawings);
  } });
  return diagrams;
}
