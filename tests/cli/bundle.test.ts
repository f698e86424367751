// The build's bundle (scripts/build.js → dist/bundle/): it holds the CLI and every worker entry, it answers
// exactly as the modules tsc wrote, and bin/procopt.js runs it only while no newer tsc output exists.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIsStale } from '../global-build.js';
import { procopt, ROOT } from './run-cli.js';

/** The files every `new URL('./name.js', import.meta.url)` in src/ starts as a worker. */
function workerEntries(): string[] {
  const names = new Set<string>();
  const src = join(ROOT, 'src');
  for (const path of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
    if (!path.endsWith('.ts')) continue;
    for (const m of readFileSync(join(src, path), 'utf8').matchAll(/new URL\('\.\/([\w-]+)\.js', import\.meta\.url\)/g)) names.add(`${m[1]}.js`);
  }
  return [...names].sort();
}

const MODELS = ['models/food-business-license.csv', 'models/joint-drawing-review.csv'];

describe('the bundle', () => {
  it('holds main.cjs, its code cache and every worker entry the sources start', () => {
    const entries = workerEntries();
    expect(entries).toEqual(['check-worker.js', 'drawing-worker.js', 'pipeline-worker.js']);
    for (const name of ['main.cjs', 'main.cjs.v8-cache', ...entries]) expect(existsSync(join(ROOT, 'dist', 'bundle', name)), name).toBe(true);
  });

  it('its code cache was made from this bundle (it starts with the SHA-1 of main.cjs)', () => {
    const bundle = readFileSync(join(ROOT, 'dist', 'bundle', 'main.cjs'));
    const cache = readFileSync(join(ROOT, 'dist', 'bundle', 'main.cjs.v8-cache'));
    expect(cache.subarray(0, 20).toString('hex')).toBe(createHash('sha1').update(bundle).digest('hex'));
    expect(cache.length).toBeGreaterThan(100_000);
  });

  it('analyze with dates and odds on two worker threads: the same JSON and diagnostics as the modules', () => {
    const args = ['analyze', ...MODELS, 'models/environmental-impact-approval.csv', '--workers', '2', '--steps', '--start-date', '2026-09-30', '--samples', '300', '--seed', '9'];
    const [bundled, modules] = [procopt(args, { entry: 'dist/bundle/main.cjs' }), procopt(args, { entry: 'dist/cli/main.js' })];
    expect(bundled.status).toBe(0);
    expect((JSON.parse(bundled.stdout) as { items: unknown[] }).items.length).toBeGreaterThan(1);
    expect(bundled.stdout).toBe(modules.stdout);
    expect(bundled.stderr).toBe(modules.stderr);
  });

  it('validate on two worker threads: the same answer as the modules', () => {
    const args = ['validate', ...MODELS, '--workers', '2'];
    const [bundled, modules] = [procopt(args, { entry: 'dist/bundle/main.cjs' }), procopt(args, { entry: 'dist/cli/main.js' })];
    expect(bundled.status).toBe(0);
    expect(bundled.stdout).toBe(modules.stdout);
    expect(bundled.stderr).toBe(modules.stderr);
  });

  it('report with its drawings on a worker thread: the same folder as the modules', () => {
    const out = mkdtempSync(join(tmpdir(), 'procopt-bundle-'));
    const [bundled, modules] = ['bundled', 'modules'].map((name) =>
      procopt(['report', MODELS[0]!, '--out', join(out, name), '--workers', '1'], { entry: name === 'bundled' ? 'dist/bundle/main.cjs' : 'dist/cli/main.js' }),
    );
    expect(bundled!.status).toBe(0);
    expect(modules!.status).toBe(0);
    const files = readdirSync(join(out, 'modules'), { recursive: true, encoding: 'utf8' }).sort();
    expect(files.some((f) => f.endsWith('.svg'))).toBe(true);
    expect(readdirSync(join(out, 'bundled'), { recursive: true, encoding: 'utf8' }).sort()).toEqual(files);
    for (const f of files.filter((f) => f.includes('.'))) {
      expect(readFileSync(join(out, 'bundled', f)).equals(readFileSync(join(out, 'modules', f))), f).toBe(true);
    }
  });
});

