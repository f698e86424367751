#!/usr/bin/env node
// Mutation score from StrykerJS's per-file JSON reports (docs/mutation.md): reads
// .tmp/mutation/report-*.json (or the files given), keeps for each source file the newest report
// that holds it, and prints Markdown tables per file, per folder and for a whole folder (default
// src/analyze), and the files of that folder no report holds, with their mutant count.
// Usage: node scripts/mutation-score.js [--root src/analyze] [--survivors] [report.json …]
// Score = (killed + timeout) ÷ (killed + timeout + survived + no coverage); "covered" leaves out no
// coverage. A report whose source differs from the file's current text is marked stale.

import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
let root = 'src/analyze';
let survivors = false;
const given = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--root') root = args[++i];
  else if (args[i] === '--survivors') survivors = true;
  else given.push(args[i]);
}
const dir = '.tmp/mutation';
const reports = given.length > 0 ? given : fs.readdirSync(dir).filter((f) => /^report-.*\.json$/.test(f)).map((f) => path.join(dir, f));

/** source file → { report, mtime, result } for the newest report holding it. */
const newest = new Map();
for (const report of reports) {
  const mtime = fs.statSync(report).mtimeMs;
  const files = JSON.parse(fs.readFileSync(report, 'utf8')).files;
  for (const [file, result] of Object.entries(files)) {
    const known = newest.get(file);
    if (known === undefined || known.mtime < mtime) newest.set(file, { report, mtime, result });
  }
}

const STATUSES = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored', 'CompileError', 'RuntimeError'];
const zero = () => Object.fromEntries(STATUSES.map((s) => [s, 0]));
const add = (into, from) => STATUSES.forEach((s) => (into[s] += from[s]));
const total = (c) => STATUSES.reduce((sum, s) => sum + c[s], 0);
const pct = (num, den) => (den === 0 ? '—' : `${((100 * num) / den).toFixed(1)} %`);
const row = (name, c, note = '') => {
  const detected = c.Killed + c.Timeout;
  const score = pct(detected, detected + c.Survived + c.NoCoverage);
  const covered = pct(detected, detected + c.Survived);
  const errors = c.CompileError + c.RuntimeError;
  return `| ${name}${note} | ${total(c)} | ${c.Killed} | ${c.Timeout} | ${c.Survived} | ${c.NoCoverage} | ${c.Ignored} | ${errors} | ${score} | ${covered} |`;
};

const inRoot = (file) => file === root || file.startsWith(`${root}/`);
const perFile = new Map();
const stale = [];
for (const [file, { result }] of [...newest].sort(([a], [b]) => a.localeCompare(b))) {
  if (!inRoot(file)) continue;
  const counts = zero();
  for (const m of result.mutants) counts[m.status] = (counts[m.status] ?? 0) + 1;
  perFile.set(file, counts);
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== result.source) stale.push(file);
}

console.log('| file | mutants | killed | timeout | survived | no coverage | ignored | errors | score | covered score |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
const folders = new Map();
const all = zero();
for (const [file, counts] of perFile) {
  console.log(row(file, counts, stale.includes(file) ? ' (stale)' : ''));
  const folder = path.dirname(file);
  if (!folders.has(folder)) folders.set(folder, zero());
  add(folders.get(folder), counts);
  add(all, counts);
}
for (const [folder, counts] of [...folders].sort(([a], [b]) => a.localeCompare(b))) console.log(row(`**${folder}/** (files directly in it)`, counts));
console.log(row(`**${root} (every file above)**`, all));

// The files of the folder that no report holds (index.ts files are not mutated, as in stryker.config.json).
const sources = [];
const walk = (d) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.ts') && e.name !== 'index.ts') sources.push(p.split(path.sep).join('/'));
  }
};
if (fs.existsSync(root) && fs.statSync(root).isDirectory()) walk(root);
const missing = sources.filter((f) => !perFile.has(f)).sort();
if (missing.length > 0) {
  let counts = null;
  try {
    const { Instrumenter } = await import('@stryker-mutator/instrumenter');
    const quiet = { isDebugEnabled: () => false, isTraceEnabled: () => false, debug() {}, trace() {}, info() {}, warn() {}, error() {} };
    const files = missing.map((f) => ({ name: f, content: fs.readFileSync(f, 'utf8'), mutate: true }));
    const result = await new Instrumenter(quiet).instrument(files, { plugins: null, excludedMutations: [], ignorers: [], noHeader: false, mutationRanges: [] });
    counts = new Map();
    for (const m of result.mutants) counts.set(m.fileName, (counts.get(m.fileName) ?? 0) + 1);
  } catch {
    // Without the instrumenter the files are listed without counts.
  }
  console.log(`\nNot in any report (${missing.length} files):`);
  for (const f of missing) console.log(`- ${f}${counts === null ? '' : ` (${counts.get(f) ?? 0} mutants)`}`);
}
if (stale.length > 0) console.log(`\nStale (the source changed since its report): ${stale.join(', ')}`);

if (survivors) {
  console.log('\nSurvivors and mutants without coverage:');
  for (const [file, { result }] of newest) {
    if (!inRoot(file)) continue;
    const lines = result.source.split('\n');
    const left = result.mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage');
    left.sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column);
    for (const m of left) {
      const { start, end } = m.location;
      const text = lines[start.line - 1] ?? '';
      const original = start.line === end.line ? text.slice(start.column - 1, end.column - 1) : `${text.slice(start.column - 1)}…`;
      console.log(`${file}:${start.line} ${m.status} ${m.mutatorName}: ${JSON.stringify(original).slice(0, 90)} → ${JSON.stringify(m.replacement ?? '').slice(0, 70)}`);
    }
  }
}
