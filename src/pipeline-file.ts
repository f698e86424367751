// One file of a catalogue, start to finish, in whatever thread runs it: import the file, analyse
// each valid item and render its JSON — so only text and small figures travel between threads.

import type { FindingKind } from './domain/index.js';
import { importSourceFile, type EncodingName, type ImportedFile, type SourceFile } from './import/index.js';
import { analyzeProcedure, findItemFigures, type ItemFigures } from './analyze/index.js';
import { renderJsonItem } from './report/index.js';

export interface FileTask {
  source: SourceFile;
  encoding: EncodingName;
  /** Analyse only this item; null: all. */
  itemCode: string | null;
  includeSteps: boolean;
  pretty: boolean;
}

/** An analysed item as it travels back: its JSON text and what the summary and --fail-on need. */
export interface AnalysedItem {
  itemCode: string;
  json: string;
  figures: ItemFigures;
  findingKinds: FindingKind[];
}

/** Imports one file and analyses its valid items (only `itemCode`'s, when given). */
export function analyzeFile(task: FileTask): ImportedFile<AnalysedItem> {
  const imported = importSourceFile(task.source, { encoding: task.encoding });
  return {
    file: imported.file,
    diagnostics: imported.diagnostics,
    items: imported.items.map((item) => {
      const procedure = item.payload;
      if (procedure === null || (task.itemCode !== null && procedure.itemCode !== task.itemCode)) {
        return { ...item, payload: null };
      }
      const analysis = analyzeProcedure(procedure);
      return {
        ...item,
        payload: {
          itemCode: analysis.itemCode,
          json: renderJsonItem(analysis, { includeSteps: task.includeSteps, pretty: task.pretty }),
          figures: findItemFigures(analysis),
          findingKinds: [...new Set(analysis.findings.map((f) => f.kind))],
        },
      };
    }),
  };
}
