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
    const section = toItemSection(threeDepartmentItem());
    expect(section.facts).toBe('牵头部门：市自然资源和规划局；8 个环节；时长：16 个工作日；计时时长：16 个工作日；时限：法定 20 个工作日，承诺 12 个工作日；申请人到场 2 次；部门间交接 5 次');
    expect(section.criticalPath).toEqual({ heading: '关键路径（16 个工作日）', steps: ['S1 收件受理', 'S2 规划初审', 'S5 规划审查', 'S3 消防设计审查', 'S4 环境影响审查', 'S6 审批决定', 'S7 发证送达'] });
    expect(section.findings.map((f) => [f.label, f.kind, f.savingDays])).toEqual([
      ['可并联审批', 'parallelizable', '3'],
      ['可合并环节', 'mergeable', '1'],
      ['冗余前置', 'redundant-precedence', '0'],
      ['多次到场', 'extra-visit', '0'],
      ['超出时限', 'limit-exceeded', '0'],
    ]);
    expect(section.candidates.map((c) => [c.id, c.name, c.best, c.applied])).toEqual([['parallel+merge', '并联审批＋环节合并', true, ['可并联审批', '可合并环节']]]);
    expect(section.hasBest).toBe(true);
    expect(section.noPlanReason).toBeNull();
    const en = toItemSection(threeDepartmentItem(), 'en');
    expect(en.facts).toBe('Lead department: 市自然资源和规划局 · 8 steps · duration: 16 working days · clock time: 16 working days · limits: legal 20 working days, promised 12 working days · applicant visits: 2 · hand-overs between departments: 5');
    expect(en.candidates.map((c) => c.name)).toEqual(['parallel review + merged steps']);
  });

  it('an item with time not given says 时限未填 wherever its time would be, and gives the reason it has no plan', () => {
    const section = toItemSection(withEveryPart());
    expect(section.facts).toContain('时长：时限未填；计时时长：时限未填');
    expect(section.criticalPath.heading).toBe('关键路径（时限未填）');
    expect(section.findings.map((f) => f.savingDays)).toEqual(['时限未填', '时限未填', '时限未填', '时限未填', '时限未填']);
    expect(section.candidates.map((c) => c.durationDays)).toEqual(['时限未填']);
    expect(section.noPlanReason).toBe('时限未填，无法按时间比较方案');
  });

  it('report.md and index.html both show the incomplete durations and the order problems, escaped', () => {
    const item = withEveryPart();
    const md = renderMarkdownItem(item);
    expect(md).toContain('时限未填（统计和图表中按 0 计）：S3 消防设计审查、S&lt;8&gt;');
    expect(md).toContain('> 顺序问题：S4 uses 《图纸》, which only S9 produces \\| &lt;b&gt;');
    const html = renderHtml({ ...sampleResult(), items: [item] }, new Map());
    expect(html).toContain('<p class="warn">时限未填（统计和图表中按 0 计）：S3 消防设计审查、S&lt;8&gt;</p>');
    expect(html).toContain('<p class="warn">顺序问题：S4 uses 《图纸》, which only S9 produces | &lt;b&gt;</p>');
    for (const f of item.findings) expect(html).toContain(`<code>${f.kind}</code>`);
    for (const text of [md, html]) {
      for (const f of toItemSection(item).findings) expect(text).toContain(f.label);
      expect(text).toContain('parallel+merge');
      expect(text).toContain('并联审批＋环节合并');
    }
  });
});
