// limit-slack: a promise that the best redesign's clock time (the lawful clock where there is none)
// undercuts by a day or more; never for an item with incomplete durations.
import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../../src/analyze/index.js';
import { hearingChain } from '../../support/findings.js';
import { makeProcedure } from '../../support/procedures.js';

describe('limit-slack', () => {
  it('limit-exceeded and limit-slack: a promise above the legal limit and far above the lawful clock time', () => {
    const item = hearingChain(25, 20);
    expect(item.candidates).toEqual([]);
    expect(item.findings.map((f) => [f.kind, f.message, f.savingDays])).toEqual([
      ['limit-exceeded', 'The 承诺时限 of 25 days is longer than the 法定时限 of 20 days.', 0],
      ['limit-slack', 'The 承诺时限 of 25 days exceeds the lawful clock time, 13 days, by 12 days; the promise can be cut to 13 days.', 0],
    ]);
  });

  it('limit-slack boundary: 0.99 day over the clock time is no finding, 1 day is', () => {
    expect(hearingChain(13.99, null).findings).toEqual([]);
    expect(hearingChain(14, null).findings.map((f) => f.kind)).toEqual(['limit-slack']);
    expect(hearingChain(13, 13).findings).toEqual([]);
  });

  /** 受理 → 专家评审 (5 days, off the clock) → 甲 (4) → 乙 (3) → 审批, where only the data orders them: the best redesign runs them side by side. */
  const expertItem = (promised: number, durationMissing = false) =>
    analyzeProcedure(
      makeProcedure(
        [
          { id: 'S1', role: 'accept', durationDays: 1, outputs: ['材料'] },
          { id: 'X', role: 'expert', durationDays: 5, predecessors: ['S1'], inputs: ['材料'], outputs: ['专家意见'] },
          { id: 'S2', department: '甲', durationDays: 4, predecessors: ['X'], inputs: ['材料'], outputs: ['a'] },
          { id: 'S3', department: '乙', durationDays: 3, predecessors: ['S2'], inputs: ['材料'], outputs: ['b'], durationMissing },
          { id: 'S4', role: 'approve', durationDays: 1, predecessors: ['S3'], inputs: ['a', 'b', '专家意见'] },
        ],
        { promised },
      ),
    );

  it('limit-slack is measured against the best candidate\'s clock time, not its duration', () => {
    const item = expertItem(9);
    expect([item.lawfulDurationDays, item.lawfulClockDays]).toEqual([14, 9]);
    expect(item.candidates.map((c) => [c.id, c.durationDays, c.clockDays])).toEqual([['parallel', 7, 6]]);
    expect(item.findings.at(-1)!.message).toBe(
      'The 承诺时限 of 9 days exceeds the clock time of the best redesign (parallel), 6 days, by 3 days; the promise can be cut to 6 days.',
    );
    // 7.5 days: 1.5 days above the clock time (6), 0.5 above the duration (7).
    expect(expertItem(7.5).findings.map((f) => f.kind)).toContain('limit-slack');
  });

  it('no limit-slack for an item with incomplete durations (时限未填): its times are lower bounds', () => {
    const item = expertItem(9, true);
    expect(item.findings.map((f) => f.kind)).not.toContain('limit-slack');
    expect(item.findings.every((f) => f.savingDays === 0)).toBe(true);
    expect(item.bestCandidateId).toBe('parallel');
  });
});
