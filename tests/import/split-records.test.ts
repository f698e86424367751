// Record cutting: start lines of multi-line records, quote problems and resynchronisation, delimiter detection.

import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/import/detect-delimiter.js';
import { splitCells, splitRecords } from './reference-split.js';

const cut = (text: string, delimiter = ','): [number, string, string | null][] =>
  splitRecords(text, delimiter).map((r) => [r.line, r.text, r.problem ? `${r.problem.kind}@${r.problem.line}:${r.problem.field}` : null]);

describe('splitRecords', () => {
  it('multi-line quoted cells: a record starts at its first line; blank lines give no record', () => {
    expect(cut('a,b\n1,"x\ny\r\nz"\n\n  \n2,3\r\n4,5')).toEqual([
      [1, 'a,b', null],
      [2, '1,"x\ny\r\nz"', null],
      [7, '2,3', null],
      [8, '4,5', null],
    ]);
  });
  it('lone CR ends a line too', () => {
    expect(cut('a\r1\r\r2').map((r) => r[0])).toEqual([1, 2, 4]);
  });
  it('bad quotes: inside an unquoted cell, and text after a closing quote', () => {
    expect(cut('a,b\n1,x"y"\n"p" q,2\n" ok ",3')).toEqual([
      [1, 'a,b', null],
      [2, '1,x"y"', 'bad-quote@2:1'],
      [3, '"p" q,2', 'bad-quote@3:0'],
      [4, '" ok ",3', null],
    ]);
  });
  it('an unterminated quote cuts its record at the end of its line and reading goes on', () => {
    expect(cut('a,b\n1,"x\n2,3\n4,5\n')).toEqual([
      [1, 'a,b', null],
      [2, '1,"x', 'unterminated-quote@2:1'],
      [3, '2,3', null],
      [4, '4,5', null],
    ]);
    // The quote opened on the record's second line (after a closed multi-line cell).
    expect(cut('"m\nn","z\nq')).toEqual([
      [1, '"m\nn","z', 'unterminated-quote@2:1'],
      [3, 'q', null],
    ]);
  });
  it('a tab delimiter is not a blank before an opening quote', () => {
    expect(cut('a\t"b\tc"\t d', '\t')).toEqual([[1, 'a\t"b\tc"\t d', null]]);
  });
});

describe('splitCells', () => {
  it('unquotes, trims, and turns inner CRLF into LF', () => {
    const records = splitCells(splitRecords(' a , "b,""c""" ,"x\r\ny"\n', ','), ',');
    expect(records).toEqual([{ cells: ['a', 'b,"c"', 'x\ny'], line: 1, problem: null }]);
  });
  it('records with quote problems still give their cells for attribution', () => {
    const records = splitCells(splitRecords('FBL-1,x"y,3\nFBL-2,"open,5\n', ','), ',');
    expect(records.map((r) => [r.cells[0], r.problem?.kind])).toEqual([
      ['FBL-1', 'bad-quote'],
      ['FBL-2', 'unterminated-quote'],
    ]);
  });
});

describe('detectDelimiter', () => {
  it('counts outside quotes on the header line only', () => {
    expect(detectDelimiter('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('a\tb\t"c,d,e"\n')).toBe('\t');
    expect(detectDelimiter('\n\na;b;c')).toBe(';');
    expect(detectDelimiter('事项编码')).toBe(',');
  });
});
