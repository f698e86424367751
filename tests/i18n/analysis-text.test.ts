// The analysis catalogue: both languages have every message, and a Chinese message carries no English
// word of its own (Latin letters in it come only from the parameters: step ids, candidate ids).
import { describe, expect, it } from 'vitest';
import { ANALYSIS_TEXT, LANGS } from '../../src/i18n/index.js';

const SAMPLE = {
  from: 'S1 收件', to: 'S2 受理', fromId: 'S1', toId: 'S2', first: 'S2 初审', second: 'S3 复审', department: '业务科',
  materials: '《申请表》', keptId: 'S2', step: 'S5 转办', material: '申请表', steps: 'S1 受理、S4 勘验', count: 2,
  clock: 6.5, promised: 10, legal: 20, margin: 3.5, candidateId: null, items: ['S1 受理', 'S4 勘验'],
  stepId: 'S3', stepName: '审查', document: '现场核查记录', producers: ['S5', 'S6'], why: 'S3 使用 S5 产生的《现场核查记录》',
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

  it('the limit-slack message names the redesign it measured, in both languages', () => {
    for (const lang of LANGS) {
      expect(ANALYSIS_TEXT[lang].limitSlack({ promised: 10, clock: 6, margin: 4, candidateId: 'parallel+merge' })).toContain('parallel+merge');
    }
  });
});
