#!/usr/bin/env node
// The CLI as `npm run build` bundles it (dist/bundle/main.cjs, a CommonJS script: see scripts/build.js)
// — unless tsc has written dist/ since the bundle was made (a build of the modules alone): then the
// modules themselves, so a stale bundle never runs. "Since" means more than two seconds later: a
// package manager writes an installed package's files in any order within moments of each other
// (npm put dist/cli/main.js 0.13 s after the bundle), and a bare tsc after a build comes seconds later.
//
// The bundle is compiled with the V8 code cache the build wrote beside it (main.cjs.v8-cache: the
// bytecode of every function a run on the example catalogue compiled), so a command skips most of
// its compiling: ~25 ms of a start of ~120 ms (measured on Node 20). The file starts with the SHA-1
// of the bundle it was made from, and is read only for that bundle: V8 itself checks the source's
// length, not its text, and would run a stale cache's code. V8 rejects a cache made by another Node
// version or under other V8 flags, and the bundle then compiles as usual. With
// PROCOPT_CODE_CACHE_OUT set, the run writes its code cache to that file as it exits (the build's
// training run).
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const bundle = fileURLToPath(new URL('../dist/bundle/main.cjs', import.meta.url));
const modules = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const modifiedAt = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? -1;

/** How much later than the bundle tsc must have written dist/cli/main.js for the modules to run. */
const MODULES_LATER_MS = 2000;

const bundledAt = modifiedAt(bundle);
if (bundledAt >= 0 && modifiedAt(modules) - bundledAt <= MODULES_LATER_MS) runBundle(bundle, `${bundle}.v8-cache`);
else await import('../dist/cli/main.js');

/** Runs the CommonJS bundle as Node's loader would, compiled with the code cache where it was made for this bundle. */
function runBundle(file, cacheFile) {
  const bytes = readFileSync(file);
  const hash = createHash('sha1').update(bytes).digest();
  const cache = readCache(cacheFile);
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${bytes.toString('utf8')}\n})`;
  // No loader for import(): Node 20's only one for a script is experimental (a warning on every run)
  // and is lost by functions compiled from a code cache. The bundle loads the packages left outside
  // it with require (createRequire).
  const script = new vm.Script(wrapped, {
    filename: file,
    cachedData: cache !== null && cache.subarray(0, hash.length).equals(hash) ? cache.subarray(hash.length) : undefined,
  });
  const out = process.env.PROCOPT_CODE_CACHE_OUT;
  if (out !== undefined && out !== '') {
    process.once('exit', () => {
      writeFileSync(`${out}.${process.pid}.tmp`, Buffer.concat([hash, script.createCachedData()]));
      renameSync(`${out}.${process.pid}.tmp`, out);
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
}

/** The code cache's bytes, or null where it cannot be read: it only saves time, so the bundle then compiles as usual. */
function readCache(path) {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}
