// One file read row by row as its records are cut: the paths that need every row first (an unnamed
// header cell), a header with only blank rows under it, and a file-level error that still lists items.

import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/import/index.js';
import { keepString, keepStrings } from '../../src/import/keep-string.js';
import { textFile } from './fixtures.js';

const HEADER = 'item_code,item_name,step_id,step_name,department,role,predecessors,duration_days';

describe('importFile, row by row', () => {
  it('unnamed-column: an unnamed header cell becomes an attribute only when a row holds data under it', () => {
    const withData = importFiles([textFile('a.csv', `${HEADER},\nFBL-1,许可,S1,受理,窗口,受理,,1,\nFBL-1,许可,S2,审查,科室,审查,S1,2,备注`)], { lang: 'en' });
    expect(withData.diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([
      ['UNKNOWN_COLUMN', 1, 'unknown column "column 9" kept as step attributes'],
    ]);
    expect(withData.procedures[0]?.steps.map((s) => s.attributes)).toEqual([{}, { 'column 9': '备注' }]);
    const padded = importFiles([textFile('b.csv', `${HEADER},\nFBL-1,许可,S1,受理,窗口,受理,,1,\n`)], { lang: 'en' });
    expect(padded.diagnostics).toEqual([]);
    expect(padded.procedures.map((p) => p.steps.length)).toEqual([1]);
  });

  it('blank-rows: a header over blank rows only is an empty file, reported at the header line', () => {
    const result = importFiles([textFile('c.csv', `\n${HEADER}\n,,,,,\n\n ,,, ,,\n`)], { lang: 'en' });
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([['EMPTY_FILE', 2]]);
    expect(result.procedures).toEqual([]);
  });

  it('bad-header: a quote error in the header leaves out the file but still lists its items, once each', () => {
    const result = importFiles([textFile('d.csv', `${HEADER},"note\nFBL-1,许可,S1,受理,窗口,1\n,,,,,\nFBL-2,许可,S1,受理,窗口,1\nFBL-1,许可,S2,审查,科室,2`)], { lang: 'en' });
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([['UNTERMINATED_QUOTE', 1]]);
    expect(result.leftOut).toEqual([
      { itemCode: 'FBL-1', file: 'd.csv', line: 1 },
      { itemCode: 'FBL-2', file: 'd.csv', line: 1 },
    ]);
  });
});

describe('keepString', () => {
  it('keeps every value as it is, long or short, and lists in place', () => {
    const pool = new Map<string, string>();
    const text = '市自然资源和规划局审批科,市自然资源和规划局审批科,S1';
    const [a, b, c] = text.split(',') as [string, string, string];
    expect([keepString(pool, a), keepString(pool, b), keepString(pool, c), keepString(pool, '')]).toEqual([a, a, 'S1', '']);
    const list = [text.slice(0, 12), 'x'];
    expect(keepStrings(pool, list)).toBe(list);
    expect(list).toEqual(['市自然资源和规划局审批科', 'x']);
    expect([...pool.keys()]).toEqual(['市自然资源和规划局审批科', 'S1', 'x']);
  });
});
