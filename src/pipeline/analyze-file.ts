// One file of a catalogue, start to finish, in whatever thread runs it: import the file, analyse
// each valid item and render its text in the chosen format — so only text and small figures travel
// between threads.

import type { Diagnostic, FindingKind, ItemAnalysis, ObservedStep, Procedure } from '../domain/index.js';
import { importSourceFile, type EncodingName, type ImportedFile, type RoleWord, type SourceFile } from '../import/index.js';
import { addDatesAndOdds, analyzeProcedure, findItemFigures, type DatesAndOddsOptions, type ItemFigures } from '../analyze/index.js';
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
  /** A case log's observed figures (analyze --log): used per step instead of the declared ones (--durations). */
  observed?: ObservedFigures;
  /** The Monte Carlo's runs and seed (--samples, --seed) and, with --start-date, the start and its calendar. */
  datesAndOdds: DatesAndOddsOptions;
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
export function analyzeWithObserved(procedure: Procedure, observed: ObservedFigures | undefined): ItemAnalysis {
  const steps = observed?.steps[procedure.itemCode];
  if (observed === undefined || steps === undefined) return analyzeProcedure(procedure);
  const applied = applyObservedDurations(procedure, steps, observed.source, observed.minCases);
  return { ...analyzeProcedure(applied.procedure), observedDurations: applied.used };
}

/**
 * The item's analysis (analyzeWithObserved) with its odds and dates (addDatesAndOdds); a date left
 * out beyond the calendar's coverage becomes a warning located at the item.
 */
export function analyzeFully(
  procedure: Procedure,
  observed: ObservedFigures | undefined,
  datesAndOdds: DatesAndOddsOptions,
): { analysis: ItemAnalysis; warnings: Diagnostic[] } {
  const { item, problem } = addDatesAndOdds(analyzeWithObserved(procedure, observed), datesAndOdds);
  if (problem === null) return { analysis: item, warnings: [] };
  const { file, line } = procedure.source;
  return { analysis: item, warnings: [{ severity: 'warning', code: 'OUTSIDE_CALENDAR', file, line, itemCode: procedure.itemCode, message: problem }] };
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
  /** Dates left out beyond the calendar's coverage (see analyzeFully). */
  warnings: Diagnostic[];
}

/** Imports one file; the valid items not selected by the task (--item) carry no procedure. */
export function importTask(task: FileTask): ImportedFile<Procedure> {
  const imported = importSourceFile(task.source, { encoding: task.encoding, roleWords: task.roleWords, ...(task.sheet !== null ? { sheet: task.sheet } : {}) });
  if (task.itemCode === null) return imported;
  return { ...imported, items: imported.items.map((item) => (item.payload?.itemCode === task.itemCode ? item : { ...item, payload: null })) };
}

/** Analyses one procedure and renders it as the task asks. */
export function analyzeItem(procedure: Procedure, task: FileTask): AnalysedItem {
  const { analysis, warnings } = analyzeFully(procedure, task.observed, task.datesAndOdds);
  const stream: FormatStream = reportFormats[task.format].stream;
  return {
    itemCode: analysis.itemCode,
    piece: stream.renderItem(analysis, task),
    figures: findItemFigures(analysis),
    findingKinds: [...new Set(analysis.findings.map((f) => f.kind))],
    candidateCsvs: task.emitCandidates ? analysis.candidates.map((candidate) => renderCandidateCsv(analysis, candidate)) : [],
    warnings,
  };
}

/** Imports one file and analyses its valid items (only `itemCode`'s, when given): what a worker sends back. */
export function analyzeFile(task: FileTask): ImportedFile<AnalysedItem> {
  const imported = importTask(task);
  return { ...imported, items: imported.items.map((item) => ({ ...item, payload: item.payload === null ? null : analyzeItem(item.payload, task) })) };
}
