#!/usr/bin/env node
// Regenerates reports/sample from the example catalogue in models/ and its case log models/logs/cases.csv
// (run after `npm run build`).
// tests/cli/sample-report.test.ts fails when the committed copy is stale.
import { readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.argv[2] ?? 'reports/sample';
const files = readdirSync(new URL('../models', import.meta.url))
  .filter((f) => f.endsWith('.csv'))
  .sort()
  .map((f) => `models/${f}`);
rmSync(new URL(`../${out}`, import.meta.url), { recursive: true, force: true });
const run = spawnSync(process.execPath, ['bin/procopt.js', 'report', ...files, '--log', 'models/logs/cases.csv', '--out', out], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 2);
