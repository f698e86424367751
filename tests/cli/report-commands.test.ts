// procopt diagram and procopt report as a user runs them: files written, exit codes, hostile text inert.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, procopt } from './run-cli.js';

const HOSTILE = 'tests/fixtures/cli/hostile.csv';
const PERMIT = 'models/construction-planning-permit.csv';

beforeAll(() => buildOnce());

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
    expect(readdirSync(out).sort()).toEqual(['analysis.json', 'bpmn', 'candidates', 'diagrams', 'index.html', 'report.md', 'summary.csv']);
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
});
