// One file of a catalogue, start to finish, in whatever thread runs it: import the file, analyse
// each valid item and render its text in the chosen format — so only text and small figures travel
// between threads.

import type { FindingKind, ItemAnalysis, Lang, ObservedStep, Procedure } from '../domain/index.js';
import { importSourceFile, type EncodingName, type ImportedFile, type RoleWord, type SourceFile } from '../import/index.js';
import { analyzeProcedure, findItemFigures, type ItemFigures } from '../analyze/index.js';
import { applyObservedDurations, type DurationSource } from '../conformance/index.js';
import { renderCandidateCsv } from './candidate-csv.js';
import { reportFormats, type FormatStream, type StreamFormatName } from '../report/index.js';

export interface FileTask {
  source: SourceFile;
  encoding: EncodingName;
  /** A centre's own type words (--roles FILE). */
  roleWords: readonly RoleWord[];
  /** In workbooks, read only this sheet (--sheet); null: every visible sheet. */
  sheet: string | null;
  /** Analyse only this item; null: all. */
  itemCode: string | null;
  format: StreamFormatName;
  /** JSON only: every item's and candidate's full steps. */
  includeSteps: boolean;
  /** JSON only: indent each item fully. */
  pretty: boolean;
  /** Also render every candidate as a procedure CSV (--emit-candidates). */
  emitCandidates: boolean;
  /** The language of every message and of the rendered text (--lang). */
  lang: Lang;
  /** A case log's observed figures (analyze --log): used per step instead of the declared ones (--durations). */
  observed?: ObservedFigures;
}

/** What a case log observed, per item code, and which figure the analysis takes (--durations, --min-cases). */
export interface ObservedFigures {
  source: DurationSource;
  minCases: number;
  steps: Readonly<Record<string, readonly ObservedStep[]>>;
}

/**
 * The item's analysis; with observed figures, of the procedure whose observed steps take their
 * median or p90 (see applyObservedDurations), saying per step which figure was used.
 */
export function analyzeWithObserved(procedure: Procedure, observed: ObservedFigures | undefined, lang: Lang): ItemAnalysis {
  const steps = observed?.steps[procedure.itemCode];
  if (observed === undefined || steps === undefined) return analyzeProcedure(procedure, { lang });
  const applied = applyObservedDurations(procedure, steps, observed.source, observed.minCases);
  return { ...analyzeProcedure(applied.procedure, { lang }), observedDurations: applied.used };
}

/** An analysed item as it travels back: its text and what the summary, the tables and --fail-on need. */
export interface AnalysedItem {
  itemCode: string;
  /** The item as its format's stream renders it (the JSON item, the Markdown section and row, the CSV line). */
  piece: unknown;
  figures: ItemFigures;
  findingKinds: FindingKind[];
  /** The candidates as procedure CSVs, when the task asks for them (else empty). */
  candidateCsvs: { fileName: string; text: string }[];
}

/** Imports one file; the valid items not selected by the task (--item) carry no procedure. */
export function importTask(task: FileTask): ImportedFile<Procedure> {
  const imported = importSourceFile(task.source, { encoding: task.encoding, roleWords: task.roleWords, lang: task.lang, ...(task.sheet !== null ? { sheet: task.sheet } : {}) });
  if (task.itemCode === null) return imported;
  return { ...imported, items: imported.items.map((item) => (item.payload?.itemCode === task.itemCode ? item : { ...item, payload: null })) };
}

/** Analyses one procedure and renders it as the task asks. */
export function analyzeItem(procedure: Procedure, task: FileTask): AnalysedItem {
  const analysis = analyzeWithObserved(procedure, task.observed, task.lang);
  const stream: FormatStream = reportFormats[task.format].stream;
  return {
    itemCode: analysis.itemCode,
    piece: stream.renderItem(analysis, task),
    figures: findItemFigures(analysis),
    findingKinds: [...new Set(analysis.findings.map((f) => f.kind))],
    candidateCsvs: task.emitCandidates ? analysis.candidates.map((candidate) => renderCandidateCsv(analysis, candidate)) : [],
  };
}

/** Imports one file and analyses its valid items (only `itemCode`'s, when given): what a worker sends back. */
export function analyzeFile(task: FileTask): ImportedFile<AnalysedItem> {
  const imported = importTask(task);
  return { ...imported, items: imported.items.map((item) => ({ ...item, payload: item.payload === null ? null : analyzeItem(item.payload, task) })) };
}
