// What the commands that take --log share: the working-day calendar (built in, or with --calendar
// FILE on top), the case logs read and checked against the catalogue's items, their problems
// printed compiler-style, and the result as the plain ConformanceResult reports and the JSON read.

import { buildWorkingCalendar, builtInCalendar, type WorkingCalendar } from '../calendar/index.js';
import { checkConformance, DEFAULT_ALIGNMENT_MAX_STATES, DEFAULT_MIN_CASES, type DurationSource } from '../conformance/index.js';
import type { ConformanceResult, Diagnostic, Lang, LeftOutItem, LogError, Procedure } from '../domain/index.js';
import { importCalendar, importCaseLogs, importFiles, openLogSources, readSourceFiles, type EncodingName, type ImportOptions, type SourceFile } from '../import/index.js';
import type { ObservedFigures } from '../pipeline/index.js';
import type { Io } from './io.js';
import { printDiagnostics } from './inputs.js';

export interface CaseLogOptions {
  log: readonly string[];
  calendar?: string;
  /** The calendar already read for this command (loadCalendar), so that --calendar is read once. */
  loadedCalendar?: LoadedCalendar;
  maxStates?: number;
  item?: string;
  encoding: EncodingName;
  /** The language of every message (--lang). */
  lang: Lang;
}

export interface CaseLogRun {
  conformance: ConformanceResult;
  /** Every problem of the calendar file and the logs (already printed). */
  diagnostics: Diagnostic[];
  /** A log or calendar file could not be read (exit status 2). */
  unreadable: boolean;
}

/** A working-day calendar as read for one command, with the problems of its --calendar file. */
export interface LoadedCalendar {
  calendar: WorkingCalendar;
  diagnostics: Diagnostic[];
}

/** The calendar: built in, with the --calendar file's days on top (its problems printed). */
export function loadCalendar(path: string | undefined, encoding: EncodingName, lang: Lang, io: Io): LoadedCalendar {
  if (path === undefined) return { calendar: builtInCalendar(), diagnostics: [] };
  const { files, diagnostics } = readSourceFiles([path], lang);
  const file = files[0];
  if (file === undefined) {
    printDiagnostics(diagnostics, lang, io);
    return { calendar: builtInCalendar(), diagnostics };
  }
  const imported = importCalendar(file, encoding, lang);
  printDiagnostics(imported.diagnostics, lang, io);
  return { calendar: buildWorkingCalendar(imported.overrides), diagnostics: imported.diagnostics };
}

const toLogError = (d: Diagnostic): LogError => ({
  file: d.file,
  line: d.line,
  ...(d.column !== undefined ? { column: d.column } : {}),
  ...(d.itemCode !== undefined ? { itemCode: d.itemCode } : {}),
  code: d.code,
  message: d.message,
});

/** Reads the logs and checks every case against `procedures`; prints every problem. */
export function runCaseLogs(procedures: readonly Procedure[], leftOut: readonly LeftOutItem[], options: CaseLogOptions, io: Io): CaseLogRun {
  const { calendar, diagnostics: calendarProblems } = options.loadedCalendar ?? loadCalendar(options.calendar, options.encoding, options.lang, io);
  const { sources, diagnostics: unreadable } = openLogSources(options.log, options.lang);
  const logs = importCaseLogs(sources, { encoding: options.encoding, lang: options.lang, ...(options.item !== undefined ? { itemCode: options.item } : {}) });
  const run = checkConformance(procedures, logs.cases, {
    calendar,
    maxStates: options.maxStates ?? DEFAULT_ALIGNMENT_MAX_STATES,
    ...(options.item !== undefined ? { itemCode: options.item } : {}),
    leftOutItems: leftOut.map((l) => l.itemCode),
    lang: options.lang,
  });
  const diagnostics = [...unreadable, ...logs.diagnostics, ...run.diagnostics];
  printDiagnostics(diagnostics, options.lang, io);
  const all = [...calendarProblems, ...diagnostics];
  return {
    conformance: {
      schemaVersion: 1,
      lang: options.lang,
      items: run.items,
      summary: run.summary,
      errors: all.filter((d) => d.severity === 'error').map(toLogError),
      warnings: all.filter((d) => d.severity === 'warning').map(toLogError),
    },
    diagnostics: all,
    unreadable: unreadable.length > 0 || calendarProblems.some((d) => d.code === 'UNREADABLE_FILE'),
  };
}

/** The observed figures per item and step, as the analysis pipeline takes them (--durations). */
export function observedStepsByItem(conformance: ConformanceResult): Record<string, ConformanceResult['items'][number]['observed']['steps']> {
  const out: Record<string, ConformanceResult['items'][number]['observed']['steps']> = {};
  for (const item of conformance.items) out[item.itemCode] = item.observed.steps;
  return out;
}

/** The log options of analyze and report (--log given). */
export interface AnalysisLogOptions {
  log?: string[];
  calendar?: string;
  /** The calendar already read for this command (see CaseLogOptions). */
  loadedCalendar?: LoadedCalendar;
  maxStates?: number;
  durations?: DurationSource;
  minCases?: number;
}

/**
 * For analyze --log: imports the catalogue, checks the logs against it and returns the observed
 * figures the pipeline uses (--durations, --min-cases), or undefined without --log.
 */
export function observeCatalogue(
  files: readonly SourceFile[],
  options: AnalysisLogOptions & { encoding: EncodingName; lang: Lang; item?: string },
  importing: ImportOptions,
  io: Io,
): { observed: ObservedFigures; run: CaseLogRun } | undefined {
  if (options.log === undefined) return undefined;
  const imported = importFiles(files, importing);
  const run = runCaseLogs(imported.procedures, imported.leftOut, { ...options, log: options.log }, io);
  return {
    observed: { source: options.durations ?? 'declared', minCases: options.minCases ?? DEFAULT_MIN_CASES, steps: observedStepsByItem(run.conformance) },
    run,
  };
}

/**
 * The working-day calendar of an analyze or report run, read once for both its users (the case
 * logs, --start-date's dates); undefined when neither is asked for. Its problems are printed here.
 */
export function loadCommandCalendar(options: { log?: readonly string[]; startDate?: unknown; calendar?: string; encoding: EncodingName; lang: Lang }, io: Io): LoadedCalendar | undefined {
  if (options.log === undefined && options.startDate === undefined) return undefined;
  return loadCalendar(options.calendar, options.encoding, options.lang, io);
}
