// An item's materials as small integers: names compared by their key (NFKC, without 《》“”"" and
// whitespace), numbered per item in first-use order (inputs of every step, then outputs), whatever
// items came before — the numbering shares a catalogue-wide table, cleared when it grows too big.
import { describe, expect, it } from 'vitest';
import { internMaterials, materialIdOf } from '../../src/analyze/materials.js';
import { makeProcedure } from '../support/procedures.js';

const stepsOf = (...cells: { inputs?: string[]; outputs?: string[] }[]) =>
  makeProcedure(cells.map((c, i) => ({ id: `S${i + 1}`, inputs: c.inputs ?? [], outputs: c.outputs ?? [] }))).steps;

describe('internMaterials', () => {
  it('numbers materials per item in first-use order, one id per key, keeping the first spelling', () => {
    const m = internMaterials(stepsOf({ inputs: ['《申请表》', '身份证'] }, { inputs: ['申请表', '申请表 '], outputs: ['许可证'] }, { outputs: ['“身份证”', '许可证'] }));
    expect(m.inputs).toEqual([[0, 1], [0], []]);
    expect(m.outputs).toEqual([[], [2], [1, 2]]);
    expect(m.names).toEqual(['《申请表》', '身份证', '许可证']);
    expect(m.producers).toEqual([[], [2], [1, 2]]);
    expect(m.lineage).toBe(true);
    expect(materialIdOf(m, '申请表')).toBe(0);
    expect(materialIdOf(m, '许可证')).toBe(2);
    expect(materialIdOf(m, '营业执照')).toBe(-1);
  });

  it('gives each item its own numbers, whatever items were numbered before', () => {
    internMaterials(stepsOf({ inputs: ['甲', '乙', '丙'] }));
    const m = internMaterials(stepsOf({ inputs: ['丙'] }, { outputs: ['甲'] }));
    expect(m.inputs).toEqual([[0], []]);
    expect(m.outputs).toEqual([[], [1]]);
    expect(m.names).toEqual(['丙', '甲']);
  });

  it('an item without inputs or outputs has no lineage', () => {
    const m = internMaterials(stepsOf({}, {}));
    expect(m.lineage).toBe(false);
    expect(m.names).toEqual([]);
  });

  it('numbers correctly across the clearing of the catalogue-wide table (more than 50,000 different names)', () => {
    const many = Array.from({ length: 50_010 }, (_, i) => `材料${i}`);
    const big = internMaterials(stepsOf({ inputs: many }, { outputs: ['材料7', '新材料'] }));
    expect(big.names.length).toBe(50_011);
    expect(big.outputs[1]).toEqual([7, 50_010]);
    // The next item starts on a cleared table; names met before get this item's numbers.
    const next = internMaterials(stepsOf({ inputs: ['新材料', '材料3'] }, { outputs: ['材料3'] }));
    expect(next.inputs).toEqual([[0, 1], []]);
    expect(next.outputs).toEqual([[], [1]]);
    expect(next.producers).toEqual([[], [1]]);
  });
});
