// Mutants of the item metrics (src/analyze/item-metrics.ts) and notes (item-notes.ts) that survived the
// suite in the mutation run of 2026-12-05 (docs/mutation.md): the item's department, its department
// hand-overs, the notes on missing data — killed through the public path (a CSV read by importFiles,
// analysed by analyzeProcedure).

import { describe, expect, it } from 'vitest';
import { analyzeProcedure } from '../../src/analyze/index.js';
import { ItemTimeLimitError } from '../../src/domain/index.js';
import { analyseRows, importRows } from '../support/csv-item.js';

const COLUMNS = 'step_id,step_name,department,role,duration_days,predecessors';

describe('the item\'s department', () => {
  it('mutant-item-department: the most frequent department of the steps that are not the applicant\'s own', () => {
    // 申请人 has three submit steps; of the others 审查科 has two, 窗口 one.
    const result = analyseRows(
      ['S0,申请,申请人,申请,0,', 'S1,补充材料,申请人,提交材料,0,S0', 'S2,缴费,申请人,申请,0,S1', 'S3,受理,窗口,受理,1,S2', 'S4,初审,审查科,审查,1,S3', 'S5,复审,审查科,审查,1,S4', 'S6,审批,审批科,审批,1,S5'],
      COLUMNS,
    );
    expect(result.department).toBe('审查科');
  });

  it('mutant-item-department-tie: on a tie the accept step\'s department, else the first non-applicant step\'s in the file', () => {
    // 审查科 and 窗口 two steps each, 审查科 first in the file: 受理's 窗口 wins.
    const accept = analyseRows(['S1,初审,审查科,审查,1,', 'S2,受理,窗口,受理,1,S1', 'S3,复审,审查科,审查,1,S2', 'S4,送达,窗口,送达,1,S3'], COLUMNS);
    expect(accept.department).toBe('窗口');
    // 科甲 and 科乙 two steps each, 受理 in 窗口 (one step): the first step not the applicant's is 科甲's,
    // though the applicant's own step of 科乙 comes before it.
    const first = analyseRows(
      ['S0,申请,科乙,申请,0,', 'S1,受理,窗口,受理,1,S0', 'S2,审查,科甲,审查,1,S1', 'S3,审核,科乙,审查,1,S2', 'S4,审批,科甲,审批,1,S3', 'S5,签发,科乙,审批,1,S4'],
      COLUMNS,
    );
    expect(first.department).toBe('科甲');
  });
});

describe('department hand-overs', () => {
  it('mutant-department-handoffs: reduced declared links between two departments, none touching the applicant\'s own steps', () => {
    // 申请人 → 窗口 (the applicant's: not counted), 窗口 → 审查科, 审查科 → 审查科 (one desk), 审查科 → 审批科.
    const result = analyseRows(['S0,申请,申请人,申请,0,', 'S1,受理,窗口,受理,1,S0', 'S2,初审,审查科,审查,1,S1', 'S3,复审,审查科,审查,1,S2', 'S4,审批,审批科,审批,1,S3;S1'], COLUMNS);
    expect(result.departmentHandoffs).toBe(2);
  });
});

describe('the item\'s notes', () => {
  it('mutant-item-notes: links kept for a step without outputs and one without inputs, and the empty durations, each named', () => {
    // 审查 lists no inputs (its link from 受理 is kept), 登记 no outputs (its link to 审批 is kept).
    const result = analyseRows(
      ['S1,受理,窗口,受理,1,,申请书,受理单', 'S2,审查,审查科,审查,,S1,,意见', 'S3,登记,档案科,登记,1,S2,意见,', 'S4,审批,审批科,审批,,S3,意见,决定'],
      `${COLUMNS},inputs,outputs`,
    );
    expect(result.notes).toEqual([
      '2 declared links are kept as required only because S3 lists no outputs and S2 lists no inputs; listing them would let procopt judge whether those steps can run in parallel.',
      "The durations of S2, S4 are not given (时限未填): the item's times are lower bounds, no saving is claimed and the item stays out of the catalogue's day totals.",
    ]);
  });
});

describe('the item\'s notes on a long item', () => {
  it('name the first 20 steps and count the others (a generated item of thousands of steps filled pages)', () => {
    // 25 steps in a chain, none with a duration, none with materials but S1's outputs (so lineage applies):
    // 24 links kept: S2–S24 list no outputs (23), S2–S25 no inputs (24); 25 durations missing.
    const rows = Array.from({ length: 25 }, (_, i) => `S${i + 1},审查${i + 1},审查科,审查,,${i === 0 ? '' : `S${i}`},,${i === 0 ? '意见' : ''}`);
    const result = analyseRows(rows, `${COLUMNS},inputs,outputs`);
    const first20 = (from: number): string => Array.from({ length: 20 }, (_, i) => `S${from + i}`).join(', ');
    expect(result.notes).toEqual([
      `24 declared links are kept as required only because ${first20(2)} and 3 more list no outputs and ${first20(2)} and 4 more list no inputs; listing them would let procopt judge whether those steps can run in parallel.`,
      `The durations of ${first20(1)} and 5 more are not given (时限未填): the item's times are lower bounds, no saving is claimed and the item stays out of the catalogue's day totals.`,
    ]);
  });
});

describe('the item\'s time budget (analyze-procedure.ts)', () => {
  it('mutant-time-limit-option: a time limit already spent stops the analysis at its first check; without one it runs whole', () => {
    const rows = ['S1,受理,窗口,受理,1,', 'S2,审批,审批科,审批,1,S1'];
    const procedure = importRows(rows, COLUMNS);
    expect(() => analyzeProcedure(procedure, { timeLimitMs: -1 })).toThrow(ItemTimeLimitError);
    // The first check is the context's, after the declared order (item-context.ts).
    expect(() => analyzeProcedure(procedure, { timeLimitMs: -1 })).toThrow(/, in declared order\)$/);
    expect(analyzeProcedure(procedure, {}).stepCount).toBe(2);
    expect(analyzeProcedure(procedure, { timeLimitMs: 60_000 }).stepCount).toBe(2);
  });
});
