// Mutants of the memo key of a finding's savings (src/analyze/redesign/finding-savings.ts, keyOf) that
// survived the suite in the mutation run of 2026-12-05 (docs/mutation.md): a key formula with one
// sign or term wrong gives two transformations of one item the same key, and the second then reads
// the first one's figures. Which two collide depends on the steps' row numbers, so each item is read
// in several row orders — each order chosen so that one of those slips makes two findings with
// different savings share a key. The savings do not depend on the row order (except where it decides
// which of two unordered duplicate checks is kept); they were worked out by hand from the rows.

import { describe, expect, it, vi } from 'vitest';
import { analyzeProcedure } from '../../src/analyze/index.js';
import type { ItemAnalysis } from '../../src/domain/index.js';
import { analyseRows, importRows } from '../support/csv-item.js';

const COLUMNS = 'step_id,step_name,department,role,duration_days,predecessors,inputs,outputs,applicant_visit,hard_predecessors';

/** Each finding as [kind, step ids, days, steps, visits saved]. */
const savingsOf = (result: ItemAnalysis) => result.findings.map((f) => [f.kind, f.stepIds, f.savingDays, f.savingSteps, f.savingVisits]);

/** The rows in the order of `ids`. */
const inOrder = (rows: readonly string[], ids: string): string[] => ids.split(' ').map((id) => rows.find((r) => r.startsWith(`${id},`))!);

// 受理 (visit) → 审查A (1 day) → 审查C (another desk, 1 day, not using 审查A's opinions) → 审批 → 领证
// (visit); 受理 → 审查B (2 days, the same desk and materials as 审查A) → 流转 (a pure hand-over, 2
// days) → 审批. Lawful 7 days: 受理 1 + 审查B 2 + 流转 2 + 审批 1 + 领证 1.
const ITEM_A = [
  'S1,受理,窗口,受理,1,,申请书,受理单,1,',
  'S2,审查A,审查科,审查,1,S1,受理单,意见;复核单,0,',
  'S3,审查B,审查科,审查,2,S1,受理单,意见;意见B,0,',
  'S7,流转,审查科,流转,2,S3,意见B,,0,',
  'S6,审查C,规划科,审查,1,S2,受理单,意见C,0,',
  'S4,审批,审批科,审批,1,S6;S7,意见;复核单;意见B;意见C,决定,0,',
  'S5,领证,窗口,领证,1,S4,身份证;决定,,1,',
];

// 审查A and 审查B are unordered: the one first in the file is kept.
const ITEM_A_SAVINGS = [
  // 审查C beside 审查A: off the critical path, nothing saved.
  ['parallelizable', ['S2', 'S6'], 0, 0, 0],
  // 审查B+流转 as one 4-day step: 7 days, one step fewer.
  ['mergeable', ['S3', 'S7'], 0, 1, 0],
  // 审查B dropped, 流转 after 审查A: 1 + 1 + 2 + 1 + 1 = 6 days.
  ['duplicate-check', ['S2', 'S3'], 1, 1, 0],
  // 流转 removed: 审批 after 审查B (1 + 2 + 1 + 1) and after 审查C (1 + 1 + 1 + 1 + 1): 5 days.
  ['pass-through', ['S7'], 2, 1, 0],
  // 领证 (a delivery) needs no visit: the visits consolidated into 受理.
  ['extra-visit', ['S1', 'S5'], 0, 0, 1],
];

// 受理 (visit) → 审查A (1 day) → 审查B (2 days, the same desk and materials, declared after 审查A and
// not using its opinion) → 流转 (3 days, a pure hand-over) → 审批 → 领证 (visit). Lawful 9 days.
const ITEM_B = [
  'S1,受理,窗口,受理,1,,申请书,受理单,1,',
  'S2,审查A,审查科,审查,1,S1,受理单,意见A,0,',
  'S3,审查B,审查科,审查,2,S2,受理单,意见B,0,',
  'S7,流转,审查科,流转,3,S3,意见B,,0,',
  'S4,审批,审批科,审批,1,S7,意见A;意见B,决定,0,',
  'S5,领证,窗口,领证,1,S4,身份证;决定,,1,',
];

