// --lang and PROCOPT_LANG end to end: zh-CN by default, English on request; the JSON names its
// language and keeps its keys, codes and ids; Chinese from the input comes back unchanged.
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/domain/index.js';
import { procopt } from './run-cli.js';

const BAD = 'tests/fixtures/cli/two-items.csv';
const LINE = 'tests/fixtures/cli/two-items.csv:8: ';

describe('the language of a run', () => {
  it('zh-CN by default: diagnostics, the JSON messages and the last line are Chinese; code and location stay', () => {
    const r = procopt(['analyze', BAD], { lang: null });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${LINE}办理时限：事项 T-2，环节 S2：办理时限不得为负数（以工作日计），实为“-3” (BAD_DURATION)\n`);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('已分析 1 个事项，略去 1 个（T-2），1 个错误，0 个警告');
    const json = JSON.parse(r.stdout) as AnalysisResult;
    expect(json.lang).toBe('zh-CN');
    expect(json.errors).toEqual([
      { file: BAD, line: 8, itemCode: 'T-2', column: 'duration_days', code: 'BAD_DURATION', message: '事项 T-2，环节 S2：办理时限不得为负数（以工作日计），实为“-3”' },
    ]);
  });

  it('--lang en and PROCOPT_LANG=en give English; the same keys, codes and ids', () => {
    const zh = JSON.parse(procopt(['analyze', BAD], { lang: null }).stdout) as AnalysisResult;
    for (const run of [procopt(['analyze', BAD, '--lang', 'en'], { lang: null }), procopt(['analyze', BAD], { lang: 'en' })]) {
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`${LINE}duration_days: item T-2, step S2: duration must be ≥ 0 working days (工作日), got "-3" (BAD_DURATION)\n`);
      expect(run.stderr.trimEnd().split('\n').at(-1)).toBe('1 item analysed, 1 left out (T-2), 1 error, 0 warnings');
      const en = JSON.parse(run.stdout) as AnalysisResult;
      expect(en.lang).toBe('en');
      const strip = (r: AnalysisResult): unknown =>
        JSON.parse(JSON.stringify({ ...r, lang: null }), (key, value: unknown) => (key === 'message' || key === 'orderProblems' || key === 'notes' || key === 'noFasterPlanReason' ? null : value));
      expect(strip(en)).toEqual(strip(zh));
      expect(en.items[0]!.findings.map((f) => f.message).join(' ')).not.toMatch(/[，。；]/);
    }
  });

  it('Chinese from the input round-trips into the JSON and the Markdown', () => {
    const r = procopt(['analyze', 'models/food-business-license.csv', '--format', 'md'], { lang: null });
    expect(r.status).toBe(0);
    const json = JSON.parse(procopt(['analyze', 'models/food-business-license.csv'], { lang: null }).stdout) as AnalysisResult;
    const item = json.items[0]!;
    expect(item.itemName).toMatch(/\p{Script=Han}/u);
    expect(r.stdout).toContain(item.itemName);
    expect(item.findings.length).toBeGreaterThan(0);
    for (const finding of item.findings) expect(finding.message).toMatch(/\p{Script=Han}.*[，。]/u);
  });

  it('validate: the one-line summary follows --lang', () => {
    expect(procopt(['validate', BAD, '--no-machine-check'], { lang: null }).stdout).toBe('1 个事项通过，1 个略去，1 个错误，0 个警告，略去：T-2\n');
    expect(procopt(['validate', BAD, '--no-machine-check', '--lang', 'en'], { lang: null }).stdout).toBe('1 item ok, 1 left out, 1 error, 0 warnings, left out: T-2\n');
  });
});
