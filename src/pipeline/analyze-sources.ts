// The whole pipeline for a catalogue — import (bytes → procedures + diagnostics) → model (step
// graphs) → analyze (CPM, findings, candidates). analyzeSources() gives one AnalysisResult in this
// thread; analyzeSourcesToText() runs file by file on worker threads and writes a format's document.

import type { AnalysisError, AnalysisResult, Diagnostic, FindingKind, ItemAnalysis, Lang, LeftOutItem, Procedure } from '../domain/index.js';
import { ProcoptError } from '../domain/index.js';
import { createCombiner, importFiles, type EncodingName, type ImportResult, type RoleWord, type SourceFile } from '../import/index.js';
import { DEFAULT_SAMPLES, DEFAULT_SEED, summarizeFigures, summarizeItems, type DatesAndOddsOptions, type ItemFigures } from '../analyze/index.js';
import { reportFormats, type FormatStream, type StreamFormatName } from '../report/index.js';
import { CLI_TEXT, DEFAULT_LANG } from '../i18n/index.js';
import { poolSize, streamTasks } from '../workers/index.js';
import { analyzeFile, analyzeFully, analyzeItem, importTask, type AnalysedItem, type FileTask, type ObservedFigures } from './analyze-file.js';
import { mergeProblems, type ItemProblems } from './item-problems.js';

export interface PipelineOptions {
  /** Input encoding; 'auto' detects (BOM, then strict UTF-8, then GB18030). */
  encoding?: EncodingName;
  /** A centre's own type words (--roles FILE), read before the contract's table. */
  roleWords?: readonly RoleWord[];
  /** In workbooks, read only this sheet (--sheet). */
  sheet?: string;
  /** Analyse only this item (its input errors are still reported). */
  itemCode?: string;
  /** The per-item time budget in milliseconds; an item over it is reported (ITEM_TIME_LIMIT) and left out. Default: none. */
  itemTimeLimitMs?: number;
  /** Monte Carlo runs and seed (default DEFAULT_SAMPLES, DEFAULT_SEED) and, with a start date, the dates' calendar. */
  datesAndOdds?: DatesAndOddsOptions;
  /** Called after each item is analysed, for a progress display. */
  onProgress?: (done: number, total: number) => void;
  /** A case log's observed figures to use instead of the declared ones (analyze --log --durations). */
  observed?: ObservedFigures;
  /** The language of every message (--lang); default zh-CN. */
  lang?: Lang;
}

export interface PipelineRun {
  /** The import's result, with the analysis's problems added (located warnings; items over the time budget left out). */
  imported: ImportResult;
  result: AnalysisResult;
}

const datesAndOddsOf = (options: PipelineOptions): DatesAndOddsOptions => options.datesAndOdds ?? { samples: DEFAULT_SAMPLES, seed: DEFAULT_SEED };

/** Imports every file and analyses every item that imported cleanly; bad items land in `result.errors`. */
export function analyzeSources(files: readonly SourceFile[], options: PipelineOptions = {}): PipelineRun {
  const lang = options.lang ?? DEFAULT_LANG;
  const imported = importFiles(files, { encoding: options.encoding ?? 'auto', roleWords: options.roleWords ?? [], lang, ...(options.sheet !== undefined ? { sheet: options.sheet } : {}) });
  const procedures = selectItems(imported, options.itemCode, lang);
  const items: ItemAnalysis[] = [];
  const added: ItemProblems[] = [];
  let done = 0;
  for (const procedure of procedures) {
    const { analysis, problems } = analyzeFully(procedure, options.observed, { lang, ...(options.itemTimeLimitMs === undefined ? {} : { timeLimitMs: options.itemTimeLimitMs }) }, datesAndOddsOf(options));
    if (analysis !== null) items.push(analysis);
    added.push(problems);
    options.onProgress?.(++done, procedures.length);
  }
  const problems = mergeProblems(imported, added, files);
  const result: AnalysisResult = {
    schemaVersion: 1,
    lang,
    items,
    summary: summarizeItems(items),
    errors: toAnalysisErrors(problems.diagnostics, 'error', options.itemCode),
    warnings: toAnalysisErrors(problems.diagnostics, 'warning', options.itemCode),
  };
  return { imported: { ...imported, ...problems }, result };
}

export interface TextPipelineOptions extends PipelineOptions {
  /** json: the analysis contract; md: report.md; csv: summary.csv (without BOM). */
  format: StreamFormatName;
  /** JSON only: include every item's and candidate's full steps. */
  includeSteps: boolean;
  /** JSON only: indent every item fully (default: one item per line). */
  pretty: boolean;
  /** Worker threads (files are shared among them); 0 runs everything in this thread. */
  workers: number;
  /** Called with every candidate as a procedure CSV, in item order (--emit-candidates). */
  onCandidateCsv?: (csv: { fileName: string; text: string }) => void;
}

