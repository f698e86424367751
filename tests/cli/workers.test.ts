// The commands that can use worker threads give the same output whatever their number, on a
// generated catalogue big enough to be shared out (several files, several batches of items).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../scripts/bench/generate-catalogue.js';
import { procopt } from './run-cli.js';
import { defaultAnalyzeWorkers } from '../../src/cli/commands/analyze.js';

let files: string[] = [];

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'procopt-workers-'));
  files = generateCatalogue({ items: 80, seed: 7, itemsPerFile: 20 }).map((f) => {
    const path = join(dir, f.file);
    writeFileSync(path, f.bytes);
    return path;
  });
});

describe('worker threads', () => {
  it('validate: same diagnostics, notes and summary with 0 and 2 workers', () => {
    const [none, two] = ['0', '2'].map((w) => procopt(['validate', ...files, '--workers', w]));
    expect(none!.status).toBe(0);
    expect(none!.stdout).toMatch(/^80 items ok, 0 left out, 0 errors/);
    expect(two!.stdout).toBe(none!.stdout);
    expect(two!.stderr).toBe(none!.stderr);
  });

  it('analyze: the same JSON with 0, 1 and 2 workers', () => {
    const [none, one, two] = ['0', '1', '2'].map((w) => procopt(['analyze', ...files, '--workers', w]));
    expect(none!.status).toBe(0);
    expect((JSON.parse(none!.stdout) as { items: unknown[] }).items).toHaveLength(80);
    expect(one!.stdout).toBe(none!.stdout);
    expect(two!.stdout).toBe(none!.stdout);
  });

  it('analyze with odds and dates: the same JSON with 0 and 2 workers (one seed, whatever thread samples)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'procopt-workers-odds-'));
    const uncertain = generateCatalogue({ items: 40, seed: 11, itemsPerFile: 20, uncertainShare: 0.3 }).map((f) => {
      const path = join(dir, f.file);
      writeFileSync(path, f.bytes);
      return path;
    });
    const args = ['analyze', ...uncertain, '--samples', '200', '--seed', '5', '--start-date', '2026-09-30'];
    const [none, two] = ['0', '2'].map((w) => procopt([...args, '--workers', w]));
    expect(none!.status).toBe(0);
    expect((JSON.parse(none!.stdout) as { items: { uncertainty?: unknown }[] }).items.some((i) => i.uncertainty !== undefined)).toBe(true);
    expect(two!.stdout).toBe(none!.stdout);
  });

  it('chooses no workers for plain analysis on 2 cores, every core when Monte Carlo runs', () => {
    const big = 5_000_000;
    expect(defaultAnalyzeWorkers(big, false, 2)).toBe(0);
    expect(defaultAnalyzeWorkers(big, true, 2)).toBe(2);
    expect(defaultAnalyzeWorkers(big, false, 8)).toBe(7);
    expect(defaultAnalyzeWorkers(big, true, 8)).toBe(8);
    // A small catalogue or one core: this thread alone.
    expect(defaultAnalyzeWorkers(10_000, true, 8)).toBe(0);
    expect(defaultAnalyzeWorkers(big, true, 1)).toBe(0);
  });

  it('report: the same folder, file for file, with 0 and 2 workers (diagrams laid out while files are written)', () => {
    const first = files.slice(0, 2);
    const outs = ['0', '2'].map((w) => {
      const out = mkdtempSync(join(tmpdir(), `procopt-report-${w}-`));
      const r = procopt(['report', ...first, '--out', out, '--workers', w]);
      expect(r.status).toBe(0);
      return out;
    });
    const listing = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(dir.length))
        .sort();
    const [none, two] = outs.map(listing);
    // original, before/after and Gantt for every item, plus the best redesign where there is one.
    const analysis = JSON.parse(readFileSync(join(outs[0]!, 'analysis.json'), 'utf8')) as { items: { candidates: unknown[] }[] };
    expect(analysis.items).toHaveLength(40);
    const redesigned = analysis.items.filter((item) => item.candidates.length > 0).length;
    expect(none!.filter((f) => f.endsWith('.svg')).length).toBe(40 * 3 + redesigned);
    expect(two).toEqual(none);
    for (const f of none!) expect(readFileSync(join(outs[1]!, f)).equals(readFileSync(join(outs[0]!, f))), f).toBe(true);
  }, 120_000);

  it('report with item pages: each page written as its diagrams arrive, the same files with 0 and 2 workers', () => {
    const outs = ['0', '2'].map((w) => {
      const out = mkdtempSync(join(tmpdir(), `procopt-pages-${w}-`));
      const r = procopt(['report', files[0]!, '--out', out, '--workers', w, '--page-size', '8']);
      expect(r.status).toBe(0);
      expect(r.stderr).toContain('wrote report for 20 items');
      expect(r.stderr).toContain('items on 3 pages');
      return out;
    });
    const pages = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
    expect(pages(outs[0]!)).toEqual(['index.html', 'items-001.html', 'items-002.html', 'items-003.html']);
    const articles = (file: string): number => (readFileSync(join(outs[0]!, file), 'utf8').match(/<article /g) ?? []).length;
    expect(['index.html', 'items-001.html', 'items-002.html', 'items-003.html'].map(articles)).toEqual([0, 8, 8, 4]);
    for (const f of pages(outs[0]!)) expect(readFileSync(join(outs[1]!, f)).equals(readFileSync(join(outs[0]!, f))), f).toBe(true);
  }, 120_000);
});

