// The finding registry is what runs: one detector per contract kind, in its order, and every one of
// them called once per item — those that read the candidates after the candidates exist.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeProcedure, findingDetectors } from '../../../src/analyze/index.js';
import { FINDING_KINDS } from '../../../src/domain/index.js';
import { makeProcedure } from '../../support/procedures.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('finding registry', () => {
  it('has one detector per contract kind, in the contract order, each saying what it finds', () => {
    expect(Object.keys(findingDetectors)).toEqual(FINDING_KINDS);
    for (const [kind, detector] of Object.entries(findingDetectors)) expect(detector.description.length, kind).toBeGreaterThan(10);
  });

  it('runs every registered detector once per item; the candidate readers get the Pareto front and the best candidate', () => {
    const calls = new Map<string, unknown[][]>();
    for (const [kind, detector] of Object.entries(findingDetectors)) {
      const detect = detector.detect.bind(detector) as (...args: unknown[]) => unknown;
      vi.spyOn(detector, 'detect').mockImplementation((...args: unknown[]) => {
        calls.set(kind, [...(calls.get(kind) ?? []), args]);
        return detect(...args) as never;
      });
    }
    const item = analyzeProcedure(
      makeProcedure(
        [
          { id: 'S1', role: 'accept', durationDays: 1, outputs: ['受理单'] },
          { id: 'S2', department: '甲', durationDays: 3, predecessors: ['S1'], inputs: ['申请书'], outputs: ['甲意见'] },
          { id: 'S3', department: '乙', durationDays: 2, predecessors: ['S2'], inputs: ['申请书'], outputs: ['乙意见'] },
          { id: 'S4', role: 'approve', durationDays: 1, predecessors: ['S3'], inputs: ['甲意见', '乙意见'] },
        ],
        { promised: 10 },
      ),
    );
    expect([...calls.keys()].sort()).toEqual([...FINDING_KINDS].sort());
    for (const [kind, list] of calls) expect(list.length, kind).toBe(1);
    expect(calls.get('limit-slack')![0]![1]).toMatchObject({ candidates: item.candidates, best: item.candidates[0] });
    expect(item.findings.map((f) => f.kind)).toEqual(['parallelizable', 'limit-slack']);
  });
});
