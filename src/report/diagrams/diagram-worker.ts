// worker_threads entry: renders one item's diagrams per message, so ELK (which blocks its
// thread) runs off the main thread. Messages: in {id, item}, out {id, diagrams} or {id, error}.

import { parentPort } from 'node:worker_threads';
import type { ItemAnalysis } from '../../domain/index.js';
import type { ProcedureLayoutOptions } from './layout.js';
import { renderDiagrams } from './render-diagrams.js';

export interface DiagramRequest {
  id: number;
  item: ItemAnalysis;
  options: ProcedureLayoutOptions;
}

const port = parentPort;
if (port) {
  port.on('message', (request: DiagramRequest) => {
    renderDiagrams(request.item, request.options).then(
      (diagrams) => port.postMessage({ id: request.id, diagrams }),
      (error: unknown) => port.postMessage({ id: request.id, error: error instanceof Error ? error.stack ?? error.message : String(error) }),
    );
  });
}