const ITEM_B_SAVINGS = [
  // 审查A beside 审查B: 1 + 2 + 3 + 1 + 1 = 8 days.
  ['parallelizable', ['S2', 'S3'], 1, 0, 0],
  // 审查A+审查B (3 days): 9 days, a step fewer; 审查B+流转 (5 days): the same.
  ['mergeable', ['S2', 'S3'], 0, 1, 0],
  ['mergeable', ['S3', 'S7'], 0, 1, 0],
  // 审查B dropped (审查A declared first is kept), 流转 after 审查A: 1 + 1 + 3 + 1 + 1 = 7 days.
  ['duplicate-check', ['S2', 'S3'], 2, 1, 0],
  // 流转 removed: 1 + 1 + 2 + 1 + 1 = 6 days.
  ['pass-through', ['S7'], 3, 1, 0],
  ['extra-visit', ['S1', 'S5'], 0, 0, 1],
];

describe('savings memoized per transformation (keyOf)', () => {
  it.each([
    // n = 7: unlink (0, 1) keyed 1 + 0·7 − 1 = 0, the visits' key (`… − t.to`).
    ['S2 S6 S1 S3 S7 S4 S5', 'mutant-savings-key-unlink-to'],
    // unlink (1, 6) keyed 1 − 1·7 + 6 = 0, the visits' key (`1 − t.from · n`).
    ['S1 S2 S3 S7 S4 S5 S6', 'mutant-savings-key-unlink-from'],
    // n · n taken as 1: unlink (1, 4) keyed 1 + 1·7 + 4 = 12, as the drop (1, 2) 1 + 2·1 + 1·7 + 2.
    ['S1 S2 S3 S7 S6 S4 S5', 'mutant-savings-key-square'],
    // drop (0, 6) keyed 1 + 2·49 + 0 − 6 = 93, as the merge (6, 1) 1 + 49 + 42 + 1 (`… − t.drop`).
    ['S2 S7 S1 S4 S6 S5 S3', 'mutant-savings-key-drop-minus'],
  ])('%s (%s): every finding saves its own figures', (ids) => {
    const result = analyseRows(inOrder(ITEM_A, ids), COLUMNS);
    expect(result.lawfulDurationDays).toBe(7);
    expect(savingsOf(result)).toEqual(ITEM_A_SAVINGS);
  });

  it('mutant-savings-key-merge-minus: S3 S1 S7 S4 S5 S6 S2 — merge (0, 2) keyed 1 + 49 + 0 − 2 = 48, as the unlink (6, 5) 1 + 42 + 5', () => {
    // 审查B is first in the file, so it is the kept check: 审查A dropped, 审查C after 受理 — still 7 days.
    const result = analyseRows(inOrder(ITEM_A, 'S3 S1 S7 S4 S5 S6 S2'), COLUMNS);
    expect(savingsOf(result)).toEqual([
      ['parallelizable', ['S2', 'S6'], 0, 0, 0],
      ['mergeable', ['S3', 'S7'], 0, 1, 0],
      ['duplicate-check', ['S3', 'S2'], 0, 1, 0],
      ['pass-through', ['S7'], 2, 1, 0],
      ['extra-visit', ['S1', 'S5'], 0, 0, 1],
    ]);
  });

  it.each([
    ['S1 S2 S3 S7 S4 S5', 'the file order'],
    // n = 6: remove 流转 (4) keyed 1 + 3·36 − 4 = 105, as the drop (5, 2) 1 + 72 + 30 + 2 (`… − t.step`).
    ['S1 S4 S3 S5 S7 S2', 'mutant-savings-key-remove-minus'],
    // merge (3, 1) keyed 1 + 36 − 3·6 + 1 = 20, as the unlink (3, 1) 1 + 18 + 1 (`square − t.first · n`);
    // drop (3, 1) keyed 1 + 72 − 18 + 1 = 56, as the merge (3, 1) 1 + 36 + 18 + 1 (`2 · square − t.keep · n`).
    ['S1 S3 S7 S2 S4 S5', 'mutant-savings-key-first-minus'],
    // 审批 on the first row is node 0: a removed step's successor there must still be found (`Y >= 0`).
    ['S4 S1 S2 S3 S7 S5', 'mutant-removed-successor-node-0'],
    // 领证 on the first row: the removed 流转 has no node of its own and passes to none (not to node 0).
    ['S5 S1 S2 S3 S7 S4', 'mutant-removed-step-no-node'],
  ])('%s (%s): every finding of a chain of duplicate checks saves its own figures', (ids) => {
    const result = analyseRows(inOrder(ITEM_B, ids), COLUMNS);
    expect(result.lawfulDurationDays).toBe(9);
    // The two mergeable findings, and extra-visit's steps, are listed by their rows: compared as sets.
    const found = result.findings.map((f) => [f.kind, [...f.stepIds].sort(), f.savingDays, f.savingSteps, f.savingVisits]);
    expect(found).toHaveLength(ITEM_B_SAVINGS.length);
    expect(found).toEqual(expect.arrayContaining(ITEM_B_SAVINGS));
  });

  it('mutant-savings-key-drop-case: three duplicate checks of one desk each save their own figures (the drop case keyed apart)', () => {
    // ITEM_B with 审查C (1 day, after 受理, the same desk and materials) whose opinion 审批 also uses:
    // three pairs of duplicates. Dropping 审查C (for 审查A or for 审查B) saves a step, no day.
    const result = analyseRows([...ITEM_B.slice(0, 4), 'S8,审查C,审查科,审查,1,S1,受理单,意见C,0,', 'S4,审批,审批科,审批,1,S7;S8,意见A;意见B;意见C,决定,0,', ITEM_B[5]!], COLUMNS);
    expect(savingsOf(result).filter((f) => f[0] === 'duplicate-check')).toEqual([
      ['duplicate-check', ['S2', 'S3'], 2, 1, 0],
      ['duplicate-check', ['S2', 'S8'], 0, 1, 0],
      ['duplicate-check', ['S3', 'S8'], 0, 1, 0],
    ]);
  });
});

