// JSON, CSV and Markdown reports and the format registry, on the hand-made
// sample result (chain, three-department, hostile).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import {
  SUMMARY_CSV_COLUMNS,
  renderJson,
  createJsonWriter,
  renderJsonItem,
  renderMarkdown,
  renderSummaryCsv,
  STREAM_FORMATS,
  renderReport,
  reportFormats,
  summarizeDepartments,
  type FormatStream,
} from '../../src/report/index.js';
import type { AnalysisResult, Step } from '../../src/domain/index.js';
import { makeStep } from '../support/procedures.js';
import { HOSTILE, sampleResult } from './sample-result.js';

/** A step as the JSON gives it: `roles` only where there are several, no `typeWord` (the CSV's cell). */
function stepAsJson({ typeWord: _typeWord, roles, ...rest }: Step): unknown {
  return roles.length > 1 ? { ...rest, roles } : rest;
}

/** The result as its JSON with steps reads back. */
/** The result as its JSON holds it: each item's located warnings are in the document's `warnings`, not in the item. */
function asJson(result: AnalysisResult): unknown {
  return {
    ...result,
    items: result.items.map(({ warnings: _warnings, ...i }) => ({
      ...i,
      steps: i.steps.map(stepAsJson),
      candidates: i.candidates.map((c) => ({ ...c, steps: c.steps.map(stepAsJson) })),
    })),
  };
}

