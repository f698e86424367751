// Case logs on the built `dist/`, in a fresh process: import the catalogue and the log (CSV, or
// XES), then replay every case on its item's stepper (the fast path), align the cases that do not
// replay (bounded search), and the whole of checkConformance (replay, alignment, observed times).
// Prints one JSON line with the figures.

import { statSync } from 'node:fs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const { values } = parseArgs({ options: { dir: { type: 'string' }, log: { type: 'string', multiple: true }, dist: { type: 'string' } } });
if (values.dir === undefined || values.log === undefined || values.dist === undefined) throw new Error('usage: measure-case-log.js --dir CATALOGUE --log FILE… --dist DIR');
const load = (path) => import(pathToFileURL(join(values.dist, path)).href);
const { importFiles, importCaseLogs, openLogSources } = await load('import/index.js');
const { alignTrace, buildItemModel, checkConformance, replayTrace, DEFAULT_ALIGNMENT_MAX_STATES } = await load('conformance/index.js');
const { builtInCalendar } = await load('calendar/index.js');

const hr = () => process.hrtime.bigint();
const ms = (from) => Number(hr() - from) / 1e6;

const names = readdirSync(values.dir).filter((f) => f.endsWith('.csv')).sort();
let t = hr();
const catalogue = importFiles(names.map((n) => ({ file: join(values.dir, n), bytes: new Uint8Array(readFileSync(join(values.dir, n))) })), { encoding: 'auto' });
const catalogueMs = ms(t);

const logBytes = values.log.reduce((n, f) => n + statSync(f).size, 0);
t = hr();
const { sources } = openLogSources(values.log);
const logs = importCaseLogs(sources, { encoding: 'auto' });
const importMs = ms(t);
const events = logs.cases.reduce((n, c) => n + c.events.length, 0);
const rssAfterImport = process.memoryUsage().rss / 2 ** 20;

// Fast path and alignment apart, on the completions of each case (what checkConformance replays).
t = hr();
const models = new Map(catalogue.procedures.map((p) => [p.itemCode, buildItemModel(p)]));
const modelMs = ms(t);
const traces = [];
for (const c of logs.cases) {
  const model = models.get(c.itemCode);
  if (model === undefined) continue;
  const completes = c.events.filter((e) => e.lifecycle === 'complete');
  traces.push({ model, trace: Int32Array.from(completes, (e) => model.stepOf(e.activity)) });
}
t = hr();
const rest = [];
let visible = 0;
for (const x of traces) {
  visible += x.trace.length;
  if (replayTrace(x.model.stepper, x.trace) === null) rest.push(x);
}
const replayMs = ms(t);
t = hr();
let aligned = 0;
let cost = 0;
let notAligned = 0;
for (const x of rest) {
  const a = alignTrace(x.model.stepper, x.trace, DEFAULT_ALIGNMENT_MAX_STATES);
  if (a.aligned) {
    aligned++;
    cost += a.cost;
  } else notAligned++;
}
const alignMs = ms(t);

t = hr();
const run = checkConformance(catalogue.procedures, logs.cases, { calendar: builtInCalendar() });
const conformanceMs = ms(t);

process.stdout.write(
  `${JSON.stringify({
    items: catalogue.procedures.length,
    catalogueMs,
    logFiles: values.log.length,
    logBytes,
    cases: logs.cases.length,
    events,
    visibleEvents: visible,
    logErrors: logs.diagnostics.filter((d) => d.severity === 'error').length,
    importMs,
    importMBps: logBytes / 2 ** 20 / (importMs / 1000),
    rssAfterImportMB: rssAfterImport,
    modelMs,
    replayed: traces.length - rest.length,
    replayMs,
    toAlign: rest.length,
    aligned,
    notAligned,
    meanCost: aligned === 0 ? 0 : cost / aligned,
    alignMs,
    conformanceMs,
    fitting: run.summary.fittingCases,
    logFitness: run.summary.logFitness,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
