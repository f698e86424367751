// Every catalogue has the same messages in every language (the compiler checks the parameters), and a
// sample of messages reads as written in both languages: Chinese with full-width punctuation and
// "个工作日", English as before the catalogues.
import { describe, expect, it } from 'vitest';
import { ANALYSIS_TEXT, CALENDAR_TEXT, CASE_LOG_TEXT, CLI_TEXT, IMPORT_TEXT, LANGS, MODEL_TEXT, DEFAULT_LANG } from '../../src/i18n/index.js';
import { formatDiagnostic } from '../../src/import/index.js';
import type { Diagnostic } from '../../src/domain/index.js';

const CATALOGUES = { ANALYSIS_TEXT, CALENDAR_TEXT, CASE_LOG_TEXT, CLI_TEXT, IMPORT_TEXT, MODEL_TEXT } as const;

describe('message catalogues', () => {
  it('zh-CN is the default and the first language', () => {
    expect(DEFAULT_LANG).toBe('zh-CN');
    expect(LANGS[0]).toBe('zh-CN');
  });

  it('every language of every catalogue has the same messages', () => {
    for (const [name, catalogue] of Object.entries(CATALOGUES)) {
      const keys = Object.keys(catalogue.en).sort();
      for (const lang of LANGS) expect(Object.keys(catalogue[lang]).sort(), `${name} ${lang}`).toEqual(keys);
    }
  });

  it('a sample of messages in both languages', () => {
    const state = [
      { key: 's0', step: { id: 'S1', name: '受理' }, state: 'done' as const },
      { key: 's1', step: { id: 'S2', name: '审查' }, state: 'waiting' as const },
    ];
    expect(MODEL_TEXT['zh-CN'].deadlock({ state })).toBe('死锁：在状态（S1 已完成，S2 等待）下没有环节可以办理');
    expect(MODEL_TEXT.en.deadlock({ state })).toBe('deadlock: no step can act in state {s0:done,s1:waiting}');
    expect(ANALYSIS_TEXT['zh-CN'].clockOverPromised({ clock: 12.5, promised: 10, lawful: false })).toBe('计时时长 12.5 个工作日，超过承诺时限 10 个工作日。');
    expect(ANALYSIS_TEXT.en.clockOverPromised({ clock: 12.5, promised: 10, lawful: false })).toBe('The clock time of 12.5 working days exceeds the 承诺时限 of 10 days.');
    const summary = { ok: 2, leftOut: ['X-1', 'X-2'], errors: 3, warnings: 1, machines: null };
    expect(CLI_TEXT['zh-CN'].validateSummary(summary)).toBe('2 个事项通过，2 个略去，3 个错误，1 个警告，略去：X-1、X-2');
    expect(CLI_TEXT.en.validateSummary(summary)).toBe('2 items ok, 2 left out, 3 errors, 1 warning, left out: X-1, X-2');
    expect(IMPORT_TEXT['zh-CN'].subjectItemStep({ itemCode: 'X-1', stepId: 'S3' })).toBe('事项 X-1，环节 S3：');
    expect(IMPORT_TEXT.en.subjectItemStep({ itemCode: 'X-1', stepId: 'S3' })).toBe('item X-1, step S3: ');
  });

  it('a diagnostic prints its location and code alike in both languages; the label and the column follow the language', () => {
    const d: Diagnostic = { severity: 'warning', code: 'EMPTY_DURATION', file: '窗口.csv', line: 7, column: 'duration_days', message: '…' };
    expect(formatDiagnostic(d, 'zh-CN')).toBe('窗口.csv:7: 警告：办理时限：… (EMPTY_DURATION)');
    expect(formatDiagnostic(d, 'en')).toBe('窗口.csv:7: warning: duration_days: … (EMPTY_DURATION)');
    expect(formatDiagnostic(d)).toBe(formatDiagnostic(d, 'zh-CN'));
  });
});
