// The stage after the analysis: an item's due dates on the working-day calendar and the odds of its
// three-point estimates, pinned on small hand-checked items.

import { describe, expect, it } from 'vitest';
import { addDatesAndOdds, analyzeProcedure, checkStartDate } from '../../../src/analyze/index.js';
import { builtInCalendar, parseIsoDate } from '../../../src/calendar/index.js';
import { MONTE_CARLO_MODEL, PERT_MODEL, type ItemAnalysis, type Lang } from '../../../src/domain/index.js';
import { makeProcedure, type StepInit } from '../../support/procedures.js';

const calendar = builtInCalendar();
const day = (iso: string): number => parseIsoDate(iso)!;
const dated = (item: ItemAnalysis, start: string, lang: Lang = 'en') => addDatesAndOdds(item, { samples: 0, seed: 1, dates: { calendar, startDate: day(start) } }, lang);

/** A certain chain of the given days, with the limits. */
const chain = (days: readonly number[], limits: { promised?: number; legal?: number }): ItemAnalysis =>
  analyzeProcedure(
    makeProcedure(
      days.map((d, i) => ({ id: `S${i + 1}`, role: i === 0 ? 'accept' : 'review', durationDays: d, ...(i > 0 ? { predecessors: [`S${i}`] } : {}) })),
      limits,
    ),
  );

