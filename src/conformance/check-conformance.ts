// Conformance of a catalogue's case logs: each case replayed on its item's machine (a fast greedy
// replay, else an optimal alignment bounded by maxStates), its deviations named, its times measured
// by the working-day calendar; per item fitness (PM4Py's definitions, see case-log.md), deviation
// counts, per-step service and waiting times, lead times against 承诺时限 and 法定时限.

import type {
  CaseDeviation,
  CaseResult,
  ConformanceSummary,
  DeviationCount,
  Diagnostic,
  ItemConformance,
  LogCase,
  LostTime,
  ObservedItem,
  ObservedStep,
  Procedure,
} from '../domain/index.js';
import { ProcoptError } from '../domain/index.js';
import { localDayOf, workingDaysElapsed, yearOf, type WorkingCalendar } from '../calendar/index.js';
import { CASE_LOG_TEXT, DEFAULT_LANG, type Lang } from '../i18n/index.js';
import { mean, quantilesOf } from '../stats/index.js';
import { alignTrace, replayTrace, type AlignmentMove } from './align.js';
import { nameDeviations } from './deviations.js';
import { buildItemModel, type ItemModel } from './item-model.js';
import { measureCase, type StepObservation } from './observed.js';

/** States the alignment of one case may visit when --max-states is not given. */
export const DEFAULT_ALIGNMENT_MAX_STATES = 50_000;
/** Up to this many example case ids per deviation. */
const EXAMPLES = 3;
/** Up to this many steps in an item's lost-time list. */
const LOST_TIME_STEPS = 3;

export interface ConformanceOptions {
  calendar: WorkingCalendar;
  /** States one case's alignment may visit; beyond, the case is not aligned. */
  maxStates?: number;
  /** Only this item's cases. */
  itemCode?: string;
  /** Items of the catalogue left out because of input errors (their cases are reported as such). */
  leftOutItems?: readonly string[];
  /** Zone of the calendar's days, minutes east of UTC (default China Standard Time, 480). */
  offsetMinutes?: number;
  /** The language of the diagnostics' messages; default zh-CN. */
  lang?: Lang;
}

export interface ConformanceRun {
  items: ItemConformance[];
  summary: ConformanceSummary;
  /** UNKNOWN_ITEM errors (once per item code) and OUTSIDE_CALENDAR warnings (once per year). */
  diagnostics: Diagnostic[];
}

