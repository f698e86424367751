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
  renderCatalogueDrawings,
  renderOddsSvg,
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
import { importOptions, printDiagnostics, readInputs, type LangOption } from '../inputs.js';
import { CLI_TEXT } from '../../i18n/index.js';
import { startProgress } from '../progress.js';
import { openOutput } from '../output.js';
import { emitCandidates } from './analyze.js';
import { loadCommandCalendar, runCaseLogs, type AnalysisLogOptions } from '../case-logs.js';
import { writeCaseLogReport } from '../case-log-report.js';
import { openReportFolder } from '../report-files.js';

export interface ReportOptions extends AnalysisLogOptions, LangOption, Omit<DateAndOddsCliOptions, 'calendar' | 'encoding' | 'lang'> {
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
 * Writes the whole report folder; returns the exit status. The drawing workers start first (each
 * procedure laid out once for its SVG diagrams and its BPMN file); while they lay out, this thread
 * writes what needs no picture (analysis.json, report.md, summary.csv, the candidates' CSVs) and then
 * each item's SVG and BPMN files as they arrive. A catalogue with item pages writes each page as soon
 * as its last item's diagrams arrive and lets them go; otherwise index.html, which embeds every
 * diagram, comes last. Files an earlier report wrote into the folder and this one did not are removed
 * (see report-files.ts); nothing else in the folder is touched.
 */
export async function runReport(paths: readonly string[], options: ReportOptions, io: Io): Promise<ExitCode> {
  const lang = options.lang;
  const text = CLI_TEXT[lang];
  const folder = openReportFolder(options.out);
  const { files, unreadable } = readInputs(paths, lang, io);
  // --calendar is read once, for the dates and the logs alike (one diagnostic per bad row).
  const loadedCalendar = loadCommandCalendar(options, io);
  const datesAndOdds = datesAndOddsOptions(options, io, loadedCalendar);
  const { imported, result } = analyzeSources(files, {
    ...importOptions(options, io),
    datesAndOdds,
    ...(options.itemTimeLimit !== undefined ? { itemTimeLimitMs: options.itemTimeLimit * 1000 } : {}),
  });
  printDiagnostics(imported.diagnostics, lang, io);
  // With --log: the cases checked against the analysed items; conformance.* and the charts go in the folder.
  const logs = options.log === undefined ? undefined : runCaseLogs(imported.procedures, imported.leftOut, { ...options, log: options.log, ...(loadedCalendar !== undefined ? { loadedCalendar } : {}) }, io);

  const out = options.out;
  const diagramHref = (itemCode: string, variant: string): string => `diagrams/${diagramFileName(itemCode, variant)}`;
  const bpmnHref = (itemCode: string, variant: 'original' | 'best'): string => `bpmn/${bpmnFileName(itemCode, variant)}`;
  const pages = htmlPages(result.items.length, { pageSize: options.pageSize });
  // Without pages index.html embeds every diagram, so they are kept; with pages, each page's wait here
  // only until the page is written.
  const kept = new Map<string, ItemDiagrams>();
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
  const progress = startProgress(io, lang, 'drawing');
  const drawing = renderCatalogueDrawings(result.items, {
    workers: options.workers,
    lang,
    bpmn: true,
    onProgress: (count, total) => progress.update(count, total),
    onItem: (item, drawings) =>
      unlessFailed(() => {
        for (const variant of DIAGRAM_VARIANTS) {
          const svg = getDiagram(drawings.diagrams, variant);
          if (svg !== undefined) folder.write(diagramHref(item.itemCode, variant), svg);
        }
        // Every item's original and best candidate as BPMN 2.0, for modelers and workflow engines.
        for (const variant of BPMN_VARIANTS) {
          const xml = drawings.bpmn?.[variant];
          if (xml !== undefined) folder.write(`bpmn/${bpmnFileName(item.itemCode, variant)}`, xml);
        }
        // With three-point estimates: the odds chart (also embedded in the item's HTML section).
        const odds = renderOddsSvg(item, lang);
        if (odds !== null) folder.write(diagramHref(item.itemCode, 'odds'), odds);
        kept.set(item.itemCode, drawings.diagrams);
        if (pages.length === 0) return;
        done++;
        const page = pages[nextPage];
        if (page !== undefined && done === page.end) {
          const file = openOutput(join(out, page.fileName), io, '');
          writeHtmlPage(result, page, kept, file.write, { lang, diagramHref, bpmnHref });
          file.close();
          folder.record(page.fileName);
          kept.clear();
          nextPage++;
        }
      }),
  });
  // A layout failure is reported where `drawing` is awaited below, not as an unhandled rejection meanwhile.
  drawing.catch(() => undefined);
  const context: ReportContext = {
    ...(logs !== undefined ? { conformance: logs.conformance, conformanceChartHref: caseLogChartHref } : {}),
    lang,
    includeSteps: true,
    pretty: true,
    pageSize: options.pageSize,
    diagramHref,
    bpmnHref,
  };
  // Every file is written in pieces: a big catalogue's analysis.json or index.html is never one string.
  const writeFormat = (format: ReportFormat, formatContext: ReportContext): void => {
    const file = openOutput(join(out, format.fileName), io, format.fileStart);
    try {
      format.write(result, formatContext, file.write);
    } finally {
      file.close();
    }
    folder.record(format.fileName);
  };
  const formats: readonly ReportFormat[] = Object.values(reportFormats);
  let candidates: number;
  try {
    // Let the workers take their first items before this thread gets busy.
    await new Promise((resolve) => setImmediate(resolve));
    if (logs !== undefined) unlessFailed(() => writeCaseLogReport(logs.conformance, folder, lang));
    for (const format of formats.filter((f) => !f.embedsDiagrams)) unlessFailed(() => writeFormat(format, context));
    candidates = emitCandidates(result, join(out, 'candidates'), (fileName) => folder.record(`candidates/${fileName}`));
    await drawing;
  } catch (error) {
    failure ??= error;
    // The workers stop at their next item (unlessFailed throws); wait for them, then report the failure.
    await drawing.catch(() => undefined);
    throw failure;
  } finally {
    progress.stop();
  }
  for (const format of formats.filter((f) => f.embedsDiagrams)) writeFormat(format, { ...context, diagrams: kept });
  const removed = folder.finish();
  io.err(`${text.wroteReport({ items: result.items.length, candidates, pages: pages.length, out })}${removed.length > 0 ? text.removedStale({ count: removed.length }) : ''}\n`);

  if (unreadable.length > 0 || logs?.unreadable === true) return EXIT.usage;
  // Any input error exits 1: an item left out, or a file rejected whole (empty, undecodable, no header).
  const inputErrors = imported.diagnostics.some((d) => d.severity === 'error');
  return inputErrors || imported.leftOut.length > 0 || (logs?.conformance.errors.length ?? 0) > 0 ? EXIT.inputProblems : EXIT.ok;
}
