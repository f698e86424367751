// The Chinese output of real commands on the bundled examples (models/*.csv) has no Latin word outside
// the allow-list of tests/support/latin-words.ts: validate's lines, analyze --format md, and the
// report's report.md and index.html as a reader sees them (Mermaid source, code spans naming codes
// and ids, markup and scripts are not prose).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latinWords } from '../support/latin-words.js';
import { procopt } from './run-cli.js';

const MODELS = readdirSync('models')
  .filter((f) => f.endsWith('.csv'))
  .map((f) => join('models', f));

/** Markdown as prose: without Mermaid blocks, code spans (codes, ids) and escapes. */
const markdownProse = (md: string): string => md.replace(/```[\s\S]*?```/g, ' ').replace(/`[^`\n]*`/g, ' ').replace(/\\(.)/g, '$1');

/** What a reader of an HTML page sees: text outside scripts, styles and tags, entities as spaces. */
const visibleText = (html: string): string =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/<[^>]*>/g, '\n')
    .replace(/&[#\w]+;/g, ' ');

function latinLines(text: string): string[] {
  return text.split('\n').filter((line) => latinWords(line).length > 0).map((line) => `${latinWords(line).join(' ')} — ${line.slice(0, 200)}`);
}

describe('zh-CN output of the bundled examples', () => {
  it('validate', () => {
    const r = procopt(['validate', ...MODELS], { lang: null });
    expect(latinLines(r.stdout + r.stderr)).toEqual([]);
  });

  it('analyze --format md', () => {
    const r = procopt(['analyze', ...MODELS, '--format', 'md'], { lang: null });
    expect(r.status).toBe(0);
    expect(latinLines(markdownProse(r.stdout) + r.stderr)).toEqual([]);
  });

  it("report: report.md and index.html's visible text", () => {
    const out = mkdtempSync(join(tmpdir(), 'procopt-zh-report-'));
    const r = procopt(['report', ...MODELS, '--out', out, '--workers', '1'], { lang: null, timeout: 300_000 });
    expect(r.status).toBe(0);
    expect(latinLines(markdownProse(readFileSync(join(out, 'report.md'), 'utf8')))).toEqual([]);
    expect(latinLines(visibleText(readFileSync(join(out, 'index.html'), 'utf8')))).toEqual([]);
  }, 300_000);
});
