// Renders benchmark results as Markdown (machine, load, per-size phase table, targets met or
// missed) and splices it into docs/benchmarks.md between the `bench:begin`/`bench:end` markers,
// leaving the hand-written profile notes around them untouched.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { renderPathological, type PathologicalResult } from './pathological.js';

/** A command run under GNU time. */
export interface TimedCommand {
  wallMs: number;
  maxRssMB: number;
  cpuPercent: number;
  exit: number;
  /** Why the command failed (died, or did not write its output). */
  failure?: string | undefined;
}

/** Medians for one catalogue size. */
export interface SizeResult {
  label: string;
  manifest: { items: number; steps: number; bytes: number; files: number };
  runs: number;
  phases: Partial<Record<'readMs' | 'importMs' | 'stepGraphMs' | 'machineMs' | 'shapeMachineMs' | 'analyzeMs' | 'summarizeMs' | 'jsonRenderMs' | 'jsonWriteMs' | 'maxRssMB', number | undefined>>;
  reference: { decodeMs: number | undefined; csvParseMs: number | undefined; maxRssMB: number | undefined };
  imported: { items?: number | undefined; steps?: number | undefined; errors?: number | undefined; warnings?: number | undefined; jsonBytes?: number | undefined; machineSampled?: number | undefined; machineShapes?: number | undefined };
  analyze: { wallMs: number; maxRssMB: number; cpuPercent: number; exit: number; all: number[]; failure?: string | undefined };
  /** Why a phase run stopped early (heap exhausted, JSON over the string limit). */
  phaseFailure?: string | undefined;
}

/** What measure-replay.js prints: cases replayed by the stepper and by XState, and long items. */
export interface ReplayResult {
  items: number;
  cases: number;
  events: number;
  returns: number;
  approved: number;
  stepperBuildMs: number;
  stepperMs: number;
  xstateBuildMs: number;
  xstateCases: number;
  xstateEvents: number;
  xstateApproved: number;
  xstateMs: number;
  transitionCases: number;
  transitionEvents: number;
  transitionMs: number;
  long: { label: string; steps: number; stepperUs: number; xstateFirstUs: number; xstateUs: number; approved: boolean }[];
  maxRssMB: number;
}

/** Medians of repeated runs of one command. */
export interface OddsRuns {
  wallMs: number;
  /** CPU time (user + system, all threads): wall × CPU share, the figure a shared machine distorts least. */
  cpuMs: number;
  maxRssMB: number;
  cpuPercent: number;
  all: number[];
  failure?: string | undefined;
}

/** Issue #12's scenarios: Monte Carlo over a 10k catalogue with uncertain steps; --start-date's cost. */
export interface OddsResult {
  items: number;
  steps: number;
  uncertainShare: number;
  uncertainSteps: number;
  samples: number;
  /** Items that got odds (an `uncertainty` block) in the JSON written. */
  estimatedItems?: number | undefined;
  monteCarlo: OddsRuns;
  /** The same with --workers 2. */
  monteCarloWorkers2?: OddsRuns | undefined;
  startDate: string;
  /** The plain 10k catalogue without and with --start-date, run alternately. */
  without: OddsRuns;
  withDates: OddsRuns;
}

/** Everything one `npm run bench` measured. */
export interface BenchResults {
  machine: { cpus: number; model: string; memoryGB: number; node: string };
  startedAt: string;
  loadBefore: [number, number];
  loadAfter: [number, number];
  sizes: SizeResult[];
  report?: { items: number; wallMs: number; maxRssMB: number; cpuPercent: number; all: number[]; failure?: string | undefined };
  /** `procopt validate` of the 1k (and 10k) catalogue: every distinct machine shape built and its state space explored. */
  validate?: { items: number; shapes?: number | undefined; wallMs: number; cpuPercent: number; maxRssMB: number; all: number[]; failure?: string | undefined }[];
  /** `procopt validate` and `model` of one item per extreme structure. */
  pathological?: PathologicalResult[];
  /** Cases replayed on the items' machines (scripts/bench/measure-replay.js). */
  replay?: ReplayResult;
  /** `procopt validate --no-machine-check` of one .xlsx sheet of `rows` steps (import of a workbook). */
  workbook?: { rows: number; items: number; bytes: number; wallMs: number; maxRssMB: number; cpuPercent: number; all: number[]; failure?: string | undefined };
  /** `--compare REV`: `procopt analyze` wall times of this build and of REV, run alternately. */
  comparison?: { label: string; reference: string; current: number[]; before: number[] };
  /** Issue #12's dates and odds scenarios (`--no-odds` leaves them out, `--odds-only` runs them alone). */
  odds?: OddsResult;
}

