// Mutants of the catalogue-wide table that numbers an item's materials (src/analyze/materials.ts,
// the speed work of 2026-12-06) that survived its mutation rerun: the table's arrays not grown past
// their first 1,024 keys, or grown one key late.

import { describe, expect, it } from 'vitest';
import { internMaterials } from '../../src/analyze/materials.js';
import { makeProcedure } from '../support/procedures.js';

const stepsOf = (...cells: { inputs?: string[]; outputs?: string[] }[]) =>
  makeProcedure(cells.map((c, i) => ({ id: `S${i + 1}`, inputs: c.inputs ?? [], outputs: c.outputs ?? [] }))).steps;

describe('the catalogue-wide table grows with the keys it holds', () => {
  it('mutant-materials-table-growth: after the table is cleared, the 1,025th key and later ones keep one number each within an item', () => {
    // More than 50,000 different names: the next item starts on a cleared table of 1,024 entries,
    // whatever earlier tests left in it.
    internMaterials(stepsOf({ inputs: Array.from({ length: 50_001 }, (_, i) => `清表材料${i}`) }));
    // 1,200 new names numbered 0..1199 in first-use order; the second step outputs the 1,025th
    // (number 1024, the first past the table's first length) and the last: the same numbers again.
    const names = Array.from({ length: 1200 }, (_, i) => `增长材料${i}`);
    const m = internMaterials(stepsOf({ inputs: names }, { outputs: ['增长材料1024', '增长材料1199', '增长材料3'] }));
    expect(m.names).toHaveLength(1200);
    expect(m.outputs).toEqual([[], [1024, 1199, 3]]);
    expect(m.producers[1024]).toEqual([1]);
    expect(m.producers[1199]).toEqual([1]);
    expect(m.producers[1023]).toEqual([]);
  });
});
