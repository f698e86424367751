// The bundled examples as workbooks (models/*.xlsx, written from the CSVs by scripts/models-to-xlsx.ts
// with csv-parse and exceljs, not by procopt's code) analyse to exactly the JSON of their CSVs: same
// items, steps (lines = rows), findings and candidates; warnings differ only in naming the sheet.

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../../../src/pipeline/index.js';
import { renderJson } from '../../../src/report/index.js';

const MODELS = new URL('../../../models/', import.meta.url);
const csvFiles = readdirSync(MODELS).filter((f) => f.endsWith('.csv')).sort();

function analysisJson(file: string): string {
  const { result } = analyzeSources([{ file, bytes: new Uint8Array(readFileSync(new URL(file, MODELS))) }]);
  return renderJson(result, { includeSteps: true, pretty: true });
}

describe('models/*.xlsx', () => {
  it('there is a workbook for every bundled CSV', () => {
    expect(readdirSync(MODELS).filter((f) => f.endsWith('.xlsx')).sort()).toEqual(csvFiles.map((f) => f.replace(/\.csv$/, '.xlsx')));
  });

  for (const csv of csvFiles) {
    it(`${csv.replace(/\.csv$/, '.xlsx')} analyses to exactly the JSON of ${csv}`, () => {
      const xlsx = csv.replace(/\.csv$/, '.xlsx');
      const fromCsv = analysisJson(csv);
      const fromXlsx = analysisJson(xlsx).replaceAll(`"file": "${xlsx}[办理规程]"`, `"file": "${csv}"`);
      expect(fromXlsx).toBe(fromCsv);
      expect(fromCsv).toContain('"items"');
    });
  }
});
