// procopt diagram: one item's procedure diagram (original, best candidate or a named candidate) as SVG.

import { dirname } from 'node:path';
import { ProcoptError } from '../../domain/index.js';
import type { EncodingName } from '../../import/index.js';
import { renderVariantDiagram } from '../../report/index.js';
import { analyzeSources } from '../../pipeline/index.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { concernsItem, importOptions, printDiagnostics, readInputs } from '../inputs.js';
import { makeFolder, writeOutputFile } from '../write-files.js';

export interface DiagramOptions {
  encoding: EncodingName;
  /** A centre's own type words: a CSV of word, role. */
  roles?: string;
  /** The per-item analysis time budget in seconds. */
  itemTimeLimit?: number;
  sheet?: string;
  item: string;
  variant: string;
  out: string;
}

/** Writes the SVG; an unknown candidate id is a usage error listing the ids there are. */
export async function runDiagram(paths: readonly string[], options: DiagramOptions, io: Io): Promise<ExitCode> {
  const { files, unreadable } = readInputs(paths, io);
  const { imported, result } = analyzeSources(files, {
    ...importOptions(options, io),
    itemCode: options.item,
    ...(options.itemTimeLimit !== undefined ? { itemTimeLimitMs: options.itemTimeLimit * 1000 } : {}),
  });
  printDiagnostics(imported.diagnostics.filter((d) => concernsItem(d.itemCode, options.item)), io);
  const item = result.items[0];
  if (item === undefined) {
    throw new ProcoptError('UNKNOWN_ITEM', `item ${options.item} has input errors and was left out; fix them first (see above)`);
  }
  const known = ['original', 'best', ...item.candidates.map((c) => c.id)];
  if (!known.includes(options.variant)) {
    throw new ProcoptError('UNKNOWN_CANDIDATE', `no variant "${options.variant}" for item ${item.itemCode}; choose one of: ${known.join(', ')}`);
  }
  const svg = await renderVariantDiagram(item, options.variant);
  makeFolder(dirname(options.out));
  writeOutputFile(options.out, svg);
  io.err(`wrote ${options.out}\n`);
  if (unreadable.length > 0) return EXIT.usage;
  return imported.leftOut.length > 0 ? EXIT.inputProblems : EXIT.ok;
}
