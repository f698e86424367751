// Reading the catalogue named on the command line and printing its diagnostics compiler-style.

import pc from 'picocolors';
import type { Diagnostic } from '../domain/index.js';
import { formatDiagnostic, readSourceFiles, type SourceFile } from '../import/index.js';
import type { Io } from './io.js';

export interface ReadInputs {
  files: SourceFile[];
  /** Unreadable files (exit status 2). */
  unreadable: Diagnostic[];
}

/** Reads every named file; an unreadable one is reported and the others go on. */
export function readInputs(paths: readonly string[], io: Io): ReadInputs {
  const { files, diagnostics } = readSourceFiles(paths);
  printDiagnostics(diagnostics, io);
  return { files, unreadable: diagnostics };
}

/**
 * Control characters of a cell quoted in a message (a terminal escape such as ESC [31m, a carriage
 * return, a line break inside a quoted cell) shown as `\x1b`, `\r`…: they must not act on the terminal
 * or split the diagnostic's line.
 */
function inertLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** Prints diagnostics to stderr, one per line, errors red and warnings yellow on a terminal. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], io: Io): void {
  const colour = io.errIsTty && pc.isColorSupported;
  // One write for all: a catalogue can have thousands of warnings.
  let text = '';
  for (const d of diagnostics) {
    const line = inertLine(formatDiagnostic(d));
    text += `${colour ? (d.severity === 'error' ? pc.red(line) : pc.yellow(line)) : line}\n`;
  }
  if (text !== '') io.err(text);
}

/** Whether a diagnostic or left-out item concerns the run: with --item, that item or no item in particular. */
export function concernsItem(itemCode: string | undefined, item: string | undefined): boolean {
  return item === undefined || itemCode === undefined || itemCode === item;
}

/** "1 warning" / "2 warnings". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
