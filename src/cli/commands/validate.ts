// procopt validate: import a catalogue, print every diagnostic, check each item's state machine.

import type { EncodingName } from '../../import/index.js';
import { importFiles } from '../../import/index.js';
import { checkMachines } from '../../model/index.js';
import { coreCount } from '../../workers/index.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { startProgress } from '../progress.js';
import { importOptions, plural, printDiagnostics, readInputs } from '../inputs.js';

export interface ValidateOptions {
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
  const { files, unreadable } = readInputs(paths, io);
  const imported = importFiles(files, importOptions(options, io));
  printDiagnostics(imported.diagnostics, io);

  let notExhaustive = 0;
  let tooLarge = 0;
  let failed = 0;
  if (options.machineCheck) {
    const procedures = imported.procedures;
    let progress = startProgress(io, 'checking machines');
    const checks = await checkMachines(procedures, {
      maxStates: options.maxStates,
      workers: options.workers ?? (procedures.length < FEW_ITEMS ? 0 : coreCount()),
      // Items of one machine shape are checked once: say how many shapes there are to check.
      onShapes: (shapes) => (progress = startProgress(io, `checking ${plural(shapes, 'machine shape')}`)),
      onProgress: (done, total) => progress.update(done, total),
    });
    progress.stop();
    procedures.forEach((procedure, i) => {
      const check = checks[i]!;
      const at = `${procedure.source.file}:${procedure.source.line}`;
      if (check.status === 'not-exhaustively-checked') {
        notExhaustive++;
        io.err(`${at}: note: item ${procedure.itemCode}: state machine not exhaustively checked (more than ${options.maxStates} states; raise --max-states)\n`);
      } else if (check.status === 'failed') {
        failed++;
        for (const problem of check.problems) io.err(`${at}: item ${procedure.itemCode}: state machine: ${problem}\n`);
      }
      if (check.notChecked !== null) {
        tooLarge++;
        io.err(`${at}: warning: item ${procedure.itemCode}: state machine not checked: ${check.notChecked} (the size limit; its structure was checked)\n`);
      }
    });
  }

  const warnings = imported.diagnostics.filter((d) => d.severity === 'warning').length;
  const errors = imported.diagnostics.filter((d) => d.severity === 'error').length;
  const parts = [
    `${plural(imported.procedures.length, 'item')} ok`,
    `${imported.leftOut.length} left out`,
    plural(errors, 'error'),
    plural(warnings, 'warning'),
  ];
  if (options.machineCheck && (notExhaustive > 0 || tooLarge > 0 || failed > 0)) {
    parts.push(`${notExhaustive} not exhaustively checked`, `${tooLarge} not checked (too large)`, `${failed} failed machine checks`);
  }
  if (imported.leftOut.length > 0) {
    parts.push(`left out: ${imported.leftOut.map((l) => l.itemCode).join(', ')}`);
  }
  io.out(`${parts.join(', ')}\n`);

  if (unreadable.length > 0) return EXIT.usage;
  return imported.leftOut.length > 0 || failed > 0 ? EXIT.inputProblems : EXIT.ok;
}
