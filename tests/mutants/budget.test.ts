// Mutants of the per-item time budget (src/analyze/item-budget.ts) and of the stage names its checks
// report (item-context.ts, order/required-order.ts, order/gates.ts, findings/detect-findings.ts,
// analyze-procedure.ts) that survived the mutation runs (docs/mutation.md). The clock is replaced for
// the length of one analysis by a counter (performance.now → 1000, 1001, …: the budget reads it once
// when made and once per check), so the k-th check finds k ms spent and a limit of k ms stops the
// analysis at check k + 1: each limit names the stage of one check, in the order the analysis runs.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeProcedure } from '../../src/analyze/index.js';
import { ItemTimeLimitError, type Procedure } from '../../src/domain/index.js';
import { importRows } from '../support/csv-item.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The error of the analysis of `procedure` under a limit of `limitMs` on the counting clock, or null when it finished. */
function stoppedAt(procedure: Procedure, limitMs: number): ItemTimeLimitError | null {
  let tick = 1000;
  vi.spyOn(performance, 'now').mockImplementation(() => tick++);
  try {
    analyzeProcedure(procedure, { timeLimitMs: limitMs });
    return null;
  } catch (error) {
    if (error instanceof ItemTimeLimitError) return error;
    throw error;
  } finally {
    vi.restoreAllMocks();
  }
}

/** The stage of every check of the analysis of `procedure`, in order. */
function stagesOf(procedure: Procedure): string[] {
  const stages: string[] = [];
  for (let limit = 0; ; limit++) {
    const error = stoppedAt(procedure, limit);
    if (error === null) return stages;
    stages.push(error.stage);
  }
}

describe('the time budget names the stage under way (item-budget.ts and the stages\' checks)', () => {
  const item = () => importRows(['S1,受理,窗口,受理,1,,申请书,受理单,,,', 'S2,审查,审查科,审查,1,S1,受理单,意见,,,', 'S3,审批,审批科,审批,1,S2,意见,决定,,,']);

  it('mutant-budget-stages: the checks run in the order of the work, and a limit of k ms stops at check k + 1 (not at check k, the time spent being exactly k)', () => {
    const stages = stagesOf(item());
    expect(stages.slice(0, 5)).toEqual(['declared order', 'evidence', 'evidence closure', 'required closure', 'findings']);
    // The last check is the one after the findings' savings.
    expect(stages[stages.length - 1]).toBe('findings');
    expect(stages.every((s) => s !== '')).toBe(true);
    const error = stoppedAt(item(), 2)!;
    expect(error).toMatchObject({ limitMs: 2, elapsedMs: 3, stage: 'evidence closure' });
    expect(error.message).toBe('the analysis took longer than 2 ms (stopped after 3 ms, in evidence closure)');
    // A limit the analysis never reaches: the item is analysed whole.
    expect(stoppedAt(item(), stages.length)).toBeNull();
  });

  it('mutant-budget-role-gates: the gates check the budget once every 4,096 pairs of steps they weigh', () => {
    // 受理 → 64 审查 → 64 审批, a chain: the rule "every other evidence precedes every approve step" alone
    // weighs 64 × 64 = 4,096 pairs, the others (受理 before each of the 128 later steps) fewer than 4,096
    // more: one check inside the gates, between the evidence's closure and the required links' closure.
    const rows = ['S0,受理,窗口,受理,1,,,,,,'];
    let previous = 'S0';
    for (const [prefix, name, word] of [['R', '审查', '审查'], ['A', '审批', '审批']] as const) {
      for (let i = 1; i <= 64; i++) {
        rows.push(`${prefix}${i},${name}${i},${prefix}科${i},${word},1,${previous},,,,,`);
        previous = `${prefix}${i}`;
      }
    }
    const stages = stagesOf(importRows(rows));
    expect(stages.slice(0, 5)).toEqual(['declared order', 'evidence', 'evidence closure', 'role gates', 'required closure']);
  });
});