describe('the time budget in the savings and the candidate search', () => {
  // 受理 then 300 checks of as many departments, each declared after the one before but using only
  // 受理单: 299 parallelizable links, each measured alone. The clock is faked (performance.now, which
  // the budget reads) and told apart by the function that asks.
  const rows = [
    'S0,受理,窗口,受理,1,,申请书,受理单,0,',
    ...Array.from({ length: 300 }, (_, i) => `C${i + 1},审查${i + 1},科${i + 1},审查,1,${i === 0 ? 'S0' : `C${i}`},受理单,意见${i + 1},0,`),
    'S9,审批,审批科,审批,1,C300,意见300,决定,0,',
  ];
  const askedBy = (name: string): boolean => new Error().stack!.includes(name);

  it('mutant-savings-budget-check: the savings check the budget once every 256 measured findings, as stage "savings"', () => {
    const procedure = importRows(rows, COLUMNS);
    let checks = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => {
      if (askedBy('measureSavings')) checks++;
      return 0;
    });
    try {
      const result = analyzeProcedure(procedure, { timeLimitMs: 1000 });
      expect(result.findings.filter((f) => f.kind === 'parallelizable')).toHaveLength(299);
      expect(checks).toBe(1);
      // A clock past the budget when the savings ask: the analysis stops there, naming the stage.
      now.mockImplementation(() => (askedBy('measureSavings') ? 5000 : 0));
      expect(() => analyzeProcedure(procedure, { timeLimitMs: 1000 })).toThrow(expect.objectContaining({ name: 'ItemTimeLimitError', stage: 'savings' }));
      now.mockImplementation(() => (askedBy('findCandidates') ? 5000 : 0));
      expect(() => analyzeProcedure(procedure, { timeLimitMs: 1000 })).toThrow(expect.objectContaining({ name: 'ItemTimeLimitError', stage: 'candidates' }));
    } finally {
      now.mockRestore();
    }
  });
});
