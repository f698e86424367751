// worker_threads entry: renders one item's pictures (SVG diagrams, BPMN files) per task, so ELK
// (which blocks its thread) runs off the main thread.

import { serveTasks } from '../workers/index.js';
import { renderItemDrawings, type DrawingTask, type ItemDrawings } from './drawings.js';

serveTasks<DrawingTask, ItemDrawings>((task) => renderItemDrawings(task.item, task.options));
