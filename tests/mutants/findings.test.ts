// Mutants of the finding rules (src/analyze/findings) that survived the suite in the mutation run of
// 2026-12-05 (docs/mutation.md), killed here through the public path.

import { describe, expect, it } from 'vitest';
import { analyseRows, findingsOf } from '../support/csv-item.js';

const COLUMNS = 'step_id,step_name,department,role,duration_days,predecessors,inputs,outputs';

describe('intake-merge (findings/intake-merge.ts)', () => {
  it('mutant-intake-merge-roles: only an intake step straight before an accept step on the same materials is merged into it', () => {
    // 收件 → 受理 (one desk, the same 申请书): merged. 收件 → 审查 (not 受理) and 登记 → 受理 (not a
    // pre-check), otherwise alike: no intake-merge.
    const merged = analyseRows(['S1,收件,窗口,收件,1,,申请书,', 'S2,受理,窗口,受理,1,S1,申请书,受理单', 'S3,审批,审批科,审批,1,S2,受理单,决定'], COLUMNS);
    expect(findingsOf(merged, 'intake-merge')).toEqual([['S1', 'S2']]);
    const notAccept = analyseRows(['S0,受理,窗口,受理,1,,申请书,受理单', 'S1,收件,审查科,收件,1,S0,申请书,', 'S2,审查,审查科,审查,1,S1,申请书,意见', 'S3,审批,审批科,审批,1,S2,意见,决定'], COLUMNS);
    expect(findingsOf(notAccept, 'intake-merge')).toEqual([]);
    const notIntake = analyseRows(['S1,登记,窗口,登记,1,,申请书,', 'S2,受理,窗口,受理,1,S1,申请书,受理单', 'S3,审批,审批科,审批,1,S2,受理单,决定'], COLUMNS);
    expect(findingsOf(notIntake, 'intake-merge')).toEqual([]);
  });
});
