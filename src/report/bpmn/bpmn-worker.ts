// worker_threads entry: renders one item's BPMN files per task, so ELK (which blocks its thread) runs
// off the main thread.

import { serveTasks } from '../../workers/index.js';
import { renderItemBpmn, type BpmnTask, type ItemBpmn } from './render-catalogue-bpmn.js';

serveTasks<BpmnTask, ItemBpmn>((task) => renderItemBpmn(task.item));
