// runCli(): one procopt command line, start to finish, mapping errors to exit statuses
// (0 clean, 1 input problems / --fail-on, 2 usage or internal error).

import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { ProcoptError } from '../domain/index.js';
import { CLI_TEXT, DEFAULT_LANG, type Lang } from '../i18n/index.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { terminalIo, type Io } from './io.js';
import { resolveLang } from './lang.js';
import { buildProgram } from './program.js';

/**
 * Runs one command line; never throws, returns the exit status. Messages go out through terminalIo.
 * `env` is the process environment (PROCOPT_LANG picks the language when --lang is not given).
 */
export async function runCli(argv: readonly string[], rawIo: Io, env: Readonly<Record<string, string | undefined>> = {}): Promise<ExitCode> {
  // Every message quotes input somewhere (an item code, a file name): none reaches the terminal raw.
  const io = terminalIo(rawIo);
  let code: ExitCode = EXIT.ok;
  let lang: Lang = DEFAULT_LANG;
  try {
    lang = resolveLang(argv, env);
    const program = buildProgram(io, (c) => (code = c), readVersion(), lang);
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    // The one place errors end: a usage error is a message, anything else a bug shown with its stack.
    if (error instanceof ProcoptError) {
      io.err(`procopt: ${error.messageIn(lang)}\n`);
      return EXIT.usage;
    }
    io.err(`procopt: ${CLI_TEXT[lang].internalError({ detail: error instanceof Error ? (error.stack ?? error.message) : String(error) })}\n`);
    return EXIT.usage;
  }
}

function readVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

