// Writes the bundled example's case log (models/logs/cases.csv and its XES twin cases.xes) from
// the machines of models/*.csv: 12 cases per item starting 2026-09-01 … 2026-10-09 (so many run
// through 国庆节), a quarter altered on purpose, a few much slower than declared.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFiles } from '../../src/import/index.js';
import { formatCaseLogCsv, formatCaseLogXes, makeCaseLog } from './make-case-log.js';

export const MODELS_LOG_SPEC = { casesPerItem: 12, seed: 14, from: Date.UTC(2026, 8, 1) - 8 * 3_600_000, to: Date.UTC(2026, 9, 9) - 8 * 3_600_000, deviating: 0.25, slow: 0.15 };

/** The example log's CSV and XES texts, from the catalogue in `modelsDir`. */
export function renderModelsLog(modelsDir: string): { csv: string; xes: string } {
  const files = readdirSync(modelsDir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => ({ file: f, bytes: new Uint8Array(readFileSync(join(modelsDir, f))) }));
  const { procedures } = importFiles(files, { encoding: 'auto' });
  const { rows } = makeCaseLog(procedures, MODELS_LOG_SPEC);
  return { csv: formatCaseLogCsv(rows), xes: formatCaseLogXes(rows) };
}

export function main(): number {
  const { csv, xes } = renderModelsLog('models');
  writeFileSync('models/logs/cases.csv', csv);
  writeFileSync('models/logs/cases.xes', xes);
  process.stderr.write(`wrote models/logs/cases.csv (${csv.split('\n').length - 2} rows) and models/logs/cases.xes\n`);
  return 0;
}
