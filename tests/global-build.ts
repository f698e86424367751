// Vitest global setup: the CLI tests run bin/procopt.js, which runs dist/ — so dist/ and its bundle are
// built here, once per run and before any test file starts, when a source is newer than the build
// (`npm ci` has just built them in CI; a developer's edit makes them stale). One build in the main
// process, with a time limit, instead of one per test file in every worker: the builds no longer race
// each other's writes to dist/, and a build that hangs fails the run instead of stopping it.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What the build reads besides src/: a change to any of them makes dist/ stale. */
const BUILD_INPUTS = ['tsconfig.json', 'tsconfig.build.json', 'scripts/build.js', 'bin/procopt.js', 'package.json', 'package-lock.json'];

/** The build's two outputs that bin/procopt.js chooses between. */
const BUILD_OUTPUTS = ['dist/cli/main.js', 'dist/bundle/main.cjs'];

const BUILD_TIME_LIMIT_MS = 300_000;

/** When path was last modified (ms); a missing file as never. */
const modifiedAt = (path: string): number => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Number.NEGATIVE_INFINITY;

/** The newest modification under src/ (folders too, so a removed or renamed source counts) and of the build inputs. */
function newestInput(root: string): number {
  const src = join(root, 'src');
  let newest = modifiedAt(src);
  for (const path of readdirSync(src, { recursive: true, encoding: 'utf8' })) newest = Math.max(newest, modifiedAt(join(src, path)));
  for (const path of BUILD_INPUTS) newest = Math.max(newest, modifiedAt(join(root, path)));
  return newest;
}

/** Whether root's dist/ lacks an output or is older than a source or build input. */
export function buildIsStale(root = ROOT): boolean {
  const oldestOutput = Math.min(...BUILD_OUTPUTS.map((path) => modifiedAt(join(root, path))));
  return oldestOutput <= newestInput(root);
}

/**
 * `npm run build` when dist/ is stale. A failed build (a type error tsc still compiles, say) is
 * reported and the run goes on: the in-process tests need no build, and the CLI tests then run what
 * the build left in dist/ (bin/procopt.js falls back to tsc's modules). CI has built with `npm ci`
 * and type-checks on its own.
 */
export function buildIfStale(): void {
  if (!buildIsStale()) return;
  try {
    execFileSync(process.execPath, ['scripts/build.js'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], timeout: BUILD_TIME_LIMIT_MS });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    process.stderr.write(`tests/global-build.ts: the build failed; the CLI tests run what it left in dist/\n${String(error)}\n${stdout ?? ''}${stderr ?? ''}\n`);
  }
}

export default function setup(project: TestProject): void {
  buildIfStale();
  // watch mode: a rerun after an edit runs the CLI the edit made
  project.onTestsRerun(() => buildIfStale());
}