/** One case checked: its result, and its per-step observations (for the item's figures). */
interface CaseCheck {
  result: CaseResult;
  traceLength: number;
  observations: StepObservation[];
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Checks every case against its item. Pure: bad cases become diagnostics, nothing throws for data. */
export function checkConformance(procedures: readonly Procedure[], cases: readonly LogCase[], options: ConformanceOptions): ConformanceRun {
  const maxStates = options.maxStates ?? DEFAULT_ALIGNMENT_MAX_STATES;
  const offset = options.offsetMinutes ?? 480;
  const text = CASE_LOG_TEXT[options.lang ?? DEFAULT_LANG];
  const diagnostics: Diagnostic[] = [];
  const byItem = new Map<string, LogCase[]>();
  for (const c of cases) {
    if (options.itemCode !== undefined && c.itemCode !== options.itemCode) continue;
    let list = byItem.get(c.itemCode);
    if (list === undefined) byItem.set(c.itemCode, (list = []));
    list.push(c);
  }
  const known = new Set(procedures.map((p) => p.itemCode));
  const leftOut = new Set(options.leftOutItems ?? []);
  for (const [code, list] of byItem) {
    if (known.has(code)) continue;
    const first = list[0]!;
    diagnostics.push({
      severity: 'error',
      code: 'UNKNOWN_ITEM',
      file: first.source.file,
      line: first.source.line,
      column: 'item_code',
      itemCode: code,
      message: text.caseItemMissing({ itemCode: code, why: leftOut.has(code) ? 'left-out' : 'unknown', cases: list.length, firstCase: first.caseId }),
    });
  }
  const outside = new Map<number, { cases: number; first: LogCase }>();
  const items: ItemConformance[] = [];
  const sums: FitnessSums[] = [];
  for (const procedure of procedures) {
    const list = byItem.get(procedure.itemCode);
    if (list === undefined) continue;
    const model = buildItemModel(procedure);
    const checks = list.map((c) =>
      checkCase(c, model, maxStates, options.calendar, offset, () => {
        const year = yearOf(localDayOf(c.events[0]?.time ?? 0, offset).day);
        const seen = outside.get(year);
        if (seen === undefined) outside.set(year, { cases: 1, first: c });
        else seen.cases++;
      }),
    );
    const itemSums = fitnessSums(checks, model.emptyTraceCost);
    sums.push(itemSums);
    items.push(summarizeItem(model, checks, itemSums));
  }
  for (const [year, { cases: count, first }] of outside) {
    diagnostics.push({
      severity: 'warning',
      code: 'OUTSIDE_CALENDAR',
      file: first.source.file,
      line: first.source.line,
      itemCode: first.itemCode,
      message: text.outsideCalendar({ cases: count, firstCase: first.caseId, year }),
    });
  }
  return { items, summary: summarizeCatalogue(items, sums), diagnostics };
}

/** Replays (or aligns) one case and measures it; a time outside the calendar calls `onOutside` and leaves its times out. */
function checkCase(logCase: LogCase, model: ItemModel, maxStates: number, calendar: WorkingCalendar, offset: number, onOutside: () => void): CaseCheck {
  const events = logCase.events;
  const labels = new Int32Array(events.length);
  const activities: string[] = [];
  let completes = 0;
  events.forEach((e, k) => {
    labels[k] = model.stepOf(e.activity);
    if (e.lifecycle === 'complete') completes++;
  });
  const trace = new Int32Array(completes);
  let t = 0;
  events.forEach((e, k) => {
    if (e.lifecycle !== 'complete') return;
    trace[t++] = labels[k]!;
    activities.push(e.activity);
  });
  const fast = replayTrace(model.stepper, trace);
  let moves: AlignmentMove[] | null = fast;
  let cost: number | null = fast === null ? null : 0;
  if (fast === null) {
    const alignment = alignTrace(model.stepper, trace, maxStates);
    if (alignment.aligned) {
      moves = alignment.moves;
      cost = alignment.cost;
    }
  }
  const deviations: CaseDeviation[] = moves === null ? [] : nameDeviations(moves, trace, activities, model.procedure.steps.map((s) => s.id), model.shape.returnTo);
  const aligned = moves !== null;
  const denominator = trace.length + model.emptyTraceCost;
  const fitness = cost === null ? null : denominator === 0 ? 1 : round6(1 - cost / denominator);
  const closed = aligned && !deviations.some((d) => d.kind === 'open');

  let observations: StepObservation[] = [];
  let leadTimeDays: number | null = null;
  if (events.length > 0) {
    const origin = events[0]!.time;
    try {
      const times = measureCase(events, labels, model.shape, (time) => workingDaysElapsed(calendar, origin, time, offset));
      observations = times.observations;
      leadTimeDays = closed && times.leadTimeDays !== null ? round2(times.leadTimeDays) : null;
    } catch (error) {
      if (!(error instanceof ProcoptError) || error.code !== 'OUTSIDE_CALENDAR') throw error;
      onOutside();
    }
  }
  const over = (limit: number | null): boolean | null => (leadTimeDays === null || limit === null ? null : leadTimeDays > limit);
  return {
    result: {
      caseId: logCase.caseId,
      fitness,
      cost,
      aligned,
      leadTimeDays,
      overPromised: over(model.procedure.promisedLimitDays),
      overLegal: over(model.procedure.legalLimitDays),
      deviations,
    },
    traceLength: trace.length,
    observations,
  };
}

/** The p50 and p90 (definition 1 quantiles, src/stats) and mean of values, or nulls for none. */
function describe(values: readonly number[]): { mean: number | null; median: number | null; p90: number | null } {
  if (values.length === 0) return { mean: null, median: null, p90: null };
  const samples = Float64Array.from(values);
  const [median, p90] = quantilesOf(samples, [0.5, 0.9]);
  return { mean: round2(mean(samples)), median: round2(median!), p90: round2(p90!) };
}

function summarizeItem(model: ItemModel, checks: readonly CaseCheck[], sums: FitnessSums): ItemConformance {
  const procedure = model.procedure;
  const results = checks.map((c) => c.result);
  const counts = new Map<string, DeviationCount>();
  for (const r of results) {
    for (const d of r.deviations) {
      const key = `${d.kind}\u0000${d.stepId ?? ''}\u0000${d.activity ?? ''}`;
      let entry = counts.get(key);
      if (entry === undefined) counts.set(key, (entry = { ...d, count: 0, exampleCases: [] }));
      entry.count++;
      if (entry.exampleCases.length < EXAMPLES) entry.exampleCases.push(r.caseId);
    }
  }
  const deviations = [...counts.values()].sort((a, b) => b.count - a.count);
  return {
    itemCode: procedure.itemCode,
    itemName: procedure.itemName,
    promisedLimitDays: procedure.promisedLimitDays,
    legalLimitDays: procedure.legalLimitDays,
    cases: checks.length,
    fittingCases: results.filter((r) => r.cost === 0).length,
    unalignedCases: checks.length - sums.aligned,
    ...fitnessOf(sums),
    deviations,
    caseResults: results,
    observed: observeItem(model, checks),
  };
}

function observeItem(model: ItemModel, checks: readonly CaseCheck[]): ObservedItem {
  const procedure = model.procedure;
  const n = model.shape.n;
  const service: number[][] = Array.from({ length: n }, () => []);
  const wait: number[][] = Array.from({ length: n }, () => []);
  for (const c of checks) {
    for (const o of c.observations) {
      if (o.serviceDays !== null) service[o.step]!.push(o.serviceDays);
      if (o.waitDays !== null) wait[o.step]!.push(o.waitDays);
    }
  }
  const steps: ObservedStep[] = procedure.steps.map((s, i) => {
    const sv = describe(service[i]!);
    const wt = describe(wait[i]!);
    return {
      stepId: s.id,
      stepName: s.name,
      declaredDays: s.durationDays,
      declaredWaitDays: s.waitDays,
      n: service[i]!.length,
      serviceMeanDays: sv.mean,
      serviceMedianDays: sv.median,
      serviceP90Days: sv.p90,
      waitN: wait[i]!.length,
      waitMedianDays: wt.median,
      waitP90Days: wt.p90,
    };
  });
  const lead = checks.map((c) => c.result.leadTimeDays).filter((d): d is number => d !== null);
  const leadTimes = lead.slice().sort((a, b) => a - b);
  const ld = describe(leadTimes);
  const share = (count: number): { count: number; share: number } => ({ count, share: leadTimes.length === 0 ? 0 : round6(count / leadTimes.length) });
  const overdue = checks.filter((c) => c.result.overPromised === true);

  // Where overdue cases lost time: per step, observed service + wait over the declared duration + wait.
  const excess = new Float64Array(n);
  const excessCases = new Int32Array(n);
  for (const c of overdue) {
    const spent = new Float64Array(n);
    const seen = new Uint8Array(n);
    for (const o of c.observations) {
      spent[o.step]! += (o.serviceDays ?? 0) + (o.waitDays ?? 0);
      seen[o.step] = 1;
    }
    for (let i = 0; i < n; i++) {
      if (seen[i] === 0) continue;
      const step = procedure.steps[i]!;
      const over = spent[i]! - (step.durationDays + step.waitDays);
      if (over > 0) {
        excess[i]! += over;
        excessCases[i]!++;
      }
    }
  }
  const lostTime: LostTime[] = procedure.steps
    .map((s, i) => ({ stepId: s.id, excessDays: round2(excess[i]!), cases: excessCases[i]! }))
    .filter((l) => l.excessDays > 0)
    .sort((a, b) => b.excessDays - a.excessDays)
    .slice(0, LOST_TIME_STEPS);
  return {
    steps,
    closedCases: leadTimes.length,
    leadTimeMedianDays: ld.median,
    leadTimeP90Days: ld.p90,
    leadTimesDays: leadTimes,
    overPromised: share(overdue.length),
    overLegal: share(checks.filter((c) => c.result.overLegal === true).length),
    lostTime,
  };
}

/** Fitness sums of aligned cases: Σ cost, Σ (trace length + cheapest model run), Σ trace fitness, count. */
interface FitnessSums {
  costs: number;
  lengths: number;
  fitness: number;
  aligned: number;
}

function fitnessSums(checks: readonly CaseCheck[], emptyTraceCost: number): FitnessSums {
  const sums: FitnessSums = { costs: 0, lengths: 0, fitness: 0, aligned: 0 };
  for (const c of checks) {
    if (c.result.cost === null || c.result.fitness === null) continue;
    sums.aligned++;
    sums.costs += c.result.cost;
    sums.lengths += c.traceLength + emptyTraceCost;
    sums.fitness += c.result.fitness;
  }
  return sums;
}

/** Log fitness 1 − Σ cost ÷ Σ (length + cheapest model run) and the mean trace fitness; nulls without aligned cases. */
function fitnessOf(sums: FitnessSums): { logFitness: number | null; averageFitness: number | null } {
  if (sums.aligned === 0) return { logFitness: null, averageFitness: null };
  return { logFitness: sums.lengths === 0 ? 1 : round6(1 - sums.costs / sums.lengths), averageFitness: round6(sums.fitness / sums.aligned) };
}

function summarizeCatalogue(items: readonly ItemConformance[], sums: readonly FitnessSums[]): ConformanceSummary {
  const total: FitnessSums = { costs: 0, lengths: 0, fitness: 0, aligned: 0 };
  for (const s of sums) {
    total.costs += s.costs;
    total.lengths += s.lengths;
    total.fitness += s.fitness;
    total.aligned += s.aligned;
  }
  return {
    items: items.length,
    cases: items.reduce((n, i) => n + i.cases, 0),
    fittingCases: items.reduce((n, i) => n + i.fittingCases, 0),
    unalignedCases: items.reduce((n, i) => n + i.unalignedCases, 0),
    ...fitnessOf(total),
  };
}
