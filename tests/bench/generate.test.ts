// The benchmark's catalogue generator: deterministic per seed, the requested item count in
// files of ~500 items, ~11 steps per item, a well-formed declared order, GBK that round-trips,
// and files the real importer accepts without a single error diagnostic.

import { fc, test as fcTest } from '@fast-check/vitest';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { generateCatalogue, type GeneratedFile } from '../../scripts/bench/generate-catalogue.js';

const ROLE_WORDS: Record<string, string> = {
  accept: 'accept', 受理: 'accept', 收件: 'accept', 预审: 'accept',
  deliver: 'deliver', 办结: 'deliver', 送达: 'deliver', 发证: 'deliver', 制证: 'deliver',
};
const COLUMN_NAMES: Record<string, readonly string[]> = {
  item_code: ['item_code', '事项编码', '事项代码'],
  step_id: ['step_id', '环节编号', '环节序号'],
  role: ['role', '环节类型'],
  predecessors: ['predecessors', '前置环节', '上一环节'],
};

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/** The file's rows as canonical-column records, read independently of the importer. */
function readRows(file: GeneratedFile): Record<string, string>[] {
  const text = decode(file.bytes);
  const records = parse(text, { delimiter: file.format.delimiter, relax_column_count: false, skip_empty_lines: true }) as string[][];
  const [header = [], ...rows] = records;
  const index = (column: string): number => header.findIndex((h) => (COLUMN_NAMES[column] ?? []).includes(h));
  return rows.map((row) =>
    Object.fromEntries(Object.keys(COLUMN_NAMES).map((c) => [c, index(c) >= 0 ? (row[index(c)] ?? '') : ''])),
  );
}

function textOf(files: readonly GeneratedFile[]): string[] {
  return files.map((f) => decode(f.bytes));
}

describe('generateCatalogue', () => {
  it('single-item: one file whose item starts with an accept step and ends with a deliver step', () => {
    const files = generateCatalogue({ items: 1, seed: 3 });
    expect(files.map((f) => f.file)).toEqual(['window-001.csv']);
    const rows = readRows(files[0] as GeneratedFile);
    expect(new Set(rows.map((r) => r.item_code)).size).toBe(1);
    expect(rows.length).toBe(files[0]?.steps);
    expect(ROLE_WORDS[rows[0]?.role ?? '']).toBe('accept');
    expect(ROLE_WORDS[rows.at(-1)?.role ?? '']).toBe('deliver');
  });

  it('file-split: 1201 items make files of 500, 500 and 201 items', () => {
    const files = generateCatalogue({ items: 1201, seed: 1 });
    expect(files.map((f) => [f.file, f.items])).toEqual([
      ['window-001.csv', 500],
      ['window-002.csv', 500],
      ['window-003.csv', 201],
    ]);
    const codes = new Set(files.flatMap((f) => readRows(f).map((r) => r.item_code)));
    expect(codes.size).toBe(1201);
    const steps = files.reduce((n, f) => n + f.steps, 0);
    expect(files.flatMap(readRows)).toHaveLength(steps);
    // The benchmark's size claim: about 11 steps per item.
    expect(steps / 1201).toBeGreaterThan(10);
    expect(steps / 1201).toBeLessThan(12.5);
  });

  it('is byte-identical for the same seed and differs for another seed', () => {
    const a = generateCatalogue({ items: 120, seed: 42, itemsPerFile: 50 });
    const b = generateCatalogue({ items: 120, seed: 42, itemsPerFile: 50 });
    const c = generateCatalogue({ items: 120, seed: 43, itemsPerFile: 50 });
    expect(a.map((f) => Buffer.from(f.bytes).toString('base64'))).toEqual(b.map((f) => Buffer.from(f.bytes).toString('base64')));
    expect(textOf(a)).not.toEqual(textOf(c));
  });

  it('writes every encoding, both header languages and several files', () => {
    const files = generateCatalogue({ items: 3000, seed: 1, itemsPerFile: 100 });
    expect(new Set(files.map((f) => f.format.encoding))).toEqual(new Set(['utf-8', 'utf-8-bom', 'gbk']));
    expect(new Set(files.map((f) => f.format.headers))).toEqual(new Set(['en', 'zh']));
  });

  fcTest.prop([fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 40 })], { numRuns: 15 })(
    'a smaller catalogue is a prefix of a larger one; predecessors name earlier steps of the same item',
    (seed, items) => {
      const small = textOf(generateCatalogue({ items, seed }))[0] ?? '';
      const large = textOf(generateCatalogue({ items: items + 5, seed }))[0] ?? '';
      expect(large.startsWith(small)).toBe(true);
      const seen = new Map<string, Set<string>>();
      for (const row of generateCatalogue({ items, seed }).flatMap(readRows)) {
        const earlier = seen.get(row.item_code ?? '') ?? new Set<string>();
        for (const p of (row.predecessors ?? '').split(/[;；、|\n]/).filter((x) => x !== '')) expect(earlier.has(p)).toBe(true);
        earlier.add(row.step_id ?? '');
        seen.set(row.item_code ?? '', earlier);
      }
      expect(seen.size).toBe(items);
    },
  );
});

