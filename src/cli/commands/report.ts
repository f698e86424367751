// procopt report: the analysts' report folder — every format of the report registry
// (index.html, report.md, analysis.json, summary.csv), every diagram as SVG and every
// candidate as a procedure CSV.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeText, type EncodingName } from '../../import/index.js';
import {
  DIAGRAM_VARIANTS,
  diagramFileName,
  getDiagram,
  renderCatalogueDiagrams,
  reportFormatInfo,
  reportFormats,
  writeHtml,
  type ReportFormat,
} from '../../report/index.js';
import { analyzeSources } from '../../pipeline.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { printDiagnostics, readInputs } from '../inputs.js';
import { startProgress } from '../progress.js';
import { openOutput } from '../output.js';
import { emitCandidates } from './analyze.js';

export interface ReportOptions {
  encoding: EncodingName;
  out: string;
  workers: number;
}

/**
 * Writes the whole report folder; returns the exit status. The diagram workers start first; while
 * they lay out, this thread writes what needs no diagram (analysis.json, report.md, summary.csv,
 * the candidates' CSVs) and then each item's SVGs as they arrive; index.html, which embeds them, comes last.
 */
export async function runReport(paths: readonly string[], options: ReportOptions, io: Io): Promise<ExitCode> {
  const { files, unreadable } = readInputs(paths, io);
  const { imported, result } = analyzeSources(files, { encoding: options.encoding });
  printDiagnostics(imported.diagnostics, io);

  const out = options.out;
  mkdirSync(join(out, 'diagrams'), { recursive: true });
  const progress = startProgress(io, 'drawing');
  const drawing = renderCatalogueDiagrams(result.items, {
    workers: options.workers,
    onProgress: (done, total) => progress.update(done, total),
    onItem: (item, diagrams) => {
      for (const variant of DIAGRAM_VARIANTS) {
        const svg = getDiagram(diagrams, variant);
        if (svg !== undefined) writeFileSync(join(out, 'diagrams', diagramFileName(item.itemCode, variant)), svg);
      }
    },
  });
  // A layout failure is reported where `drawing` is awaited below, not as an unhandled rejection meanwhile.
  drawing.catch(() => undefined);
  // Let the workers take their first items before this thread gets busy.
  await new Promise((resolve) => setImmediate(resolve));
  const context = { includeSteps: true, pretty: true, diagramHref: (itemCode: string, variant: string) => `diagrams/${diagramFileName(itemCode, variant)}` };
  const formats = Object.keys(reportFormats) as ReportFormat[];
  for (const format of formats.filter((f) => f !== 'html')) {
    const text = reportFormats[format](result, context);
    writeFileSync(join(out, reportFormatInfo[format].fileName), format === 'csv' ? encodeText(text, 'utf-8', true) : text);
  }
  const candidates = emitCandidates(result, join(out, 'candidates'));
  const diagrams = await drawing;
  progress.stop();
  // index.html embeds every diagram (1k items: 57 MB): written in pieces, never as one string.
  const page = openOutput(join(out, reportFormatInfo.html.fileName), io, '');
  writeHtml(result, diagrams, page.write);
  page.close();
  io.err(`wrote report for ${result.items.length} items (${candidates} candidate procedures) to ${out}\n`);

  if (unreadable.length > 0) return EXIT.usage;
  return imported.leftOut.length > 0 ? EXIT.inputProblems : EXIT.ok;
}
