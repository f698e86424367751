// Case logs in: CSV (Chinese headers, both timestamp layouts, lifecycle words, timestamps in China
// time unless an offset is given) and XES (streamed in small chunks, <global> defaults, lifecycle
// transitions passed over); one fixture per diagnostic code; the CSV and XES forms of one log give
// the same cases and the same conformance.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInCalendar } from '../../src/calendar/index.js';
import { checkConformance } from '../../src/conformance/index.js';
import { encodeText, formatDiagnostic, importCaseLogs, logSourceOf, openLogSources, parseTimestamp } from '../../src/import/index.js';
import { makeProcedure } from '../support/procedures.js';
import { CASE_LOG_CASES } from './case-log-cases.js';

const fixture = (name: string) => logSourceOf(name, new Uint8Array(readFileSync(new URL(`../fixtures/caselog/${name}`, import.meta.url))));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('parseTimestamp', () => {
  it.each([
    ['2026-03-02T09:30:00+08:00', Date.UTC(2026, 2, 2, 1, 30)],
    ['2026-03-02T01:30:00Z', Date.UTC(2026, 2, 2, 1, 30)],
    ['2026-03-02T09:30:00.250', Date.UTC(2026, 2, 2, 1, 30, 0, 250)],
    ['2026-03-02 09:30', Date.UTC(2026, 2, 2, 1, 30)],
    ['2026-03-02 09:30:15', Date.UTC(2026, 2, 2, 1, 30, 15)],
    ['2026/3/2 9:30', Date.UTC(2026, 2, 2, 1, 30)],
    ['2026-03-02', Date.UTC(2026, 2, 1, 16)],
    ['2026-03-02T09:30:00-0500', Date.UTC(2026, 2, 2, 14, 30)],
  ])('%s', (text, expected) => {
    expect(parseTimestamp(text)).toBe(expected);
  });
  it.each(['2026-02-30 09:00', '2026-03-02 24:00', '2026-03-02T09:60', '02/03/2026 09:00', '2026年3月2日', '', 'now'])('rejects %s', (text) => {
    expect(parseTimestamp(text)).toBeUndefined();
  });
});

describe('CSV logs', () => {
  it('reads Chinese headers, GBK, start/complete rows and orders events by time, ties by file order', () => {
    const text = '办件编号,事项编码,环节,办理时间,状态,经办人,承办部门\nC1,T-001,审核,2026/3/2 10:00,开始,张三,审批科\nC1,T-001,受理,2026-03-02 09:00,完成,李四,综合窗口\nC1,T-001,审核,2026-03-02 11:00,完成,张三,审批科\nC1,T-001,审批,2026-03-02 11:00,,王五,审批科\n';
    const { cases, diagnostics } = importCaseLogs([logSourceOf('log.csv', encodeText(text, 'gbk'))], { lang: 'en', encoding: 'auto' });
    expect(diagnostics).toEqual([]);
    expect(cases).toHaveLength(1);
    expect(cases[0]!.events.map((e) => [e.activity, e.lifecycle, e.resource, e.department])).toEqual([
      ['受理', 'complete', '李四', '综合窗口'],
      ['审核', 'start', '张三', '审批科'],
      ['审核', 'complete', '张三', '审批科'],
      ['审批', 'complete', '王五', '审批科'],
    ]);
  });
  it('reads start_time/end_time rows as a start and a completion', () => {
    const text = 'case_id\titem_code\tactivity\tstart_time\tend_time\nC1\tT-001\tA\t2026-03-02 09:00\t2026-03-02 10:00\nC1\tT-001\tB\t\t2026-03-02 11:00\n';
    const { cases } = importCaseLogs([logSourceOf('log.tsv', utf8(text))], { lang: 'en', encoding: 'auto' });
    expect(cases[0]!.events.map((e) => [e.activity, e.lifecycle, e.time])).toEqual([
      ['A', 'start', Date.UTC(2026, 2, 2, 1)],
      ['A', 'complete', Date.UTC(2026, 2, 2, 2)],
      ['B', 'complete', Date.UTC(2026, 2, 2, 3)],
    ]);
  });
  it('gathers one case across files', () => {
    const a = 'case_id,item_code,activity,timestamp\nC1,T-001,A,2026-03-02 09:00\n';
    const b = 'case_id,item_code,activity,timestamp\nC1,T-001,B,2026-03-02 08:00\n';
    const { cases } = importCaseLogs([logSourceOf('a.csv', utf8(a)), logSourceOf('b.csv', utf8(b))], { lang: 'en', encoding: 'auto' });
    expect(cases.map((c) => [c.caseId, c.events.map((e) => e.activity)])).toEqual([['C1', ['B', 'A']]]);
  });
  it('a missing log file is UNREADABLE_FILE', () => {
    const { sources, diagnostics } = openLogSources(['/nonexistent/log.csv'], 'en');
    expect(sources).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['UNREADABLE_FILE', 0]]);
  });
});

