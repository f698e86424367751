import { describe, expect, it } from 'vitest';
import { analyzeProcedure, summarizeItems } from '../../src/analyze/index.js';
import { makeProcedure } from '../support/procedures.js';

describe('summary', () => {
  it('adds exact hundredths of the lawful durations and the best candidates, over items with complete durations only', () => {
    const serial = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept', durationDays: 0.1, outputs: ['受理单'] },
        { id: 'S2', durationDays: 0.2, predecessors: ['S1'], department: '甲', inputs: ['申请书'], outputs: ['甲意见'] },
        { id: 'S3', durationDays: 0.3, predecessors: ['S2'], department: '乙', inputs: ['图纸'] },
      ]),
    );
    const gap = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept', durationDays: 0.1 },
        { id: 'S2', role: 'publicize', durationDays: 0.2, predecessors: ['S1'] },
        { id: 'S3', role: 'approve', durationDays: 0.3, predecessors: ['S1'] },
      ]),
    );
    const incomplete = analyzeProcedure(makeProcedure([{ id: 'S1', role: 'accept', durationDays: 0.7, durationMissing: true }]));
    expect(serial.candidates.map((c) => [c.id, c.durationDays])).toEqual([['parallel', 0.4]]);
    expect([gap.criticalPath.durationDays, gap.lawfulDurationDays, gap.bestCandidateId]).toEqual([0.4, 0.6, null]);
    expect(incomplete.incompleteDurations).toEqual(['S1']);
    expect(summarizeItems([serial, gap, incomplete])).toEqual({
      items: 3,
      steps: 7,
      itemsWithFindings: 2,
      durationDaysBefore: 1.2,
      durationDaysAfter: 1,
    });
  });
});
