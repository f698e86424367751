// redundant-precedence: a declared link implied by the others.
import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../../src/analyze/index.js';
import { brief } from '../../support/findings.js';
import { makeProcedure } from '../../support/procedures.js';

describe('redundant-precedence', () => {
  it('redundant-edge: a predecessor already implied by the chain is redundant and saves nothing', () => {
    const item = analyzeProcedure(
      makeProcedure([
        { id: 'S1', role: 'accept', durationDays: 1, outputs: ['受理单'] },
        { id: 'S2', department: '科室', durationDays: 2, predecessors: ['S1'], inputs: ['受理单'], outputs: ['意见'] },
        { id: 'S3', department: '局', role: 'approve', durationDays: 1, predecessors: ['S2', 'S1'], inputs: ['意见', '受理单'] },
      ]),
    );
    expect(brief(item)).toEqual([['redundant-precedence', ['S1', 'S3'], 0, 0, 0]]);
    expect(item.candidates).toEqual([]);
    expect(item.departmentHandoffs).toBe(2);
  });
});
