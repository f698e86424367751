// procopt analyze: the main job — analyse a catalogue and write JSON, Markdown or a CSV summary;
// optionally emit every candidate as a procedure CSV and fail on a finding kind. Every output runs
// file by file (on worker threads where there are cores to spare) and is written piece by piece.

import { join } from 'node:path';
import type { AnalysisResult, FindingKind } from '../../domain/index.js';
import { encodeText, namesThreePointColumns, type EncodingName } from '../../import/index.js';
import { reportFormats, type StreamFormatName } from '../../report/index.js';
import { analyzeSourcesToText, renderCandidateCsv } from '../../pipeline/index.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { concernsItem, type InputOptions, importOptions, printDiagnostics, readInputs } from '../inputs.js';
import { CLI_TEXT } from '../../i18n/index.js';
import { startProgress } from '../progress.js';
import { openOutput } from '../output.js';
import { coreCount } from '../../workers/index.js';
import { loadCommandCalendar, observeCatalogue, type AnalysisLogOptions } from '../case-logs.js';
import { makeFolder, writeOutputFile } from '../write-files.js';
import { datesAndOddsOptions, type DateAndOddsCliOptions } from '../dates-and-odds.js';

export interface AnalyzeOptions extends AnalysisLogOptions, InputOptions, Omit<DateAndOddsCliOptions, 'calendar' | 'encoding' | 'lang'> {
  encoding: EncodingName;
  /** A centre's own type words: a CSV of word, role. */
  roles?: string;
  sheet?: string;
  format: StreamFormatName;
  out?: string;
  item?: string;
  failOn: FindingKind[];
  emitCandidates?: string;
  /** Include the procedures' full steps in JSON. */
  steps: boolean;
  /** Indent every item of the JSON fully. */
  pretty: boolean;
  /** Worker threads for JSON output (0: this thread); default one per core for catalogues over 1 MB. */
  workers?: number;
  /** The per-item analysis time budget in seconds. */
  itemTimeLimit?: number;
}

const SMALL_CATALOGUE_BYTES = 1_000_000;

/**
 * Workers for JSON output when --workers is not given. Starting one costs ~0.2 s (module load, cold
 * JIT), and the analysis allocates so much that one thread already keeps a second core busy with
 * garbage collection: measured on 2 cores, 2 workers were slower than none (docs/benchmarks.md).
 * So: none for small catalogues, cores − 1 otherwise — and none on 2 cores, unless Monte Carlo runs
 * (`montecarlo`: a file names the three-point columns and --samples > 0). Its sampling is steady
 * work in typed arrays with little garbage, so there every core takes a file: on 2 cores the 10k
 * catalogue with 30 % uncertain steps at 10 000 samples took ~20 s with 2 workers, ~30–38 s with none.
 */
export function defaultAnalyzeWorkers(bytes: number, montecarlo: boolean, cores: number = coreCount()): number {
  if (bytes < SMALL_CATALOGUE_BYTES || cores < 2) return 0;
  if (montecarlo) return cores;
  return cores <= 2 ? 0 : cores - 1;
}

