// Cell values as the text a CSV saved from Excel would hold.

import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cellText, formatNumber, type DateCodes } from '../../../src/import/workbook/cell-text.js';
import { columnLetters } from '../../../src/import/workbook/import-workbook.js';

const ssf = (createRequire(import.meta.url)('@e965/xlsx') as { SSF: DateCodes }).SSF;

describe('cellText', () => {
  it('numbers at 15 significant digits, shortest form', () => {
    expect(formatNumber(1.4999999999999998)).toBe('1.5');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(12)).toBe('12');
    expect(formatNumber(370100000021)).toBe('370100000021');
    expect(cellText({ t: 'n', v: 2.675, z: 'General' }, false, ssf)).toBe('2.675');
  });

  it('dates in the 1900 and 1904 systems as ISO dates, with a time only when there is one', () => {
    expect(cellText({ t: 'n', v: 45366, z: 'm/d/yy' }, false, ssf)).toBe('2024-03-15');
    expect(cellText({ t: 'n', v: 45366.5, z: 'yyyy-mm-dd hh:mm' }, false, ssf)).toBe('2024-03-15T12:00:00');
    expect(cellText({ t: 'n', v: 43904, z: 'yyyy"年"m"月"d"日"' }, true, ssf)).toBe('2024-03-15');
    expect(cellText({ t: 'n', v: 45366, z: 'General' }, false, ssf)).toBe('45366');
  });

  it('zero-padded codes, booleans, errors, text and empty cells', () => {
    expect(cellText({ t: 'n', v: 21, z: '000000' }, false, ssf)).toBe('000021');
    expect(cellText({ t: 'b', v: true }, false, ssf)).toBe('TRUE');
    expect(cellText({ t: 'b', v: false }, false, ssf)).toBe('FALSE');
    expect(cellText({ t: 'e', v: 0x2a }, false, ssf)).toBe('#N/A');
    expect(cellText({ t: 's', v: '  申请书\r\n营业执照 ' }, false, ssf)).toBe('申请书\n营业执照');
    expect(cellText({ t: 'z' }, false, ssf)).toBe('');
    expect(cellText(undefined, false, ssf)).toBe('');
  });

  it('column letters as Excel writes them', () => {
    expect([0, 6, 25, 26, 27, 701, 702, 16383].map(columnLetters)).toEqual(['A', 'G', 'Z', 'AA', 'AB', 'ZZ', 'AAA', 'XFD']);
  });
});
