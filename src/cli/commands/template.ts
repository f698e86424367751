// procopt template: the Excel workbook windows fill in (the contract's columns, drop-down lists, an
// example item and instructions in Chinese). It never overwrites a file unless told to: the name it
// is given is often that of a workbook already filled in.

import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { ProcoptError } from '../../domain/index.js';
import { buildProcedureTemplate } from '../../import/index.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import type { LangOption } from '../inputs.js';
import { CLI_TEXT } from '../../i18n/index.js';
import { makeFolder, writeOutputFile } from '../write-files.js';

export interface TemplateOptions extends LangOption {
  out: string;
  force: boolean;
}

/** Writes the template workbook to `out`. */
export async function runTemplate(options: TemplateOptions, io: Io): Promise<ExitCode> {
  if (existsSync(options.out) && !options.force) {
    throw new ProcoptError('USAGE', CLI_TEXT[options.lang].templateExists({ path: options.out }));
  }
  const bytes = await buildProcedureTemplate();
  makeFolder(dirname(options.out));
  writeOutputFile(options.out, bytes);
  io.err(`${CLI_TEXT[options.lang].wroteFile({ path: options.out })}\n`);
  return EXIT.ok;
}
