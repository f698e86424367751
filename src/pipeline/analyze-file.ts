// One file of a catalogue, start to finish, in whatever thread runs it: import the file, analyse
// each valid item and render its text in the chosen format — so only text and small figures travel
// between threads.

import { ItemTimeLimitError, type FindingKind, type ItemAnalysis, type Lang, type ObservedStep, type Procedure } from '../domain/index.js';
import { importSourceFile, type EncodingName, type ImportedFile, type RoleWord, type SourceFile } from '../import/index.js';
import { addDatesAndOdds, analyzeProcedure, findItemFigures, type AnalyzeOptions, type DatesAndOddsOptions, type ItemFigures } from '../analyze/index.js';
import { applyObservedDurations, type DurationSource } from '../conformance/index.js';
import { renderCandidateCsv } from './candidate-csv.js';
import { timeLimitOf, warningsOf, type ItemProblems } from './item-problems.js';
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
  /** The per-item time budget in milliseconds (null: none); an item over it is left out. */
  itemTimeLimitMs: number | null;
  /** The Monte Carlo's runs and seed (--samples, --seed) and, with --start-date, the start and its calendar. */
  datesAndOdds: DatesAndOddsOptions;
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
 * median or p90 (see applyObservedDurations), saying per step which figure was used. Throws
 * ItemTimeLimitError over the time budget.
 */
export function analyzeWithObserved(procedure: Procedure, observed: ObservedFigures | undefined, options: AnalyzeOptions = {}): ItemAnalysis {
  const steps = observed?.steps[procedure.itemCode];
  if (observed === undefined || steps === undefined) return analyzeProcedure(procedure, options);
  const applied = applyObservedDurations(procedure, steps, observed.source, observed.minCases);
  return { ...analyzeProcedure(applied.procedure, options), observedDurations: applied.used };
}

/**
 * The item's analysis (analyzeWithObserved) with its odds and dates (addDatesAndOdds) and the
 * problems it adds: its located warnings, a date left out beyond the calendar's coverage (a warning
 * at the item), or — over the time budget — an error, with no analysis (the item is left out).
 */
export function analyzeFully(
  procedure: Procedure,
  observed: ObservedFigures | undefined,
  options: AnalyzeOptions,
  datesAndOdds: DatesAndOddsOptions,
): { analysis: ItemAnalysis | null; problems: ItemProblems } {
  let analysed;
  try {
    analysed = analyzeWithObserved(procedure, observed, options);
  } catch (error) {
    if (!(error instanceof ItemTimeLimitError)) throw error;
    return { analysis: null, problems: timeLimitOf(procedure, error) };
  }
  const { item, problem } = addDatesAndOdds(analysed, datesAndOdds, options.lang);
  const problems = warningsOf(procedure, item);
  if (problem !== null) {
    const { file, line } = procedure.source;
    problems.diagnostics.push({ severity: 'warning', code: 'OUTSIDE_CALENDAR', file, line, itemCode: procedure.itemCode, message: problem });
  }
  return { analysis: item, problems };
}

/**
 * An analysed item as it travels back: its text and what the summary, the tables and --fail-on need,
 * or — an item over the time budget — nothing but its problems (nothing of it is written).
 */
export interface AnalysedItem {
  itemCode: string;
  /** The item as its format's stream renders it (the JSON item, the Markdown section and row, the CSV line); null when left out. */
  piece: unknown;
  figures: ItemFigures | null;
  findingKinds: FindingKind[];
  /** The candidates as procedure CSVs, when the task asks for them (else empty). */
  candidateCsvs: { fileName: string; text: string }[];
  /** What the analysis adds to the input's problems (mergeProblems puts them in order). */
  problems: ItemProblems;
}

/** Imports one file; the valid items not selected by the task (--item) carry no procedure. */
export function importTask(task: FileTask): ImportedFile<Procedure> {
  const imported = importSourceFile(task.source, { encoding: task.encoding, roleWords: task.roleWords, lang: task.lang, ...(task.sheet !== null ? { sheet: task.sheet } : {}) });
  if (task.itemCode === null) return imported;
  return { ...imported, items: imported.items.map((item) => (item.payload?.itemCode === task.itemCode ? item : { ...item, payload: null })) };
}

/** Analyses one procedure and renders it as the task asks; an item over the time budget is left out whole. */
export function analyzeItem(procedure: Procedure, task: FileTask): AnalysedItem {
  const { analysis, problems } = analyzeFully(procedure, task.observed, { lang: task.lang, ...(task.itemTimeLimitMs === null ? {} : { timeLimitMs: task.itemTimeLimitMs }) }, task.datesAndOdds);
  if (analysis === null) return { itemCode: procedure.itemCode, piece: null, figures: null, findingKinds: [], candidateCsvs: [], problems };
  const stream: FormatStream = reportFormats[task.format].stream;
  return {
    itemCode: analysis.itemCode,
    piece: stream.renderItem(analysis, task),
    figures: findItemFigures(analysis),
    findingKinds: [...new Set(analysis.findings.map((f) => f.kind))],
    candidateCsvs: task.emitCandidates ? analysis.candidates.map((candidate) => renderCandidateCsv(analysis, candidate)) : [],
    problems,
  };
}

/** Imports one file and analyses its valid items (only `itemCode`'s, when given): what a worker sends back. */
export function analyzeFile(task: FileTask): ImportedFile<AnalysedItem> {
  const imported = importTask(task);
  return { ...imported, items: imported.items.map((item) => ({ ...item, payload: item.payload === null ? null : analyzeItem(item.payload, task) })) };
}