describe('renderJson', () => {
  it('pieces written chunk by chunk give exactly the whole document, with and without items', () => {
    const result = sampleResult();
    for (const r of [result, { ...result, items: [] }]) {
      const text = renderJson(r, { pretty: true });
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
      const pieces: string[] = [];
      const writer = createJsonWriter((piece) => pieces.push(piece), r.lang);
      r.items.forEach((i) => writer.item(renderJsonItem(i, { pretty: true })));
      expect(pieces.length).toBe(r.items.length);
      writer.end(r);
      expect(pieces.join('')).toBe(text);
    }
  });

  it('by default puts each item on one line, the same data as pretty', () => {
    const result = sampleResult();
    const text = renderJson(result);
    expect(JSON.parse(text)).toEqual(JSON.parse(renderJson(result, { pretty: true })));
    const itemLines = text.split('\n').filter((line) => line.startsWith('    {"itemCode":'));
    expect(itemLines).toHaveLength(result.items.length);
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "lang": "en",\n  "items": [\n    {"itemCode":')).toBe(true);
  });

  it('leaves the steps out unless asked: the contract fields only', () => {
    const result = sampleResult();
    const json = JSON.parse(renderJson(result)) as { items: Record<string, unknown>[] };
    expect(json.items[0]).not.toHaveProperty('steps');
    expect(json.items.flatMap((i) => i.candidates as Record<string, unknown>[]).some((c) => 'steps' in c)).toBe(false);
    expect(json.items[0]).toHaveProperty('schedule');
    const withSteps = JSON.parse(renderJson(result, { includeSteps: true })) as { items: { steps: unknown[] }[] };
    expect(withSteps.items[0]!.steps.length).toBe(result.items[0]!.steps.length);
  });

  it('round-trips, keeps the contract key order whatever the input order, ends with a newline', () => {
    const result = sampleResult();
    const text = renderJson(result, { includeSteps: true, pretty: true });
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(asJson(result));
    expect(Object.keys(JSON.parse(text))).toEqual(['schemaVersion', 'lang', 'items', 'summary', 'errors', 'warnings']);
    expect(Object.keys(JSON.parse(text).items[0]).slice(0, 4)).toEqual(['itemCode', 'itemName', 'department', 'stepCount']);
    const shuffled = JSON.parse(JSON.stringify(result), (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    );
    expect(renderJson(shuffled, { includeSteps: true, pretty: true })).toBe(text);
    expect(text).toContain('\n  "items": [\n    {\n      "itemCode": "CHAIN-001",');
  });

  it('writes the dates in the contract order, the non-working days only with the steps', () => {
    const result = sampleResult();
    const item = result.items.find((i) => i.candidates.length > 0)!;
    const dates = { startDate: '2026-09-30', promisedDue: '2026-10-13', legalDue: null, criticalPathEnd: '2026-10-09', clockEnd: '2026-10-09', calendarCoveredThrough: 2026, nonWorkingDays: ['2026-10-01'] };
    const dated = {
      ...item,
      dates,
      schedule: item.schedule.map((e, k) => ({ ...e, earliestStartDate: '2026-09-30', ...(k === 0 ? {} : { earliestFinishDate: null }) })),
      candidates: item.candidates.map((c) => ({ ...c, dates: { clockEnd: null, criticalPathEnd: '2026-10-08' } })),
    };
    const read = (includeSteps: boolean) => JSON.parse(renderJson({ ...result, items: [dated, item] }, { includeSteps })) as { items: Record<string, unknown>[] };
    const [plain, undated] = read(false).items;
    expect(plain!.dates).toEqual({ startDate: '2026-09-30', promisedDue: '2026-10-13', legalDue: null, criticalPathEnd: '2026-10-09', clockEnd: '2026-10-09', calendarCoveredThrough: 2026 });
    expect(Object.keys(plain!.dates as object)).toEqual(['startDate', 'promisedDue', 'legalDue', 'criticalPathEnd', 'clockEnd', 'calendarCoveredThrough']);
    expect(Object.keys(plain!).indexOf('dates')).toBe(Object.keys(plain!).indexOf('notes') + 1);
    // A finish date not given is written null next to its start date.
    expect((plain!.schedule as Record<string, unknown>[]).map((e) => [e.earliestStartDate, e.earliestFinishDate])[0]).toEqual(['2026-09-30', null]);
    expect(Object.keys((plain!.schedule as object[])[0]!).slice(-2)).toEqual(['earliestStartDate', 'earliestFinishDate']);
    expect((plain!.candidates as object[]).length).toBeGreaterThan(0);
    for (const c of plain!.candidates as Record<string, unknown>[]) expect(Object.entries(c.dates as object)).toEqual([['criticalPathEnd', '2026-10-08'], ['clockEnd', null]]);
    expect(read(true).items[0]!.dates).toEqual(dates);
    // No start date: no dates anywhere.
    expect(undated).not.toHaveProperty('dates');
    expect((undated!.schedule as object[]).some((e) => 'earliestStartDate' in e || 'earliestFinishDate' in e)).toBe(false);
    expect((undated!.candidates as object[]).some((c) => 'dates' in c)).toBe(false);
  });

  it('gives a step of several roles its roles after its role (审核并公示 → publicize, roles review and publicize)', () => {
    const result = sampleResult();
    const item = result.items[0]!;
    const both = makeStep({ id: 'S9', name: '审核并公示', department: '街道', role: 'publicize', roles: ['review', 'publicize'], typeWord: '审核并公示' });
    const json = JSON.parse(renderJson({ ...result, items: [{ ...item, steps: [...item.steps, both] }] }, { includeSteps: true })) as {
      items: { steps: Record<string, unknown>[] }[];
    };
    const steps = json.items[0]!.steps;
    expect(Object.keys(steps.at(-1)!).slice(3, 5)).toEqual(['role', 'roles']);
    expect(steps.at(-1)!.roles).toEqual(['review', 'publicize']);
    expect(steps.slice(0, -1).some((s) => 'roles' in s || 'typeWord' in s)).toBe(false);
  });
});

describe('renderSummaryCsv', () => {
  const rows = (): string[][] => parse(renderSummaryCsv(sampleResult()), { relax_column_count: false }) as string[][];

  it('has the contract columns and one row per item with hand-checked figures', () => {
    const [header, chain, three] = rows();
    expect(header).toEqual(['事项编码', '事项名称', '牵头部门', '环节数', '时长（工作日）', '计时时长（工作日）', '法定顺序时长（工作日）', '法定时限（工作日）', '承诺时限（工作日）', '到场次数', '发现数', '最优方案', '方案时长（工作日）', '可节省（工作日）', '受理日期', '承诺办结日', '法定办结日', '计时截止日', '最优方案计时截止日', '按承诺办结概率', '最优方案按承诺办结概率']);
    // In English the header is the contract's column keys.
    const [enHeader] = parse(renderSummaryCsv(sampleResult(), 'en')) as string[][];
    expect(enHeader).toEqual([...SUMMARY_CSV_COLUMNS]);
    expect(chain).toEqual(['CHAIN-001', '个体工商户设立登记', '区市场监督管理局', '4', '4.5', '4.5', '4.5', '15', '5', '1', '0', '', '', '0', '', '', '', '', '', '', '']);
    expect(three).toEqual(['11371400MB0000000X-001', '建设工程规划许可', '市自然资源和规划局', '8', '16', '16', '16', '20', '12', '2', '5', 'parallel+merge', '12', '4', '', '', '', '', '', '', '']);
    expect(renderSummaryCsv(sampleResult())).toMatch(/\r\n$/);
  });

  it('neutralises formula cells and keeps the hostile text otherwise intact', () => {
    const hostile = rows()[3]!;
    expect(hostile[0]).toBe(HOSTILE.itemCode);
    expect(hostile[1]).toBe(`'${HOSTILE.itemName}`);
    expect(hostile[11]).toBe("'=remove<pass-through>");
    expect(hostile[7]).toBe('');
  });

  it('no text cell of any item can start a formula', () => {
    const text = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ',', '"', 'a', '申', '＝') , maxLength: 8 });
    fc.assert(
      fc.property(text, text, (code, name) => {
        const result = sampleResult();
        result.items = [{ ...result.items[0]!, itemCode: code, itemName: name }];
        const [, row] = parse(renderSummaryCsv(result)) as string[][];
        for (const cell of [row![0]!, row![1]!]) expect(cell).not.toMatch(/^[=+\-@\t\r＝]/);
        expect([row![0]!, row![1]!].map((c) => (/^'/.test(c) && /^['][=+\-@\t\r＝]|[\t\r]/.test(c) ? c.slice(1) : c))).toEqual([code, name]);
      }),
    );
  });
});

