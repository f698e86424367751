// analyzeSources(): the whole pipeline for a catalogue — import (bytes → procedures +
// diagnostics) → model (step graphs) → analyze (CPM, findings, candidates) → one AnalysisResult.

import type { AnalysisError, AnalysisResult, Diagnostic, ItemAnalysis, Procedure } from './domain/index.js';
import { ProcoptError } from './domain/index.js';
import { importFiles, type EncodingName, type ImportResult, type SourceFile } from './import/index.js';
import { analyzeProcedure, summarizeItems } from './analyze/index.js';

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

/** The procedures to analyse: all, or the one named by --item (an unknown code is a usage error). */
export function selectItems(imported: ImportResult, itemCode: string | undefined): Procedure[] {
  if (itemCode === undefined) return imported.procedures;
  const chosen = imported.procedures.filter((p) => p.itemCode === itemCode);
  const leftOut = imported.leftOut.some((l) => l.itemCode === itemCode);
  if (chosen.length === 0 && !leftOut) {
    throw new ProcoptError('UNKNOWN_ITEM', `no item with code "${itemCode}" (事项编码) in the input`);
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
