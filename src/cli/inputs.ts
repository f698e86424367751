// Reading the catalogue named on the command line and printing its diagnostics compiler-style.

import { ProcoptError, type Diagnostic, type Lang } from '../domain/index.js';
import { CLI_TEXT } from '../i18n/index.js';
import { formatDiagnostic, readRolesFile, readSourceFiles, type EncodingName, type ImportOptions, type RoleWord, type SourceFile } from '../import/index.js';
import type { Io, Tone } from './io.js';

export interface ReadInputs {
  files: SourceFile[];
  /** Unreadable files (exit status 2). */
  unreadable: Diagnostic[];
}

/** The options every command takes: --lang. */
export interface LangOption {
  /** The language of everything the command writes for people (--lang, PROCOPT_LANG). */
  lang: Lang;
}

/** The reading options every command takes: --encoding, --roles, and --sheet for workbooks (and --lang). */
export interface InputOptions extends LangOption {
  encoding: EncodingName;
  /** A centre's own type words: a CSV of word, role. */
  roles?: string;
  sheet?: string;
}

/** InputOptions as the import stage takes them: the --roles file is read here (a problem in it stops the run). */
export function importOptions(options: InputOptions, io: Io): ImportOptions {
  return {
    encoding: options.encoding,
    lang: options.lang,
    roleWords: readRoleWords(options.roles, options.encoding, options.lang, io),
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
  };
}

/** Reads every named file; an unreadable one is reported and the others go on. */
export function readInputs(paths: readonly string[], lang: Lang, io: Io): ReadInputs {
  const { files, diagnostics } = readSourceFiles(paths, lang);
  printDiagnostics(diagnostics, lang, io);
  return { files, unreadable: diagnostics };
}

/**
 * A centre's own type words from --roles FILE (none without it). Every problem of the file is
 * printed; any problem stops the run (a usage error, exit 2) before an item is read.
 */
export function readRoleWords(path: string | undefined, encoding: EncodingName, lang: Lang, io: Io): RoleWord[] {
  if (path === undefined) return [];
  const { files, diagnostics: unreadable } = readSourceFiles([path], lang);
  const [file] = files;
  const { words, diagnostics } = file === undefined ? { words: [], diagnostics: unreadable } : readRolesFile(file, encoding, lang);
  if (diagnostics.length === 0) return words;
  printDiagnostics(diagnostics, lang, io);
  throw new ProcoptError('USAGE', CLI_TEXT[lang].rolesFileProblems({ path, problems: diagnostics.length }));
}

/** Prints diagnostics to stderr, one per line, errors red and warnings yellow on a terminal (terminalIo). */
export function printDiagnostics(diagnostics: readonly Diagnostic[], lang: Lang, io: Io): void {
  // One write per run of one severity: a catalogue can have thousands of warnings.
  let text = '';
  let tone: Tone = 'error';
  for (const d of diagnostics) {
    if (d.severity !== tone && text !== '') {
      io.err(text, tone);
      text = '';
    }
    tone = d.severity;
    text += `${formatDiagnostic(d, lang)}\n`;
  }
  if (text !== '') io.err(text, tone);
}

/** Whether a diagnostic or left-out item concerns the run: with --item, that item or no item in particular. */
export function concernsItem(itemCode: string | undefined, item: string | undefined): boolean {
  return item === undefined || itemCode === undefined || itemCode === item;
}
