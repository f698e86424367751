// One benchmark run in a fresh process: times the pipeline's phases on a generated catalogue
// through the built `dist/` (import, model, analyze, summarize, JSON), or csv-parse's own
// sync parse of the same bytes (`--reference`), and prints one JSON line with times and peak RSS.
// Plain ESM JS so it runs under bare `node` (and `node --cpu-prof`) with no loader in the way.

import { readFileSync, readdirSync, mkdirSync, openSync, writeSync, closeSync } from 'node:fs';
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
    if (typeof buildMachine === 'function' && typeof modelApi.groupByMachineShape === 'function') {
      // What `procopt validate` builds: one machine per distinct machine shape (sampled like above).
      t0 = hr();
      const { representatives } = modelApi.groupByMachineShape(procedures.map((p) => modelApi.buildStepGraph(p)));
      t1 = hr();
      out.machineShapes = representatives.length;
      out.shapeGroupMs = ms(t0, t1);
      const limit = Number(values['model-sample']);
      const stride = Math.max(1, Math.ceil(representatives.length / limit));
      const sample = representatives.filter((_, i) => i % stride === 0);
      t0 = hr();
      for (const i of sample) buildMachine(procedures[i]);
      t1 = hr();
      out.shapeMachineMs = (ms(t0, t1) * representatives.length) / Math.max(1, sample.length);
      mark('machine-shapes', t0, t1);
      report();
    }
  }

  if (analyzeApi !== null) {
    // Analysis, JSON rendering and writing interleaved item by item (as `procopt analyze` streams),
    // each phase's time summed over the items: no analysis or JSON text of the whole catalogue is
    // ever held at once, so the phase run's memory stays near the imported procedures'.
    const fd = values['json-out'] === undefined ? null : (mkdirSync(dirname(values['json-out']), { recursive: true }), openSync(values['json-out'], 'w'));
    let analyzeNs = 0n;
    let renderNs = 0n;
    let writeNs = 0n;
    let summarizeNs = 0n;
    let jsonBytes = 0;
    const write = (text) => {
      const w0 = hr();
      jsonBytes += Buffer.byteLength(text);
      if (fd !== null) writeSync(fd, text);
      writeNs += hr() - w0;
    };
    const writer = reportApi !== null && typeof reportApi.createJsonWriter === 'function' ? reportApi.createJsonWriter(write) : null;
    const figures = [];
    const start = hr();
    for (const p of procedures) {
      const a0 = hr();
      const analysis = analyzeApi.analyzeProcedure(p);
      const a1 = hr();
      analyzeNs += a1 - a0;
      figures.push(analyzeApi.findItemFigures(analysis));
      const r0 = hr();
      summarizeNs += r0 - a1;
      const text = writer === null ? JSON.stringify(analysis) : reportApi.renderJsonItem(analysis);
      renderNs += hr() - r0;
      if (writer === null) write(text);
      else writer.item(text);
    }
    const s0 = hr();
    const summary = analyzeApi.summarizeFigures(figures);
    summarizeNs += hr() - s0;
    writer?.end({ summary, errors: [], warnings: [] });
    if (fd !== null) closeSync(fd);
    mark('analyze+json', start, hr());
    out.analyzeMs = Number(analyzeNs) / 1e6;
    out.summarizeMs = Number(summarizeNs) / 1e6;
    out.jsonRenderMs = Number(renderNs) / 1e6;
    out.jsonWriteMs = Number(writeNs) / 1e6;
    out.jsonBytes = jsonBytes;
  }
}

out.complete = true;
report();