/** Runs the pipeline and writes the chosen format; returns the exit status. */
export async function runAnalyze(paths: readonly string[], options: AnalyzeOptions, io: Io): Promise<ExitCode> {
  const text = CLI_TEXT[options.lang];
  const { files, unreadable } = readInputs(paths, options.lang, io);
  // With --log, the cases are checked first: their observed figures go into every item's analysis.
  const importing = importOptions(options, io);
  // --calendar is read once, for the logs and the dates alike (one diagnostic per bad row).
  const loadedCalendar = loadCommandCalendar(options, io);
  const logs = observeCatalogue(files, { ...options, ...(loadedCalendar !== undefined ? { loadedCalendar } : {}) }, importing, io);
  const datesAndOdds = datesAndOddsOptions(options, io, loadedCalendar);
  // The pipeline reports files done (each file is imported, analysed and written as one task).
  const progress = startProgress(io, options.lang, 'analysing', 'files');
  const onProgress = (done: number, total: number): void => progress.update(done, total);
  const selection = options.item !== undefined ? { itemCode: options.item } : {};
  const relevant = (itemCode: string | undefined): boolean => concernsItem(itemCode, options.item);

  // Every format streams: items are analysed and written file by file, never all held at once.
  const montecarlo = datesAndOdds.samples > 0 && files.some((f) => namesThreePointColumns(f, options.encoding));
  const workers = options.workers ?? defaultAnalyzeWorkers(files.reduce((n, f) => n + f.bytes.length, 0), montecarlo);
  const output = openOutput(options.out, io, reportFormats[options.format].fileStart);
  const candidateDir = options.emitCandidates;
  let candidates = 0;
  const emit =
    candidateDir === undefined
      ? {}
      : {
          onCandidateCsv: (csv: { fileName: string; text: string }): void => {
            if (candidates++ === 0) makeFolder(candidateDir);
            writeCandidate(candidateDir, csv);
          },
        };
  let run;
  try {
    run = await analyzeSourcesToText(
      files,
      {
        ...importing,
        ...selection,
        format: options.format,
        includeSteps: options.steps,
        pretty: options.pretty,
        workers,
        ...(options.itemTimeLimit !== undefined ? { itemTimeLimitMs: options.itemTimeLimit * 1000 } : {}),
        onProgress,
        ...emit,
        ...(logs !== undefined ? { observed: logs.observed } : {}),
        datesAndOdds,
      },
      output.write,
    );
  } finally {
    progress.stop();
    output.close();
  }
  progress.stop();
  const shown = run.diagnostics.filter((d) => relevant(d.itemCode));
  printDiagnostics(shown, options.lang, io);
  if (candidateDir !== undefined) {
    // The folder is made with its first file; a run with no candidate still leaves it (empty).
    if (candidates === 0) makeFolder(candidateDir);
    io.err(`${text.wroteCandidates({ count: candidates, dir: candidateDir })}\n`);
  }
  const { leftOut, items } = run;
  const failing = items.filter((item) => item.findingKinds.some((kind) => options.failOn.includes(kind)));
  if (failing.length > 0) {
    io.err(`${text.failOn({ count: failing.length, kinds: options.failOn, itemCodes: failing.map((i) => i.itemCode) })}\n`);
  }
  // The last line: what was analysed and written, and what was left out (the reason for exit 1).
  io.err(
    `${text.analyzeSummary({
      items: items.length,
      leftOut: leftOut.filter((l) => relevant(l.itemCode)).map((l) => l.itemCode),
      errors: shown.filter((d) => d.severity === 'error').length,
      warnings: shown.filter((d) => d.severity === 'warning').length,
      out: options.out ?? null,
    })}\n`,
  );

  if (unreadable.length > 0 || logs?.run.unreadable === true) return EXIT.usage;
  // Any input error exits 1: an item left out, or a file rejected whole (empty, undecodable, no header).
  const inputErrors = shown.some((d) => d.severity === 'error');
  if (inputErrors || leftOut.some((l) => relevant(l.itemCode)) || (logs?.run.conformance.errors.length ?? 0) > 0) return EXIT.inputProblems;
  return failing.length > 0 ? EXIT.inputProblems : EXIT.ok;
}

/** Writes `<dir>/<item>.<candidate>.csv` for every candidate; returns how many were written. */
export function emitCandidates(result: AnalysisResult, dir: string, onFile?: (fileName: string) => void): number {
  makeFolder(dir);
  let count = 0;
  for (const item of result.items) {
    for (const candidate of item.candidates) {
      const csv = renderCandidateCsv(item, candidate);
      writeCandidate(dir, csv);
      onFile?.(csv.fileName);
      count++;
    }
  }
  return count;
}

/** One candidate's CSV, with the UTF-8 BOM Excel needs. */
function writeCandidate(dir: string, csv: { fileName: string; text: string }): void {
  writeOutputFile(join(dir, csv.fileName), encodeText(csv.text, 'utf-8', true));
}
