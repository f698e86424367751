#!/usr/bin/env node
// `npm run build`: compiles src/ to dist/ (tsc -p tsconfig.build.json), then bundles the CLI and its
// worker entries into dist/bundle/ with esbuild, which bin/procopt.js runs. The bundle holds our ~250
// modules and the small packages every command loads (commander, xstate, csv-parse, …: CommonJS
// packages that Node's ES module loader would otherwise resolve, scan and wrap one by one); a command
// on a small file starts in ~0.25 s instead of ~0.45 s (measured on Node 20). The packages loaded only
// when needed (ELK for diagrams, the workbook readers) stay outside, loaded from node_modules.
// The bundled CommonJS code calls `require` for Node's built-in modules: each file of the bundle
// defines it (the banner).
//
// dist/bundle/ is flat: main.js, one file per `*-worker.js` module of dist/ and shared chunks, so a
// worker's `new URL('./x-worker.js', import.meta.url)` and run.ts's `../../package.json` resolve there
// as they do from dist/<folder>/. Files are written under a temporary name and renamed, so a CLI
// started while a build runs never reads half a file;
// files of earlier builds that this one did not write are removed.

import { spawnSync } from 'node:child_process';
import { readdirSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, stop } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const outdir = join(dist, 'bundle');

const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

/** Packages imported only on the way to a diagram, a workbook or a TypeScript worker: left out of the bundle. */
const LOADED_WHEN_NEEDED = ['elkjs', 'elkjs/*', 'exceljs', '@e965/xlsx', 'tsx', 'tsx/*'];

/**
 * dist/cli/main.js and the compiled worker_threads entries: one per file of src/ named `*-worker.ts` (read
 * from src/, not dist/: tsc never deletes the output of a source that was moved or removed).
 */
function entryPoints() {
  const src = join(root, 'src');
  const workers = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('-worker.ts'))
    .map((path) => join(dist, path.replace(/\.ts$/, '.js')))
    .sort();
  return [join(dist, 'cli', 'main.js'), ...workers];
}

const result = await build({
  entryPoints: entryPoints(),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: LOADED_WHEN_NEEDED,
  banner: { js: "import { createRequire as createRequireOfBundle } from 'node:module'; const require = createRequireOfBundle(import.meta.url);" },
  outdir,
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  write: false,
  logLevel: 'warning',
});
// esbuild's service process inherits our standard error: ended here, so that a caller waiting for
// that stream to close (execFileSync with pipes) never waits on it
await stop();

mkdirSync(outdir, { recursive: true });
const written = new Set();
for (const file of result.outputFiles) {
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
  written.add(basename(file.path));
}
for (const name of readdirSync(outdir)) {
  if (!written.has(name) && !name.endsWith('.tmp')) rmSync(join(outdir, name), { force: true });
}
