// The Gantt's date axis (--start-date): the example, 受理 on 2026-09-30 across 国庆 (10-01…07
// off, 10-10 a 调休 working Saturday), pinned day by day; the axis agrees with the calendar's own due
// dates for any offset; the chart is well-formed SVG and stays as it was without dates.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { addDatesAndOdds, analyzeProcedure } from '../../../src/analyze/index.js';
import { addWorkingDays, builtInCalendar, formatIsoDate, parseIsoDate } from '../../../src/calendar/index.js';
import type { ItemAnalysis } from '../../../src/domain/index.js';
import { importFiles } from '../../../src/import/index.js';
import { renderDiagrams, renderGanttSvg } from '../../../src/report/index.js';
import { buildDateAxis, ganttDatesOf, spanOnAxis } from '../../../src/report/diagrams/date-axis.js';

const calendar = builtInCalendar();
const START = '2026-09-30';

function analysed(startDate?: string): ItemAnalysis {
  const path = 'models/environmental-impact-approval.csv';
  const [procedure] = importFiles([{ file: path, bytes: new Uint8Array(readFileSync(path)) }]).procedures;
  const dates = startDate === undefined ? {} : { dates: { calendar, startDate: parseIsoDate(startDate)! } };
  return addDatesAndOdds(analyzeProcedure(procedure!, { lang: 'zh-CN' }), { samples: 0, seed: 1, ...dates }).item;
}

interface Element {
  name: string;
  attrs: Record<string, string>;
  text: string;
}

/** The elements of a well-formed XML document, with their own text (throws otherwise). */
function elements(xml: string): Element[] {
  const out: Element[] = [];
  const open: Element[] = [];
  const parser = new SaxesParser();
  parser.on('error', (e) => {
    throw new Error(e.message);
  });
  parser.on('opentag', (tag) => {
    const el = { name: tag.name, attrs: tag.attributes as Record<string, string>, text: '' };
    out.push(el);
    if (!tag.isSelfClosing) open.push(el);
  });
  parser.on('text', (text) => {
    const top = open[open.length - 1];
    if (top !== undefined) top.text += text;
  });
  parser.on('closetag', () => open.pop());
  parser.write(xml).close();
  return out;
}

/** Every date from `from` through `to`, ISO. */
function datesFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = parseIsoDate(from)!; d <= parseIsoDate(to)!; d++) out.push(formatIsoDate(d));
  return out;
}

describe('the date axis', () => {
  const item = analysed(START);
  const dates = ganttDatesOf(item)!;

  it('reads the dates the analysis wrote: from the 受理 date through the legal due date', () => {
    expect(dates.startDate).toBe(START);
    expect(dates.through).toBe('2026-11-03');
    expect(ganttDatesOf(analysed())).toBeUndefined();
  });

  it('2026-09-30: 国庆 and the weekends shaded, the 调休 Saturday 10-10 a working day', () => {
    const axis = buildDateAxis(dates, 20)!;
    expect(axis.days[0]).toEqual({ index: 0, iso: START, working: true });
    expect(axis.days.at(-1)!.iso).toBe('2026-11-03');
    const off = axis.days.filter((d) => !d.working).map((d) => d.iso);
    expect(off).toEqual([
      ...datesFrom('2026-10-01', '2026-10-07'),
      '2026-10-11',
      '2026-10-17',
      '2026-10-18',
      '2026-10-24',
      '2026-10-25',
      '2026-10-31',
      '2026-11-01',
    ]);
    expect(axis.days.find((d) => d.iso === '2026-10-10')!.working).toBe(true);
  });

  it('places offsets on the days they cover: a finish at t ends the ⌈t⌉-th working day, a start begins the next', () => {
    const axis = buildDateAxis(dates, 20)!;
    // Columns: 09-30 is 0, 10-08 is 8, 10-10 (调休) 10, 10-12 12, 10-13 13.
    expect(axis.finishAt(0)).toBe(1);
    expect(axis.startAt(0)).toBe(8);
    expect(axis.finishAt(1)).toBe(9);
    expect(axis.finishAt(0.5)).toBe(8.5);
    expect(axis.finishAt(3)).toBe(11); // the end of the 调休 Saturday
    expect(axis.startAt(3)).toBe(12); // Sunday 10-11 skipped
    expect(axis.finishAt(5)).toBe(14); // 2026-09-30 + 5 = 2026-10-13, the check
    expect(axis.finishAt(15)).toBe(28); // 承诺时限: 10-27
    expect(axis.finishAt(20)).toBe(35); // 法定时限: 11-03
    // 0.1 + 0.2 + 0.7 is one day, not two.
    expect(axis.finishAt(0.1 + 0.2 + 0.7)).toBe(9);
    // A span of no time is a point at its finish; a wait of half a day then work.
    expect(spanOnAxis(axis, 0, 0)).toEqual([1, 1]);
    expect(spanOnAxis(axis, 1, 1.5)).toEqual([9, 9.5]);
    expect(spanOnAxis(axis, 1.5, 6.5)).toEqual([9.5, 15.5]);
  });

  it('agrees with the calendar: the day a finish falls on is the due date, and starts never precede finishes', () => {
    // A year's axis from Monday 2026-01-05 through 春节, 清明, 劳动节, 端午, 中秋 and 国庆 with their 调休 days.
    const year = { startDate: '2026-01-05', through: '2026-12-31', nonWorkingDays: datesFrom('2026-01-05', '2026-12-31').filter((d) => !isWorking(d)) };
    // Through offset 201: a start at a whole t begins working day t + 1, which must be on the axis.
    const axis = buildDateAxis(year, 201)!;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (hundredths) => {
        const t = hundredths / 100;
        const finish = axis.finishAt(t);
        const day = axis.days[Math.ceil(finish - 1e-9) - 1]!;
        expect(day.iso).toBe(formatIsoDate(addWorkingDays(calendar, parseIsoDate('2026-01-05')!, t)));
        expect(axis.startAt(t)).toBeGreaterThanOrEqual(finish - 1e-9);
        if (t > 0) expect(day.working).toBe(true);
        expect(axis.finishAt(t + 0.01)).toBeGreaterThan(finish);
      }),
    );
  });

  it('is null when the dates do not reach the chart (a date beyond the calendar was left out)', () => {
    expect(buildDateAxis(dates, 21)).toBeNull();
    expect(buildDateAxis({ ...dates, startDate: '2026-02-30' }, 5)).toBeNull();
    expect(buildDateAxis(dates, Number.NaN)).toBeNull();
  });
});

