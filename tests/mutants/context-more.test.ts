// A mutant of the item context (src/analyze/item-context.ts) that survived the mutation run of
// 2026-12-05 (docs/mutation.md): the default language of buildItemContext emptied. The stage tests
// (tests/analyze/order/required-order.test.ts, properties.test.ts) build contexts without a language.

import { describe, expect, it } from 'vitest';
import { buildItemContext } from '../../src/analyze/item-context.js';
import { ANALYSIS_TEXT } from '../../src/i18n/index.js';
import { makeProcedure } from '../support/procedures.js';

describe('buildItemContext\'s language', () => {
  it('mutant-context-default-lang: a context built without a language has the English messages; with one, that language\'s', () => {
    const procedure = makeProcedure([{ id: 'S1', role: 'accept' }, { id: 'S2', role: 'approve', predecessors: ['S1'] }]);
    expect(buildItemContext(procedure).text).toBe(ANALYSIS_TEXT.en);
    expect(buildItemContext(procedure, 'zh-CN').text).toBe(ANALYSIS_TEXT['zh-CN']);
  });
});
