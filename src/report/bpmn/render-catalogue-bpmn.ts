// An item's BPMN files (the declared procedure and the best candidate) as a report folder holds them
// (bpmn/), and their file names. A report renders them with the diagrams (drawings.ts), from the same
// layouts.

import type { ItemAnalysis } from '../../domain/index.js';
import { DEFAULT_LANG, type Lang } from '../../i18n/index.js';
import { findBestCandidate } from '../figures.js';
import { safeFileName } from '../safe-file-name.js';
import type { BPMN_VARIANTS } from './render-bpmn.js';
import { renderBpmn } from './render-bpmn.js';

export type BpmnVariant = (typeof BPMN_VARIANTS)[number];

/** An item's BPMN documents: `best` is absent when the item has no candidate. */
export type ItemBpmn = Partial<Record<BpmnVariant, string>> & { original: string };

/** The file name (no folder) of an item's BPMN variant, e.g. `X-001.original.bpmn`. */
export function bpmnFileName(itemCode: string, variant: BpmnVariant): string {
  return `${safeFileName(itemCode)}.${variant}.bpmn`;
}

/** The original's and the best candidate's BPMN of one item, in this thread. */
export async function renderItemBpmn(item: ItemAnalysis, lang: Lang = DEFAULT_LANG): Promise<ItemBpmn> {
  const original = await renderBpmn(item, 'original', lang);
  return findBestCandidate(item) === undefined ? { original } : { original, best: await renderBpmn(item, 'best', lang) };
}
