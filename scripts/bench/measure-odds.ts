// The cost of dates and odds (issue #12), measured apart from the main benchmark: a generated
// catalogue whose steps get three-point estimates at a given share (30 % by default: min = m/2,
// max = 2m, steps with a positive duration only), analysed in this thread (1) alone, (2) with
// --start-date, (3) with Monte Carlo at --samples N. Each pass runs twice and the second is timed. Prints CPU time per item and the extrapolation
// to 10 000 items. `node scripts/bench/measure-odds.js --items 1000 --samples 10000 [--share 0.3]`.

import { cpuUsage } from 'node:process';
import { addDatesAndOdds, analyzeProcedure } from '../../src/analyze/index.js';
import { builtInCalendar, parseIsoDate } from '../../src/calendar/index.js';
import type { Procedure } from '../../src/domain/index.js';
import { importFiles } from '../../src/import/index.js';
import { generateCatalogue, mulberry32 } from './generate-catalogue.js';

function option(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

/** The procedures with three-point estimates on about `share` of the steps that have a positive duration. */
function withEstimates(procedures: readonly Procedure[], share: number, seed: number): Procedure[] {
  const random = mulberry32(seed);
  return procedures.map((p) => ({
    ...p,
    steps: p.steps.map((s) => (s.durationDays > 0 && random() < share ? { ...s, durationMin: s.durationDays / 2, durationMax: s.durationDays * 2 } : s)),
  }));
}

/** CPU seconds of `run`, after one untimed run to warm the JIT up. */
function cpuSeconds(run: () => void): number {
  run();
  const start = cpuUsage();
  run();
  const used = cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

export function main(args: readonly string[]): number {
  const items = option(args, '--items', 1000);
  const samples = option(args, '--samples', 10_000);
  const share = option(args, '--share', 0.3);
  const files = generateCatalogue({ items, seed: 1 });
  const procedures = withEstimates(importFiles(files.map((f) => ({ file: f.file, bytes: f.bytes }))).procedures, share, 7);
  const calendar = builtInCalendar();
  const startDate = parseIsoDate('2026-03-02')!;
  const analysed = procedures.map((p) => analyzeProcedure(p)); // warm-up, and the items the later passes reuse
  const designs = analysed.reduce((n, a) => n + (a.steps.some((s) => s.durationMin !== undefined && s.durationMin < s.durationMax!) && a.incompleteDurations.length === 0 ? 1 + a.candidates.length : 0), 0);
  const analyse = cpuSeconds(() => procedures.forEach((p) => analyzeProcedure(p)));
  const dates = cpuSeconds(() => analysed.forEach((a) => addDatesAndOdds(a, { samples: 0, seed: 1, dates: { calendar, startDate } })));
  const pert = cpuSeconds(() => analysed.forEach((a) => addDatesAndOdds(a, { samples: 0, seed: 1 })));
  const monteCarlo = cpuSeconds(() => analysed.forEach((a) => addDatesAndOdds(a, { samples, seed: 1 })));
  const row = (what: string, seconds: number): string => `| ${what} | ${((seconds / items) * 1000).toFixed(2)} ms | ${((seconds / items) * 10_000).toFixed(1)} s |`;
  console.log(`${items} items, ${procedures.reduce((n, p) => n + p.steps.length, 0)} steps, ${Math.round(share * 100)} % of timed steps uncertain; ${designs} designs (items and candidates) estimated; CPU time:`);
  console.log('| pass | per item | 10 000 items |\n|---|---|---|');
  console.log(row('analysis (analyzeProcedure)', analyse));
  console.log(row('--start-date (dates only)', dates));
  console.log(row('PERT only (--samples 0)', pert));
  console.log(row(`PERT + Monte Carlo (--samples ${samples})`, monteCarlo));
  return 0;
}
