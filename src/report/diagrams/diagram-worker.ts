// worker_threads entry: renders one item's diagrams per task, so ELK (which blocks its thread)
// runs off the main thread.

import type { ItemAnalysis } from '../../domain/index.js';
import { serveTasks } from '../../workers/index.js';
import type { ProcedureLayoutOptions } from './layout.js';
import { renderDiagrams, type ItemDiagrams } from './render-diagrams.js';

export interface DiagramTask {
  item: ItemAnalysis;
  options: ProcedureLayoutOptions;
}

serveTasks<DiagramTask, ItemDiagrams>((task) => renderDiagrams(task.item, task.options));
