// limit-exceeded: the lawful clock time or the promise above a limit, one finding per breach.
import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../../src/analyze/index.js';
import { hearingChain } from '../../support/findings.js';
import { makeProcedure } from '../../support/procedures.js';

describe('limit-exceeded', () => {
  it('limit-exceeded: the lawful clock time above both limits gives one finding per breach (听证 not counted)', () => {
    const item = hearingChain(8, 12);
    expect(item.clockDays).toBe(13);
    expect(item.criticalPath.durationDays).toBe(18);
    expect(item.findings.map((f) => [f.kind, f.stepIds, f.message])).toEqual([
      ['limit-exceeded', [], 'The lawful clock time of 13 working days exceeds the 承诺时限 of 8 days.'],
      ['limit-exceeded', [], 'The lawful clock time of 13 working days exceeds the 法定时限 of 12 days.'],
    ]);
  });

  it('is held against the lawful clock: a 公示 the written order lets the decision overtake still counts', () => {
    // C04's shape: the clock as written is 7 days, the lawful clock 8.
    const item = analyzeProcedure(
      makeProcedure(
        [
          { id: 'S1', role: 'accept', durationDays: 1 },
          { id: 'S2', department: '科', durationDays: 3, predecessors: ['S1'] },
          { id: 'S3', role: 'publicize', durationDays: 5, predecessors: ['S1'] },
          { id: 'S4', department: '局', role: 'approve', durationDays: 1, predecessors: ['S2'] },
          { id: 'S5', role: 'deliver', durationDays: 1, predecessors: ['S4', 'S3'] },
        ],
        { promised: 7.5 },
      ),
    );
    expect([item.clockDays, item.lawfulClockDays]).toEqual([7, 8]);
    expect(item.findings.map((f) => f.kind)).toEqual(['limit-exceeded', 'order-gap']);
  });
});
