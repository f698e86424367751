// `npm run bench`: generates the seeded catalogues if missing, then times each phase in fresh child
// processes (scripts/bench/measure-phases.js), csv-parse alone on the same bytes, `procopt analyze`
// end to end, `procopt report` with diagrams, `procopt validate` of the 1k and 10k catalogues and
// validate/model of the pathological items under /usr/bin/time -v; medians go to docs/benchmarks.md.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCatalogue, type Manifest } from './generate-main.js';
import { runPathological } from './pathological.js';
import { writeBenchWorkbook, type WorkbookManifest } from './generate-workbook.js';
import { renderOdds, renderResults, writeBenchmarksDoc, writeOddsDoc, type BenchResults, type OddsRuns, type SizeResult, type TimedCommand } from './write-doc.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BENCH_DIR = join(ROOT, '.tmp', 'bench');
const SIZES: Record<string, number> = { '1k': 1_000, '10k': 10_000, '100k': 100_000 };
const SEED = 1;
/** A frozen copy of the build: others may rebuild dist/ while a long benchmark runs. */
const SNAPSHOT = join(BENCH_DIR, 'snapshot');
const CLI = join(SNAPSHOT, 'bin', 'procopt.js');

/**
 * Copies dist/, bin/ and package.json (for "type": "module") into the snapshot; node_modules resolve from the repo.
 * Timestamps are kept: bin/procopt.js runs the bundle only while it is newer than dist/cli/main.js.
 */
