// procopt report: the analysts' report folder — every format of the report registry
// (index.html, report.md, analysis.json, summary.csv), every diagram as SVG, every item's original
// and best candidate as BPMN 2.0 (bpmn/) and every candidate as a procedure CSV.

import { mkdirSync, writeFileSync } from 'node:fs';
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
import { caseLogChartHref } from '../case-log-report.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { importOptions, printDiagnostics, readInputs, type LangOption } from '../inputs.js';
import { CLI_TEXT } from '../../i18n/index.js';
import { startProgress } from '../progress.js';
import { openOutput } from '../output.js';
import { emitCandidates } from './analyze.js';
import { runCaseLogs, type AnalysisLogOptions } from '../case-logs.js';
import { writeCaseLogReport } from '../case-log-report.js';

export interface ReportOptions extends AnalysisLogOptions, LangOption {
  encoding: EncodingName;
  /** A centre's own type words: a CSV of word, role. */
  roles?: string;
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
  const text = CLI_TEXT[options.lang];
  const { files, unreadable } = readInputs(paths, options.lang, io);
  const { imported, result } = analyzeSources(files, importOptions(options, io));
  printDiagnostics(imported.diagnostics, options.lang, io);
  // With --log: the cases checked against the analysed items; conformance.* and the charts go in the folder.
  const logs = options.log === undefined ? undefined : runCaseLogs(imported.procedures, imported.leftOut, { ...options, log: options.log }, io);

  const out = options.out;
  mkdirSync(join(out, 'diagrams'), { recursive: true });
  const pages = htmlPages(result.items.length, { pageSize: options.pageSize });
  // With pages, each page's diagrams wait here only until the page is written.
  const waiting = new Map<string, ItemDiagrams>();
  let done = 0;
  let nextPage = 0;
  const progress = startProgress(io, options.lang, 'drawing');
  const drawing = renderCatalogueDiagrams(result.items, {
    workers: options.workers,
    retain: pages.length === 0,
    onProgress: (count, total) => progress.update(count, total),
    onItem: (item, diagrams) => {
      for (const variant of DIAGRAM_VARIANTS) {
        const svg = getDiagram(diagrams, variant);
        if (svg !== undefined) writeFileSync(join(out, 'diagrams', diagramFileName(item.itemCode, variant)), svg);
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
    },
  });
  // A layout failure is reported where `drawing` is awaited below, not as an unhandled rejection meanwhile.
  drawing.catch(() => undefined);
  // Let the workers take their first items before this thread gets busy.
  await new Promise((resolve) => setImmediate(resolve));
  if (logs !== undefined) writeCaseLogReport(logs.conformance, out);
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
    format.write(result, formatContext, file.write);
    file.close();
  };
  const formats: readonly ReportFormat[] = Object.values(reportFormats);
  for (const format of formats.filter((f) => !f.embedsDiagrams)) writeFormat(format, context);
  const candidates = emitCandidates(result, join(out, 'candidates'));
  const diagrams = await drawing;
  progress.stop();
  for (const format of formats.filter((f) => f.embedsDiagrams)) writeFormat(format, { ...context, diagrams });
  // Every item's original and best candidate as BPMN 2.0, for modelers and workflow engines.
  mkdirSync(join(out, 'bpmn'), { recursive: true });
  const modelling = startProgress(io, options.lang, 'bpmn');
  await renderCatalogueBpmn(result.items, {
    workers: options.workers,
    onProgress: (count, total) => modelling.update(count, total),
    onItem: (item, bpmn) => {
      for (const variant of BPMN_VARIANTS) {
        const xml = bpmn[variant];
        if (xml !== undefined) writeFileSync(join(out, 'bpmn', bpmnFileName(item.itemCode, variant)), xml);
      }
    },
  });
  modelling.stop();
  io.err(`${text.wroteReport({ items: result.items.length, candidates, pages: pages.length, out })}\n`);

  if (unreadable.length > 0 || logs?.unreadable === true) return EXIT.usage;
  return imported.leftOut.length > 0 || (logs?.conformance.errors.length ?? 0) > 0 ? EXIT.inputProblems : EXIT.ok;
}
