// mapList: the list Array.prototype.map gives, on a hand-checked case and on random lists.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mapList } from '../../src/graph/index.js';

describe('mapList', () => {
  it('maps each item with its index, in order, and an empty list to an empty list', () => {
    expect(mapList(['受理', '审查', '决定'], (s, i) => `${i}:${s}`)).toEqual(['0:受理', '1:审查', '2:决定']);
    expect(mapList([], () => 1)).toEqual([]);
  });

  it('returns a new list with no holes, equal to map', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer(), fc.string(), fc.constant(null))), (items) => {
        const f = (x: unknown, i: number): unknown => (typeof x === 'number' ? x * 2 + i : [x, i]);
        const out = mapList(items, f);
        expect(out).toEqual(items.map(f));
        expect(out).not.toBe(items);
        expect(Object.keys(out)).toHaveLength(items.length);
      }),
    );
  });
});
