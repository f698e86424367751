// Width estimate (CJK 1 em, A–Z 0.7 em, else 0.6 em) and greedy wrapping.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateTextWidth, wrapText } from '../../../src/report/index.js';

describe('estimateTextWidth', () => {
  it('counts CJK and fullwidth as 1 em, capitals 0.7 em, the rest 0.6 em', () => {
    expect(estimateTextWidth('申请人提交申请', 10)).toBe(70);
    expect(estimateTextWidth('（）', 10)).toBe(20);
    expect(estimateTextWidth('AB', 10)).toBe(14);
    expect(estimateTextWidth('ab1 ', 10)).toBeCloseTo(24);
    expect(estimateTextWidth('𠀀', 10)).toBe(10); // supplementary ideograph, one code point
  });
});

describe('wrapText', () => {
  it('breaks Chinese between characters and Latin at spaces', () => {
    expect(wrapText('建设工程设计方案规划审查', 14, 84)).toEqual(['建设工程设计', '方案规划审查']);
    expect(wrapText('technical review step', 10, 60)).toEqual(['technical', 'review', 'step']);
    expect(wrapText('审查 review', 10, 200)).toEqual(['审查 review']);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    expect(wrapText('申请材料（原件）', 10, 60)).toEqual(['申请材料（原', '件）']);
    expect(wrapText('申请材料（原件）', 10, 50)).toEqual(['申请材料', '（原件）']);
    expect(wrapText('审查材料，出具意见', 10, 40)).toEqual(['审查材', '料，出具', '意见']);
    // Pieces whose kinsoku-bound runs are at most 3 characters, so no run alone is wider than a line.
    const text = fc.array(fc.constantFrom('申', '请', '（申）', '审查，', '意见。', '材料、', 'ab', ' '), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 30, max: 120 }), (t, maxWidth) => {
        const lines = wrapText(t, 10, maxWidth);
        for (const line of lines.slice(1)) expect('）】」，。、；：'.includes(line[0] ?? '')).toBe(false);
        for (const line of lines.slice(0, -1)) expect('（【「'.includes(line.at(-1) ?? '')).toBe(false);
      }),
    );
  });

  it('never splits a unit word such as 工作日', () => {
    expect(wrapText('S8 · 专家评审 · 5 个工作日', 12, 168)).toEqual(['S8 · 专家评审 · 5', '个工作日']);
    expect(wrapText('等待 10 自然日', 10, 60)).toEqual(['等待 10', '自然日']);
  });

  it('splits a word wider than a line and turns control characters into spaces', () => {
    expect(wrapText('<script>alert(1)</script>', 10, 60)).toEqual(['<script>al', 'ert(1)</sc', 'ript>']);
    expect(wrapText('第一行\n第二行', 10, 100)).toEqual(['第一行 第二行']);
    expect(wrapText('', 10, 100)).toEqual(['']);
  });

  it('never exceeds the width and drops nothing but spaces', () => {
    const text = fc.array(fc.constantFrom('申', '请', 'a', 'W', ' ', '（', 'Review', '&', '\n'), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 14, max: 200 }), (t, maxWidth) => {
        const lines = wrapText(t, 14, maxWidth);
        for (const line of lines) expect(estimateTextWidth(line, 14)).toBeLessThanOrEqual(maxWidth);
        expect(lines.join('').replace(/\s/g, '')).toBe(t.replace(/\s/g, ''));
      }),
    );
  });
});
