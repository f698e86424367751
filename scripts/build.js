#!/usr/bin/env node
// `npm run build`: compiles src/ to dist/ (tsc -p tsconfig.build.json), then bundles the CLI and its
// worker entries into dist/bundle/ with esbuild, which bin/procopt.js runs. The bundle holds our ~250
// modules and the small packages every command loads (commander, xstate, csv-parse, …: CommonJS
// packages that Node's ES module loader would otherwise resolve, scan and wrap one by one); a command
// on a small file started in ~0.25 s instead of ~0.45 s (measured on Node 20), and in ~0.10 s with the
// code cache below. The packages loaded only when needed (ELK for diagrams, the workbook readers)
// stay outside, loaded from node_modules.
//
// The CLI is one CommonJS script, dist/bundle/main.cjs: the same code runs ~2.5 % faster on the bench
// catalogue as a CommonJS script than as an ES module (one file or split into chunks alike; measured
// on Node 20, docs/benchmarks.md). Its `import.meta.url` is the file's own URL (the banner). It has no
// `import()` (bin/procopt.js gives it no loader for one): the packages left outside are loaded with
// `createRequire`. The worker entries are ES modules sharing chunks; their bundled CommonJS code
// calls `require` for Node's built-in modules: each of those files defines it (the banner).
//
// dist/bundle/ is flat: main.cjs and its code cache main.cjs.v8-cache (see the end), one file per
// `*-worker.js` module of dist/ and shared chunks, so a worker's `new URL('./x-worker.js',
// import.meta.url)` and run.ts's `../../package.json` resolve there as they do from dist/<folder>/.
// Files are written under a temporary name and renamed, so a CLI started while a build runs never
// reads half a file; files of earlier builds that this one did not write are removed.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
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
 * The compiled worker_threads entries: one per file of src/ named `*-worker.ts` (read from src/, not
 * dist/: tsc never deletes the output of a source that was moved or removed).
 */
function workerEntries() {
  const src = join(root, 'src');
  return readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('-worker.ts'))
    .map((path) => join(dist, path.replace(/\.ts$/, '.js')))
    .sort();
}

const common = { bundle: true, platform: 'node', target: 'node20', external: LOADED_WHEN_NEEDED, write: false, logLevel: 'warning' };
const results = [
  await build({
    ...common,
    entryPoints: [join(dist, 'cli', 'main.js')],
    format: 'cjs',
    define: { 'import.meta.url': 'importMetaUrlOfBundle' },
    banner: { js: "const importMetaUrlOfBundle = require('node:url').pathToFileURL(__filename).href;" },
    outfile: join(outdir, 'main.cjs'),
  }),
  await build({
    ...common,
    entryPoints: workerEntries(),
    splitting: true,
    format: 'esm',
    banner: { js: "import { createRequire as createRequireOfBundle } from 'node:module'; const require = createRequireOfBundle(import.meta.url);" },
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
  }),
];
// esbuild's service process inherits our standard error: ended here, so that a caller waiting for
// that stream to close (execFileSync with pipes) never waits on it
await stop();

mkdirSync(outdir, { recursive: true });
const written = new Set();
for (const file of results.flatMap((result) => result.outputFiles)) {
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
  written.add(basename(file.path));
}
for (const name of readdirSync(outdir)) {
  if (!written.has(name) && !name.endsWith('.tmp')) rmSync(join(outdir, name), { force: true });
}

// The CLI's V8 code cache (read by bin/procopt.js, which checks that it was made from this bundle): a
// run of `analyze` on the example catalogue writes the bytecode it compiled. A failed run leaves no
// cache (the earlier one was removed above), and the CLI then compiles as usual.
const models = readdirSync(join(root, 'models')).filter((name) => name.endsWith('.csv')).map((name) => join('models', name));
const training = spawnSync(process.execPath, [join(root, 'bin', 'procopt.js'), 'analyze', ...models, '--format', 'json'], {
  cwd: root,
  env: { ...process.env, PROCOPT_CODE_CACHE_OUT: join(outdir, 'main.cjs.v8-cache') },
  stdio: ['ignore', 'ignore', 'pipe'],
  encoding: 'utf8',
  timeout: 120_000,
});
if (!existsSync(join(outdir, 'main.cjs.v8-cache'))) {
  process.stderr.write(`build: no code cache (the training run ended with ${training.status ?? training.signal ?? training.error}): the CLI compiles as it starts\n${training.stderr ?? ''}`);
}