/** What the CLI needs besides the document. */
export interface TextRun {
  diagnostics: Diagnostic[];
  leftOut: LeftOutItem[];
  /** The analysed items with the kinds of their findings (for --fail-on). */
  items: { itemCode: string; findingKinds: FindingKind[] }[];
}

/**
 * analyzeSources rendered as one format's document, file by file on worker threads: each file is
 * imported, analysed and rendered where it runs, and only text and small figures come back. Files
 * are combined here in catalogue order (item codes checked across files) and each file's items go to
 * `write` as soon as it and the files before it are done (Markdown keeps only the items' sections,
 * as bytes, until its tables are written), so memory does not hold the catalogue's analyses. Without workers each
 * item goes to `write` as soon as it is rendered. The document is the
 * same whatever the number of workers, and equals the format's renderer on analyzeSources' result.
 * @throws ProcoptError UNKNOWN_ITEM (before anything is written) when --item names no item.
 */
export async function analyzeSourcesToText(
  files: readonly SourceFile[],
  options: TextPipelineOptions,
  write: (piece: string | Uint8Array) => void,
): Promise<TextRun> {
  const lang = options.lang ?? DEFAULT_LANG;
  const tasks = files.map(
    (source): FileTask => ({
      lang,
      source,
      encoding: options.encoding ?? 'auto',
      roleWords: options.roleWords ?? [],
      sheet: options.sheet ?? null,
      itemCode: options.itemCode ?? null,
      format: options.format,
      includeSteps: options.includeSteps,
      pretty: options.pretty,
      emitCandidates: options.onCandidateCsv !== undefined,
      itemTimeLimitMs: options.itemTimeLimitMs ?? null,
      datesAndOdds: datesAndOddsOf(options),
      ...(options.observed !== undefined ? { observed: options.observed } : {}),
    }),
  );
  const stream: FormatStream = reportFormats[options.format].stream;
  const writer = stream.createWriter(write, { lang });
  const figures: ItemFigures[] = [];
  const items: TextRun['items'] = [];
  const added: ItemProblems[] = [];
  const take = (analysed: AnalysedItem): void => {
    added.push(analysed.problems);
    // An item over the time budget has nothing to write: it is left out whole.
    if (analysed.figures === null) return;
    writer.item(analysed.piece);
    for (const csv of analysed.candidateCsvs) options.onCandidateCsv?.(csv);
    figures.push(analysed.figures);
    items.push({ itemCode: analysed.itemCode, findingKinds: analysed.findingKinds });
  };
  let combined: { diagnostics: Diagnostic[]; leftOut: LeftOutItem[] };
  if (poolSize(options.workers, tasks.length) === 0) {
    // In this thread each item is analysed, rendered and written before the next, so no file's
    // items wait as text (a large file's text would outlive the young generation of the heap).
    const combiner = createCombiner<Procedure>(lang);
    for (const [i, task] of tasks.entries()) {
      for (const procedure of combiner.add(importTask(task))) take(analyzeItem(procedure, task));
      options.onProgress?.(i + 1, tasks.length);
    }
    combined = combiner.finish();
  } else {
    const combiner = createCombiner<AnalysedItem>(lang);
    await streamTasks(
      new URL('./pipeline-worker.js', import.meta.url),
      tasks,
      analyzeFile,
      { workers: options.workers, ...(options.onProgress ? { onProgress: options.onProgress } : {}) },
      (_index, file) => {
        for (const analysed of combiner.add(file)) take(analysed);
      },
    );
    combined = combiner.finish();
  }
  const { diagnostics, leftOut } = mergeProblems(combined, added, files);
  const itemCode = options.itemCode;
  if (itemCode !== undefined && items.length === 0 && !leftOut.some((l) => l.itemCode === itemCode)) {
    throw unknownItem(itemCode, lang);
  }
  writer.end({
    summary: summarizeFigures(figures),
    errors: toAnalysisErrors(diagnostics, 'error', itemCode),
    warnings: toAnalysisErrors(diagnostics, 'warning', itemCode),
  });
  return { diagnostics, leftOut, items };
}

function unknownItem(itemCode: string, lang: Lang): ProcoptError {
  return new ProcoptError('UNKNOWN_ITEM', CLI_TEXT[lang].unknownItem({ itemCode }));
}

/** The procedures to analyse: all, or the one named by --item (an unknown code is a usage error). */
export function selectItems(imported: ImportResult, itemCode: string | undefined, lang: Lang = DEFAULT_LANG): Procedure[] {
  if (itemCode === undefined) return imported.procedures;
  const chosen = imported.procedures.filter((p) => p.itemCode === itemCode);
  const leftOut = imported.leftOut.some((l) => l.itemCode === itemCode);
  if (chosen.length === 0 && !leftOut) {
    throw unknownItem(itemCode, lang);
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
