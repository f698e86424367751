// procopt report: the analysts' report folder — every format of the report registry
// (analysis.json, report.md, summary.csv, index.html), every diagram as SVG and every
// candidate as a procedure CSV.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EncodingName } from '../../import/index.js';
import {
  DIAGRAM_VARIANTS,
  diagramFileName,
  getDiagram,
  htmlPages,
  renderCatalogueDiagrams,
  writeHtmlPage,
  type ItemDiagrams,
  reportFormats,
  type ReportContext,
  type ReportFormat,
} from '../../report/index.js';
import { analyzeSources } from '../../pipeline/index.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { printDiagnostics, readInputs, readRoleWords } from '../inputs.js';
import { startProgress } from '../progress.js';
import { openOutput } from '../output.js';
import { emitCandidates } from './analyze.js';

export interface ReportOptions {
  encoding: EncodingName;
  /** A centre's own type words: a CSV of word, role. */
  roles?: string;
  /** The per-item analysis time budget in seconds. */
  itemTimeLimit?: number;
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
  const roleWords = readRoleWords(options.roles, options.encoding, io);
  const { files, unreadable } = readInputs(paths, io);
  const { imported, result } = analyzeSources(files, {
    encoding: options.encoding,
    roleWords,
    ...(options.itemTimeLimit !== undefined ? { itemTimeLimitMs: options.itemTimeLimit * 1000 } : {}),
  });
  printDiagnostics(imported.diagnostics, io);

  const out = options.out;
  mkdirSync(join(out, 'diagrams'), { recursive: true });
  const pages = htmlPages(result.items.length, { pageSize: options.pageSize });
  // With pages, each page's diagrams wait here only until the page is written.
  const waiting = new Map<string, ItemDiagrams>();
  let done = 0;
  let nextPage = 0;
  const progress = startProgress(io, 'drawing');
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
  const context = {
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
  const paged = pages.length > 0 ? `, items on ${pages.length} pages` : '';
  io.err(`wrote report for ${result.items.length} items (${candidates} candidate procedures${paged}) to ${out}\n`);

  if (unreadable.length > 0) return EXIT.usage;
  return imported.leftOut.length > 0 ? EXIT.inputProblems : EXIT.ok;
}
