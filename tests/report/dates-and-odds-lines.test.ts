// The report's dates and odds: the Markdown line per item and summary.csv's columns, on a small
// hand-checked item (the published PERT chain, with a parallel candidate).
import { describe, expect, it } from 'vitest';
import { addDatesAndOdds, analyzeProcedure } from '../../src/analyze/index.js';
import { builtInCalendar, parseIsoDate } from '../../src/calendar/index.js';
import { renderSummaryCsvRow, SUMMARY_CSV_COLUMNS } from '../../src/report/index.js';
import { datesAndOddsLines } from '../../src/report/dates-and-odds-lines.js';
import { makeProcedure } from '../support/procedures.js';

const item = analyzeProcedure(
  makeProcedure(
    [
      { id: 'S1', role: 'accept', durationDays: 8, durationMin: 5, durationMax: 17, outputs: ['受理单'] },
      { id: 'S2', department: '甲科', durationDays: 5, durationMin: 3, durationMax: 7, predecessors: ['S1'], inputs: ['受理单'], outputs: ['甲'] },
      { id: 'S3', department: '乙科', durationDays: 6, durationMin: 4, durationMax: 8, predecessors: ['S2'], inputs: ['受理单', '图纸'], outputs: ['乙'] },
      { id: 'S4', role: 'approve', durationDays: 4, durationMin: 3, durationMax: 5, predecessors: ['S3'], inputs: ['甲', '乙'] },
    ],
    { promised: 28, legal: 30 },
  ),
);

describe('dates and odds in the report', () => {
  it('says nothing for an item without dates or estimates', () => {
    expect(datesAndOddsLines({ ...item, candidates: [] })).toEqual([]);
  });

  it('gives the due dates and the odds before and after the best candidate, each model named', () => {
    const { item: full } = addDatesAndOdds(item, { samples: 0, seed: 1, dates: { calendar: builtInCalendar(), startDate: parseIsoDate('2026-09-30')! } });
    const best = full.candidates.find((c) => c.id === 'parallel')!;
    expect(best.durationDays).toBe(18);
    const lines = datesAndOddsLines(full);
    // Working days after 2026-09-30: 10-08, 09, 10 (调休 Saturday) = 3, 12..16 = 8, 19..23 = 13, 26..30 = 18,
    // 11-02..06 = 23, 09..13 = 28, 16, 17 = 30.
    expect(lines[0]).toBe('受理后各日期：受理日 2026-09-30，承诺办结日 2026-11-13，法定办结日 2026-11-17，计时届满日 2026-11-06（最优方案“并联审批”为 2026-10-30）。');
    expect(datesAndOddsLines(full, 'en')).toEqual([
      'Dates after 受理 (--start-date): 受理 2026-09-30, promised limit due 2026-11-13, legal limit due 2026-11-17, clock ends 2026-11-06 (best plan parallel review: 2026-10-30)',
      'P(within the promised limit) (as written → best plan parallel review): PERT 96.32% → 100.00%',
    ]);
    // PERT after: S1 → (S2 ∥ S3) → S4, mean 9 + 6 + 4 = 19 by PERT means, variance 4 + 4/9 + 1/9.
    expect(lines[1]).toBe('按承诺时限办结的概率（现状 → 最优方案“并联审批”）：PERT 估算 96.32% → 100.00%。');
    const row = renderSummaryCsvRow(full).trimEnd().split(',');
    const cell = (name: (typeof SUMMARY_CSV_COLUMNS)[number]): string => row[SUMMARY_CSV_COLUMNS.indexOf(name)]!;
    expect([cell('start_date'), cell('promised_due'), cell('legal_due'), cell('clock_end'), cell('best_clock_end')]).toEqual(['2026-09-30', '2026-11-13', '2026-11-17', '2026-11-06', '2026-10-30']);
    expect([cell('mc_p_promised'), cell('best_mc_p_promised')]).toEqual(['', '']);
  });

  it('names the Monte Carlo figures where there are some', () => {
    const { item: full } = addDatesAndOdds(item, { samples: 1000, seed: 1 });
    expect(datesAndOddsLines(full)[0]).toMatch(/^按承诺时限办结的概率（现状 → 最优方案“并联审批”）：蒙特卡洛模拟 \d+\.\d\d% → 100\.00%，PERT 估算 96\.32% → 100\.00%。$/);
    expect(datesAndOddsLines(full, 'en')[0]).toMatch(/^P\(within the promised limit\) \(as written → best plan parallel review\): Monte Carlo \d+\.\d\d% → 100\.00%, PERT 96\.32% → 100\.00%$/);
    const row = renderSummaryCsvRow(full).trimEnd().split(',');
    expect(row[SUMMARY_CSV_COLUMNS.indexOf('best_mc_p_promised')]).toBe('1');
  });
});
