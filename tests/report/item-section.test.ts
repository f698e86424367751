// One item-section model for report.md and index.html: both show every part of it (the HTML item
// header used to leave out the incomplete durations), each escaped in its own way.
import { describe, expect, it } from 'vitest';
import type { ItemAnalysis } from '../../src/domain/index.js';
import { toItemSection } from '../../src/report/item-section.js';
import { renderHtml, renderMarkdownItem } from '../../src/report/index.js';
import { sampleResult, threeDepartmentItem } from './sample-result.js';

function withEveryPart(): ItemAnalysis {
  return { ...threeDepartmentItem(), incompleteDurations: ['S3', 'S<8>'], orderProblems: ['S4 uses 《图纸》, which only S9 produces | <b>'] };
}

describe('item section', () => {
  it('three-department: figures, labelled critical path, findings and candidates as plain text', () => {
    const section = toItemSection(withEveryPart());
    expect(section.limits).toBe('法定 20 天，承诺 12 天');
    // Some durations are missing: every time of the item reads 时限未填, the limits stay figures.
    expect(section.criticalPath).toEqual({ durationDays: '时限未填', steps: ['S1 收件受理', 'S2 规划初审', 'S5 规划审查', 'S3 消防设计审查', 'S4 环境影响审查', 'S6 审批决定', 'S7 发证送达'] });
    expect([section.durationDays, section.clockDays, section.lawfulDays, section.candidates[0]!.durationDays]).toEqual(['时限未填', '时限未填', '时限未填', '时限未填']);
    expect(toItemSection(threeDepartmentItem()).criticalPath.durationDays).toBe('16');
    expect(section.findings.map((f) => [f.label, f.kind, f.savingDays])).toEqual([
      ['可并联', 'parallelizable', '3'],
      ['可合并', 'mergeable', '1'],
      ['冗余前置', 'redundant-precedence', '0'],
      ['多次跑动', 'extra-visit', '0'],
      ['超出时限', 'limit-exceeded', '0'],
    ]);
    expect(section.candidates.map((c) => [c.id, c.best, c.applied])).toEqual([['parallel+merge', true, ['可并联', '可合并']]]);
    expect(section.hasBest).toBe(true);
  });

  it('report.md and index.html both show the incomplete durations and the order problems, escaped', () => {
    const item = withEveryPart();
    const md = renderMarkdownItem(item);
    expect(md).toContain('时限未填 incomplete durations: S3、S&lt;8&gt;');
    expect(md).toContain('> 顺序问题 order problem: S4 uses 《图纸》, which only S9 produces \\| &lt;b&gt;');
    const html = renderHtml({ ...sampleResult(), items: [item] }, new Map());
    expect(html).toContain('<p class="muted">时限未填 incomplete durations: S3、S&lt;8&gt;</p>');
    expect(html).toContain('<p class="muted">顺序问题 order problem: S4 uses 《图纸》, which only S9 produces | &lt;b&gt;</p>');
    for (const text of [md, html]) {
      for (const f of item.findings) expect(text).toContain(f.kind);
      expect(text).toContain('parallel+merge');
    }
  });
});
