// One benchmark run in a fresh process: times the pipeline's phases on a generated catalogue
// through the built `dist/` (import, model, analyze, summarize, JSON), or csv-parse's own
// sync parse of the same bytes (`--reference`), and prints one JSON line with times and peak RSS.
// Plain ESM JS so it runs under bare `node` (and `node --cpu-prof`) with no loader in the way.

import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, TextDecoder } from 'node:util';
import { Buffer } from 'node:buffer';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    reference: { type: 'boolean', default: false },
    'json-out': { type: 'string' },
    'model-sample': { type: 'string', default: '10000' },
    dist: { type: 'string' },
  },
});
if (values.dir === undefined) throw new Error('usage: measure-phases.js --dir DIR [--reference] [--json-out FILE]');

/** Loads a dist module's exports, or null when that stage has not been built yet. */
async function load(path) {
  try {
    return await import(pathToFileURL(join(values.dist ?? join(root, 'dist'), path)).href);
  } catch (error) {
    process.stderr.write(`measure-phases: cannot load dist/${path}: ${error instanceof Error ? error.message : String(error)}\n`);
    return null;
  }
}

const hr = () => process.hrtime.bigint();
const ms = (from, to) => Number(to - from) / 1e6;
/** Phase boundaries in µs of the monotonic clock, the clock V8's CPU profile uses, for per-phase profiles. */
const marks = [];
const mark = (phase, from, to) => marks.push({ phase, startUs: Number(from / 1000n), endUs: Number(to / 1000n) });
/** Prints the figures so far after every phase, so a run that dies later (heap exhausted) still reports its earlier phases. */
const report = () => process.stdout.write(JSON.stringify({ ...out, maxRssMB: process.resourceUsage().maxRSS / 1024, marks }) + '\n');

const names = readdirSync(values.dir).filter((f) => f.endsWith('.csv')).sort();
let t = hr();
const files = names.map((name) => ({ file: join(values.dir, name), bytes: new Uint8Array(readFileSync(join(values.dir, name))) }));
const readMs = ms(t, hr());
const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
const out = { files: files.length, bytes, readMs };
report();

if (values.reference) {
  // csv-parse on its own: sniff + decode once per file, then the sync parser to arrays (no columns, no info).
  const { parse } = await import('csv-parse/sync');
  let t0 = hr();
  const texts = files.map(({ bytes: b }) => {
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return new TextDecoder('utf-8').decode(b);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(b);
    } catch {
      return new TextDecoder('gb18030').decode(b);
    }
  });
  let t1 = hr();
  out.decodeMs = ms(t0, t1);
  mark('decode', t0, t1);
  let records = 0;
  t0 = hr();
  for (const text of texts) {
    const firstLine = text.slice(0, text.indexOf('\n'));
    records += parse(text, { delimiter: firstLine.includes('\t') ? '\t' : ',', skip_empty_lines: true }).length;
  }
  t1 = hr();
  out.csvParseMs = ms(t0, t1);
  mark('csv-parse', t0, t1);
  out.records = records;
  report();
} else {
  const importApi = await load('import/index.js');
  const modelApi = await load('model/index.js');
  // buildMachine lives in model/build-machine.ts; use the stage's index export when it has one.
  const buildMachine = modelApi?.buildMachine ?? (await load('model/build-machine.js'))?.buildMachine;
  const analyzeApi = await load('analyze/index.js');
  const reportApi = await load('report/index.js');
  if (importApi === null) throw new Error('dist/import is not built');

  let t0 = hr();
  const imported = importApi.importFiles(files, { encoding: 'auto' });
  let t1 = hr();
  out.importMs = ms(t0, t1);
  mark('import', t0, t1);
  const procedures = imported.procedures;
  out.items = procedures.length;
  out.steps = procedures.reduce((n, p) => n + p.steps.length, 0);
  out.errors = imported.diagnostics.filter((d) => d.severity === 'error').length;
  out.warnings = imported.diagnostics.filter((d) => d.severity === 'warning').length;
  report();

  if (modelApi !== null) {
    t0 = hr();
    for (const p of procedures) modelApi.buildStepGraph(p);
    t1 = hr();
    out.stepGraphMs = ms(t0, t1);
    mark('step-graph', t0, t1);
    report();
    if (typeof buildMachine === 'function') {
      // Every item up to --model-sample; beyond that an evenly spaced sample, scaled up (reported as such).
      const limit = Number(values['model-sample']);
      const stride = Math.max(1, Math.ceil(procedures.length / limit));
      const sample = procedures.filter((_, i) => i % stride === 0);
      t0 = hr();
      for (const p of sample) buildMachine(p);
      t1 = hr();
      out.machineSampled = sample.length;
      out.machineMs = (ms(t0, t1) * procedures.length) / Math.max(1, sample.length);
      mark('machine', t0, t1);
      report();
    }
  }

  if (analyzeApi !== null) {
    t0 = hr();
    const items = procedures.map((p) => analyzeApi.analyzeProcedure(p));
    t1 = hr();
    out.analyzeMs = ms(t0, t1);
    mark('analyze', t0, t1);
    report();
    t0 = hr();
    const summary = analyzeApi.summarizeItems(items);
    t1 = hr();
    out.summarizeMs = ms(t0, t1);
    const result = { schemaVersion: 1, items, summary, errors: [], warnings: [] };
    report();
    t0 = hr();
    let json = '';
    try {
      json = reportApi !== null && typeof reportApi.renderJson === 'function' ? reportApi.renderJson(result) : JSON.stringify(result, null, 2);
    } catch (error) {
      // A document over V8's string limit (~512 MB) cannot be one string: record it and stop here.
      out.jsonError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
    t1 = hr();
    out.jsonRenderMs = ms(t0, t1);
    mark('json-render', t0, t1);
    if (out.jsonError === undefined) out.jsonBytes = Buffer.byteLength(json);
    if (values['json-out'] !== undefined && out.jsonError === undefined) {
      mkdirSync(dirname(values['json-out']), { recursive: true });
      t0 = hr();
      writeFileSync(values['json-out'], json);
      t1 = hr();
      out.jsonWriteMs = ms(t0, t1);
    }
  }
}

out.complete = true;
report();