describe('dates of an item', () => {
  it('counts due dates across the 2026 National Day with its 调休 Saturday', () => {
    // 10-01..07 国庆节 and 中秋; 10-10 (Saturday) is a working day: 5 working days after 09-30 end on 10-13.
    const { item, problem } = dated(chain([2, 3], { promised: 5, legal: 20 }), '2026-09-30');
    expect(problem).toBeNull();
    expect(item.dates).toMatchObject({ startDate: '2026-09-30', promisedDue: '2026-10-13', criticalPathEnd: '2026-10-13', clockEnd: '2026-10-13', calendarCoveredThrough: 2026 });
    // 20 working days: 10-08, 09, 10(Sat), 12, 13, 14, 15, 16, 19..23, 26..30, 11-02, 11-03.
    expect(item.dates!.legalDue).toBe('2026-11-03');
    expect(item.schedule.map((e) => [e.stepId, e.earliestStartDate, e.earliestFinishDate])).toEqual([
      ['S1', '2026-09-30', '2026-10-09'],
      ['S2', '2026-10-09', '2026-10-13'],
    ]);
    expect(item.dates!.nonWorkingDays).toEqual([
      '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07', '2026-10-11', '2026-10-17', '2026-10-18', '2026-10-24', '2026-10-25', '2026-10-31', '2026-11-01']);
  });

  it('counts across the 2024 National Day (调休 Sunday 09-29 and Saturday 10-12)', () => {
    // 国办发明电〔2023〕7号: 10-01..07 off; 09-29 (Sun) and 10-12 (Sat) work.
    // 09-27 (Fri) + 1 = 09-29; + 2 = 09-30; + 3 = 10-08; + 6 = 10-11; + 7 = 10-12.
    const { item } = dated(chain([1, 1, 1, 3, 1], { promised: 7 }), '2024-09-27');
    expect(item.schedule.map((e) => e.earliestFinishDate)).toEqual(['2024-09-29', '2024-09-30', '2024-10-08', '2024-10-11', '2024-10-12']);
    expect(item.dates!.promisedDue).toBe('2024-10-12');
  });

  it('counts across the 2025 Spring Festival (调休 Sunday 01-26, Saturday 02-08)', () => {
    // 国办发〔2024〕12号: 01-28..02-04 off; 01-26 (Sun) and 02-08 (Sat) work.
    // 01-24 (Fri) + 1 = 01-26; + 2 = 01-27; + 3 = 02-05; + 6 = 02-08; + 7 = 02-10.
    const { item } = dated(chain([3, 3, 1], { promised: 7, legal: 6 }), '2025-01-24');
    expect(item.dates).toMatchObject({ promisedDue: '2025-02-10', legalDue: '2025-02-08' });
    expect(item.schedule.map((e) => e.earliestFinishDate)).toEqual(['2025-02-05', '2025-02-08', '2025-02-10']);
  });

  it('dates the candidates like the item', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept', durationDays: 1 },
        { id: 'S2', durationDays: 3, predecessors: ['S1'], outputs: ['甲'] },
        { id: 'S3', durationDays: 2, predecessors: ['S2'], outputs: ['乙'] },
        { id: 'S4', role: 'approve', durationDays: 1, predecessors: ['S3'], inputs: ['甲', '乙'] },
      ]),
    );
    const { item: withDates } = dated(item, '2026-09-30');
    for (const c of withDates.candidates) expect(c.dates?.criticalPathEnd).toMatch(/^2026-1\d-\d\d$/);
  });

  it('keeps a dated candidate whole: its fields, and its steps as the undated candidate builds them', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept', durationDays: 1 },
        { id: 'S2', durationDays: 3, predecessors: ['S1'], outputs: ['甲'] },
        { id: 'S3', durationDays: 2, predecessors: ['S2'], outputs: ['乙'] },
        { id: 'S4', role: 'approve', durationDays: 1, predecessors: ['S3'], inputs: ['甲', '乙'] },
      ]),
    );
    const { item: withDates } = dated(item, '2026-09-30');
    expect(withDates.candidates.length).toBeGreaterThan(0);
    withDates.candidates.forEach((c, k) => {
      const { dates, ...rest } = c;
      expect(dates).toBeDefined();
      expect(rest).toEqual(item.candidates[k]);
      expect(c.steps.map((s) => s.id)).toEqual(item.candidates[k]!.steps.map((s) => s.id));
    });
    // Dating twice from another start leaves the first result as it was.
    const again = dated(item, '2026-03-02').item;
    expect(again.candidates[0]!.dates).not.toEqual(withDates.candidates[0]!.dates);
    expect(withDates.candidates[0]!.dates!.criticalPathEnd).toMatch(/^2026-1\d-\d\d$/);
    // A dated item dated again takes the new dates.
    const redated = dated(withDates, '2026-03-02').item;
    expect(redated.dates).toEqual(again.dates);
    expect(redated.schedule).toEqual(again.schedule);
    expect(redated.candidates.map((c) => c.dates)).toEqual(again.candidates.map((c) => c.dates));
  });

  it('leaves dates beyond the calendar out and says so, never counting an ordinary week', () => {
    const { item, problem } = dated(chain([1, 30], { promised: 5, legal: 40 }), '2026-12-21');
    expect(item.dates!.promisedDue).toBe('2026-12-28');
    expect(item.dates!.legalDue).toBeNull();
    expect(item.dates!.clockEnd).toBeNull();
    expect(problem).toContain('legalDue (法定时限)');
    expect(problem).toContain('last covered year 2026');
    expect(problem).toContain('--calendar');
    expect(dated(chain([1, 30], { promised: 5, legal: 40 }), '2026-12-21', 'zh-CN').problem).toBe(
      '超出工作日历范围的日期未予推算（各环节起止日期、法定办结日、关键路径完成日、计时届满日）：自 2026-12-21 起算 31 个工作日，届满日在 2026 年之后：' +
        '2027-01-01 超出工作日历范围（日历涵盖 2020—2026 年，最后涵盖至 2026 年；内置节假日表止于 2026 年）；请用 --calendar 文件给出 2027 年的节假日和调休上班日，并声明该年为全年',
    );
  });

  it('rejects a start date outside the calendar', () => {
    expect(() => checkStartDate(calendar, day('2027-01-04'))).toThrow(/--calendar/);
    expect(() => dated(chain([1], {}), '2019-12-31')).toThrow(/last covered year 2026/);
  });
});

/** The published PERT example: a chain (5,8,17), (3,5,7), (4,6,8), (3,4,5). */
const pertChain = (limits: { promised?: number; legal?: number }, extra: Partial<StepInit>[] = []): ItemAnalysis => {
  const points = [
    [5, 8, 17],
    [3, 5, 7],
    [4, 6, 8],
    [3, 4, 5],
  ] as const;
  return analyzeProcedure(
    makeProcedure(
      points.map(([a, m, b], i) => ({
        id: `S${i + 1}`,
        role: i === 0 ? 'accept' : 'review',
        durationDays: m,
        durationMin: a,
        durationMax: b,
        ...(i > 0 ? { predecessors: [`S${i}`] } : {}),
        ...extra[i],
      })),
      limits,
    ),
  );
};

