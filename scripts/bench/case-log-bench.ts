// The case-log benchmark (`npm run bench:case-logs`): generates a log by running the bench
// catalogue's machines (scripts/case-log/make-case-log.ts: 10 cases per item, 5 % altered on
// purpose, as start_time/end_time rows) and an XES twin of its first tenth, then measures in fresh
// processes on a snapshot of dist/: import speed, the fast replay of fitting cases, the alignment
// of the others, the whole conformance, and `procopt conformance` end to end (wall, peak RSS). The
// figures go into docs/benchmarks.md between the case-log-bench markers.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importFiles } from '../../src/import/index.js';
import { formatCaseLogXes, formatLocalTime, makeCaseLog, type LogRow } from '../case-log/make-case-log.js';
import { writeCatalogue, type Manifest } from './generate-main.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BENCH_DIR = join(ROOT, '.tmp', 'bench');
const SNAPSHOT = join(BENCH_DIR, 'case-log-snapshot');
const SEED = 1;
const BEGIN = '<!-- case-log-bench:begin (written by npm run bench:case-logs) -->';
const END = '<!-- case-log-bench:end -->';

const log = (text: string): void => void process.stderr.write(`[case-log bench] ${text}\n`);

/** The catalogue of `items` items (the bench's generator and seed), generated unless its manifest matches. */
function ensureCatalogue(items: number): string {
  const dir = join(BENCH_DIR, items >= 1000 ? `${items / 1000}k` : String(items));
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(manifestPath)) {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    if (m.items === items && m.seed === SEED) return dir;
  }
  log(`generating a catalogue of ${items} items in ${dir}`);
  writeCatalogue(dir, items, SEED);
  return dir;
}

/** Start/complete row pairs as one start_time/end_time row each. */
function intervalCsv(rows: readonly LogRow[]): string {
  const lines = ['case_id,item_code,activity,start_time,end_time'];
  for (let i = 0; i + 1 < rows.length; i += 2) {
    const s = rows[i]!;
    const e = rows[i + 1]!;
    lines.push(`${s.caseId},${s.itemCode},${s.activity},${formatLocalTime(s.time)},${formatLocalTime(e.time)}`);
  }
  return `${lines.join('\n')}\n`;
}

interface Timed {
  wallMs: number;
  maxRssMB: number;
  status: number | null;
}

