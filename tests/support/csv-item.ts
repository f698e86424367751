// One item read through the public path: CSV text imported by importFiles, analysed by
// analyzeProcedure. The mutant tests use it so that they hold whatever shape the rules' code takes.

import { expect } from 'vitest';
import { analyzeProcedure } from '../../src/analyze/index.js';
import type { ItemAnalysis } from '../../src/domain/index.js';
import { importFiles } from '../../src/import/index.js';

/** The columns of a row unless a test names others (item_code and item_name are added). */
export const ROW_COLUMNS = 'step_id,step_name,department,role,duration_days,predecessors,inputs,outputs,applicant_visit,promised_limit_days,counts_toward_limit';

/** Imports one item M-1 from rows of `columns`; the import must raise no error. */
export function importRows(rows: readonly string[], columns = ROW_COLUMNS) {
  const text = [`item_code,item_name,${columns}`, ...rows.map((r) => `M-1,测试事项,${r}`)].join('\n');
  const imported = importFiles([{ file: 'mutant.csv', bytes: new TextEncoder().encode(`${text}\n`) }]);
  expect(imported.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(imported.procedures).toHaveLength(1);
  return imported.procedures[0]!;
}

/** Imports and analyses one item (see importRows). */
export const analyseRows = (rows: readonly string[], columns = ROW_COLUMNS): ItemAnalysis => analyzeProcedure(importRows(rows, columns));

/** The step ids of each finding of one kind, in the analysis's order. */
export const findingsOf = (result: ItemAnalysis, kind: string): string[][] => result.findings.filter((f) => f.kind === kind).map((f) => f.stepIds);
