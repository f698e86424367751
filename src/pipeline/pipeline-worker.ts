// worker_threads entry of the catalogue pipeline: one file per task (see analyze-file.ts).

import { serveTasks } from '../workers/index.js';
import { analyzeFile, type AnalysedItem, type FileTask } from './analyze-file.js';
import type { ImportedFile } from '../import/index.js';

serveTasks<FileTask, ImportedFile<AnalysedItem>>(analyzeFile);
