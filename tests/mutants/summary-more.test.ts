// A mutant of an item's figures in the summary (src/analyze/summary.ts) that survived the mutation run
// of 2026-12-05 (docs/mutation.md): the best candidate looked up as any candidate (`c.id === best` →
// true). It shows only where candidates exist but none is the best.

import { describe, expect, it } from 'vitest';
import { findItemFigures } from '../../src/analyze/index.js';
import { analyseRows } from '../support/csv-item.js';

const COLUMNS = 'step_id,step_name,department,role,duration_days,predecessors,inputs,outputs,applicant_visit,hard_predecessors';

describe('an item\'s figures in the summary', () => {
  it('mutant-summary-no-best: candidates on the front but none the best: the item counts as it is, not as its first candidate', () => {
    // The item of tests/mutants/candidates.test.ts › mutant-best-no-slower: 10 days as written
    // (1 + 1 + 1 + 5 + 1 + 1), no lawful figure (核查 has 审查 as its 法定前置 but is declared before it: an
    // order conflict); its one candidate, merge, has 6 steps and 15 days, slower, so there is no best.
    const result = analyseRows(
      [
        'S1,受理,窗口,受理,1,,申请书,受理单,0,',
        'S7,初审,初审科,审查,1,S1,受理单,初审意见,0,',
        'S8,复审,初审科,审查,1,S7,初审意见,复审意见,0,',
        'S5,会签,会签科,审查,5,S8,复审意见,,0,',
        'S2,审查,审查科,审查,1,S3;S5,复审意见,意见,0,',
        'S3,核查,核查科,审查,5,S8,复审意见,核查记录,0,S2',
        'S4,审批,审批科,审批,1,S2,意见;核查记录,决定,0,',
      ],
      COLUMNS,
    );
    expect([result.criticalPath.durationDays, result.lawfulDurationDays, result.bestCandidateId, result.candidates.map((c) => [c.id, c.durationDays])]).toEqual([10, null, null, [['merge', 15]]]);
    expect(findItemFigures(result)).toEqual({ steps: 7, hasFindings: true, complete: true, before: 1000, after: 1000 });
  });
});
