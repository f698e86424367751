// procopt conformance: replay a case log on the catalogue's item machines and write what
// case-log.md describes (JSON), or the readable tables (Markdown).

import { ProcoptError } from '../../domain/index.js';
import { importFiles, type EncodingName } from '../../import/index.js';
import { importOptions } from '../inputs.js';
import { renderConformanceMarkdown, writeConformanceJson } from '../../report/index.js';
import { runCaseLogs } from '../case-logs.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { concernsItem, printDiagnostics, readInputs, type LangOption } from '../inputs.js';
import { CLI_TEXT } from '../../i18n/index.js';
import { openOutput } from '../output.js';

export const CONFORMANCE_FORMATS = ['json', 'md'] as const;
export type ConformanceFormat = (typeof CONFORMANCE_FORMATS)[number];

export interface ConformanceCommandOptions extends LangOption {
  log: string[];
  format: ConformanceFormat;
  out?: string;
  item?: string;
  maxStates: number;
  calendar?: string;
  encoding: EncodingName;
  /** A centre's own type words: a CSV of word, role. */
  roles?: string;
  sheet?: string;
}

/** Checks every case of the logs; exit 1 when a log row, a case or an item was left out. */
export function runConformance(paths: readonly string[], options: ConformanceCommandOptions, io: Io): ExitCode {
  const text = CLI_TEXT[options.lang];
  const { files, unreadable } = readInputs(paths, options.lang, io);
  const imported = importFiles(files, importOptions(options, io));
  printDiagnostics(imported.diagnostics.filter((d) => concernsItem(d.itemCode, options.item)), options.lang, io);
  const item = options.item;
  if (item !== undefined && !imported.procedures.some((p) => p.itemCode === item) && !imported.leftOut.some((l) => l.itemCode === item)) {
    throw new ProcoptError('UNKNOWN_ITEM', text.unknownItem({ itemCode: item }));
  }
  const run = runCaseLogs(imported.procedures, imported.leftOut, options, io);
  const output = openOutput(options.out, io, '');
  try {
    if (options.format === 'json') writeConformanceJson(run.conformance, output.write);
    else output.write(`${renderConformanceMarkdown(run.conformance, { level: 1 }).replace(/\n{3,}/g, '\n\n').trimEnd()}\n`);
  } finally {
    output.close();
  }
  const s = run.conformance.summary;
  io.err(`${text.conformanceSummary({ cases: s.cases, items: s.items, fitting: s.fittingCases, unaligned: s.unalignedCases, out: options.out ?? null })}\n`);
  if (unreadable.length > 0 || run.unreadable) return EXIT.usage;
  const leftOut = imported.leftOut.some((l) => concernsItem(l.itemCode, item));
  // A procedure file rejected whole is an input error too.
  const inputErrors = imported.diagnostics.some((d) => d.severity === 'error' && concernsItem(d.itemCode, item));
  return inputErrors || leftOut || run.conformance.errors.length > 0 ? EXIT.inputProblems : EXIT.ok;
}
