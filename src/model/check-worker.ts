// worker_threads entry: checks the machine shapes of a batch of items per task (see check-machines.ts).
// Imported by nothing: loading it registers the task handler.

import type { ShapeCheck } from './check-machine.js';
import { checkBatch, type CheckTask } from './check-machines.js';
import { serveTasks } from '../workers/index.js';

serveTasks<CheckTask, ShapeCheck[]>(checkBatch);
