// Generates a case log by running items' machines (src/conformance simulateRun): each case a seeded
// random run to approved, timed by the working-day calendar from the steps' declared durations and
// waits (each scaled by a random factor; a few cases much slower), parallel steps overlapping; then
// some cases altered on purpose (a step left out, two steps swapped, an activity the item does not
// have, a step done twice, a case not finished yet). Written as CSV (Chinese headers, one row per
// start and per completion) and as its XES twin. Used for models/logs/ and for the benchmark's logs.

import { builtInCalendar, isWorkingDay, localDayOf, type WorkingCalendar } from '../../src/calendar/index.js';
import { buildItemModel, replayTrace, simulateRun } from '../../src/conformance/index.js';
import type { Procedure } from '../../src/domain/index.js';
import type { MachineEvent } from '../../src/model/index.js';
import { createUniformSource } from '../../src/stats/index.js';

const CST = 480;
const MS_PER_DAY = 86_400_000;

/** One row of the log. */
export interface LogRow {
  caseId: string;
  itemCode: string;
  activity: string;
  time: number;
  lifecycle: 'start' | 'complete';
  resource: string;
  department: string;
}

export interface CaseLogSpec {
  casesPerItem: number;
  seed: number;
  /** First and last day cases start on (ms, China time midnight). */
  from: number;
  to: number;
  /** Share of cases altered on purpose. */
  deviating: number;
  /** Share of cases run much slower (×1.4–2.0). */
  slow: number;
}

const PEOPLE = ['张敏', '李强', '王芳', '刘洋', '陈静', '赵磊', '孙丽', '周涛'];
const UNKNOWN_ACTIVITIES = ['电话核实', '领导签字', '补充说明'];

/** t advanced by `days` of working time (a working day's 24 h count 1, other days 0). */
function addWorkingTime(calendar: WorkingCalendar, t: number, days: number): number {
  let left = days;
  let at = t;
  for (let guard = 0; left > 1e-12 && guard < 4000; guard++) {
    const { day, fraction } = localDayOf(at, CST);
    const dayEnd = (day + 1) * MS_PER_DAY - CST * 60_000;
    if (!isWorkingDay(calendar, day)) {
      at = dayEnd;
      continue;
    }
    const room = 1 - fraction;
    if (left <= room) return at + left * MS_PER_DAY;
    left -= room;
    at = dayEnd;
  }
  return at;
}

/** The next working-day morning (08:30–10:30 China time) at or after t. */
function nextMorning(calendar: WorkingCalendar, t: number, next: () => number): number {
  let { day } = localDayOf(t, CST);
  while (!isWorkingDay(calendar, day)) day++;
  return day * MS_PER_DAY - CST * 60_000 + (8.5 + 2 * next()) * 3_600_000;
}

interface Timed {
  step: number;
  kind: 'COMPLETE' | 'RETURN';
  start: number;
  end: number;
  order: number;
}

/** Times the run's visible events: a step starts when its predecessors are done (and after the last 补正), after its wait. */
function timeRun(procedure: Procedure, run: readonly MachineEvent[], start: number, factor: () => number, calendar: WorkingCalendar, next: () => number, sequential: boolean): Timed[] {
  const index = new Map(procedure.steps.map((s, i) => [s.id, i] as const));
  const finish = new Array<number>(procedure.steps.length).fill(start);
  let resumed = start;
  let last = start;
  const timed: Timed[] = [];
  run.forEach((event, order) => {
    if (event.type === 'REJECT') return;
    const step = procedure.steps[event.step]!;
    let ready = Math.max(resumed, ...step.predecessors.map((p) => finish[index.get(p) ?? 0]!));
    if (sequential) ready = Math.max(ready, last);
    if (event.type === 'SKIP') {
      finish[event.step] = ready;
      return;
    }
    const work = Math.max(step.durationDays, 0.02 + 0.08 * next()) * factor();
    const begin = addWorkingTime(calendar, ready, step.waitDays * factor());
    const end = addWorkingTime(calendar, begin, event.type === 'RETURN' ? work / 2 : work);
    timed.push({ step: event.step, kind: event.type, start: begin, end, order });
    finish[event.step] = end;
    last = end;
    // The applicant needs 1–3 working days to bring what the 补正 notice asks for.
    if (event.type === 'RETURN') resumed = addWorkingTime(calendar, end, 1 + 2 * next());
  });
  return timed;
}

