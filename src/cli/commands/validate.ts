// procopt validate: import a catalogue, print every diagnostic, check each item's state machine.

import type { EncodingName } from '../../import/index.js';
import { importFiles } from '../../import/index.js';
import { checkMachines } from '../../model/index.js';
import { coreCount } from '../../workers/index.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { startProgress } from '../progress.js';
import { importOptions, printDiagnostics, readInputs, type LangOption } from '../inputs.js';
import { CLI_TEXT } from '../../i18n/index.js';

export interface ValidateOptions extends LangOption {
  encoding: EncodingName;
  /** A centre's own type words: a CSV of word, role. */
  roles?: string;
  sheet?: string;
  machineCheck: boolean;
  maxStates: number;
  /** Worker threads for the machine checks; default one per core when there are enough items. */
  workers?: number;
}

/** Below this many items, starting workers costs more than it saves. */
const FEW_ITEMS = 50;

/** Prints diagnostics to stderr and a one-line summary to stdout; returns the exit status. */
export async function runValidate(paths: readonly string[], options: ValidateOptions, io: Io): Promise<ExitCode> {
  const text = CLI_TEXT[options.lang];
  const { files, unreadable } = readInputs(paths, options.lang, io);
  const imported = importFiles(files, importOptions(options, io));
  printDiagnostics(imported.diagnostics, options.lang, io);

  let notExhaustive = 0;
  let tooLarge = 0;
  let failed = 0;
  if (options.machineCheck) {
    const procedures = imported.procedures;
    let progress = startProgress(io, options.lang, 'checking-machines');
    const checks = await checkMachines(procedures, {
      maxStates: options.maxStates,
      lang: options.lang,
      workers: options.workers ?? (procedures.length < FEW_ITEMS ? 0 : coreCount()),
      // Items of one machine shape are checked once: say how many shapes there are to check.
      onShapes: (shapes) => (progress = startProgress(io, options.lang, { label: text.progressShapes({ shapes }) })),
      onProgress: (done, total) => progress.update(done, total),
    });
    progress.stop();
    procedures.forEach((procedure, i) => {
      const check = checks[i]!;
      const at = `${procedure.source.file}:${procedure.source.line}`;
      if (check.status === 'not-exhaustively-checked') {
        notExhaustive++;
        io.err(`${at}: ${text.machineNotExhaustive({ itemCode: procedure.itemCode, maxStates: options.maxStates })}\n`);
      } else if (check.status === 'failed') {
        failed++;
        for (const problem of check.problems) io.err(`${at}: ${text.machineProblem({ itemCode: procedure.itemCode, problem })}\n`);
      }
      if (check.notChecked !== null) {
        tooLarge++;
        io.err(`${at}: ${text.machineTooLarge({ itemCode: procedure.itemCode, why: check.notChecked })}\n`);
      }
    });
  }

  const warnings = imported.diagnostics.filter((d) => d.severity === 'warning').length;
  const errors = imported.diagnostics.filter((d) => d.severity === 'error').length;
  const machines = options.machineCheck && (notExhaustive > 0 || tooLarge > 0 || failed > 0) ? { notExhaustive, tooLarge, failed } : null;
  io.out(`${text.validateSummary({ ok: imported.procedures.length, leftOut: imported.leftOut.map((l) => l.itemCode), errors, warnings, machines })}\n`);

  if (unreadable.length > 0) return EXIT.usage;
  // Any input error exits 1: an item left out, or a file rejected whole (empty, undecodable, no header).
  return errors > 0 || imported.leftOut.length > 0 || failed > 0 ? EXIT.inputProblems : EXIT.ok;
}
