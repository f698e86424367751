// worker_threads entry: checks a batch of items' machines per task (see check-machines.ts).
// Imported by nothing: loading it registers the task handler.

import type { MachineCheck } from './check-machine.js';
import { checkBatch, type CheckTask } from './check-machines.js';
import { serveTasks } from '../workers/index.js';

serveTasks<CheckTask, MachineCheck[]>(checkBatch);
