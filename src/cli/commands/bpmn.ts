// procopt bpmn: one item's procedure (original, best candidate or a named candidate) as a BPMN 2.0
// file that bpmn.io-based modelers and BPMN engines (Camunda, Flowable, Activiti) open.

import { dirname } from 'node:path';
import { ProcoptError } from '../../domain/index.js';
import type { EncodingName } from '../../import/index.js';
import { renderBpmn } from '../../report/index.js';
import { analyzeSources } from '../../pipeline/index.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { concernsItem, importOptions, printDiagnostics, readInputs, type LangOption } from '../inputs.js';
import { CLI_TEXT, REPORT_TEXT } from '../../i18n/index.js';
import { makeFolder, writeOutputFile } from '../write-files.js';

export interface BpmnOptions extends LangOption {
  encoding: EncodingName;
  /** A centre's own type words: a CSV of word, role. */
  roles?: string;
  sheet?: string;
  item: string;
  variant: string;
  out: string;
}

/** Writes the BPMN file; an unknown candidate id is a usage error listing the ids there are. */
export async function runBpmn(paths: readonly string[], options: BpmnOptions, io: Io): Promise<ExitCode> {
  const text = CLI_TEXT[options.lang];
  const { files, unreadable } = readInputs(paths, options.lang, io);
  const { imported, result } = analyzeSources(files, { ...importOptions(options, io), itemCode: options.item });
  printDiagnostics(imported.diagnostics.filter((d) => concernsItem(d.itemCode, options.item)), options.lang, io);
  const item = result.items[0];
  if (item === undefined) {
    throw new ProcoptError('UNKNOWN_ITEM', text.itemLeftOut({ itemCode: options.item }));
  }
  const known = ['original', 'best', ...item.candidates.map((c) => c.id)];
  if (!known.includes(options.variant)) {
    throw new ProcoptError('UNKNOWN_CANDIDATE', REPORT_TEXT[options.lang].unknownVariant({ variant: options.variant, itemCode: item.itemCode, known }));
  }
  const xml = await renderBpmn(item, options.variant, options.lang);
  makeFolder(dirname(options.out));
  writeOutputFile(options.out, xml);
  io.err(`${text.wroteFile({ path: options.out })}\n`);
  if (unreadable.length > 0) return EXIT.usage;
  return imported.leftOut.length > 0 ? EXIT.inputProblems : EXIT.ok;
}