describe('bin/procopt.js', () => {
  /** A copy of bin/ beside a dist/ whose two entries only say which one ran; mtimes in seconds. */
  function fakeCheckout(bundleAt: number | null, modulesAt: number, bundleSays = 'bundle'): string {
    const dir = mkdtempSync(join(tmpdir(), 'procopt-bin-'));
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    mkdirSync(join(dir, 'bin'));
    copyFileSync(join(ROOT, 'bin', 'procopt.js'), join(dir, 'bin', 'procopt.js'));
    mkdirSync(join(dir, 'dist', 'cli'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'cli', 'main.js'), "console.log('modules');\n");
    utimesSync(join(dir, 'dist', 'cli', 'main.js'), modulesAt, modulesAt);
    if (bundleAt !== null) {
      mkdirSync(join(dir, 'dist', 'bundle'));
      writeFileSync(join(dir, 'dist', 'bundle', 'main.cjs'), `console.log('${bundleSays}');\n`);
      utimesSync(join(dir, 'dist', 'bundle', 'main.cjs'), bundleAt, bundleAt);
    }
    return join(dir, 'bin', 'procopt.js');
  }

  const ran = (bin: string, env: NodeJS.ProcessEnv = {}): string =>
    spawnSync(process.execPath, [bin], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } }).stdout.trim();

  it('runs the bundle when it was made after the modules', () => {
    expect(ran(fakeCheckout(2_000_000_010, 2_000_000_000))).toBe('bundle');
  });

  it('runs the bundle when the modules were written within two seconds after it (a package manager extracting in any order)', () => {
    expect(ran(fakeCheckout(2_000_000_000, 2_000_000_000.13))).toBe('bundle');
    expect(ran(fakeCheckout(2_000_000_000, 2_000_000_002))).toBe('bundle');
    expect(ran(fakeCheckout(2_000_000_000, 2_000_000_002.5))).toBe('modules');
  });

  it('runs the modules when tsc wrote them after the bundle, or when there is no bundle', () => {
    expect(ran(fakeCheckout(2_000_000_000, 2_000_000_010))).toBe('modules');
    expect(ran(fakeCheckout(null, 2_000_000_000))).toBe('modules');
  });

  it('reads a code cache only where it was made from the bundle it sits beside', () => {
    // Two bundles of the same length: V8 alone would run the first one's cached code for the second.
    const bin = fakeCheckout(2_000_000_010, 2_000_000_000, 'first');
    const bundle = join(bin, '..', '..', 'dist', 'bundle', 'main.cjs');
    const cache = `${bundle}.v8-cache`;
    expect(ran(bin, { PROCOPT_CODE_CACHE_OUT: cache })).toBe('first');
    const made = readFileSync(cache);
    expect(made.subarray(0, 20).equals(createHash('sha1').update(readFileSync(bundle)).digest())).toBe(true);
    expect(ran(bin)).toBe('first');
    writeFileSync(bundle, "console.log('other');\n");
    utimesSync(bundle, 2_000_000_010, 2_000_000_010);
    expect(ran(bin)).toBe('other');
    // The same cache under the second bundle's hash: V8 takes it and runs the first bundle's code.
    writeFileSync(cache, Buffer.concat([createHash('sha1').update(readFileSync(bundle)).digest(), made.subarray(20)]));
    expect(ran(bin)).toBe('first');
  });

  it('compiles the bundle as usual where its code cache is damaged or unreadable', () => {
    const bin = fakeCheckout(2_000_000_010, 2_000_000_000);
    const bundle = join(bin, '..', '..', 'dist', 'bundle', 'main.cjs');
    writeFileSync(`${bundle}.v8-cache`, Buffer.concat([createHash('sha1').update(readFileSync(bundle)).digest(), Buffer.from('not a code cache')]));
    expect(ran(bin)).toBe('bundle');
    rmSync(`${bundle}.v8-cache`);
    mkdirSync(`${bundle}.v8-cache`);
    expect(ran(bin)).toBe('bundle');
  });
});

describe('the tests\' build (tests/global-build.ts)', () => {
  /** A checkout with one source, the build inputs and the two outputs, each modified at the given second. */
  function checkout(times: { source: number; folder?: number; input?: number; modules: number | null; bundle: number | null }): string {
    const dir = mkdtempSync(join(tmpdir(), 'procopt-stale-'));
    const at = (path: string, seconds: number) => utimesSync(join(dir, path), seconds, seconds);
    mkdirSync(join(dir, 'src', 'cli'), { recursive: true });
    mkdirSync(join(dir, 'dist', 'cli'), { recursive: true });
    mkdirSync(join(dir, 'dist', 'bundle'));
    writeFileSync(join(dir, 'src', 'cli', 'main.ts'), '');
    at('src/cli/main.ts', times.source);
    at('src/cli', times.folder ?? times.source);
    at('src', times.source);
    writeFileSync(join(dir, 'tsconfig.build.json'), '{}');
    at('tsconfig.build.json', times.input ?? times.source);
    for (const [path, seconds] of [['dist/cli/main.js', times.modules], ['dist/bundle/main.cjs', times.bundle]] as const) {
      if (seconds === null) continue;
      writeFileSync(join(dir, path), '');
      at(path, seconds);
    }
    return dir;
  }

  it('is fresh only when both outputs were made after every source and build input', () => {
    expect(buildIsStale(checkout({ source: 1_000, modules: 1_010, bundle: 1_011 }))).toBe(false);
    expect(buildIsStale(checkout({ source: 1_020, modules: 1_010, bundle: 1_011 }))).toBe(true);
    expect(buildIsStale(checkout({ source: 1_000, modules: 1_010, bundle: 1_011, input: 1_020 }))).toBe(true);
  });

  it('is stale when a source folder changed (a source removed or renamed), after a bare tsc, or without an output', () => {
    expect(buildIsStale(checkout({ source: 1_000, folder: 1_020, modules: 1_010, bundle: 1_011 }))).toBe(true);
    expect(buildIsStale(checkout({ source: 1_015, modules: 1_020, bundle: 1_010 }))).toBe(true);
    expect(buildIsStale(checkout({ source: 1_000, modules: 1_010, bundle: null }))).toBe(true);
    expect(buildIsStale(checkout({ source: 1_000, modules: null, bundle: 1_010 }))).toBe(true);
  });
});