function snapshotBuild(): void {
  rmSync(SNAPSHOT, { recursive: true, force: true });
  cpSync(join(ROOT, 'dist'), join(SNAPSHOT, 'dist'), { recursive: true, preserveTimestamps: true });
  cpSync(join(ROOT, 'bin'), join(SNAPSHOT, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(SNAPSHOT, 'package.json'));
}

/**
 * Builds commit `rev` into .tmp/bench/compare-<rev> (a detached worktree using this checkout's
 * node_modules) and returns its CLI: the reference for alternate runs (`--compare REV`).
 */
function buildReference(rev: string): { cli: string; commit: string } {
  const commit = spawnSync('git', ['rev-parse', '--short', rev], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  if (commit === '') throw new Error(`--compare: no commit ${rev}`);
  const dir = join(BENCH_DIR, `compare-${commit}`);
  if (!existsSync(join(dir, 'bin', 'procopt.js'))) {
    spawnSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT });
    rmSync(dir, { recursive: true, force: true });
    const added = spawnSync('git', ['worktree', 'add', '--detach', dir, commit], { cwd: ROOT, encoding: 'utf8' });
    if (added.status !== 0) throw new Error(`--compare: git worktree add failed: ${added.stderr}`);
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  }
  log(`building ${commit} for alternate runs`);
  const built = spawnSync(process.execPath, buildCommand(dir), { cwd: dir, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`--compare: build of ${commit} failed: ${built.stdout}${built.stderr}`);
  return { cli: join(dir, 'bin', 'procopt.js'), commit };
}

/** One run of measure-phases.js, as it prints it. */
export interface PhaseRun {
  bytes: number;
  readMs: number;
  importMs?: number;
  stepGraphMs?: number;
  machineMs?: number;
  machineSampled?: number;
  analyzeMs?: number;
  summarizeMs?: number;
  jsonRenderMs?: number;
  jsonWriteMs?: number;
  jsonBytes?: number;
  machineShapes?: number;
  shapeMachineMs?: number;
  decodeMs?: number;
  csvParseMs?: number;
  items?: number;
  steps?: number;
  errors?: number;
  warnings?: number;
  maxRssMB: number;
  jsonError?: string;
  complete?: boolean;
  /** Set when the child died (e.g. heap exhausted); the phases before it still count. */
  failure?: string;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function ensureCatalogue(label: string, items: number, uncertainShare = 0): { dir: string; manifest: Manifest } {
  const dir = join(BENCH_DIR, label);
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    if (manifest.items === items && manifest.seed === SEED && (manifest.uncertainShare ?? 0) === uncertainShare) return { dir, manifest };
  }
  log(`generating ${label} (${items} items, seed ${SEED}${uncertainShare > 0 ? `, ${uncertainShare * 100} % of timed steps uncertain` : ''}) into ${dir}`);
  return { dir, manifest: writeCatalogue(dir, items, SEED, 500, uncertainShare) };
}

/** The share of timed steps given three-point estimates in the odds scenario (issue #12). */
const UNCERTAIN_SHARE = 0.3;
/** The Monte Carlo runs per design in the odds scenario. */
const ODDS_SAMPLES = 10_000;
/** The 受理 date of the --start-date scenario: a Monday in a covered year. */
const BENCH_START_DATE = '2026-03-02';

/**
 * Issue #12's speed scenarios: `procopt analyze` of the 10k catalogue with 30 % of its timed steps
 * uncertain at --samples 10000 (default workers), and the plain 10k catalogue with and without
 * --start-date, run alternately (the order swapped every run) so that drift hits both alike.
 */
function runOdds(oddsRuns: number, dateRuns: number): NonNullable<BenchResults['odds']> {
  const { dir, manifest } = ensureCatalogue('10k-odds', SIZES['10k'] ?? 10_000, UNCERTAIN_SHARE);
  const out = join(BENCH_DIR, 'out', 'odds-10k.json');
  const runs: TimedCommand[] = [];
  const pooled: TimedCommand[] = [];
  let estimated: number | undefined;
  const odds = (extra: readonly string[]): TimedCommand =>
    timeCommand([process.execPath, CLI, 'analyze', ...csvFiles(dir), '--format', 'json', '--samples', String(ODDS_SAMPLES), ...extra, '--out', out], out);
  for (let i = 0; i < oddsRuns; i++) {
    // The default workers (none on 2 cores) and --workers 2, alternately.
    log(`odds 10k --samples ${ODDS_SAMPLES}: run ${i + 1}/${oddsRuns}, default workers then --workers 2`);
    runs.push(odds([]));
    if (estimated === undefined && existsSync(out)) estimated = countEstimated(out);
    pooled.push(odds(['--workers', '2']));
  }
  const plain = ensureCatalogue('10k', SIZES['10k'] ?? 10_000).dir;
  const plainOut = join(BENCH_DIR, 'out', 'dates-10k.json');
  const without: TimedCommand[] = [];
  const withDates: TimedCommand[] = [];
  const analyze = (extra: readonly string[]): TimedCommand => timeCommand([process.execPath, CLI, 'analyze', ...csvFiles(plain), '--format', 'json', ...extra, '--out', plainOut], plainOut);
  for (let i = 0; i < dateRuns; i++) {
    log(`10k with and without --start-date: alternate run ${i + 1}/${dateRuns}`);
    if (i % 2 === 0) {
      without.push(analyze([]));
      withDates.push(analyze(['--start-date', BENCH_START_DATE]));
    } else {
      withDates.push(analyze(['--start-date', BENCH_START_DATE]));
      without.push(analyze([]));
    }
  }
  const summary = (xs: readonly TimedCommand[]): OddsRuns => ({
    wallMs: median(xs.map((r) => r.wallMs)),
    cpuMs: median(xs.map((r) => (r.wallMs * r.cpuPercent) / 100)),
    maxRssMB: median(xs.map((r) => r.maxRssMB)),
    cpuPercent: median(xs.map((r) => r.cpuPercent)),
    all: xs.map((r) => r.wallMs),
    ...(xs.some((r) => r.failure !== undefined) ? { failure: xs.find((r) => r.failure !== undefined)?.failure } : {}),
  });
  return {
    items: manifest.items,
    steps: manifest.steps,
    uncertainShare: UNCERTAIN_SHARE,
    uncertainSteps: manifest.uncertainSteps ?? 0,
    samples: ODDS_SAMPLES,
    ...(estimated !== undefined ? { estimatedItems: estimated } : {}),
    monteCarlo: summary(runs),
    monteCarloWorkers2: summary(pooled),
    startDate: BENCH_START_DATE,
    without: summary(without),
    withDates: summary(withDates),
  };
}

/** Items given odds (an `uncertainty` block) in an analysis JSON written by the odds scenario. */
function countEstimated(path: string): number {
  const json = JSON.parse(readFileSync(path, 'utf8')) as { items: { uncertainty?: unknown }[] };
  return json.items.filter((item) => item.uncertainty !== undefined && item.uncertainty !== null).length;
}

/** Rows of the benchmark's workbook sheet. */
const WORKBOOK_ROWS = 100_000;

/** The 100k-row .xlsx sheet (from the 10k catalogue), generated once. */
async function ensureWorkbook(): Promise<{ path: string; manifest: WorkbookManifest }> {
  const dir = join(BENCH_DIR, 'xlsx');
  const path = join(dir, `sheet-${WORKBOOK_ROWS / 1000}k.xlsx`);
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(path) && existsSync(manifestPath)) return { path, manifest: JSON.parse(readFileSync(manifestPath, 'utf8')) as WorkbookManifest };
  const { dir: catalogue } = ensureCatalogue('10k', SIZES['10k'] ?? 10_000);
  log(`generating ${path} (${WORKBOOK_ROWS} rows from the 10k catalogue)`);
  mkdirSync(dir, { recursive: true });
  const files = csvFiles(catalogue).map((file) => ({ file, bytes: new Uint8Array(readFileSync(file)) }));
  const written = await writeBenchWorkbook(path, files, WORKBOOK_ROWS);
  const manifest: WorkbookManifest = { ...written, bytes: readFileSync(path).length };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  return { path, manifest };
}

function csvFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => join(dir, f));
}

function runPhases(dir: string, reference: boolean, jsonOut: string): PhaseRun {
  const args = [join(ROOT, 'scripts', 'bench', 'measure-phases.js'), '--dir', dir, '--json-out', jsonOut, '--dist', join(SNAPSHOT, 'dist')];
  if (reference) args.push('--reference');
  // Node's default heap limit, like the CLI's: a run that needs more dies as the CLI would.
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (child.stderr.trim() !== '') log(child.stderr.trim().slice(-2000));
  const last = child.stdout.trim().split('\n').at(-1);
  if (last === undefined || last === '') throw new Error(`measure-phases printed nothing (exit ${child.status}):\n${child.stderr.slice(-2000)}`);
  const run = JSON.parse(last) as PhaseRun;
  if (child.status !== 0 || run.complete !== true) run.failure = `exit ${child.status ?? child.signal}: ${lastErrorLine(child.stderr)}`;
  return run;
}

function lastErrorLine(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => /error|heap|fatal|invalid/i.test(l));
  return (lines.at(0) ?? stderr.trim().split('\n').at(-1) ?? '').trim().slice(0, 200);
}

/**
 * Runs a command under GNU time -v; wall time is measured here, peak RSS and CPU share come from time.
 * `writes` must be (re)written by the command, so a crash that still exits 0 or 1 is not timed as a success.
 */
/**
 * Runs a command under GNU time; `writes` is the output it must leave behind (null: none, exit ≤ 1
 * suffices). A command still running after `timeoutMs` is killed and reported as no answer.
 */
