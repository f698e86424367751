// procopt diagram and procopt report as a user runs them: files written, exit codes, hostile text inert.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { procopt } from './run-cli.js';

const HOSTILE = 'tests/fixtures/cli/hostile.csv';
const PERMIT = 'models/construction-planning-permit.csv';

/**
 * Parses an SVG or BPMN file with a conforming XML parser (saxes): throws on anything not well-formed.
 * Returns every attribute value, so numbers can be checked for NaN and Infinity.
 */
function parseXml(xml: string, name: string): string[] {
  const values: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => {
    throw new Error(`${name}: ${e.message}`);
  });
  parser.on('opentag', (tag) => {
    for (const a of Object.values(tag.attributes)) values.push(typeof a === 'string' ? a : a.value);
  });
  parser.write(xml).close();
  return values;
}

/** Every .svg and .bpmn file of a report folder is well-formed XML whose attributes hold only finite numbers. */
function checkDrawings(out: string): number {
  let count = 0;
  for (const folder of ['diagrams', 'bpmn']) {
    for (const name of readdirSync(join(out, folder))) {
      const values = parseXml(readFileSync(join(out, folder, name), 'utf8'), name);
      for (const v of values) expect(v, `${name}: ${v}`).not.toMatch(/\b(NaN|Infinity)\b/);
      count++;
    }
  }
  return count;
}

describe('procopt diagram', () => {
  it('writes the original and the best variant as SVG with every step', () => {
    const dir = mkdtempSync(join(tmpdir(), 'procopt-diagram-'));
    for (const variant of ['original', 'best']) {
      const out = join(dir, `${variant}.svg`);
      const r = procopt(['diagram', PERMIT, '--item', '370100-JS-0021', '--variant', variant, '--out', out]);
      expect(r.status, r.stderr).toBe(0);
      const svg = readFileSync(out, 'utf8');
      expect(svg.startsWith('<svg') || svg.startsWith('<?xml')).toBe(true);
      expect(svg).toContain('局长签发');
    }
    const original = readFileSync(join(dir, 'original.svg'), 'utf8');
    for (let i = 1; i <= 11; i++) expect(original).toContain(`S${i}`);
  });

  it('an unknown variant is a usage error naming the variants there are', () => {
    const r = procopt(['diagram', PERMIT, '--item', '370100-JS-0021', '--variant', 'nope', '--out', join(tmpdir(), 'x.svg')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('original, best');
  });
});

describe('procopt report', () => {
  it('writes every file of the report folder, hostile text escaped, file names inside the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'procopt-report-'));
    const out = join(dir, 'out');
    const r = procopt(['report', HOSTILE, '--out', out, '--workers', '1']);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.procopt-report.json', 'analysis.json', 'bpmn', 'candidates', 'diagrams', 'index.html', 'report.md', 'summary.csv']);
    expect(checkDrawings(out)).toBeGreaterThanOrEqual(4);
    for (const name of readdirSync(join(out, 'bpmn'))) {
      expect(name).toMatch(/^[^/]+\.(original|best)\.bpmn$/);
      expect(readFileSync(join(out, 'bpmn', name), 'utf8')).not.toMatch(/<script|<img/);
    }
    // nothing escaped the output folder
    expect(readdirSync(dir)).toEqual(['out']);
    const diagrams = readdirSync(join(out, 'diagrams'));
    expect(diagrams.length).toBeGreaterThanOrEqual(3);
    for (const name of diagrams) expect(name).not.toMatch(/\.\.|\//);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    for (const name of diagrams) {
      const svg = readFileSync(join(out, 'diagrams', name), 'utf8');
      expect(svg).not.toMatch(/<script|<img|\son\w+\s*=\s*["']/);
    }
    const csv = readFileSync(join(out, 'summary.csv'), 'utf8');
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    const json = JSON.parse(readFileSync(join(out, 'analysis.json'), 'utf8')) as { items: { steps: { name: string }[] }[] };
    expect(json.items[0]!.steps[0]!.name).toBe('<script>alert(1)</script>');
  });

  it('one broken item does not stop the report of the others (exit 1)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'procopt-report-')), 'r');
    const r = procopt(['report', 'tests/fixtures/cli/two-items.csv', '--out', out, '--workers', '0']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('BAD_DURATION');
    expect(existsSync(join(out, 'diagrams', 'T-1.original.svg'))).toBe(true);
    expect(existsSync(join(out, 'bpmn', 'T-1.original.bpmn'))).toBe(true);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('T-2');
  });

  it('writes the bundled examples in Chinese, every drawing well-formed XML with finite numbers', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'procopt-report-')), 'r');
    const r = procopt(['report', 'models/construction-planning-permit.csv', 'models/food-business-license.csv', 'models/joint-drawing-review.csv', '--out', out, '--workers', '1'], { lang: null });
    expect(r.status, r.stderr).toBe(0);
    expect(checkDrawings(out)).toBeGreaterThanOrEqual(12);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<h1>办理流程分析报告</h1>');
    expect(readFileSync(join(out, 'summary.csv'), 'utf8').split('\r\n')[0]).toMatch(/^\uFEFF?事项编码,事项名称,牵头部门/);
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    expect(md).toMatch(/^# 办理流程分析报告/);
    // Each item links its BPMN files (original, and best where there is one), and every link resolves.
    const links = [...html.matchAll(/href="(bpmn\/[^"]+)"/g), ...md.matchAll(/\]\((bpmn\/[^)]+)\)/g)].map((m) => decodeURI(m[1]!.replace(/&amp;/g, '&')));
    expect(links.filter((l) => l.endsWith('.original.bpmn')).length).toBe(2 * 5);
    for (const link of links) expect(existsSync(join(out, link)), link).toBe(true);
  });

  it('a report written twice into one folder keeps no stale file of the first run, and nothing procopt did not write is touched', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'procopt-report-')), 'r');
    expect(procopt(['report', PERMIT, 'models/food-business-license.csv', '--out', out, '--workers', '0']).status).toBe(0);
    const firstDiagrams = readdirSync(join(out, 'diagrams'));
    expect(firstDiagrams.some((n) => n.startsWith('370100-SC-'))).toBe(true);
    // The user's own files, in the folder and in a subfolder procopt writes to.
    writeFileSync(join(out, 'notes.txt'), 'mine');
    writeFileSync(join(out, 'diagrams', 'mine.svg'), '<svg/>');
    const r = procopt(['report', PERMIT, '--out', out, '--workers', '0']);
    expect(r.status, r.stderr).toBe(0);
    const diagrams = readdirSync(join(out, 'diagrams'));
    expect(diagrams.filter((n) => n.startsWith('370100-SC-'))).toEqual([]);
    expect(diagrams.filter((n) => n.startsWith('370100-JS-0021')).length).toBeGreaterThanOrEqual(4);
    expect(readdirSync(join(out, 'bpmn')).every((n) => n.startsWith('370100-JS-'))).toBe(true);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(out, 'diagrams', 'mine.svg'), 'utf8')).toBe('<svg/>');
    expect(r.stderr).toMatch(/removed \d+ files of the previous report/);
  });

  it('--out naming an existing file is a usage error (exit 2) without a stack trace, and the file is untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'procopt-report-'));
    const file = join(dir, 'report.txt');
    writeFileSync(file, 'keep');
    mkdirSync(join(dir, 'sub'));
    const r = procopt(['report', PERMIT, '--out', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is a file, not a folder');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, 'utf8')).toBe('keep');
  });
});