describe('renderMarkdown', () => {
  const text = renderMarkdown(sampleResult());

  it('has the summary, department and ranking tables and per-item sections', () => {
    expect(text).toContain('| 单个事项时长中位数：现状 → 最优方案 | 4.5 个工作日 → 4.5 个工作日 |');
    expect(text).toContain('| 申请人到场次数（各事项合计）：现状 → 最优方案 | 4 → 4 |');
    expect(text).toContain('| CHAIN-001 | 个体工商户设立登记 | 在法定顺序内找不到更快的方案 |');
    expect(text).toContain('| 11371400MB0000000X-001 | 建设工程规划许可 | 16 | 并联审批＋环节合并 | 12 | 4 | 5 |');
    expect(summarizeDepartments(sampleResult()).map((d) => [d.department, d.itemsWithFasterPlan, d.medianSavingDays])).toEqual([
      ['市自然资源和规划局', 1, 4],
      [HOSTILE.attributeDepartment, 1, 1],
      ['区市场监督管理局', 0, null],
    ]);
    expect(text).toContain('| 市自然资源和规划局 | 1 | 8 | 5 | 5 | 1 | 4 |');
    expect(text).toContain('### 11371400MB0000000X-001 建设工程规划许可');
    expect(text).toContain('**关键路径（16 个工作日）**：S1 收件受理 → S2 规划初审 → S5 规划审查 → S3 消防设计审查 → S4 环境影响审查 → S6 审批决定 → S7 发证送达');
    expect(text).toContain('| 可并联审批 | S3、S4 | 环境影响审查不需要消防设计审查的结果，可并联办理。 | 3 | 0 | 0 |');
    expect(text).toContain('[现状流程图](diagrams/11371400MB0000000X-001.original.svg)');
  });

  it('keeps every table row on one line with a fixed cell count and hostile text inert', () => {
    expect(text).not.toMatch(/<script|<img|<b>/i);
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).toContain('第一行 第二行 \\| \\[链接\\](javascript:alert(4)) \\*强调\\*');
    // Every table's rows have as many cells as its header.
    const blocks = text.split('\n\n').filter((b) => b.startsWith('|'));
    for (const block of blocks) {
      const counts = block.trim().split('\n').map((l) => l.replace(/\\\|/g, '').split('|').length);
      expect(new Set(counts).size).toBe(1);
    }
  });

  it('links diagrams through diagramHref, percent-encoding the target', () => {
    const custom = renderMarkdown(sampleResult(), { diagramHref: (code, variant) => `svg/${code} (${variant}).svg` });
    expect(custom).toContain('(svg/CHAIN-001%20%28original%29.svg)');
    expect(custom).not.toContain('best).svg');
  });
});


describe('reportFormats', () => {
  it('lists json, md, csv and html, each rendering text; all but html stream for analyze --format', () => {
    expect(Object.keys(reportFormats)).toEqual(['json', 'md', 'csv', 'html']);
    expect(STREAM_FORMATS).toEqual(['json', 'md', 'csv']);
    const result = sampleResult();
    expect(renderReport('json', result)).toBe(renderJson(result));
    expect(renderReport('csv', result)).toBe(renderSummaryCsv(result));
    expect(renderReport('md', result, { diagramHref: () => 'x.svg' })).toBe(renderMarkdown(result, { diagramHref: () => 'x.svg' }));
    expect(renderReport('html', result)).toContain('未生成流程图。');
    expect(renderReport('html', result, { lang: 'en' })).toContain('No diagrams were drawn.');
    expect(Object.values(reportFormats).map((f) => f.fileName)).toEqual(['analysis.json', 'report.md', 'summary.csv', 'index.html']);
  });

  it('a streamed format written item by item equals its whole document', () => {
    // The whole document is in the report's default language; the stream is told the same one.
    const result = { ...sampleResult(), lang: 'zh-CN' as const };
    for (const name of STREAM_FORMATS) {
      const stream: FormatStream = reportFormats[name].stream;
      const pieces: string[] = [];
      const writer = stream.createWriter((piece) => pieces.push(typeof piece === 'string' ? piece : new TextDecoder().decode(piece)), { lang: result.lang });
      for (const item of result.items) writer.item(stream.renderItem(item, { includeSteps: false, pretty: false, lang: result.lang }));
      writer.end(result);
      expect(pieces.join(''), name).toBe(renderReport(name, result));
    }
  });
});