function timeCommand(args: readonly string[]): Timed {
  const stats = join(BENCH_DIR, 'case-log-time-v.txt');
  const started = performance.now();
  const child = spawnSync('/usr/bin/time', ['-v', '-o', stats, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallMs = performance.now() - started;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(stats, 'utf8'))?.[1];
  return { wallMs, maxRssMB: Number(rss ?? 0) / 1024, status: child.status };
}

/** What measure-case-log.js prints. */
interface Measured {
  items: number;
  logBytes: number;
  cases: number;
  events: number;
  visibleEvents: number;
  importMs: number;
  importMBps: number;
  rssAfterImportMB: number;
  modelMs: number;
  replayed: number;
  replayMs: number;
  toAlign: number;
  aligned: number;
  notAligned: number;
  meanCost: number;
  alignMs: number;
  conformanceMs: number;
  fitting: number;
  logFitness: number;
  maxRssMB: number;
}

function measure(dir: string, logs: readonly string[]): Measured {
  const child = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bench', 'measure-case-log.js'), '--dir', dir, ...logs.flatMap((l) => ['--log', l]), '--dist', join(SNAPSHOT, 'dist')], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (child.status !== 0) throw new Error(`measure-case-log failed: ${child.stderr.slice(-2000)}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as Measured;
}

const s = (x: number | undefined): string => (x === undefined ? '—' : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);

export async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { items: { type: 'string', default: '10000' }, 'cases-per-item': { type: 'string', default: '10' }, 'no-build': { type: 'boolean', default: false }, 'no-write': { type: 'boolean', default: false } } });
  const items = Number(values.items);
  const perItem = Number(values['cases-per-item']);
  if (!values['no-build']) spawnSync(process.execPath, ['scripts/build.js'], { cwd: ROOT, stdio: 'inherit' });
  rmSync(SNAPSHOT, { recursive: true, force: true });
  // Timestamps kept: bin/procopt.js runs the bundle only while it is newer than dist/cli/main.js.
  for (const part of ['dist', 'bin', 'package.json']) cpSync(join(ROOT, part), join(SNAPSHOT, part), { recursive: true, preserveTimestamps: true });
  const dir = ensureCatalogue(items);
  const catalogueFiles = readdirSync(dir).filter((f) => f.endsWith('.csv')).sort().map((f) => join(dir, f));
  const logDir = join(BENCH_DIR, `case-log-${items}x${perItem}`);
  mkdirSync(logDir, { recursive: true });
  const csvPath = join(logDir, 'cases.csv');
  const xesPath = join(logDir, 'cases-tenth.xes');
  const startedAt = new Date();
  const loadBefore = loadavg();
  const logManifest = join(logDir, 'manifest.json');
  if (!(existsSync(logManifest) && existsSync(csvPath) && existsSync(xesPath))) {
    const { procedures } = importFiles(catalogueFiles.map((file) => ({ file, bytes: new Uint8Array(readFileSync(file)) })), { encoding: 'auto' });
    log(`generating ${procedures.length * perItem} cases`);
    const t = performance.now();
    const made = makeCaseLog(procedures, { casesPerItem: perItem, seed: SEED, from: Date.UTC(2024, 0, 8) - 8 * 3_600_000, to: Date.UTC(2024, 11, 31) - 8 * 3_600_000, deviating: 0.05, slow: 0.1 });
    const generateMs = performance.now() - t;
    const altered = made.altered;
    writeFileSync(csvPath, intervalCsv(made.rows));
    const tenth = made.rows.slice(0, 2 * Math.floor(made.rows.length / 20));
    writeFileSync(xesPath, formatCaseLogXes(tenth));
    writeFileSync(logManifest, `${JSON.stringify({ items, casesPerItem: perItem, seed: SEED, generateMs, altered })}\n`);
  }
  const { generateMs, altered } = JSON.parse(readFileSync(logManifest, 'utf8')) as { generateMs: number; altered: number };
  log('measuring the CSV log');
  const csv = measure(dir, [csvPath]);
  log('measuring the XES log (first tenth of the cases)');
  const xes = measure(dir, [xesPath]);
  log('procopt conformance end to end');
  const out = join(logDir, 'conformance.json');
  const cli = timeCommand([process.execPath, join(SNAPSHOT, 'bin', 'procopt.js'), 'conformance', ...catalogueFiles, '--log', csvPath, '--out', out]);
  const loadAfter = loadavg();
  const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;
  const lines = [
    `Measured ${startedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}; load average ${loadBefore[0]!.toFixed(1)} before, ${loadAfter[0]!.toFixed(1)} after — **the machine was shared** with other work, so times are noisy.`,
    '',
    `Log: ${csv.cases} cases of ${csv.items} items (${perItem} per item; ${altered > 0 ? `${altered} altered on purpose, ` : ''}a random run of each item's machine), ${csv.visibleEvents} step events as ${mb(csv.logBytes)} of CSV (start_time/end_time rows; ${csv.events} start and completion events)${generateMs > 0 ? `, generated in ${s(generateMs)}` : ''}.`,
    '',
    '| phase | time | figure | target |',
    '|---|---|---|---|',
    `| import the CSV log (decode, cut, timestamps, cases) | ${s(csv.importMs)} | **${csv.importMBps.toFixed(1)} MB/s**; RSS after ${Math.round(csv.rssAfterImportMB)} MB | ≥ 20 MB/s ${csv.importMBps >= 20 ? 'met' : '**missed**'} |`,
    `| import the XES twin of the first tenth (saxes, streamed in 1 MB chunks) | ${s(xes.importMs)} | ${xes.importMBps.toFixed(1)} MB/s over ${mb(xes.logBytes)} | — |`,
    `| build the items' steppers | ${s(csv.modelMs)} | ${csv.items} items | — |`,
    `| replay every case (fast path) | ${s(csv.replayMs)} | ${csv.replayed} cases replayed to approved | fitting cases ≤ 30 s ${csv.replayMs <= 30_000 ? 'met' : '**missed**'} |`,
    `| align the ${csv.toAlign} cases that do not replay (0–1 BFS, --max-states 50 000) | ${s(csv.alignMs)} | ${csv.aligned} aligned (mean cost ${csv.meanCost.toFixed(2)}), ${csv.notAligned} over the bound | deviating cases ≤ 30 s more ${csv.alignMs <= 30_000 ? 'met' : '**missed**'} |`,
    `| checkConformance (replay, alignment, deviations, observed times by the calendar) | ${s(csv.conformanceMs)} | ${csv.fitting} fitting, log fitness ${csv.logFitness} | — |`,
    `| process peak RSS of the measurements above | | ${Math.round(csv.maxRssMB)} MB | ≤ 1.5 GB ${csv.maxRssMB <= 1536 ? 'met' : '**missed**'} |`,
    `| **\`procopt conformance\` end to end** (catalogue + log in, JSON out) | **${s(cli.wallMs)}** | peak RSS ${Math.round(cli.maxRssMB)} MB, exit ${cli.status} | ≤ 1.5 GB ${cli.maxRssMB <= 1536 ? 'met' : '**missed**'} |`,
  ];
  const section = lines.join('\n');
  process.stdout.write(`${section}\n`);
  if (!values['no-write']) {
    const path = join(ROOT, 'docs', 'benchmarks.md');
    const doc = readFileSync(path, 'utf8');
    const from = doc.indexOf(BEGIN);
    const to = doc.indexOf(END);
    if (from < 0 || to < from) throw new Error(`docs/benchmarks.md lacks the ${BEGIN} … ${END} markers`);
    writeFileSync(path, `${doc.slice(0, from + BEGIN.length)}\n${section}\n${doc.slice(to)}`);
    log('wrote docs/benchmarks.md');
  }
  return 0;
}
