// procopt analyze: the main job — analyse a catalogue and write JSON, Markdown or a CSV summary;
// optionally emit every candidate as a procedure CSV and fail on a finding kind.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AnalysisResult, FindingKind } from '../../domain/index.js';
import { encodeText, formatProcedureCsv, type EncodingName } from '../../import/index.js';
import { reportFormats, safeFileName } from '../../report/index.js';
import { analyzeSources } from '../../pipeline.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { plural, printDiagnostics, readInputs } from '../inputs.js';
import { startProgress } from '../progress.js';

/** Formats `analyze --format` offers: those of the report registry that are one text document. */
export const ANALYZE_FORMATS = ['json', 'md', 'csv'] as const satisfies readonly (keyof typeof reportFormats)[];
export type AnalyzeFormat = (typeof ANALYZE_FORMATS)[number];

export interface AnalyzeOptions {
  encoding: EncodingName;
  format: AnalyzeFormat;
  out?: string;
  item?: string;
  failOn: FindingKind[];
  emitCandidates?: string;
  /** Include the procedures' full steps in JSON. */
  steps: boolean;
}

/** Runs the pipeline and writes the chosen format; returns the exit status. */
export function runAnalyze(paths: readonly string[], options: AnalyzeOptions, io: Io): ExitCode {
  const { files, unreadable } = readInputs(paths, io);
  const progress = startProgress(io, 'analysing');
  const { imported, result } = analyzeSources(files, {
    encoding: options.encoding,
    ...(options.item !== undefined ? { itemCode: options.item } : {}),
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.stop();
  printDiagnostics(
    imported.diagnostics.filter((d) => options.item === undefined || d.itemCode === undefined || d.itemCode === options.item),
    io,
  );

  const text = reportFormats[options.format](result, { includeSteps: options.steps });
  if (options.out === undefined) {
    io.out(text);
  } else {
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, options.format === 'csv' ? encodeText(text, 'utf-8', true) : text);
    io.err(`wrote ${options.out}\n`);
  }
  if (options.emitCandidates !== undefined) {
    const written = emitCandidates(result, options.emitCandidates);
    io.err(`wrote ${plural(written, 'candidate procedure')} to ${options.emitCandidates}\n`);
  }

  if (unreadable.length > 0) return EXIT.usage;
  if (imported.leftOut.some((l) => options.item === undefined || l.itemCode === options.item)) return EXIT.inputProblems;
  const failing = result.items.filter((item) => item.findings.some((f) => options.failOn.includes(f.kind)));
  if (failing.length > 0) {
    io.err(`--fail-on: ${plural(failing.length, 'item')} with ${options.failOn.join('/')} findings: ${failing.map((i) => i.itemCode).join(', ')}\n`);
    return EXIT.inputProblems;
  }
  return EXIT.ok;
}

/** Writes `<dir>/<item>.<candidate>.csv` for every candidate; returns how many were written. */
export function emitCandidates(result: AnalysisResult, dir: string): number {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  for (const item of result.items) {
    for (const candidate of item.candidates) {
      const csv = formatProcedureCsv([
        {
          itemCode: item.itemCode,
          itemName: item.itemName,
          legalLimitDays: item.legalLimitDays,
          promisedLimitDays: item.promisedLimitDays,
          steps: candidate.steps,
          source: { file: '', line: 0 },
        },
      ]);
      writeFileSync(join(dir, `${safeFileName(item.itemCode)}.${safeFileName(candidate.id)}.csv`), encodeText(csv, 'utf-8', true));
      count++;
    }
  }
  return count;
}
