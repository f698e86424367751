// Runs bin/procopt.js as a child process; tests/global-build.ts has built dist/ from the current sources.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/procopt.js', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The user `nobody`, for runs that must not have root's right to write anywhere. */
const NOBODY = 65534;

/** Whether this process runs as root (file permissions do not stop it). */
export const isRoot = (): boolean => process.getuid?.() === 0;

/**
 * procopt ARGS… with cwd (default the repo root); environment without colours. `unprivileged`: as
 * the user nobody when this process is root, so that a read-only folder is read-only to procopt.
 * The tests that read procopt's words read the English ones: PROCOPT_LANG is `lang` (default en;
 * null leaves it unset, so the default language, zh-CN, applies). `entry`: another entry point to run
 * instead of bin/procopt.js, relative to the repo root (dist/bundle/main.cjs, dist/cli/main.js).
 */
export function procopt(
  args: readonly string[],
  options: { cwd?: string; input?: string; timeout?: number; unprivileged?: boolean; lang?: string | null; entry?: string } = {},
): CliRun {
  const asNobody = options.unprivileged === true && isRoot();
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  delete env.PROCOPT_LANG;
  const lang = options.lang === undefined ? 'en' : options.lang;
  if (lang !== null) env.PROCOPT_LANG = lang;
  const entry = options.entry === undefined ? BIN : join(ROOT, options.entry);
  const r = spawnSync(process.execPath, [entry, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    input: options.input ?? '',
    env,
    timeout: options.timeout ?? 120_000,
    ...(asNobody ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