const BEGIN = '<!-- bench:begin (written by npm run bench) -->';
const END = '<!-- bench:end -->';

const s = (ms: number | undefined): string => (ms === undefined || Number.isNaN(ms) ? 'n/a' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const mb = (x: number | undefined): string => (x === undefined || Number.isNaN(x) ? 'n/a' : `${x.toFixed(0)} MB`);
const rate = (bytes: number, ms: number | undefined): string => (ms === undefined || ms <= 0 ? '' : `${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`);
const perItem = (items: number, ms: number | undefined): string => (ms === undefined || ms <= 0 ? '' : `${((ms * 1000) / items).toFixed(0)} µs/item`);
const verdict = (ok: boolean): string => (ok ? '**met**' : '**missed**');

/** The generated section: machine, per-size tables, targets. */
export function renderResults(r: BenchResults): string {
  const lines: string[] = [];
  lines.push(`Measured ${r.startedAt.replace('T', ' ').slice(0, 16)} UTC on ${r.machine.cpus} × ${r.machine.model}, ${r.machine.memoryGB.toFixed(1)} GB RAM, Node ${r.machine.node}.`);
  lines.push(`Load average (1 min / 5 min) before: ${r.loadBefore.map((x) => x.toFixed(2)).join(' / ')}, after: ${r.loadAfter.map((x) => x.toFixed(2)).join(' / ')}.`);
  lines.push('Figures are medians over the runs given; every phase run is a fresh `node` process on the built `dist/`.');
  lines.push('');
  for (const size of r.sizes) {
    const m = size.manifest;
    const p = size.phases;
    lines.push(`### ${size.label}: ${m.items} items, ${m.steps} steps (${(m.steps / m.items).toFixed(2)} per item), ${m.files} files, ${(m.bytes / 1e6).toFixed(1)} MB of CSV — ${size.runs} run${size.runs === 1 ? '' : 's'}`);
    lines.push('');
    lines.push(`Imported ${size.imported.items ?? 'n/a'} items / ${size.imported.steps ?? 'n/a'} steps with ${size.imported.errors ?? 'n/a'} errors and ${size.imported.warnings ?? 'n/a'} warnings (empty durations, the unknown 备注 column).`);
    lines.push('');
    lines.push('| phase | median | throughput |');
    lines.push('|---|---:|---|');
    lines.push(`| read files | ${s(p.readMs)} | ${rate(m.bytes, p.readMs)} |`);
    lines.push(`| decode + parse + build procedures (\`importFiles\`) | ${s(p.importMs)} | ${rate(m.bytes, p.importMs)}, ${perItem(m.items, p.importMs)} |`);
    lines.push(`| step graphs (\`buildStepGraph\`, every item) | ${s(p.stepGraphMs)} | ${perItem(m.items, p.stepGraphMs)} |`);
    const sampled = size.imported.machineSampled;
    const machineNote = sampled !== undefined && sampled < m.items ? `, from a sample of ${sampled} items scaled ×${(m.items / sampled).toFixed(0)}` : sampled !== undefined ? ', every item' : '';
    lines.push(`| XState machines (\`buildMachine\`${machineNote}) | ${s(p.machineMs)} | ${perItem(m.items, p.machineMs)} |`);
    const shapes = size.imported.machineShapes;
    if (shapes !== undefined && p.shapeMachineMs !== undefined) {
      lines.push(`| XState machines, one per distinct machine shape (what \`validate\` builds: ${shapes} shapes) | ${s(p.shapeMachineMs)} | ${perItem(m.items, p.shapeMachineMs)} amortized, ${perItem(shapes, p.shapeMachineMs).replace('item', 'shape')} |`);
    }
    lines.push(`| analyze (\`analyzeProcedure\`, every item) | ${s(p.analyzeMs)} | ${perItem(m.items, p.analyzeMs)} |`);
    lines.push(`| summarize (\`summarizeItems\`) | ${s(p.summarizeMs)} | |`);
    lines.push(`| JSON render (\`renderJson\`) | ${s(p.jsonRenderMs)} | ${size.imported.jsonBytes !== undefined ? `${(size.imported.jsonBytes / 1e6).toFixed(1)} MB of JSON` : ''} |`);
    lines.push(`| JSON write | ${s(p.jsonWriteMs)} | |`);
    lines.push(`| peak RSS of the phase run | ${mb(p.maxRssMB)} | |`);
    lines.push(`| *reference:* decode only (TextDecoder) | ${s(size.reference.decodeMs)} | ${rate(m.bytes, size.reference.decodeMs)} |`);
    lines.push(`| *reference:* csv-parse sync to arrays | ${s(size.reference.csvParseMs)} | ${rate(m.bytes, size.reference.csvParseMs)} |`);
    const failed = size.analyze.failure !== undefined ? ' (failed)' : '';
    lines.push(`| **\`procopt analyze\` → JSON, end to end${failed}** | **${s(size.analyze.wallMs)}** | ${rate(m.bytes, size.analyze.wallMs)}; peak RSS ${mb(size.analyze.maxRssMB)}; CPU ${size.analyze.cpuPercent}% |`);
    lines.push('');
    if (size.phaseFailure !== undefined) lines.push(`**The phase run stopped early:** ${size.phaseFailure}. Phases after it show n/a.`, '');
    if (size.analyze.failure !== undefined) lines.push(`**\`procopt analyze\` failed:** ${size.analyze.failure} (wall and RSS above are up to the failure).`, '');
    const parse = (size.reference.decodeMs ?? 0) + (size.reference.csvParseMs ?? 0);
    if (parse > 0) lines.push(`End to end runs at ${((parse / size.analyze.wallMs) * 100).toFixed(0)} % of csv-parse's own throughput (decode + csv-parse: ${s(parse)}); \`importFiles\` alone at ${p.importMs !== undefined ? ((parse / p.importMs) * 100).toFixed(0) : 'n/a'} %.`);
    lines.push(`End-to-end runs: ${size.analyze.all.map((x) => s(x)).join(', ')}.`);
    lines.push('');
  }
  if (r.report !== undefined) {
    lines.push(`### \`procopt report\` with diagrams, ${r.report.items} items, \`--workers 2\``);
    lines.push('');
    if (r.report.failure !== undefined) lines.push(`**Failed:** ${r.report.failure}.`, '');
    lines.push(`Wall ${s(r.report.wallMs)} (runs: ${r.report.all.map((x) => s(x)).join(', ')}), peak RSS ${mb(r.report.maxRssMB)} (largest single process), CPU ${r.report.cpuPercent}% (200 % = both cores busy).`);
    lines.push('');
  }
  for (const v of r.validate ?? []) {
    const shapes = v.shapes !== undefined ? `, ${v.shapes} distinct machine shapes` : '';
    lines.push(`### \`procopt validate\` (whole-catalogue machine checks), ${v.items} items${shapes}, default workers`);
    lines.push('');
    if (v.failure !== undefined) lines.push(`**Failed:** ${v.failure}.`, '');
    lines.push(`Wall ${s(v.wallMs)} (runs: ${v.all.map((x) => s(x)).join(', ')}), peak RSS ${mb(v.maxRssMB)}, CPU ${v.cpuPercent}%: each shape's machine built once, witness runs, and its states searched (at most 5000).`);
    lines.push('');
  }
  if (r.pathological !== undefined) {
    lines.push(renderPathological(r.pathological));
    lines.push('');
  }
  if (r.replay !== undefined) lines.push(renderReplay(r.replay), '');
  if (r.workbook !== undefined) {
    const w = r.workbook;
    lines.push(`### An .xlsx sheet of ${w.rows} rows (${w.items} items, ${(w.bytes / 1e6).toFixed(1)} MB), \`procopt validate --no-machine-check\``);
    lines.push('');
    if (w.failure !== undefined) lines.push(`**Failed:** ${w.failure}.`, '');
    lines.push(`Wall ${s(w.wallMs)} (runs: ${w.all.map((x) => s(x)).join(', ')}), peak RSS ${mb(w.maxRssMB)}, CPU ${w.cpuPercent}%: unzip with the size checks, SheetJS parse, then the CSV path's header and row reading.`);
    lines.push('');
  }
  if (r.comparison !== undefined) {
    const c = r.comparison;
    const med = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    lines.push(`### Alternate runs against ${c.reference}, ${c.label} \`procopt analyze\` → JSON`);
    lines.push('');
    lines.push('| build | runs | median |');
    lines.push('|---|---|---:|');
    lines.push(`| this build | ${c.current.map((x) => s(x)).join(', ')} | ${s(med(c.current))} |`);
    lines.push(`| ${c.reference} | ${c.before.map((x) => s(x)).join(', ')} | ${s(med(c.before))} |`);
    lines.push('');
    lines.push(`This build takes ${((med(c.current) / med(c.before)) * 100).toFixed(0)} % of ${c.reference}'s time in the same minutes.`);
    // Each run over the reference's run right after it: a slow spell that spans a pair cancels out,
    // which the ratio of the two medians does not see.
    const pairs = c.current.map((x, i) => x / c.before[i]!).sort((a, b) => a - b);
    const percent = (x: number | undefined): string => `${((x ?? NaN) * 100).toFixed(0)} %`;
    lines.push(`Run by run (each over the ${c.reference} run right after it): median ${percent(med(pairs))}, ${percent(pairs[0])}–${percent(pairs.at(-1))}.`);
    lines.push('');
  }
  lines.push('### Targets');
  lines.push('');
  lines.push('| target | measured | |');
  lines.push('|---|---|---|');
  const k10 = r.sizes.find((x) => x.label === '10k');
  if (k10 !== undefined) {
    lines.push(`| \`procopt analyze\` 10k → JSON ≤ 2.5 s wall | ${s(k10.analyze.wallMs)} | ${verdict(k10.analyze.failure === undefined && k10.analyze.wallMs <= 2500)}${k10.analyze.wallMs > 2500 ? ` (×${(k10.analyze.wallMs / 2500).toFixed(1)})` : ''} |`);
    lines.push(`| … peak RSS ≤ 600 MB | ${mb(k10.analyze.maxRssMB)} | ${verdict(k10.analyze.maxRssMB <= 600)} |`);
  }
  const k100 = r.sizes.find((x) => x.label === '100k');
  if (k100 !== undefined && k10 !== undefined) {
    const ratio = k100.analyze.wallMs / 100_000 / (k10.analyze.wallMs / 10_000);
    lines.push(`| 100k completes, peak RSS ≤ 2 GB | ${k100.analyze.failure === undefined ? 'completed' : 'failed'}, peak RSS ${mb(k100.analyze.maxRssMB)} | ${verdict(k100.analyze.failure === undefined && k100.analyze.maxRssMB <= 2048)}${k100.analyze.failure !== undefined ? ` (${k100.analyze.failure})` : ''} |`);
    const phaseRatio = (key: 'importMs' | 'analyzeMs'): number => (k100.phases[key] ?? NaN) / 100_000 / ((k10.phases[key] ?? NaN) / 10_000);
    const ratios = `per-item time vs 10k: import ${phaseRatio('importMs').toFixed(2)}×, analyze ${phaseRatio('analyzeMs').toFixed(2)}×`;
    const linear = phaseRatio('importMs') <= 1.3 && phaseRatio('analyzeMs') <= 1.3;
    lines.push(
      k100.analyze.failure === undefined
        ? `| 100k time linear (per-item time within 1.3× of 10k's) | ${s(k100.analyze.wallMs)} end to end, ${ratio.toFixed(2)}× 10k's per-item time; ${ratios} | ${verdict(ratio <= 1.3)} |`
        : `| 100k time linear (per-item time within 1.3× of 10k's) | end to end not measurable (failed after ${s(k100.analyze.wallMs)}); ${ratios} | ${linear ? 'phases linear; run **missed**' : '**missed**'} |`,
    );
  } else {
    lines.push('| 100k: RSS ≤ 2 GB, linear time | not run in this measurement (`--sizes 1k,10k,100k`) | — |');
  }
  if (r.report !== undefined) lines.push(`| \`procopt report\` 1k with diagrams ≤ 30 s using both cores | ${s(r.report.wallMs)}, CPU ${r.report.cpuPercent}% | ${verdict(r.report.failure === undefined && r.report.wallMs <= 30_000 && r.report.cpuPercent > 130)} |`);
  if (r.workbook !== undefined) {
    const w = r.workbook;
    lines.push(`| a ${w.rows}-row .xlsx sheet imports in ≤ 15 s and ≤ 1 GB | ${s(w.wallMs)}, peak RSS ${mb(w.maxRssMB)} | ${verdict(w.failure === undefined && w.wallMs <= 15_000 && w.maxRssMB <= 1024)} |`);
  }
  // Machines are built only by the commands that need them: analyze and report build none; validate
  // builds one per distinct shape, so judge building against validate's own CPU time.
  const k1 = r.sizes.find((x) => x.label === '1k');
  const building = k1?.phases.shapeMachineMs;
  const v1k = r.validate?.find((v) => v.items === 1000);
  if (v1k !== undefined && building !== undefined && v1k.failure === undefined) {
    const cpuMs = (v1k.wallMs * v1k.cpuPercent) / 100;
    const share = building / cpuMs;
    lines.push(
      `| machine building must not dominate | \`analyze\` and \`report\` build no XState machine; \`validate\` ${v1k.items} items builds one per distinct shape (${v1k.shapes ?? 'n/a'}): ${s(building)} of its ${s(cpuMs)} CPU (${(share * 100).toFixed(0)} %) — the rest is checking them | ${verdict(share < 0.5)} |`,
    );
  }
  const v10k = r.validate?.find((v) => v.items === 10_000);
  if (v10k !== undefined) {
    lines.push(`| \`procopt validate\` 10k ≤ 10 s wall | ${s(v10k.wallMs)}, CPU ${v10k.cpuPercent}% | ${verdict(v10k.failure === undefined && v10k.wallMs <= 10_000)} |`);
  }
  const replay = r.replay;
  if (replay !== undefined) {
    const perEvent = (replay.stepperMs * 1000) / replay.events;
    lines.push(
      `| replaying cases fits #14's budget (1.2M events, ≤ 30 s with fitness) | ${replay.events} events in ${s(replay.stepperMs)} (${perEvent.toFixed(2)} µs/event) by the stepper | ${verdict(replay.approved === replay.cases && replay.stepperMs < 30_000)} |`,
    );
  }
  if (r.odds !== undefined) lines.push(...oddsTargets(r.odds));
  if (r.pathological !== undefined) {
    const runs = r.pathological.flatMap((p) => p.runs);
    const slowest = Math.max(...runs.map((x) => x.wallMs));
    const failed = runs.filter((x) => x.failure !== undefined).length;
    lines.push(
      `| pathological items: \`validate\`, \`model\`, \`analyze\` and \`diagram\` answer each (120 s limit) | ${failed === 0 ? `all ${runs.length} answered, slowest ${s(slowest)}` : `${failed} of ${runs.length} without an answer`} | ${verdict(failed === 0)} |`,
    );
    // The issue's bound on the analysis: an item of 5,000 steps analyses in ≤ 10 s and ≤ 1 GB (the whole `procopt analyze` process).
    const big = r.pathological.filter((p) => p.steps === 5000).flatMap((p) => p.runs.filter((x) => x.command === 'analyze').map((x) => ({ item: p.name, run: x })));
    if (big.length > 0) {
      const worst = big.reduce((a, b) => (b.run.wallMs > a.run.wallMs ? b : a));
      const maxRss = Math.max(...big.map((x) => x.run.maxRssMB));
      const met = big.every((x) => x.run.failure === undefined && x.run.wallMs <= 10_000 && x.run.maxRssMB <= 1024);
      lines.push(`| \`procopt analyze\` of a 5,000-step item ≤ 10 s and ≤ 1 GB | slowest ${worst.item} ${s(worst.run.wallMs)}; peak RSS at most ${maxRss.toFixed(0)} MB | ${verdict(met)} |`);
    }
  }
  return lines.join('\n');
}

/** The Monte Carlo goal (issue #12): 10k items, 30 % uncertain steps, 10 000 runs, on 2 cores. */
const ODDS_WALL_MS = 30_000;
const ODDS_RSS_MB = 1024;
/** --start-date may add at most this share to a plain 10k analyze. */
const DATES_OVERHEAD = 0.1;

const signed = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;

function oddsTargets(o: OddsResult): string[] {
  const mc = o.monteCarlo;
  const pooled = o.monteCarloWorkers2;
  const extra = o.withDates.wallMs / o.without.wallMs - 1;
  const extraCpu = o.withDates.cpuMs / o.without.cpuMs - 1;
  const pooledText = pooled === undefined ? '' : `; \`--workers 2\` ${s(pooled.wallMs)}, ${mb(pooled.maxRssMB)}, CPU ${pooled.cpuPercent}%`;
  return [
    `| 10k items, ${Math.round(o.uncertainShare * 100)} % uncertain steps, \`--samples ${o.samples}\` ≤ 30 s and ≤ 1 GB | ${s(mc.wallMs)} (CPU time ${s(mc.cpuMs)}), peak RSS ${mb(mc.maxRssMB)}, CPU ${mc.cpuPercent}%${pooledText} | ${verdict(mc.failure === undefined && mc.wallMs <= ODDS_WALL_MS && mc.maxRssMB <= ODDS_RSS_MB)} |`,
    `| \`--start-date\` adds ≤ 10 % to a plain 10k analyze | wall ${signed(extra)} (${s(o.withDates.wallMs)} vs ${s(o.without.wallMs)}), CPU time ${signed(extraCpu)} (${s(o.withDates.cpuMs)} vs ${s(o.without.cpuMs)}); medians of alternate runs | ${verdict(o.withDates.failure === undefined && extra <= DATES_OVERHEAD)} |`,
  ];
}

/** The dates and odds section (issue #12): its runs and its two targets. */
export function renderOdds(r: BenchResults): string {
  const o = r.odds;
  if (o === undefined) return '';
  const mc = o.monteCarlo;
  const runs = (x: OddsRuns): string => x.all.map((ms) => s(ms)).join(', ');
  const row = (what: string, x: OddsRuns): string =>
    `| ${what}${x.failure !== undefined ? ' (failed)' : ''} | ${s(x.wallMs)} | ${s(x.cpuMs)} | ${mb(x.maxRssMB)} | ${x.cpuPercent}% | ${runs(x)} |`;
  const lines = [
    `Measured ${r.startedAt.replace('T', ' ').slice(0, 16)} UTC on ${r.machine.cpus} × ${r.machine.model}, Node ${r.machine.node}; load average (1 min / 5 min) before: ${r.loadBefore.map((x) => x.toFixed(2)).join(' / ')}, after: ${r.loadAfter.map((x) => x.toFixed(2)).join(' / ')}.`,
    '',
    `**Monte Carlo.** The 10k catalogue (${o.items} items, ${o.steps} steps) with ${o.uncertainSteps} steps given three-point estimates (${Math.round(o.uncertainShare * 100)} % of the steps with a positive time; 最短 = half, 最长 = twice the most likely time)${o.estimatedItems !== undefined ? `, of which ${o.estimatedItems} items get odds` : ''}, \`procopt analyze --format json --samples ${o.samples}\` (default workers):`,
    '',
    '| command | median wall | median CPU time | peak RSS | CPU share | runs (wall) |',
    '|---|---:|---:|---:|---:|---|',
    row(`\`analyze --samples ${o.samples}\` (default workers)`, mc),
    ...(o.monteCarloWorkers2 !== undefined ? [row(`\`analyze --samples ${o.samples} --workers 2\``, o.monteCarloWorkers2)] : []),
    row('plain 10k `analyze`', o.without),
    row(`plain 10k \`analyze --start-date ${o.startDate}\``, o.withDates),
    '',
  ];
  if (mc.failure !== undefined) lines.push(`**Failed:** ${mc.failure}.`, '');
  lines.push('| target | measured | |', '|---|---|---|', ...oddsTargets(o));
  return lines.join('\n');
}

const us = (ms: number, events: number): string => `${((ms * 1000) / events).toFixed(2)} µs/event`;

/** Replay figures: the catalogue's cases by the stepper and by XState, and the cost per event on long items. */
function renderReplay(r: ReplayResult): string {
  const lines = [
    `### Replaying cases on the machines (what conformance does), ${r.items} items`,
    '',
    `${r.cases} seeded cases, ${r.events} events (${r.returns} of them RETURN), every case a walk to approved.`,
    '',
    '| replay | cases | events | time | per event | reached approved |',
    '|---|---:|---:|---:|---:|---:|',
    `| stepper (\`createStepper\`, one per item: ${s(r.stepperBuildMs)} to build all) | ${r.cases} | ${r.events} | ${s(r.stepperMs)} | ${us(r.stepperMs, r.events)} | ${r.approved} |`,
    `| XState \`machine.transition\`, one actor scope (machines: ${s(r.xstateBuildMs)} to build all) | ${r.xstateCases} | ${r.xstateEvents} | ${s(r.xstateMs)} | ${us(r.xstateMs, r.xstateEvents)} | ${r.xstateApproved} |`,
    `| xstate's \`transition()\` (a throwaway actor per call) | ${r.transitionCases} | ${r.transitionEvents} | ${s(r.transitionMs)} | ${us(r.transitionMs, r.transitionEvents)} | |`,
    '',
    '| long item, every step completed in order | steps | stepper | XState, first case (finds each event type) | XState, next cases |',
    '|---|---:|---:|---:|---:|',
    ...r.long.map((l) => `| ${l.label} | ${l.steps} | ${l.stepperUs.toFixed(2)} µs/event | ${l.xstateFirstUs.toFixed(1)} µs/event | ${l.xstateUs.toFixed(1)} µs/event |`),
    '',
    `Peak RSS of the replay run: ${mb(r.maxRssMB)}.`,
  ];
  return lines.join('\n');
}

const ODDS_BEGIN = '<!-- bench:odds:begin (written by npm run bench) -->';
const ODDS_END = '<!-- bench:odds:end -->';

/** Replaces the dates-and-odds section of docs/benchmarks.md (appended under its own heading if missing). */
export function writeOddsDoc(path: string, section: string): void {
  const doc = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const start = doc.indexOf(ODDS_BEGIN);
  const end = doc.indexOf(ODDS_END);
  const base = start >= 0 && end > start ? doc : `${doc.trimEnd()}\n\n## Dates and odds (issue #12)\n\n${ODDS_BEGIN}\n${ODDS_END}\n`;
  const from = base.indexOf(ODDS_BEGIN) + ODDS_BEGIN.length;
  writeFileSync(path, `${base.slice(0, from)}\n${section}\n${base.slice(base.indexOf(ODDS_END))}`);
}

/** Replaces the generated section of docs/benchmarks.md (creating the file with a skeleton if needed). */
export function writeBenchmarksDoc(path: string, section: string): void {
  const skeleton = `# Benchmarks\n\nRun with \`npm run bench\` (\`-- --sizes 1k,10k,100k\` for the large catalogue).\n\n## Results\n\n${BEGIN}\n${END}\n`;
  const doc = existsSync(path) ? readFileSync(path, 'utf8') : skeleton;
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  const base = start >= 0 && end > start ? doc : `${doc.trimEnd()}\n\n## Results\n\n${BEGIN}\n${END}\n`;
  const from = base.indexOf(BEGIN) + BEGIN.length;
  writeFileSync(path, `${base.slice(0, from)}\n${section}\n${base.slice(base.indexOf(END))}`);
}
