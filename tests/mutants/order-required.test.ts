// Mutants of the required order's assembly (src/analyze/order/required-order.ts) that survived the
// suite in the mutation run of 2026-12-05 (docs/mutation.md), killed here through the public path.

import { describe, expect, it } from 'vitest';
import { analyseRows, findingsOf } from '../support/csv-item.js';

describe('required order (order/required-order.ts)', () => {
  it('mutant-reduction-in-lawful-order: the transitive reduction of the required links goes by their order, not the file\'s', () => {
    // S1 受理 → S3 审查 declared; S2 审批 listed second in the file, with no 前置环节. Required:
    // S1 → S3 (declared), S1 → S2 (accept gate), S3 → S2 (review before the decision). S1 → S2 is
    // implied by S1 → S3 → S2, so the only order gap is S3 → S2; a reduction that takes S1's
    // successors in file order (S2 before S3) would keep S1 → S2 and report it too.
    const result = analyseRows(['S1,受理,窗口,受理,1,', 'S2,审批,审批科,审批,1,', 'S3,审查,审查科,审查,1,S1'], 'step_id,step_name,department,role,duration_days,predecessors');
    expect(findingsOf(result, 'order-gap')).toEqual([['S3', 'S2']]);
  });
});
