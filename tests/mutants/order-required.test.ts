// Mutants of the declared and the required order (src/analyze/order/declared-order.ts,
// required-order.ts) that survived the suite in the mutation run of 2026-12-05 (docs/mutation.md),
// killed here through the public path.

import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../src/analyze/index.js';
import { InternalError } from '../../src/domain/index.js';
import { analyseRows, findingsOf } from '../support/csv-item.js';
import { makeProcedure } from '../support/procedures.js';

const COLUMNS = 'step_id,step_name,department,role,duration_days,predecessors';

describe('declared order (order/declared-order.ts)', () => {
  it('mutant-redundant-within-row: a declared link is implied only by another successor of the same step', () => {
    // S1 → S3 and S2 → S4 → S3. No declared link is implied by others. (Looking one successor past
    // S1's own — S2's first, S4, which reaches S3 — would call S1 → S3 redundant.)
    const result = analyseRows(['S1,受理,窗口,受理,1,', 'S2,勘验,勘验科,现场勘验,1,', 'S3,审批,审批科,审批,1,S1;S4', 'S4,审查,审查科,审查,1,S2'], COLUMNS);
    expect(findingsOf(result, 'redundant-precedence')).toEqual([]);
  });

  it('mutant-declared-cycle-guard: an item whose declared order has a cycle (the importer never passes one) is an internal error', () => {
    const p = makeProcedure([
      { id: 'S1', role: 'accept', predecessors: ['S2'] },
      { id: 'S2', role: 'approve', predecessors: ['S1'] },
    ]);
    expect(() => analyzeProcedure(p)).toThrow(InternalError);
    expect(() => analyzeProcedure(p)).toThrow('item T-001: the declared order has a cycle');
  });
});

describe('required order (order/required-order.ts)', () => {
  it('mutant-reduction-in-lawful-order: the transitive reduction of the required links goes by their order, not the file\'s', () => {
    // S1 受理 → S3 审查 declared; S2 审批 listed second in the file, with no 前置环节. Required:
    // S1 → S3 (declared), S1 → S2 (accept gate), S3 → S2 (review before the decision). S1 → S2 is
    // implied by S1 → S3 → S2, so the only order gap is S3 → S2; a reduction that takes S1's
    // successors in file order (S2 before S3) would keep S1 → S2 and report it too.
    const result = analyseRows(['S1,受理,窗口,受理,1,', 'S2,审批,审批科,审批,1,', 'S3,审查,审查科,审查,1,S1'], COLUMNS);
    expect(findingsOf(result, 'order-gap')).toEqual([['S3', 'S2']]);
  });
});