describe('generated catalogues against the importer', () => {
  it('imports 50 items from mixed encodings and headers with no error diagnostics', async () => {
    const { importFiles } = await import('../../src/import/index.js');
    const files = generateCatalogue({ items: 50, seed: 5, itemsPerFile: 10 });
    const result = importFiles(
      files.map((f) => ({ file: f.file, bytes: f.bytes })),
      { encoding: 'auto' },
    );
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.procedures).toHaveLength(50);
    expect(result.procedures.reduce((n, p) => n + p.steps.length, 0)).toBe(files.reduce((n, f) => n + f.steps, 0));
  });
});

describe('three-point estimates (uncertainShare, the odds benchmark)', () => {
  it('adds min = m/2 and max = 2m to about the share of timed steps, and changes nothing else', async () => {
    const { importFiles } = await import('../../src/import/index.js');
    const plain = generateCatalogue({ items: 60, seed: 5, itemsPerFile: 20 });
    expect(generateCatalogue({ items: 60, seed: 5, itemsPerFile: 20, uncertainShare: 0 }).map((f) => f.bytes)).toEqual(plain.map((f) => f.bytes));
    const files = generateCatalogue({ items: 60, seed: 5, itemsPerFile: 20, uncertainShare: 0.3 });
    const result = importFiles(files.map((f) => ({ file: f.file, bytes: f.bytes })), { encoding: 'auto' });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const steps = result.procedures.flatMap((p) => p.steps);
    const base = importFiles(plain.map((f) => ({ file: f.file, bytes: f.bytes })), { encoding: 'auto' }).procedures.flatMap((p) => p.steps);
    // The same steps and times; only the estimates are new.
    expect(steps.map((s) => [s.id, s.durationDays])).toEqual(base.map((s) => [s.id, s.durationDays]));
    const estimated = steps.filter((s) => s.durationMin !== undefined);
    expect(estimated.length).toBe(files.reduce((n, f) => n + f.uncertainSteps, 0));
    const timed = steps.filter((s) => s.durationDays > 0).length;
    expect(estimated.length / timed).toBeGreaterThan(0.2);
    expect(estimated.length / timed).toBeLessThan(0.4);
    for (const s of estimated) {
      expect(s.durationMin!).toBeLessThanOrEqual(s.durationDays);
      expect(s.durationMax!).toBeGreaterThanOrEqual(s.durationDays);
      expect(s.durationMin!).toBeCloseTo(s.durationDays / 2, 1);
      expect(s.durationMax!).toBeCloseTo(s.durationDays * 2, 1);
    }
  });
});
