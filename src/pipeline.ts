// The whole pipeline for a catalogue — import (bytes → procedures + diagnostics) → model (step
// graphs) → analyze (CPM, findings, candidates). analyzeSources() gives one AnalysisResult in this
// thread; analyzeSourcesToJson() runs file by file on worker threads and gives the JSON document.

import type { AnalysisError, AnalysisResult, Diagnostic, FindingKind, ItemAnalysis, LeftOutItem, Procedure } from './domain/index.js';
import { ProcoptError } from './domain/index.js';
import { createCombiner, importFiles, type EncodingName, type ImportResult, type SourceFile } from './import/index.js';
import { analyzeProcedure, summarizeFigures, summarizeItems, type ItemFigures } from './analyze/index.js';
import { createJsonWriter } from './report/index.js';
import { streamTasks } from './workers/index.js';
import { analyzeFile, type AnalysedItem, type FileTask } from './pipeline-file.js';

export interface PipelineOptions {
  /** Input encoding; 'auto' detects (BOM, then strict UTF-8, then GB18030). */
  encoding?: EncodingName;
  /** Analyse only this item (its input errors are still reported). */
  itemCode?: string;
  /** Called after each item is analysed, for a progress display. */
  onProgress?: (done: number, total: number) => void;
}

export interface PipelineRun {
  imported: ImportResult;
  result: AnalysisResult;
}

/** Imports every file and analyses every item that imported cleanly; bad items land in `result.errors`. */
export function analyzeSources(files: readonly SourceFile[], options: PipelineOptions = {}): PipelineRun {
  const imported = importFiles(files, { encoding: options.encoding ?? 'auto' });
  const procedures = selectItems(imported, options.itemCode);
  const items: ItemAnalysis[] = [];
  for (const procedure of procedures) {
    items.push(analyzeProcedure(procedure));
    options.onProgress?.(items.length, procedures.length);
  }
  const result: AnalysisResult = {
    schemaVersion: 1,
    items,
    summary: summarizeItems(items),
    errors: toAnalysisErrors(imported.diagnostics, 'error', options.itemCode),
    warnings: toAnalysisErrors(imported.diagnostics, 'warning', options.itemCode),
  };
  return { imported, result };
}

export interface JsonPipelineOptions extends PipelineOptions {
  /** Include every item's and candidate's full steps in the JSON. */
  includeSteps: boolean;
  /** Indent every item fully (default: one item per line). */
  pretty: boolean;
  /** Worker threads (files are shared among them); 0 runs everything in this thread. */
  workers: number;
}

/** What the CLI needs besides the JSON document. */
export interface JsonRun {
  diagnostics: Diagnostic[];
  leftOut: LeftOutItem[];
  /** The analysed items with the kinds of their findings (for --fail-on). */
  items: { itemCode: string; findingKinds: FindingKind[] }[];
}

/**
 * analyzeSources for JSON output, file by file on worker threads: each file is imported, analysed
 * and rendered where it runs, and only text and small figures come back. Files are combined here in
 * catalogue order (item codes checked across files) and each file's items are written through
 * `write` as soon as it and the files before it are done, so memory stays flat. The document is the
 * same whatever the number of workers, and equals renderJson of analyzeSources' result.
 * @throws ProcoptError UNKNOWN_ITEM (before anything is written) when --item names no item.
 */
export async function analyzeSourcesToJson(
  files: readonly SourceFile[],
  options: JsonPipelineOptions,
  write: (text: string) => void,
): Promise<JsonRun> {
  const tasks = files.map(
    (source): FileTask => ({
      source,
      encoding: options.encoding ?? 'auto',
      itemCode: options.itemCode ?? null,
      includeSteps: options.includeSteps,
      pretty: options.pretty,
    }),
  );
  const combiner = createCombiner<AnalysedItem>();
  const writer = createJsonWriter(write);
  const figures: ItemFigures[] = [];
  const items: JsonRun['items'] = [];
  await streamTasks(
    new URL('./pipeline-worker.js', import.meta.url),
    tasks,
    analyzeFile,
    { workers: options.workers, ...(options.onProgress ? { onProgress: options.onProgress } : {}) },
    (_index, file) => {
      for (const analysed of combiner.add(file)) {
        writer.item(analysed.json);
        figures.push(analysed.figures);
        items.push({ itemCode: analysed.itemCode, findingKinds: analysed.findingKinds });
      }
    },
  );
  const { diagnostics, leftOut } = combiner.finish();
  const itemCode = options.itemCode;
  if (itemCode !== undefined && items.length === 0 && !leftOut.some((l) => l.itemCode === itemCode)) {
    throw unknownItem(itemCode);
  }
  writer.end({
    summary: summarizeFigures(figures),
    errors: toAnalysisErrors(diagnostics, 'error', itemCode),
    warnings: toAnalysisErrors(diagnostics, 'warning', itemCode),
  });
  return { diagnostics, leftOut, items };
}

function unknownItem(itemCode: string): ProcoptError {
  return new ProcoptError('UNKNOWN_ITEM', `no item with code "${itemCode}" (事项编码) in the input`);
}

/** The procedures to analyse: all, or the one named by --item (an unknown code is a usage error). */
export function selectItems(imported: ImportResult, itemCode: string | undefined): Procedure[] {
  if (itemCode === undefined) return imported.procedures;
  const chosen = imported.procedures.filter((p) => p.itemCode === itemCode);
  const leftOut = imported.leftOut.some((l) => l.itemCode === itemCode);
  if (chosen.length === 0 && !leftOut) {
    throw unknownItem(itemCode);
  }
  return chosen;
}

function toAnalysisErrors(
  diagnostics: readonly Diagnostic[],
  severity: Diagnostic['severity'],
  itemCode: string | undefined,
): AnalysisError[] {
  return diagnostics
    .filter((d) => d.severity === severity)
    .filter((d) => itemCode === undefined || d.itemCode === undefined || d.itemCode === itemCode)
    .map((d) => ({
      file: d.file,
      line: d.line,
      ...(d.itemCode !== undefined ? { itemCode: d.itemCode } : {}),
      ...(d.column !== undefined ? { column: d.column } : {}),
      code: d.code,
      message: d.message,
    }));
}