function timeCommand(args: readonly string[], writes: string | null, timeoutMs?: number): TimedCommand & { stdout: string } {
  if (writes !== null) rmSync(writes, { recursive: true, force: true });
  const started = performance.now();
  // Stats go to their own file: interleaved with a dying child's stderr they were once cut short.
  const statsPath = join(BENCH_DIR, 'out', 'time-v.txt');
  rmSync(statsPath, { force: true });
  const child = spawnSync('/usr/bin/time', ['-v', '-o', statsPath, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    ...(timeoutMs !== undefined ? { timeout: timeoutMs, killSignal: 'SIGKILL' as const } : {}),
  });
  const wallMs = performance.now() - started;
  const stats = existsSync(statsPath) ? readFileSync(statsPath, 'utf8') : '';
  const stderr = `${child.stderr ?? ''}\n${stats}`;
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN);
  const cpuPercent = Number(/Percent of CPU this job got: (\d+)%/.exec(stderr)?.[1] ?? NaN);
  const signal = /Command terminated by signal (\d+)/.exec(stderr)?.[1];
  const exit = Number(/Exit status: (\d+)/.exec(stderr)?.[1] ?? child.status ?? NaN);
  const result: TimedCommand & { stdout: string } = { wallMs, maxRssMB: rssKb / 1024, cpuPercent, exit, stdout: child.stdout ?? '' };
  if (child.error !== undefined || signal !== undefined || exit > 1 || (writes !== null && !existsSync(writes))) {
    const timedOut = timeoutMs !== undefined && wallMs >= timeoutMs;
    const how = timedOut ? `no answer after ${timeoutMs / 1000} s` : child.error !== undefined ? child.error.message : signal !== undefined ? `killed by signal ${signal}` : `exit ${exit}`;
    result.failure = `${how}${writes === null ? '' : `, ${writes.replace(`${ROOT}/`, '')} not written`}: ${lastErrorLine(stderr)}`;
    writeFileSync(join(BENCH_DIR, 'out', 'last-failure.stderr.txt'), stderr.slice(-20_000));
    log(`${args.slice(1, 3).join(' ')} failed: ${result.failure}`);
  }
  return result;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** `npm run build`'s command in a checkout (scripts/build.js: tsc and the bundle); older commits had tsc alone. */
function buildCommand(dir: string): string[] {
  const script = join(dir, 'scripts', 'build.js');
  return existsSync(script) ? [script] : [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'];
}

function build(): void {
  log('building dist/ (scripts/build.js: tsc -p tsconfig.build.json, then the bundle)');
  const child = spawnSync(process.execPath, buildCommand(ROOT), { cwd: ROOT, encoding: 'utf8' });
  if (child.status !== 0) log(`warning: the build reported errors; measuring whatever dist/ holds\n${child.stdout.slice(0, 2000)}${child.stderr.slice(0, 2000)}`);
}

function machine(): BenchResults['machine'] {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  return {
    cpus: cpus().length,
    model: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown',
    memoryGB: totalmem() / 2 ** 30,
    node: process.version,
  };
}

/** `--profile SIZE`: one phase run under `node --cpu-prof`, summarised per phase (top self time). */
function profilePhases(label: string, rebuild: boolean): number {
  const items = SIZES[label];
  if (items === undefined) throw new Error(`unknown size ${label} (1k, 10k, 100k)`);
  if (rebuild) build();
  const { dir } = ensureCatalogue(label, items);
  const profDir = join(BENCH_DIR, 'prof', label);
  rmSync(profDir, { recursive: true, force: true });
  mkdirSync(profDir, { recursive: true });
  const child = spawnSync(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-dir', profDir, join(ROOT, 'scripts', 'bench', 'measure-phases.js'), '--dir', dir, '--json-out', join(BENCH_DIR, 'out', `${label}.json`)],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const runPath = join(profDir, 'run.json');
  writeFileSync(runPath, child.stdout);
  const profile = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
  if (profile === undefined) throw new Error(`no profile written (exit ${child.status}):\n${child.stderr.slice(-2000)}`);
  const summary = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'bench', 'summarize-profile.ts'), join(profDir, profile), runPath, '10'], { cwd: ROOT, encoding: 'utf8' });
  process.stdout.write(summary.stdout);
  log(`profile: ${join(profDir, profile)}`);
  return summary.status ?? 1;
}

