// The analysis catalogue: both languages have every message, and a Chinese message carries no English
// word of its own (Latin letters in it come only from the parameters: step ids, candidate ids).
import { describe, expect, it } from 'vitest';
import { ANALYSIS_TEXT, LANGS } from '../../src/i18n/index.js';

const SAMPLE = {
  from: 'S1 收件', to: 'S2 受理', fromId: 'S1', toId: 'S2', first: 'S2 初审', second: 'S3 复审', department: '业务科',
  materials: '《申请表》', keptId: 'S2', step: 'S5 转办', material: '申请表', steps: 'S1 受理、S4 勘验', count: 2,
  clock: 6.5, promised: 10, legal: 20, margin: 3.5, candidateId: null, items: ['S1 受理', 'S4 勘验'],
  intake: 'S1 收件', accept: 'S2 受理', kept: 'S2 初审', dropped: 'S3 复审', absorbs: true, lawful: true,
  reason: 'S3 使用 S2 产出的《审查意见》', cycle: 'S2 → S3 → S2', reasons: 'S3 排在 S2 之后；S2 是 S3 的法定前置',
  noOutputs: { named: ['S3'], total: 1 }, noInputs: { named: ['S5'], total: 1 }, missing: { named: ['S2', 'S4'], total: 30 }, days: 6, conflict: false, lineage: false, kind: 'mergeable', found: 4998, limit: 500, exact: true,
  parts: [{ kind: 'schedule' }, { kind: 'promised-due' }],
};

describe('analysis messages', () => {
  it('every language has the same messages', () => {
    const keys = Object.keys(ANALYSIS_TEXT.en).sort();
    for (const lang of LANGS) expect(Object.keys(ANALYSIS_TEXT[lang]).sort()).toEqual(keys);
  });

  it('a Chinese message has no English word of three letters or more of its own', () => {
    for (const [key, render] of Object.entries(ANALYSIS_TEXT['zh-CN'])) {
      const text = (render as (p: typeof SAMPLE) => string)(SAMPLE);
      expect(text, key).toMatch(/\p{Script=Han}/u);
      expect(text.match(/[A-Za-z]{3,}/g) ?? [], key).toEqual([]);
    }
  });

  it('messages with a yes-or-no parameter read differently either way, in both languages', () => {
    for (const lang of LANGS) {
      const t = ANALYSIS_TEXT[lang];
      expect(t.mergeable({ ...SAMPLE, absorbs: true })).not.toEqual(t.mergeable({ ...SAMPLE, absorbs: false }));
      expect(t.clockOverLegal({ ...SAMPLE, lawful: true })).not.toEqual(t.clockOverLegal({ ...SAMPLE, lawful: false }));
      expect(t.noBestSlower({ days: 6, conflict: true })).not.toEqual(t.noBestSlower({ days: 6, conflict: false }));
      expect(t.noteKeptForMissingData({ count: 2, noOutputs: { named: ['S3'], total: 1 }, noInputs: { named: [], total: 0 } })).not.toContain('S5');
    }
  });

  it('a note names the steps given and counts those left out, in both languages', () => {
    const all = { named: ['S2', 'S4'], total: 2 };
    const cut = { named: ['S2', 'S4'], total: 30 };
    expect(ANALYSIS_TEXT.en.noteMissingDurations({ missing: all })).toMatch(/^The durations of S2, S4 are not given/);
    expect(ANALYSIS_TEXT.en.noteMissingDurations({ missing: cut })).toMatch(/^The durations of S2, S4 and 28 more are not given/);
    expect(ANALYSIS_TEXT['zh-CN'].noteMissingDurations({ missing: all })).toMatch(/^S2、S4 未填写办理时限/);
    expect(ANALYSIS_TEXT['zh-CN'].noteMissingDurations({ missing: cut })).toMatch(/^S2、S4 等 30 个环节 未填写办理时限/);
    const none = { named: [], total: 0 };
    expect(ANALYSIS_TEXT.en.noteKeptForMissingData({ count: 40, noOutputs: cut, noInputs: none })).toContain('because S2, S4 and 28 more list no outputs;');
    expect(ANALYSIS_TEXT['zh-CN'].noteKeptForMissingData({ count: 40, noOutputs: none, noInputs: cut })).toContain('仅因S2、S4 等 30 个环节 未列所需材料而');
  });

  it('the limit-slack message names the redesign it measured, in both languages', () => {
    // English names its id; Chinese its name in words (并联审批＋环节合并), as the report shows candidates.
    expect(ANALYSIS_TEXT.en.limitSlack({ promised: 10, clock: 6, margin: 4, candidateId: 'parallel+merge' })).toContain('parallel+merge');
    expect(ANALYSIS_TEXT['zh-CN'].limitSlack({ promised: 10, clock: 6, margin: 4, candidateId: 'parallel+merge' })).toContain('最优方案“并联审批＋环节合并”');
  });
});