function isWorking(iso: string): boolean {
  const day = parseIsoDate(iso)!;
  // A day is working when counting one working day from the day before lands on it.
  return addWorkingDays(calendar, day - 1, 1) === day;
}

describe('the Gantt chart with dates', () => {
  it('2026-09-30: shaded runs, bars and limit lines on the calendar days, as well-formed SVG', async () => {
    const item = analysed(START);
    const svg = (await renderDiagrams(item, { lang: 'en' })).gantt;
    const els = elements(svg);
    for (const el of els) for (const value of Object.values(el.attrs)) expect(value).not.toMatch(/NaN|Infinity/);
    const shaded = els.filter((e) => e.attrs.class === 'non-working');
    // Two panels (as written, the best plan), each with the same five runs.
    const runs = shaded.map((e) => `${e.attrs['data-from']}…${e.attrs['data-to']}`);
    const once = ['2026-10-01…2026-10-07', '2026-10-11…2026-10-11', '2026-10-17…2026-10-18', '2026-10-24…2026-10-25', '2026-10-31…2026-11-01'];
    expect(runs).toEqual([...once, ...once]);
    // The scale from the first run: 10-01 is column 1, seven days wide.
    const first = shaded[0]!.attrs;
    const px = Number(first.width) / 7;
    const x0 = Number(first.x) - px;
    const column = (x: number): number => Math.round(((x - x0) / px) * 100) / 100;
    const bar = (id: string, kind: 'wait' | 'work'): [number, number] => {
      const g = els.findIndex((e) => e.name === 'g' && e.attrs['data-step-id'] === id);
      const rect = els.slice(g).find((e) => e.name === 'rect' && e.attrs.class === kind)!;
      return [column(Number(rect.attrs.x)), column(Number(rect.attrs.x) + Number(rect.attrs.width))];
    };
    // S2 受理 (offset 0 → 1) fills 10-08; S3 受理公示 (1 → 6) runs 10-09 through 10-14 across Sunday 10-11;
    // S4 waits half a day then works to the middle of 10-15 (6.5 working days).
    expect(bar('S2', 'work')).toEqual([8, 9]);
    expect(bar('S3', 'work')).toEqual([9, 15]);
    expect(bar('S4', 'wait')).toEqual([9, 9.5]);
    expect(bar('S4', 'work')).toEqual([9.5, 15.5]);
    // The limits at the end of their due dates: 承诺 15 → 10-27, 法定 20 → 11-03.
    // Each limit is a group: its line, then its label.
    const limit = (key: string): number => column(Number(els[els.findIndex((e) => e.attrs.class === `limit ${key}`) + 1]!.attrs.x1));
    expect(limit('promised')).toBe(28);
    expect(limit('legal')).toBe(35);
    const texts = els.filter((e) => e.name === 'text').map((e) => e.text);
    expect(texts.filter((t) => t === 'dates (accepted 2026-09-30)')).toHaveLength(2);
    expect(texts).toContain('09-30');
    expect(texts).toContain('non-working day (weekend, public holiday)');
    const tips = els.filter((e) => e.name === 'title').map((e) => e.text);
    expect(tips.find((t) => t.startsWith('S3 '))).toContain('2026-10-09 → 2026-10-14');
  });

  it('in Chinese: the axis names the 受理 date, the legend the shading', async () => {
    const svg = (await renderDiagrams(analysed(START))).gantt;
    const texts = elements(svg).filter((e) => e.name === 'text').map((e) => e.text);
    expect(texts).toContain('日期（2026-09-30 受理）');
    expect(texts).toContain('非工作日（周末、法定节假日）');
  });

  it('without dates, or with dates that do not reach the chart, the working-day axis as before', async () => {
    const plain = await renderDiagrams(analysed());
    expect(plain.gantt).not.toContain('non-working');
    expect(plain.gantt).toContain('自开始起的工作日');
    const item = analysed(START);
    const panel = { heading: 'h', steps: item.steps, schedule: item.schedule };
    const short = { ...ganttDatesOf(item)!, through: '2026-10-20' };
    const limits = { promisedLimitDays: item.promisedLimitDays, legalLimitDays: item.legalLimitDays };
    expect(renderGanttSvg([panel], { ...limits, dates: short })).toBe(renderGanttSvg([panel], limits));
  });
});