describe('odds of an item', () => {
  it('gives PERT mean 24, variance 5 and P(T ≤ 28) = Φ(4/√5) on the published chain', () => {
    const { item } = addDatesAndOdds(pertChain({ promised: 28, legal: 24 }), { samples: 0, seed: 1 });
    const pert = item.uncertainty!.pert;
    expect(pert).toMatchObject({ model: PERT_MODEL, stepIds: ['S1', 'S2', 'S3', 'S4'], meanDays: 24, varianceDays: 5 });
    // Φ(1.78885) = 0.96318 (the textbook rounds z to 1.79 and reads 0.9633); Φ(0) = 0.5.
    expect(pert.pPromised).toBe(0.9632);
    expect(pert.pLegal).toBe(0.5);
    expect(item.uncertainty!.monteCarlo).toBeUndefined();
  });

  it('holds the limits against the clock: a step off the clock weighs 0', () => {
    // S2 as an expert review (Art. 45): the clock's path is S1, S3, S4: mean 19 (9 + 6 + 4), variance 4 + 4/9 + 1/9.
    const { item } = addDatesAndOdds(pertChain({ promised: 19 }, [{}, { role: 'expert', countsTowardLimit: false }]), { samples: 0, seed: 1 });
    const pert = item.uncertainty!.pert;
    expect(pert.meanDays).toBe(24);
    expect(pert.clock.meanDays).toBe(19);
    expect(pert.clock.varianceDays).toBe(4.5556);
    expect(pert.pPromised).toBe(0.5);
  });

  it('gives the same Monte Carlo figures for the same seed and others for another seed', () => {
    const item = pertChain({ promised: 28, legal: 24 });
    const a = addDatesAndOdds(item, { samples: 2000, seed: 7 }).item.uncertainty!.monteCarlo!;
    const b = addDatesAndOdds(item, { samples: 2000, seed: 7 }).item.uncertainty!.monteCarlo!;
    const c = addDatesAndOdds(item, { samples: 2000, seed: 8 }).item.uncertainty!.monteCarlo!;
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    expect(a).toMatchObject({ model: MONTE_CARLO_MODEL, samples: 2000, seed: 7 });
    // A chain: every step is critical in every run; the mean is the sum of the Beta-PERT means, 24.
    expect(a.criticality).toEqual({ S1: 1, S2: 1, S3: 1, S4: 1 });
    expect(Math.abs(a.meanDays - 24)).toBeLessThan(0.2);
    expect(a.clock.cdf).toHaveLength(21);
    expect(a.clock.cdf[0]).toBeGreaterThanOrEqual(15);
    expect(a.clock.cdf[20]).toBeLessThanOrEqual(37);
  });

  it('gives exact probabilities where the limit lies outside the range of the time', () => {
    // 受理 2..4 days, then 5 certain days: the time lies in [7, 9]; within 9 always, within 6 never.
    const item = analyzeProcedure(
      makeProcedure(
        [
          { id: 'S1', role: 'accept', durationDays: 3, durationMin: 2, durationMax: 4 },
          { id: 'S2', role: 'approve', durationDays: 5, predecessors: ['S1'] },
        ],
        { promised: 9, legal: 6 },
      ),
    );
    const mc = addDatesAndOdds(item, { samples: 500, seed: 3 }).item.uncertainty!.monteCarlo!;
    expect(mc.pPromised).toBe(1);
    expect(mc.pLegal).toBe(0);
    expect(mc.clock.cdf[0]).toBeGreaterThanOrEqual(7);
    expect(mc.clock.cdf[20]).toBeLessThanOrEqual(9);
  });

  it('estimates every candidate from the estimates of the steps it keeps or merges', () => {
    const item = analyzeProcedure(
      makeProcedure(
        [
          { id: 'S1', role: 'accept', durationDays: 1 },
          { id: 'S2', durationDays: 3, durationMin: 2, durationMax: 6, predecessors: ['S1'], outputs: ['甲'] },
          { id: 'S3', durationDays: 2, durationMin: 1, durationMax: 3, predecessors: ['S2'], outputs: ['乙'] },
          { id: 'S4', role: 'approve', durationDays: 1, predecessors: ['S3'], inputs: ['甲', '乙'] },
        ],
        { promised: 7 },
      ),
    );
    const { item: estimated } = addDatesAndOdds(item, { samples: 200, seed: 1 });
    expect(estimated.candidates.length).toBeGreaterThan(0);
    for (const c of estimated.candidates) {
      expect(c.uncertainty?.pert.model).toBe(PERT_MODEL);
      expect(c.uncertainty?.monteCarlo?.samples).toBe(200);
    }
  });

  it('leaves an item without uncertain steps alone', () => {
    const item = chain([1, 2], { promised: 5 });
    expect(addDatesAndOdds(item, { samples: 100, seed: 1 }).item).toBe(item);
  });
});
