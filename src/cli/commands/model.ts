// procopt model: write one item's XState machine as JSON that createMachine accepts.

import { join } from 'node:path';
import { ProcoptError } from '../../domain/index.js';
import type { EncodingName } from '../../import/index.js';
import { importFiles } from '../../import/index.js';
import { buildMachineConfig, checkMachine } from '../../model/index.js';
import { safeFileName } from '../../report/index.js';
import { selectItems } from '../../pipeline/index.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { concernsItem, importOptions, printDiagnostics, readInputs, type LangOption } from '../inputs.js';
import { CLI_TEXT } from '../../i18n/index.js';
import { makeFolder, writeOutputFile } from '../write-files.js';

export interface ModelOptions extends LangOption {
  encoding: EncodingName;
  /** A centre's own type words: a CSV of word, role. */
  roles?: string;
  sheet?: string;
  item: string;
  out: string;
  maxStates: number;
}

/** Writes `<out>/<item>.machine.json`; prints the path and the machine check to stdout. */
export function runModel(paths: readonly string[], options: ModelOptions, io: Io): ExitCode {
  const text = CLI_TEXT[options.lang];
  const { files, unreadable } = readInputs(paths, options.lang, io);
  const imported = importFiles(files, importOptions(options, io));
  printDiagnostics(imported.diagnostics.filter((d) => concernsItem(d.itemCode, options.item)), options.lang, io);
  const [procedure] = selectItems(imported, options.item, options.lang);
  if (procedure === undefined) {
    throw new ProcoptError('UNKNOWN_ITEM', text.itemLeftOut({ itemCode: options.item }));
  }
  const config = buildMachineConfig(procedure);
  makeFolder(options.out);
  const target = join(options.out, `${safeFileName(procedure.itemCode)}.machine.json`);
  writeOutputFile(target, `${JSON.stringify(config, null, 2)}\n`);
  const check = checkMachine(procedure, { maxStates: options.maxStates, lang: options.lang });
  io.out(`${text.wroteMachine({ path: target, steps: procedure.steps.length })}\n`);
  io.out(`${text.machineCheck({ status: check.status, notChecked: check.notChecked, problems: check.problems, states: check.statesExplored })}\n`);
  if (unreadable.length > 0) return EXIT.usage;
  return check.status === 'failed' ? EXIT.inputProblems : EXIT.ok;
}
