// Mutants of the top-level files of src/analyze that survived the mutation run of 2026-12-05
// (docs/mutation.md): the default language of buildItemContext emptied (item-context.ts; the stage
// tests, tests/analyze/order/required-order.test.ts and properties.test.ts, build contexts without a
// language), and the item's department when every step is the applicant's (item-metrics.ts).

import { describe, expect, it } from 'vitest';
import { buildItemContext } from '../../src/analyze/item-context.js';
import { ANALYSIS_TEXT } from '../../src/i18n/index.js';
import { analyseRows } from '../support/csv-item.js';
import { makeProcedure } from '../support/procedures.js';

describe('buildItemContext\'s language', () => {
  it('mutant-context-default-lang: a context built without a language has the English messages; with one, that language\'s', () => {
    const procedure = makeProcedure([{ id: 'S1', role: 'accept' }, { id: 'S2', role: 'approve', predecessors: ['S1'] }]);
    expect(buildItemContext(procedure).text).toBe(ANALYSIS_TEXT.en);
    expect(buildItemContext(procedure, 'zh-CN').text).toBe(ANALYSIS_TEXT['zh-CN']);
  });
});

describe('the item\'s department', () => {
  it('mutant-department-all-applicant: an item whose every step is the applicant\'s takes its first step\'s department', () => {
    const result = analyseRows(['S1,申请,申请人,申请,0,', 'S2,补充材料,申请人,提交材料,0,S1'], 'step_id,step_name,department,role,duration_days,predecessors');
    expect(result.steps.map((s) => s.role)).toEqual(['submit', 'submit']);
    expect(result.department).toBe('申请人');
  });
});
