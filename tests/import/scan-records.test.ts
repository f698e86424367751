// The one-pass scanner gives exactly what record cutting + csv-parse give (the reference path,
// splitCells(splitRecords(…))), on named cases and on random CSV-shaped text with every kind of
// quote problem, line break and whitespace that trim or csv-parse treat specially.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanRecords } from '../../src/import/scan-records.js';
import { splitCells, splitRecords } from './reference-split.js';

const reference = (text: string, delimiter: string) => splitCells(splitRecords(text, delimiter), delimiter);

describe('scanRecords', () => {
  it('unquotes, trims, turns inner CRLF into LF, and keeps each record at its first line', () => {
    expect(scanRecords(' a , "b,""c""" ,"x\r\ny"\n\n \t\n2,"p\rq",\u3000 r \u00a0', ',')).toEqual([
      { cells: ['a', 'b,"c"', 'x\ny'], line: 1, problem: null },
      { cells: ['2', 'p\nq', 'r'], line: 5, problem: null },
    ]);
  });
  it('tab-delimited: a line of tabs is blank, a quoted cell may follow blanks', () => {
    expect(scanRecords('a\t "b\tc" \t\n\t\t\nd\t', '\t')).toEqual([
      { cells: ['a', 'b\tc', ''], line: 1, problem: null },
      { cells: ['d', ''], line: 3, problem: null },
    ]);
  });
  it('quote problems: bad quotes, an unterminated quote (reading goes on at the next line), a blank csv-parse rejects', () => {
    const text = 'FBL-1,x"y,3\nFBL-3,"ok",6\n"p" q,2\nFBL-5,"a"\u3000,8\nFBL-2,"open,5\nFBL-4,7';
    expect(scanRecords(text, ',')).toEqual(reference(text, ','));
    expect(scanRecords(text, ',').map((r) => [r.line, r.cells[0], r.problem ? `${r.problem.kind}@${r.problem.line}:${r.problem.field}` : null])).toEqual([
      [1, 'FBL-1', 'bad-quote@1:1'],
      [2, 'FBL-3', null],
      [3, 'p q', 'bad-quote@3:0'],
      // csv-parse 7 skips only the first byte of a multi-byte blank after a non-empty quoted cell.
      [4, 'FBL-5', 'bad-quote@4:0'],
      [5, 'FBL-2', 'unterminated-quote@5:1'],
      [6, 'FBL-4', null],
    ]);
  });

  const pieceArb = fc.constantFrom(
    'a', '审', 'S1', '"', '""', ',', ';', '\t', '\n', '\r\n', '\r', ' ', '\u3000', '\u00a0', '\ufeff', '\u2028', '\v', 'x y',
  );
  const textArb = fc.array(pieceArb, { maxLength: 40 }).map((ps) => ps.join(''));
  /** Well-formed-ish rows with properly quoted cells, so most records are clean and multi-cell. */
  const csvArb = fc
    .array(fc.array(fc.tuple(fc.array(pieceArb, { maxLength: 4 }).map((p) => p.join('')), fc.boolean()), { maxLength: 5 }), { maxLength: 6 })
    .map((rows) => rows.map((cells) => cells.map(([c, q]) => (q ? ` "${c.replace(/"/g, '""')}" ` : c)).join(',')).join('\r\n'));

  it('equals splitCells(splitRecords(…)) on random text', () => {
    fc.assert(
      fc.property(fc.oneof(textArb, csvArb), fc.constantFrom(',', '\t', ';'), (text, delimiter) => {
        expect(scanRecords(text, delimiter)).toEqual(reference(text, delimiter));
      }),
      { numRuns: 2000 },
    );
  });
});
