import { describe, expect, it } from 'vitest';
import { analyzeProcedure, summarizeItems } from '../../src/analyze/index.js';
import { makeProcedure } from '../support/procedures.js';

describe('summary', () => {
  it('summarizeItems adds exact hundredths and takes the fastest candidate or the item itself', () => {
    const serial = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept', durationDays: 0.1 },
        { id: 'S2', durationDays: 0.2, predecessors: ['S1'], department: '甲', inputs: ['申请书'] },
        { id: 'S3', durationDays: 0.3, predecessors: ['S2'], department: '乙', inputs: ['图纸'] },
      ]),
    );
    const plain = analyzeProcedure(makeProcedure([{ id: 'S1', role: 'accept', durationDays: 0.7, durationMissing: true }]));
    expect(serial.candidates.map((c) => [c.id, c.durationDays])).toEqual([['parallel', 0.4]]);
    expect(plain.incompleteDurations).toEqual(['S1']);
    expect(summarizeItems([serial, plain])).toEqual({
      items: 2,
      steps: 4,
      itemsWithFindings: 1,
      durationDaysBefore: 1.3,
      durationDaysAfter: 1.1,
    });
  });
});
