// procopt conformance, and --log on analyze and report, as a user runs them: the bundled example
// log (CSV and XES give the same document), bad rows located with the good ones kept, exit codes,
// observed durations swapped into the analysis, the report folder's case-log files.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConformanceResult, ObservedDurations } from '../../src/domain/index.js';
import { procopt } from './run-cli.js';

const MODELS = ['models/construction-planning-permit.csv', 'models/food-business-license.csv', 'models/joint-drawing-review.csv'];
const LOG = 'models/logs/cases.csv';

describe('procopt conformance', () => {
  it('JSON per case-log.md on the bundled log; its XES twin gives the same document', () => {
    const r = procopt(['conformance', ...MODELS, '--log', LOG], { lang: null });
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as ConformanceResult;
    expect(result).toMatchObject({ schemaVersion: 1, lang: 'zh-CN', errors: [] });
    expect(result.items).toHaveLength(5);
    expect(result.summary.cases).toBe(60);
    expect(result.summary.fittingCases).toBeLessThan(60);
    const kinds = new Set(result.items.flatMap((i) => i.deviations.map((d) => d.kind)));
    expect([...kinds].sort()).toEqual(['open', 'out-of-order', 'repeated', 'skipped', 'unknown-activity']);
    expect(result.items.some((i) => i.observed.overPromised.count > 0)).toBe(true);
    for (const item of result.items) {
      expect(item.fittingCases).toBe(item.caseResults.filter((c) => c.fitness === 1).length);
      for (const c of item.caseResults) expect(c.deviations.length === 0).toBe(c.cost === 0);
    }
    expect(r.stderr).toContain('5 个事项的 60 个办件：');
    const xes = procopt(['conformance', ...MODELS, '--log', 'models/logs/cases.xes'], { lang: null });
    expect(xes.status, xes.stderr).toBe(0);
    expect(xes.stdout).toBe(r.stdout);
  });

  it('Markdown with --item: that item only', () => {
    const r = procopt(['conformance', ...MODELS, '--log', LOG, '--item', '370100-SC-0012', '--format', 'md']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('## 370100-SC-0012 公共场所卫生许可');
    expect(r.stdout).not.toContain('## 370100-JS-0021');
  });

  it('bad rows are located and left out, an unknown item is named once; exit 1, the good cases still checked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'procopt-log-'));
    const log = join(dir, 'bad.csv');
    writeFileSync(
      log,
      [
        'case_id,item_code,activity,timestamp',
        'K1,370100-SC-0012,受理,2026-03-02 09:00',
        'K1,370100-SC-0012,审核,2026-03-02 25:00',
        'K1,370100-SC-0012,审核,2026-03-03 10:00',
        'K2,NO-SUCH-ITEM,受理,2026-03-02 09:00',
        'K3,NO-SUCH-ITEM,受理,2026-03-02 09:00',
      ].join('\n'),
    );
    const r = procopt(['conformance', ...MODELS, '--log', log]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${log}:3: timestamp: `);
    expect(r.stderr.match(/UNKNOWN_ITEM/g)).toHaveLength(1);
    const result = JSON.parse(r.stdout) as ConformanceResult;
    expect(result.items.map((i) => [i.itemCode, i.cases])).toEqual([['370100-SC-0012', 1]]);
    expect(result.errors.map((e) => [e.code, e.line])).toEqual([['BAD_TIMESTAMP', 3], ['UNKNOWN_ITEM', 5]]);
  });

  it('a terminal escape in a log cell is printed inert, on one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'procopt-log-'));
    const log = join(dir, 'escape.csv');
    writeFileSync(log, 'case_id,item_code,activity,timestamp\nK1,370100-SC-0012,受理,\u001b[31mred\u001b[0m\r\n');
    const r = procopt(['conformance', ...MODELS, '--log', log]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).toContain(`${log}:2: timestamp: timestamp must be a time such as`);
    expect(r.stderr).toContain('got "\\x1b[31mred\\x1b[0m"');
  });

  it('usage errors exit 2: no --log, a missing log, an unknown --item', () => {
    expect(procopt(['conformance', ...MODELS]).status).toBe(2);
    const missing = procopt(['conformance', ...MODELS, '--log', 'nope.csv']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nope.csv: cannot read the case log: no such file');
    expect(procopt(['conformance', ...MODELS, '--log', LOG, '--item', 'NOPE']).status).toBe(2);
  });
});

describe('analyze --log', () => {
  type Item = { itemCode: string; criticalPath: { durationDays: number }; observedDurations?: ObservedDurations };
  const run = (args: string[]): Item[] => {
    const r = procopt(['analyze', ...MODELS, '--log', LOG, ...args]);
    expect(r.status, r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as { items: Item[] }).items;
  };

  it('--durations median re-runs the analysis with observed figures and says per step which was used', () => {
    const declared = run([]);
    const median = run(['--durations', 'median']);
    const permit = median.find((i) => i.itemCode === '370100-JS-0021')!;
    const used = Object.values(permit.observedDurations!);
    expect(used.some((u) => u.source === 'median')).toBe(true);
    for (const u of used) {
      if (u.source === 'median') expect(u.days).toBe(u.observedMedianDays);
      else expect(u.days).toBe(u.declaredDays);
    }
    for (const u of Object.values(declared.find((i) => i.itemCode === '370100-JS-0021')!.observedDurations!)) expect(u.source).toBe('declared');
    expect(permit.criticalPath.durationDays).not.toBe(declared.find((i) => i.itemCode === '370100-JS-0021')!.criticalPath.durationDays);
  });

  it('is the same document on worker threads (the observed figures travel with each file\'s task)', () => {
    const args = ['analyze', ...MODELS, '--log', LOG, '--durations', 'p90', '--min-cases', '3'];
    const inThread = procopt([...args, '--workers', '0']);
    const workers = procopt([...args, '--workers', '2']);
    expect(workers.status, workers.stderr).toBe(0);
    expect(workers.stdout).toBe(inThread.stdout);
    expect(inThread.stdout).toContain('"source":"p90"');
  });

  it('--min-cases above every step\'s observations keeps the declared figures', () => {
    const items = run(['--durations', 'p90', '--min-cases', '1000']);
    for (const item of items) for (const u of Object.values(item.observedDurations ?? {})) expect(u.source).toBe('declared');
  });
});

describe('report --log', () => {
  it('adds conformance.json, .md, .html, the charts, and a section to index.html and report.md', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'procopt-report-log-')), 'out');
    const r = procopt(['report', ...MODELS, '--log', LOG, '--out', out, '--workers', '0'], { lang: null });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['conformance.json', 'conformance.md', 'conformance.html', 'index.html', 'report.md']));
    const diagrams = readdirSync(join(out, 'diagrams'));
    expect(diagrams).toEqual(expect.arrayContaining(['370100-JS-0021.observed.svg', '370100-JS-0021.lead-time.svg']));
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<section id="conformance">');
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('## 办件合规与实际用时（办件日志）');
    const page = readFileSync(join(out, 'conformance.html'), 'utf8');
    expect(page).toContain('承诺时限 15');
    expect(page).not.toContain('<script');
  });
});
