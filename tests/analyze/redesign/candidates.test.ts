// A candidate's steps: built lazily through one shared getter, and kept when the candidate is copied.
import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../../src/analyze/index.js';
import { makeProcedure } from '../../support/procedures.js';

describe('a candidate\'s steps', () => {
  const analyse = () =>
    analyzeProcedure(
      makeProcedure([
        { id: 'S1', name: '受理', role: 'accept', durationDays: 1, outputs: ['受理单'] },
        { id: 'S2', name: '审核', department: '规划局', durationDays: 2, predecessors: ['S1'], inputs: ['申请书'], outputs: ['审核意见'] },
        { id: 'S3', name: '审批', department: '规划局', role: 'approve', durationDays: 1, predecessors: ['S2'], inputs: ['审核意见'], outputs: ['许可证'] },
      ]),
    ).candidates[0]!;

  it('are an enumerable property, built once when first read', () => {
    const candidate = analyse();
    expect(Object.keys(candidate)).toEqual(['id', 'stepCount', 'durationDays', 'clockDays', 'applicantVisits', 'applied', 'criticalPath', 'steps']);
    const first = candidate.steps;
    expect(first.map((s) => s.id)).toEqual(['S1', 'S2+S3']);
    expect(candidate.steps).toBe(first);
  });

  it('are read through one getter shared by every candidate (a getter per candidate kept every item\'s context alive past the young generation)', () => {
    const [a, b] = [analyse(), analyse()];
    const getter = Object.getOwnPropertyDescriptor(a, 'steps')?.get;
    expect(getter).toBeTypeOf('function');
    expect(Object.getOwnPropertyDescriptor(b, 'steps')?.get).toBe(getter);
  });

  it('travel with the candidate when it is copied for a worker (structured clone) or spread', () => {
    const candidate = analyse();
    expect(structuredClone(candidate).steps.map((s) => s.id)).toEqual(['S1', 'S2+S3']);
    expect({ ...analyse() }.steps.map((s) => s.id)).toEqual(['S1', 'S2+S3']);
  });
});
