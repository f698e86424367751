// The language of one command line: --lang (anywhere on the line, `--lang en` or `--lang=en`), else
// the environment variable PROCOPT_LANG, else zh-CN. It is known before the program is built, so
// the help texts are in it too.

import { ProcoptError } from '../domain/index.js';
import { CLI_TEXT, DEFAULT_LANG, LANGS, isLang, type Lang } from '../i18n/index.js';

/** The environment variable that sets the language when --lang is not given. */
export const LANG_ENV = 'PROCOPT_LANG';

/**
 * The language `argv` asks for (the last --lang wins), else `env`'s PROCOPT_LANG (an empty value
 * counts as unset), else zh-CN.
 * @throws ProcoptError USAGE for a language procopt does not write (worded in zh-CN, the default).
 */
export function resolveLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  let asked: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang' && i + 1 < argv.length) asked = argv[++i];
    else if (arg.startsWith('--lang=')) asked = arg.slice('--lang='.length);
  }
  const value = asked ?? (env[LANG_ENV] !== undefined && env[LANG_ENV] !== '' ? env[LANG_ENV] : undefined);
  if (value === undefined) return DEFAULT_LANG;
  if (isLang(value)) return value;
  throw new ProcoptError('USAGE', CLI_TEXT[DEFAULT_LANG].unknownLang({ value, langs: LANGS }));
}
