// The streaming pipeline (analyzeSourcesToText) writes, for every format, exactly what the format's
// renderer gives for analyzeSources' whole result, and hands over the candidates' CSVs — whatever the
// number of workers, with items left out, warnings and an unknown column among the inputs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSources, analyzeSourcesToText, renderCandidateCsv } from '../../src/pipeline/index.js';
import { renderReport } from '../../src/report/index.js';
import type { SourceFile } from '../../src/import/index.js';
import { generateCatalogue } from '../../scripts/bench/generate-catalogue.js';

const read = (path: string): SourceFile => ({ file: path, bytes: new Uint8Array(readFileSync(path)) });

const files: SourceFile[] = [
  ...readdirSync('models').filter((f) => f.endsWith('.csv')).sort().map((f) => read(join('models', f))),
  ...['duplicate-item-a.csv', 'duplicate-item-b.csv', 'bad-duration.csv', 'unknown-column.csv', 'cycle.csv'].map((f) => read(join('tests/fixtures/import', f))),
  ...generateCatalogue({ items: 30, seed: 11, itemsPerFile: 10 }).map((f) => ({ file: f.file, bytes: f.bytes })),
  {
    file: 'left-out.csv',
    bytes: new TextEncoder().encode('item_code,item_name,step_id,step_name,department,role,duration_days,predecessors\nLEFT-OUT-1,某事项,S1,受理,窗口,accept,-3,\n'),
  },
];

async function streamed(format: 'json' | 'md' | 'csv', workers: number, itemCode?: string): Promise<string> {
  const pieces: Buffer[] = [];
  await analyzeSourcesToText(
    files,
    { format, includeSteps: false, pretty: false, workers, ...(itemCode !== undefined ? { itemCode } : {}) },
    (piece) => pieces.push(typeof piece === 'string' ? Buffer.from(piece, 'utf8') : Buffer.from(piece)),
  );
  return Buffer.concat(pieces).toString('utf8');
}

describe('analyzeSourcesToText', () => {
  const { imported, result } = analyzeSources(files);

  it('has items left out, warnings and errors to show', () => {
    expect(result.items.length).toBeGreaterThan(30);
    expect(imported.leftOut.length).toBeGreaterThan(0);
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.warnings.length).toBeGreaterThan(0);
  });

  for (const format of ['json', 'md', 'csv'] as const) {
    it(`${format}: equals the renderer on the whole result, with 0 and 2 workers`, async () => {
      const whole = renderReport(format, result);
      expect(await streamed(format, 0)).toBe(whole);
      expect(await streamed(format, 2)).toBe(whole);
    }, 60_000);
  }

  it('md, csv and json for one item equal the renderer on that item alone, with 0 and 2 workers', async () => {
    const code = result.items[3]!.itemCode;
    const one = analyzeSources(files, { itemCode: code }).result;
    expect(one.items.map((i) => i.itemCode)).toEqual([code]);
    expect(await streamed('md', 0, code)).toBe(renderReport('md', one));
    expect(await streamed('csv', 0, code)).toBe(renderReport('csv', one));
    expect(await streamed('json', 0, code)).toBe(renderReport('json', one));
    expect(await streamed('json', 2, code)).toBe(renderReport('json', one));
  }, 60_000);

  it('md for an item that was left out (no item section, only the tables and its input problems) equals the renderer', async () => {
    const code = 'LEFT-OUT-1';
    expect(imported.leftOut.map((l) => l.itemCode)).toContain(code);
    const none = analyzeSources(files, { itemCode: code }).result;
    expect(none.items).toEqual([]);
    expect(await streamed('md', 0, code)).toBe(renderReport('md', none));
  });

  it('hands over every candidate as a procedure CSV, in item order, with 0 and 2 workers', async () => {
    const expected = result.items.flatMap((item) => item.candidates.map((candidate) => renderCandidateCsv(item, candidate)));
    expect(expected.length).toBeGreaterThan(10);
    for (const workers of [0, 2]) {
      const got: { fileName: string; text: string }[] = [];
      await analyzeSourcesToText(files, { format: 'csv', includeSteps: false, pretty: false, workers, onCandidateCsv: (csv) => got.push(csv) }, () => undefined);
      expect(got).toEqual(expected);
    }
  }, 60_000);
});

