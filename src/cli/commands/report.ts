// procopt report: the analysts' report folder — every format of the report registry
// (index.html, report.md, analysis.json, summary.csv), every diagram as SVG, every item's original
// and best candidate as BPMN 2.0 (bpmn/) and every candidate as a procedure CSV.

import { join } from 'node:path';
import type { EncodingName } from '../../import/index.js';
import {
  DIAGRAM_VARIANTS,
  BPMN_VARIANTS,
  bpmnFileName,
  diagramFileName,
  getDiagram,
  htmlPages,
  renderCatalogueBpmn,
  renderCatalogueDiagrams,
  writeHtmlPage,
  type ItemDiagrams,
  reportFormats,
  type ReportContext,
  type ReportFormat,
} from '../../report/index.js';
import { analyzeSources } from '../../pipeline/index.js';
import { datesAndOddsOptions, type DateAndOddsCliOptions } from '../dates-and-odds.js';
import { caseLogChartHref } from '../case-log-report.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { importOptions, printDiagnostics, readInputs } from '../inputs.js';
import { startProgress } from '../progress.js';
import { openOutput } from '../output.js';
import { emitCandidates } from './analyze.js';
import { runCaseLogs, type AnalysisLogOptions } from '../case-logs.js';
import { writeCaseLogReport } from '../case-log-report.js';
import { makeFolder, writeOutputFile } from '../write-files.js';

export interface ReportOptions extends AnalysisLogOptions, Omit<DateAndOddsCliOptions, 'calendar' | 'encoding'> {
  encoding: EncodingName;
  /** A centre's own type words: a CSV of word, role. */
  roles?: string;
  /** The per-item analysis time budget in seconds. */
  itemTimeLimit?: number;
  sheet?: string;
  out: string;
  workers: number;
  /** Items per HTML page beyond which items go on pages of their own; 0: every item on index.html. */
  pageSize: number;
}

/**
 * Writes the whole report folder; returns the exit status. The diagram workers start first; while
 * they lay out, this thread writes what needs no diagram (analysis.json, report.md, summary.csv,
 * the candidates' CSVs) and then each item's SVGs as they arrive. A catalogue with item pages writes
 * each page as soon as its last item's diagrams arrive and lets them go; otherwise index.html, which
 * embeds every diagram, comes last.
 */
export async function runReport(paths: readonly string[], options: ReportOptions, io: Io): Promise<ExitCode> {
  const { files, unreadable } = readInputs(paths, io);
  const datesAndOdds = datesAndOddsOptions(options, io);
  const { imported, result } = analyzeSources(files, {
    ...importOptions(options, io),
    datesAndOdds,
    ...(options.itemTimeLimit !== undefined ? { itemTimeLimitMs: options.itemTimeLimit * 1000 } : {}),
  });
  printDiagnostics(imported.diagnostics, io);
  // With --log: the cases checked against the analysed items; conformance.* and the charts go in the folder.
  const logs = options.log === undefined ? undefined : runCaseLogs(imported.procedures, imported.leftOut, { ...options, log: options.log }, io);

  const out = options.out;
  makeFolder(join(out, 'diagrams'));
  const pages = htmlPages(result.items.length, { pageSize: options.pageSize });
  // With pages, each page's diagrams wait here only until the page is written.
  const waiting = new Map<string, ItemDiagrams>();
  let done = 0;
  let nextPage = 0;
  // The first failure (a file that cannot be written, say): the layout workers stop at their next item
  // and the run ends with it, not with the pool's wrapped "layout failed".
  let failure: unknown;
  const unlessFailed = (action: () => void): void => {
    if (failure !== undefined) throw failure;
    try {
      action();
    } catch (error) {
      failure = error;
      throw error;
    }
  };
  const progress = startProgress(io, 'drawing');
  const drawing = renderCatalogueDiagrams(result.items, {
    workers: options.workers,
    retain: pages.length === 0,
    onProgress: (count, total) => progress.update(count, total),
    onItem: (item, diagrams) =>
      unlessFailed(() => {
        for (const variant of DIAGRAM_VARIANTS) {
          const svg = getDiagram(diagrams, variant);
          if (svg !== undefined) writeOutputFile(join(out, 'diagrams', diagramFileName(item.itemCode, variant)), svg);
        }
        if (pages.length === 0) return;
        waiting.set(item.itemCode, diagrams);
        done++;
        const page = pages[nextPage];
        if (page !== undefined && done === page.end) {
          const file = openOutput(join(out, page.fileName), io, '');
          writeHtmlPage(result, page, waiting, file.write);
          file.close();
          waiting.clear();
          nextPage++;
        }
      }),
  });
  // A layout failure is reported where `drawing` is awaited below, not as an unhandled rejection meanwhile.
  drawing.catch(() => undefined);
  const context = {
    ...(logs !== undefined ? { conformance: logs.conformance, conformanceChartHref: caseLogChartHref } : {}),
    includeSteps: true,
    pretty: true,
    pageSize: options.pageSize,
    diagramHref: (itemCode: string, variant: string) => `diagrams/${diagramFileName(itemCode, variant)}`,
  };
  // Every file is written in pieces: a big catalogue's analysis.json or index.html is never one string.
  const writeFormat = (format: ReportFormat, formatContext: ReportContext): void => {
    const file = openOutput(join(out, format.fileName), io, format.fileStart);
    try {
      format.write(result, formatContext, file.write);
    } finally {
      file.close();
    }
  };
  const formats: readonly ReportFormat[] = Object.values(reportFormats);
  let candidates: number;
  let diagrams: Map<string, ItemDiagrams>;
  try {
    // Let the workers take their first items before this thread gets busy.
    await new Promise((resolve) => setImmediate(resolve));
    if (logs !== undefined) unlessFailed(() => writeCaseLogReport(logs.conformance, out));
    for (const format of formats.filter((f) => !f.embedsDiagrams)) unlessFailed(() => writeFormat(format, context));
    candidates = emitCandidates(result, join(out, 'candidates'));
    diagrams = await drawing;
  } catch (error) {
    failure ??= error;
    // The workers stop at their next item (unlessFailed throws); wait for them, then report the failure.
    await drawing.catch(() => undefined);
    throw failure;
  } finally {
    progress.stop();
  }
  for (const format of formats.filter((f) => f.embedsDiagrams)) writeFormat(format, { ...context, diagrams });
  // Every item's original and best candidate as BPMN 2.0, for modelers and workflow engines.
  makeFolder(join(out, 'bpmn'));
  const modelling = startProgress(io, 'BPMN');
  let bpmnFailure: unknown;
  try {
    await renderCatalogueBpmn(result.items, {
      workers: options.workers,
      onProgress: (count, total) => modelling.update(count, total),
      onItem: (item, bpmn) => {
        for (const variant of BPMN_VARIANTS) {
          const xml = bpmn[variant];
          try {
            if (xml !== undefined) writeOutputFile(join(out, 'bpmn', bpmnFileName(item.itemCode, variant)), xml);
          } catch (error) {
            bpmnFailure = error;
            throw error;
          }
        }
      },
    });
  } catch (error) {
    throw bpmnFailure ?? error;
  } finally {
    modelling.stop();
  }
  const paged = pages.length > 0 ? `, items on ${pages.length} pages` : '';
  io.err(`wrote report for ${result.items.length} items (${candidates} candidate procedures${paged}) to ${out}\n`);

  if (unreadable.length > 0 || logs?.unreadable === true) return EXIT.usage;
  return imported.leftOut.length > 0 || (logs?.conformance.errors.length ?? 0) > 0 ? EXIT.inputProblems : EXIT.ok;
}
