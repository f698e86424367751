// limit-exceeded: clock time or promise above a limit, one finding per breach.
import { describe, expect, it } from 'vitest';
import { hearingChain } from '../../support/findings.js';

describe('limit-exceeded', () => {
  it('limit-exceeded: clock time above both limits gives one finding per breach (听证 not counted)', () => {
    const item = hearingChain(8, 12);
    expect(item.clockDays).toBe(13);
    expect(item.criticalPath.durationDays).toBe(18);
    expect(item.findings.map((f) => [f.kind, f.stepIds, f.message])).toEqual([
      ['limit-exceeded', [], 'The clock time of 13 working days exceeds the 承诺时限 of 8 days.'],
      ['limit-exceeded', [], 'The clock time of 13 working days exceeds the 法定时限 of 12 days.'],
    ]);
  });
});