describe('one fixture per diagnostic code', () => {
  it.each(CASE_LOG_CASES)('$file: $code at line $line, good rows kept', ({ file, code, line, column, kept }) => {
    const { cases, diagnostics } = importCaseLogs([fixture(file)], { lang: 'en', encoding: 'auto' });
    const d = diagnostics.find((x) => x.code === code);
    expect(d, diagnostics.map((d) => formatDiagnostic(d, 'en')).join('\n')).toBeDefined();
    expect(d!.line).toBe(line);
    if (column !== undefined) expect(d!.column).toBe(column);
    expect(cases.flatMap((c) => c.events.map((e) => e.activity))).toEqual(kept);
  });
  it('XES problems name the trace and the event', () => {
    const d = importCaseLogs([fixture('bad-timestamp.xes')], { lang: 'en', encoding: 'auto' }).diagnostics[0]!;
    expect(formatDiagnostic(d, 'en')).toBe(
      'bad-timestamp.xes:6: time:timestamp: trace 1, event 2 (case C1): time:timestamp must be an xs:dateTime such as 2026-03-02T09:30:00+08:00, got "yesterday"; the event is left out (BAD_TIMESTAMP)',
    );
  });
});

/** One log in both forms: the item's steps by name and by id, a start event, a conditional step, a deviation. */
const CSV_LOG = [
  '事项编码,办件编号,环节,时间,状态',
  'T-001,C1,受理,2026-09-30 09:00,开始',
  'T-001,C1,受理,2026-09-30 10:00,完成',
  'T-001,C1,B,2026-10-08 09:00,完成',
  'T-001,C1,C,2026-10-08 15:30,完成',
  'T-001,C2,A,2026-03-02 09:00:00,完成',
  'T-001,C2,C,2026-03-03 09:00:00,完成',
  'T-001,C2,盖章,2026-03-03 10:00:00,完成',
].join('\n');

const xesEvent = (name: string, time: string, transition = 'complete'): string =>
  `<event><string key="concept:name" value="${name}"/><date key="time:timestamp" value="${time}"/><string key="lifecycle:transition" value="${transition}"/></event>`;
const XES_LOG = `<?xml version="1.0" encoding="UTF-8"?>
<log xes.version="1.0" xmlns="http://www.xes-standard.org/">
<extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
<trace><string key="concept:name" value="C1"/><string key="item_code" value="T-001"/>
${xesEvent('受理', '2026-09-30T09:00:00.000+08:00', 'start')}
${xesEvent('受理', '2026-09-30T09:30:00.000+08:00', 'schedule')}
${xesEvent('受理', '2026-09-30T02:00:00.000Z')}
${xesEvent('B', '2026-10-08T09:00:00+08:00')}
${xesEvent('C', '2026-10-08T15:30:00+08:00')}
</trace>
<trace><string key="concept:name" value="C2"/>
${xesEvent('A', '2026-03-02T09:00:00+08:00')}
${xesEvent('C', '2026-03-03T09:00:00+08:00')}
${xesEvent('盖章', '2026-03-03T10:00:00+08:00')}
</trace>
</log>`;

describe('XES encodings', () => {
  const body = (declared: string): string =>
    `<?xml version="1.0" encoding="${declared}"?>\n<log><trace><string key="concept:name" value="办件1"/><string key="item_code" value="T-001"/>` +
    `<event><string key="concept:name" value="受理"/><date key="time:timestamp" value="2026-03-02T09:00:00+08:00"/></event></trace></log>`;
  const activities = (bytes: Uint8Array): string[][] =>
    importCaseLogs([logSourceOf('log.xes', bytes, 5)], { lang: 'en', encoding: 'auto' }).cases.map((c) => [c.caseId, ...c.events.map((e) => e.activity)]);

  it('reads a log that declares GBK', () => {
    expect(activities(encodeText(body('GBK'), 'gbk'))).toEqual([['办件1', '受理']]);
  });
  it('reads UTF-16 with a byte-order mark', () => {
    expect(activities(encodeText(body('UTF-16'), 'utf-16le', true))).toEqual([['办件1', '受理']]);
  });
});

describe('XES and CSV forms of the same log', () => {
  const procedure = makeProcedure([{ id: 'A', name: '受理' }, { id: 'B', predecessors: ['A'], condition: '需要时' }, { id: 'C', predecessors: ['B'] }]);
  const csv = importCaseLogs([logSourceOf('log.csv', utf8(CSV_LOG))], { lang: 'en', encoding: 'auto' });
  // Chunks of 7 bytes cut through tags and multi-byte characters.
  const xes = importCaseLogs([logSourceOf('log.xes', utf8(XES_LOG), 7)], { lang: 'en', encoding: 'auto', itemCode: 'T-001' });

  it('give the same cases and events', () => {
    expect(xes.diagnostics).toEqual([]);
    const shape = (r: typeof csv) => r.cases.map((c) => [c.caseId, c.itemCode, c.events.map((e) => [e.activity, e.lifecycle, e.time])]);
    expect(shape(xes)).toEqual(shape(csv));
  });
  it('give identical conformance', () => {
    const calendar = builtInCalendar();
    const a = checkConformance([procedure], csv.cases, { lang: 'en', calendar });
    const b = checkConformance([procedure], xes.cases, { lang: 'en', calendar });
    expect(b.items).toEqual(a.items);
    expect(a.items[0]!.caseResults.map((r) => [r.caseId, r.cost, r.leadTimeDays])).toEqual([
      ['C1', 0, 1.27],
      ['C2', 1, 1.04],
    ]);
  });
});
