// limit-slack: a promise that the fastest redesign's clock time undercuts by a day or more.
import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../../src/analyze/index.js';
import { hearingChain } from '../../support/findings.js';
import { makeProcedure } from '../../support/procedures.js';

describe('limit-slack', () => {
  it('limit-exceeded and limit-slack: a promise above the legal limit and far above the clock time', () => {
    const item = hearingChain(25, 20);
    expect(item.candidates).toEqual([]);
    expect(item.findings.map((f) => [f.kind, f.message, f.savingDays])).toEqual([
      ['limit-exceeded', 'The 承诺时限 of 25 days is longer than the 法定时限 of 20 days.', 0],
      ['limit-slack', 'The 承诺时限 of 25 days exceeds the item’s clock time, 13 days, by 12 days; the promise can be cut to 13 days.', 0],
    ]);
  });

  it('limit-slack boundary: 0.99 day over the clock time is no finding, 1 day is', () => {
    expect(hearingChain(13.99, null).findings).toEqual([]);
    expect(hearingChain(14, null).findings.map((f) => f.kind)).toEqual(['limit-slack']);
    expect(hearingChain(13, 13).findings).toEqual([]);
  });

  it('limit-slack is measured against the fastest candidate', () => {
    const item = analyzeProcedure(
      makeProcedure(
        [
          { id: 'S1', role: 'accept', durationDays: 1, outputs: ['材料'] },
          { id: 'S2', department: 'A', durationDays: 4, predecessors: ['S1'], inputs: ['材料'], outputs: ['a'] },
          { id: 'S3', department: 'B', durationDays: 3, predecessors: ['S2'], inputs: ['材料', '图纸'], outputs: ['b'] },
          { id: 'S4', role: 'approve', durationDays: 1, predecessors: ['S3'], inputs: ['a', 'b'] },
        ],
        { promised: 9 },
      ),
    );
    expect(item.clockDays).toBe(9);
    expect(item.candidates.map((c) => [c.id, c.clockDays])).toEqual([['parallel', 6]]);
    expect(item.findings.at(-1)!.message).toBe(
      'The 承诺时限 of 9 days exceeds the clock time of the fastest redesign (parallel), 6 days, by 3 days; the promise can be cut to 6 days.',
    );
  });
});
