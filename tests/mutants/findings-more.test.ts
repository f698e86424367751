// More mutants of src/analyze/findings that survived the mutation run of 2026-12-05 (docs/mutation.md):
// duplicate-check's review-role tests and its stop past the per-kind limit (through the public path,
// a CSV item analysed by analyzeProcedure), and the contract's order of findings on ties of kind and
// steps (sortDetections on detections built by hand: no rule emits such ties in a known order).

import { describe, expect, it } from 'vitest';
import { sortDetections } from '../../src/analyze/findings/detect-findings.js';
import type { Detection } from '../../src/analyze/findings/detection.js';
import { analyseRows, findingsOf } from '../support/csv-item.js';

describe('duplicate-check pairs review steps only (duplicate-check.ts)', () => {
  it('mutant-duplicate-check-review-only: an inspect step before a review, or a register step after it, in its department with its materials is no duplicate check', () => {
    // 核对 (现场核查: inspect), 审查 (review) and 登记 (register), all of 审查科, each checks 受理单 alone.
    const result = analyseRows([
      'S1,受理,窗口,受理,1,,申请书,受理单,,,',
      'S2,核对,审查科,现场核查,1,S1,受理单,核对记录,,,',
      'S3,审查,审查科,审查,1,S2,受理单,审查意见,,,',
      'S4,登记,审查科,登记,1,S3,受理单,登记表,,,',
      'S5,审批,审批科,审批,1,S4,审查意见;核对记录;登记表,决定,,,',
    ]);
    expect(result.steps.map((s) => s.role)).toEqual(['accept', 'inspect', 'review', 'register', 'approve']);
    expect(findingsOf(result, 'duplicate-check')).toEqual([]);
    // What the item does have: 审查 and 登记 use nothing of the step before them; the two are one desk.
    expect(result.findings.map((f) => [f.kind, f.stepIds])).toEqual([
      ['parallelizable', ['S2', 'S3']],
      ['parallelizable', ['S3', 'S4']],
      ['mergeable', ['S3', 'S4']],
    ]);
  });

  it('mutant-duplicate-check-cut: 33 reviews of one desk checking the same material give 528 pairs; the search stops one past 500 and says "more than"', () => {
    // 受理 → R1 → … → R33 (审查, 科一, each checks 受理单 and writes its own opinion) → 审批 using every opinion.
    // Pairs (Ri, Rj), i < j, kept = the earlier: R1 has 32, R2 31, …; R1..R24 give 32 + … + 9 = 492, R25
    // eight more: the 500th is (R25, R33), and the search stops at the 501st, (R26, R27).
    const rows = ['S0,受理,窗口,受理,1,,申请书,受理单,,,'];
    for (let i = 1; i <= 33; i++) rows.push(`R${i},审查${i},科一,审查,1,${i === 1 ? 'S0' : `R${i - 1}`},受理单,意见${i},,,`);
    rows.push(`S9,审批,审批科,审批,1,R33,${Array.from({ length: 33 }, (_, i) => `意见${i + 1}`).join(';')},决定,,,`);
    const result = analyseRows(rows);
    const pairs = findingsOf(result, 'duplicate-check');
    expect(pairs).toHaveLength(500);
    expect(pairs[0]).toEqual(['R1', 'R2']);
    expect(pairs[31]).toEqual(['R1', 'R33']);
    expect(pairs[499]).toEqual(['R25', 'R33']);
    expect(result.notes).toEqual([
      'More than 500 duplicate-check findings were found: only the first 500 (by step) are kept — listed, measured and, where they redesign, applied by the candidates; the search stopped there.',
    ]);
  });
});

describe('findings of one kind on the same steps (sortDetections)', () => {
  const detection = (steps: number[], message: string): Detection => ({ kind: 'order-gap', steps, message, transformation: null });

  it('mutant-sort-detections-ties: same kind and steps by message; a shorter step list that is a prefix of a longer one first', () => {
    const input = [detection([2, 3], 'c'), detection([2, 3], 'a'), detection([1, 2, 4], 'a'), detection([1, 2], 'z'), detection([2, 3], 'b'), detection([1], 'y')];
    const order = (ds: readonly Detection[]) => ds.map((d) => `${d.steps.join('-')}:${d.message}`);
    expect(order(sortDetections(input))).toEqual(['1:y', '1-2:z', '1-2-4:a', '2-3:a', '2-3:b', '2-3:c']);
    expect(order(sortDetections([...input].reverse()))).toEqual(['1:y', '1-2:z', '1-2-4:a', '2-3:a', '2-3:b', '2-3:c']);
  });

  it('mutant-sort-detections-stable: detections equal in kind, steps and message keep the order the rule found them in', () => {
    const tie = (remove: number): Detection => ({ kind: 'pass-through', steps: [2], message: 'm', transformation: { kind: 'remove', step: remove } });
    const sorted = sortDetections([tie(7), tie(5), detection([1], 'x'), tie(6)]);
    expect(sorted.map((d) => (d.transformation?.kind === 'remove' ? d.transformation.step : d.kind))).toEqual([7, 5, 6, 'order-gap']);
  });
});