/** Entry point of `scripts/bench.js`; returns the exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string', default: '1k,10k' },
      runs: { type: 'string' },
      'report-runs': { type: 'string', default: '3' },
      'no-build': { type: 'boolean', default: false },
      'no-report': { type: 'boolean', default: false },
      'no-validate': { type: 'boolean', default: false },
      'no-pathological': { type: 'boolean', default: false },
      'no-replay': { type: 'boolean', default: false },
      'no-workbook': { type: 'boolean', default: false },
      'workbook-runs': { type: 'string', default: '3' },
      'validate-runs': { type: 'string', default: '2' },
      compare: { type: 'string' },
      'compare-runs': { type: 'string', default: '5' },
      'no-write': { type: 'boolean', default: false },
      'no-odds': { type: 'boolean', default: false },
      'odds-only': { type: 'boolean', default: false },
      'odds-runs': { type: 'string', default: '3' },
      'start-date-runs': { type: 'string', default: '5' },
      profile: { type: 'string' },
    },
  });
  if (values['odds-only']) return oddsOnly(!values['no-build'], !values['no-write'], Number(values['odds-runs']), Number(values['start-date-runs']));
  if (values.profile !== undefined) return profilePhases(values.profile, !values['no-build']);
  const labels = (values.sizes ?? '').split(',').filter((s) => s !== '');
  for (const l of labels) if (SIZES[l] === undefined) throw new Error(`unknown size ${l} (1k, 10k, 100k)`);
  if (!values['no-build']) build();
  snapshotBuild();
  mkdirSync(join(BENCH_DIR, 'out'), { recursive: true });
  const startedAt = new Date();
  const loadBefore = loadavg();
  const sizes: SizeResult[] = [];
  for (const label of labels) {
    const items = SIZES[label] ?? 0;
    const { dir, manifest } = ensureCatalogue(label, items);
    const runs = Number(values.runs ?? (items >= 100_000 ? 1 : items >= 10_000 ? 3 : 5));
    const phaseRuns: PhaseRun[] = [];
    const referenceRuns: PhaseRun[] = [];
    const analyzeRuns: TimedCommand[] = [];
    const jsonOut = join(BENCH_DIR, 'out', `${label}.json`);
    for (let i = 0; i < runs; i++) {
      log(`${label}: run ${i + 1}/${runs}`);
      phaseRuns.push(runPhases(dir, false, jsonOut));
      referenceRuns.push(runPhases(dir, true, jsonOut));
      analyzeRuns.push(timeCommand([process.execPath, CLI, 'analyze', ...csvFiles(dir), '--format', 'json', '--out', jsonOut], jsonOut));
    }
    const pick = (runsOf: readonly PhaseRun[], key: keyof PhaseRun): number | undefined => {
      const xs = runsOf.map((r) => r[key]).filter((x): x is number => typeof x === 'number');
      return xs.length === 0 ? undefined : median(xs);
    };
    const phaseKeys = ['readMs', 'importMs', 'stepGraphMs', 'machineMs', 'shapeMachineMs', 'analyzeMs', 'summarizeMs', 'jsonRenderMs', 'jsonWriteMs', 'maxRssMB'] as const;
    const first = phaseRuns[0];
    sizes.push({
      label,
      manifest: { items: manifest.items, steps: manifest.steps, bytes: manifest.bytes, files: manifest.files.length },
      runs,
      phases: Object.fromEntries(phaseKeys.map((k) => [k, pick(phaseRuns, k)])),
      reference: { decodeMs: pick(referenceRuns, 'decodeMs'), csvParseMs: pick(referenceRuns, 'csvParseMs'), maxRssMB: pick(referenceRuns, 'maxRssMB') },
      ...(phaseRuns.some((r) => r.failure !== undefined || r.jsonError !== undefined)
        ? { phaseFailure: phaseRuns.map((r) => r.failure ?? r.jsonError).find((f) => f !== undefined) }
        : {}),
      imported: { items: first?.items, steps: first?.steps, errors: first?.errors, warnings: first?.warnings, jsonBytes: first?.jsonBytes, machineSampled: first?.machineSampled, machineShapes: first?.machineShapes },
      analyze: {
        wallMs: median(analyzeRuns.map((r) => r.wallMs)),
        maxRssMB: median(analyzeRuns.map((r) => r.maxRssMB)),
        cpuPercent: median(analyzeRuns.map((r) => r.cpuPercent)),
        exit: analyzeRuns[0]?.exit ?? NaN,
        ...(analyzeRuns.some((r) => r.failure !== undefined) ? { failure: analyzeRuns.find((r) => r.failure !== undefined)?.failure } : {}),
        all: analyzeRuns.map((r) => r.wallMs),
      },
    });
  }
  let report: BenchResults['report'];
  if (!values['no-report']) {
    const { dir, manifest } = ensureCatalogue('1k', SIZES['1k'] ?? 1000);
    const reportRuns: TimedCommand[] = [];
    for (let i = 0; i < Number(values['report-runs']); i++) {
      log(`report 1k --workers 2: run ${i + 1}`);
      reportRuns.push(timeCommand([process.execPath, CLI, 'report', ...csvFiles(dir), '--out', join(BENCH_DIR, 'out', 'report-1k'), '--workers', '2'], join(BENCH_DIR, 'out', 'report-1k', 'index.html')));
    }
    report = {
      items: manifest.items,
      wallMs: median(reportRuns.map((r) => r.wallMs)),
      maxRssMB: median(reportRuns.map((r) => r.maxRssMB)),
      cpuPercent: median(reportRuns.map((r) => r.cpuPercent)),
      all: reportRuns.map((r) => r.wallMs),
      ...(reportRuns.some((r) => r.failure !== undefined) ? { failure: reportRuns.find((r) => r.failure !== undefined)?.failure } : {}),
    };
  }
  let comparison: BenchResults['comparison'];
  if (values.compare !== undefined) {
    // This machine's speed drifts by ±20 % within minutes: only runs taken alternately compare two builds.
    const reference = buildReference(values.compare);
    const label = labels.includes('10k') ? '10k' : (labels.at(-1) ?? '1k');
    const { dir } = ensureCatalogue(label, SIZES[label] ?? 1000);
    const out = join(BENCH_DIR, 'out', `compare-${label}.json`);
    const current: number[] = [];
    const before: number[] = [];
    for (let i = 0; i < Number(values['compare-runs']); i++) {
      log(`${label}: alternate run ${i + 1} (this build, then ${reference.commit})`);
      current.push(timeCommand([process.execPath, CLI, 'analyze', ...csvFiles(dir), '--format', 'json', '--out', out], out).wallMs);
      before.push(timeCommand([process.execPath, reference.cli, 'analyze', ...csvFiles(dir), '--format', 'json', '--out', out], out).wallMs);
    }
    comparison = { label, reference: reference.commit, current, before };
  }
  const validate: NonNullable<BenchResults['validate']> = [];
  if (!values['no-validate']) {
    // The whole-catalogue machine check: every distinct machine shape built and explored, default workers.
    for (const label of ['1k', '10k'].filter((l) => l === '1k' || labels.includes(l))) {
      const { dir, manifest } = ensureCatalogue(label, SIZES[label] ?? 1000);
      const validateRuns: TimedCommand[] = [];
      for (let i = 0; i < Number(values['validate-runs']); i++) {
        log(`validate ${label}: run ${i + 1}`);
        validateRuns.push(timeCommand([process.execPath, CLI, 'validate', ...csvFiles(dir)], null));
      }
      validate.push({
        items: manifest.items,
        shapes: sizes.find((x) => x.label === label)?.imported.machineShapes,
        wallMs: median(validateRuns.map((r) => r.wallMs)),
        cpuPercent: median(validateRuns.map((r) => r.cpuPercent)),
        maxRssMB: median(validateRuns.map((r) => r.maxRssMB)),
        all: validateRuns.map((r) => r.wallMs),
        ...(validateRuns.some((r) => r.failure !== undefined) ? { failure: validateRuns.find((r) => r.failure !== undefined)?.failure } : {}),
      });
    }
  }
  let replay: BenchResults['replay'];
  if (!values['no-replay']) {
    // Cases replayed on the machines (what conformance does): the largest catalogue measured, up to 10k.
    const label = labels.includes('10k') ? '10k' : '1k';
    const { dir } = ensureCatalogue(label, SIZES[label] ?? 1000);
    log(`replay: ${label}`);
    const child = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bench', 'measure-replay.js'), '--dir', dir, '--dist', join(SNAPSHOT, 'dist')], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
    const last = child.stdout.trim().split('\n').at(-1) ?? '';
    if (child.status === 0 && last !== '') replay = JSON.parse(last) as BenchResults['replay'];
    else log(`replay failed (exit ${child.status ?? child.signal}): ${lastErrorLine(child.stderr)}`);
  }
  let pathological: BenchResults['pathological'];
  if (!values['no-pathological']) {
    // One item per extreme structure, each command in its own process with the issue's 120 s limit.
    pathological = runPathological(CLI, join(BENCH_DIR, 'pathological'), (args, timeoutMs) => {
      log(`pathological: ${args.slice(2, 4).join(' ')}${args.includes('--max-states') ? ' --max-states 10' : ''}`);
      return timeCommand(args, null, timeoutMs);
    });
  }
  let workbook: BenchResults['workbook'];
  if (!values['no-workbook']) {
    // Import of a 100k-row sheet: `validate` without machine checks reads, imports and reports, nothing more.
    const { path, manifest } = await ensureWorkbook();
    const workbookRuns: TimedCommand[] = [];
    for (let i = 0; i < Number(values['workbook-runs']); i++) {
      log(`workbook ${manifest.rows} rows: run ${i + 1}`);
      workbookRuns.push(timeCommand([process.execPath, CLI, 'validate', path, '--no-machine-check'], null));
    }
    workbook = {
      ...manifest,
      wallMs: median(workbookRuns.map((r) => r.wallMs)),
      maxRssMB: median(workbookRuns.map((r) => r.maxRssMB)),
      cpuPercent: median(workbookRuns.map((r) => r.cpuPercent)),
      all: workbookRuns.map((r) => r.wallMs),
      ...(workbookRuns.some((r) => r.failure !== undefined) ? { failure: workbookRuns.find((r) => r.failure !== undefined)?.failure } : {}),
    };
  }
  const odds = values['no-odds'] ? undefined : runOdds(Number(values['odds-runs']), Number(values['start-date-runs']));
  const results: BenchResults = {
    machine: machine(),
    startedAt: startedAt.toISOString(),
    loadBefore: [loadBefore[0] ?? NaN, loadBefore[1] ?? NaN],
    loadAfter: [loadavg()[0] ?? NaN, loadavg()[1] ?? NaN],
    sizes,
    ...(report !== undefined ? { report } : {}),
    ...(validate.length > 0 ? { validate } : {}),
    ...(pathological !== undefined ? { pathological } : {}),
    ...(replay !== undefined ? { replay } : {}),
    ...(workbook !== undefined ? { workbook } : {}),
    ...(comparison !== undefined ? { comparison } : {}),
    ...(odds !== undefined ? { odds } : {}),
  };
  const resultsPath = join(BENCH_DIR, 'out', `results-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(resultsPath, JSON.stringify(results, null, 2) + '\n');
  log(`raw results: ${resultsPath}`);
  const table = renderResults(results);
  process.stdout.write(`${table}\n`);
  if (!values['no-write']) {
    writeBenchmarksDoc(join(ROOT, 'docs', 'benchmarks.md'), table);
    if (odds !== undefined) writeOddsDoc(join(ROOT, 'docs', 'benchmarks.md'), renderOdds(results));
    log('wrote docs/benchmarks.md');
  }
  return 0;
}

/** `--odds-only`: issue #12's scenarios alone, written to their own section of docs/benchmarks.md. */
function oddsOnly(rebuild: boolean, write: boolean, oddsRuns: number, dateRuns: number): number {
  if (rebuild) build();
  snapshotBuild();
  mkdirSync(join(BENCH_DIR, 'out'), { recursive: true });
  const startedAt = new Date();
  const loadBefore = loadavg();
  const odds = runOdds(oddsRuns, dateRuns);
  const results: BenchResults = {
    machine: machine(),
    startedAt: startedAt.toISOString(),
    loadBefore: [loadBefore[0] ?? NaN, loadBefore[1] ?? NaN],
    loadAfter: [loadavg()[0] ?? NaN, loadavg()[1] ?? NaN],
    sizes: [],
    odds,
  };
  const resultsPath = join(BENCH_DIR, 'out', `odds-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(resultsPath, JSON.stringify(results, null, 2) + '\n');
  log(`raw results: ${resultsPath}`);
  const section = renderOdds(results);
  process.stdout.write(`${section}\n`);
  if (write) {
    writeOddsDoc(join(ROOT, 'docs', 'benchmarks.md'), section);
    log('wrote the odds section of docs/benchmarks.md');
  }
  return 0;
}
