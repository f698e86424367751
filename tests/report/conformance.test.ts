// The case-log part of a report: the JSON document (case-log.md keys, one case per line, parses back
// to the result), Markdown and HTML tables and the two SVG charts; hostile text from the procedure
// or the log (item and step names, an unknown activity) stays inert everywhere.
import { describe, expect, it } from 'vitest';
import type { CaseEvent, ConformanceResult, LogCase } from '../../src/domain/index.js';
import { builtInCalendar } from '../../src/calendar/index.js';
import { checkConformance } from '../../src/conformance/index.js';
import { renderConformanceHtml, renderConformanceJson, renderConformanceMarkdown, renderConformanceSection, renderLeadTimeSvg, renderObservedStepsSvg } from '../../src/report/index.js';
import { makeProcedure } from '../support/procedures.js';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';

function result(): ConformanceResult {
  const procedure = { ...makeProcedure([{ id: 'A', name: SCRIPT }, { id: 'B', predecessors: ['A'], name: '审核|**x**' }]), itemName: IMG, promisedLimitDays: 1, legalLimitDays: 2 };
  const event = (activity: string, hour: number, k: number): CaseEvent => ({ activity, time: Date.UTC(2026, 2, 2, hour), lifecycle: 'complete', resource: '', department: '', order: k });
  const cases: LogCase[] = [
    { caseId: 'C1', itemCode: 'T-001', events: [event('A', 1, 0), event(IMG, 2, 1), event('B', 3, 2)], source: { file: 'log.csv', line: 2 } },
    { caseId: 'C2', itemCode: 'T-001', events: [event('A', 1, 3), event('B', 30, 4)], source: { file: 'log.csv', line: 5 } },
  ];
  const run = checkConformance([procedure], cases, { calendar: builtInCalendar() });
  return { schemaVersion: 1, lang: 'zh-CN', items: run.items, summary: run.summary, errors: [], warnings: [] };
}

describe('conformance JSON', () => {
  it('parses back to the result, keys in the contract order, one case result per line', () => {
    const r = result();
    const text = renderConformanceJson(r);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(r)));
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['schemaVersion', 'lang', 'items', 'summary', 'errors', 'warnings']);
    expect(Object.keys((JSON.parse(text) as ConformanceResult).items[0]!).slice(0, 2)).toEqual(['itemCode', 'itemName']);
    expect(text.split('\n').filter((l) => l.trimStart().startsWith('{"caseId"'))).toHaveLength(2);
  });
  it('an empty result is valid JSON', () => {
    const empty: ConformanceResult = { schemaVersion: 1, lang: 'zh-CN', items: [], summary: { items: 0, cases: 0, fittingCases: 0, unalignedCases: 0, logFitness: null, averageFitness: null }, errors: [], warnings: [] };
    expect(JSON.parse(renderConformanceJson(empty))).toEqual(empty);
  });
});

describe('hostile text stays inert', () => {
  const r = result();
  it('HTML page and index section', () => {
    for (const html of [renderConformanceHtml(r), renderConformanceSection(r)]) {
      expect(html).not.toContain(SCRIPT);
      expect(html).not.toContain('<img');
    }
    expect(renderConformanceHtml(r)).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
  it('Markdown', () => {
    const md = renderConformanceMarkdown(r);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<script');
    expect(md).toContain('审核\\|\\*\\*x\\*\\*');
  });
  it('SVG charts', () => {
    const item = r.items[0]!;
    for (const svg of [renderObservedStepsSvg(item), renderLeadTimeSvg(item)]) {
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).not.toMatch(/<script|<img|\son\w+\s*=\s*["']/);
    }
    expect(renderLeadTimeSvg(item)).toContain('承诺时限 1');
  });
});
