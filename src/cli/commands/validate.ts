// procopt validate: import a catalogue, print every diagnostic, check each item's state machine.

import type { EncodingName } from '../../import/index.js';
import { importFiles } from '../../import/index.js';
import { checkMachine } from '../../model/index.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { plural, printDiagnostics, readInputs } from '../inputs.js';

export interface ValidateOptions {
  encoding: EncodingName;
  machineCheck: boolean;
  maxStates: number;
}

/** Prints diagnostics to stderr and a one-line summary to stdout; returns the exit status. */
export function runValidate(paths: readonly string[], options: ValidateOptions, io: Io): ExitCode {
  const { files, unreadable } = readInputs(paths, io);
  const imported = importFiles(files, { encoding: options.encoding });
  printDiagnostics(imported.diagnostics, io);

  let notChecked = 0;
  let failed = 0;
  if (options.machineCheck) {
    for (const procedure of imported.procedures) {
      const check = checkMachine(procedure, { maxStates: options.maxStates });
      if (check.status === 'not-exhaustively-checked') {
        notChecked++;
        io.err(`${procedure.source.file}:${procedure.source.line}: note: item ${procedure.itemCode}: state machine not exhaustively checked (${check.problems.join('; ')})\n`);
      } else if (check.status === 'failed') {
        failed++;
        for (const problem of check.problems) {
          io.err(`${procedure.source.file}:${procedure.source.line}: item ${procedure.itemCode}: state machine: ${problem}\n`);
        }
      }
    }
  }

  const warnings = imported.diagnostics.filter((d) => d.severity === 'warning').length;
  const errors = imported.diagnostics.filter((d) => d.severity === 'error').length;
  const parts = [
    `${plural(imported.procedures.length, 'item')} ok`,
    `${imported.leftOut.length} left out`,
    plural(errors, 'error'),
    plural(warnings, 'warning'),
  ];
  if (options.machineCheck && (notChecked > 0 || failed > 0)) {
    parts.push(`${notChecked} not exhaustively checked`, `${failed} failed machine checks`);
  }
  if (imported.leftOut.length > 0) {
    parts.push(`left out: ${imported.leftOut.map((l) => l.itemCode).join(', ')}`);
  }
  io.out(`${parts.join(', ')}\n`);

  if (unreadable.length > 0) return EXIT.usage;
  return imported.leftOut.length > 0 || failed > 0 ? EXIT.inputProblems : EXIT.ok;
}