/** The log of `procedures`' cases (rows in time order per case, cases in order), and how many were altered. */
export function makeCaseLog(procedures: readonly Procedure[], spec: CaseLogSpec, calendar: WorkingCalendar = builtInCalendar()): { rows: LogRow[]; altered: number } {
  const next = createUniformSource(spec.seed);
  const rows: LogRow[] = [];
  let altered = 0;
  let caseNumber = 0;
  for (const procedure of procedures) {
    const model = buildItemModel(procedure);
    for (let c = 0; c < spec.casesPerItem; c++) {
      const caseId = `${procedure.itemCode.replace(/[^0-9A-Za-z]/g, '').slice(-6)}-${String(++caseNumber).padStart(5, '0')}`;
      const run = simulateRun(model.stepper, next, { returnChance: 0.08, maxReturns: 1 });
      const slow = next() < spec.slow;
      const factor = (): number => (slow ? 1.4 + 0.6 * next() : 0.45 + 0.9 * next());
      const begin = nextMorning(calendar, spec.from + Math.floor(next() * ((spec.to - spec.from) / MS_PER_DAY + 1)) * MS_PER_DAY, next);
      let timed = timeRun(procedure, run, begin, factor, calendar, next, false);
      const byTime = (list: Timed[]): Timed[] => list.slice().sort((a, b) => a.end - b.end || a.order - b.order);
      // Overlapping steps may reorder a 补正 against a step it reopens; then time the run step after step.
      if (replayTrace(model.stepper, Int32Array.from(byTime(timed), (t) => t.step)) === null) timed = timeRun(procedure, run, begin, factor, calendar, next, true);
      let events = byTime(timed);
      if (next() < spec.deviating && events.length > 2) {
        altered++;
        const k = 1 + Math.floor(next() * (events.length - 2));
        const kind = Math.floor(next() * 5);
        if (kind === 0) events.splice(k, 1);
        else if (kind === 1) {
          const [a, b] = [events[k - 1]!, events[k]!];
          events[k - 1] = { ...b, start: a.start, end: a.end };
          events[k] = { ...a, start: b.start, end: b.end };
        } else if (kind === 2) {
          const e = events[k]!;
          events.splice(k, 0, { ...e, step: -1 - Math.floor(next() * UNKNOWN_ACTIVITIES.length), start: e.start, end: e.start });
        } else if (kind === 3) {
          const e = events[k]!;
          events.splice(k + 1, 0, { ...e, start: e.end, end: addWorkingTime(calendar, e.end, 0.2) });
        } else events = events.slice(0, k);
      }
      for (const e of events) {
        const step = e.step >= 0 ? procedure.steps[e.step]! : null;
        const activity = step === null ? UNKNOWN_ACTIVITIES[-1 - e.step]! : next() < 0.8 ? step.name : step.id;
        const base = { caseId, itemCode: procedure.itemCode, activity, resource: PEOPLE[Math.floor(next() * PEOPLE.length)]!, department: step?.department ?? '' };
        rows.push({ ...base, time: e.start, lifecycle: 'start' }, { ...base, time: e.end, lifecycle: 'complete' });
      }
    }
  }
  return { rows, altered };
}

/** `2026-09-30 09:05:00` in China time. */
export function formatLocalTime(time: number): string {
  return new Date(Math.round(time / 1000) * 1000 + CST * 60_000).toISOString().slice(0, 19).replace('T', ' ');
}

const csvCell = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The log as CSV with Chinese headers (start and completion rows, lifecycle 开始/完成). */
export function formatCaseLogCsv(rows: readonly LogRow[]): string {
  const lines = ['办件编号,事项编码,环节,办理时间,状态,经办人,承办部门'];
  for (const r of rows) lines.push([r.caseId, r.itemCode, r.activity, formatLocalTime(r.time), r.lifecycle === 'start' ? '开始' : '完成', r.resource, r.department].map(csvCell).join(','));
  return `${lines.join('\n')}\n`;
}

const xml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The same log as XES (IEEE 1849): one trace per case with its item_code. */
export function formatCaseLogXes(rows: readonly LogRow[]): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<log xes.version="1.0" xes.features="nested-attributes" xmlns="http://www.xes-standard.org/">',
    '  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>',
    '  <extension name="Time" prefix="time" uri="http://www.xes-standard.org/time.xesext"/>',
    '  <extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>',
    '  <extension name="Organizational" prefix="org" uri="http://www.xes-standard.org/org.xesext"/>',
  ];
  let open: string | null = null;
  for (const r of rows) {
    if (r.caseId !== open) {
      if (open !== null) out.push('  </trace>');
      out.push(`  <trace>\n    <string key="concept:name" value="${xml(r.caseId)}"/>\n    <string key="item_code" value="${xml(r.itemCode)}"/>`);
      open = r.caseId;
    }
    const stamp = `${formatLocalTime(r.time).replace(' ', 'T')}.000+08:00`;
    out.push(
      `    <event><string key="concept:name" value="${xml(r.activity)}"/><date key="time:timestamp" value="${stamp}"/><string key="lifecycle:transition" value="${r.lifecycle}"/><string key="org:resource" value="${xml(r.resource)}"/><string key="org:group" value="${xml(r.department)}"/></event>`,
    );
  }
  if (open !== null) out.push('  </trace>');
  out.push('</log>');
  return `${out.join('\n')}\n`;
}
