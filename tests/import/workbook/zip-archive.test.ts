// The zip reader's limits: declared sizes checked before inflating, inflation capped at them.

import { describe, expect, it } from 'vitest';
import { ArchiveRefusal, isZip, unpackZip } from '../../../src/import/workbook/zip-archive.js';
import { importWorkbook } from '../../../src/import/workbook/import-workbook.js';
import { workbook } from './workbook-fixtures.js';

describe('unpackZip', () => {
  const book = workbook('window.xlsx').bytes;

  it('unpacks the parts asked for, at their declared sizes', () => {
    expect(isZip(book)).toBe(true);
    const parts = unpackZip(book, (name) => name.endsWith('.xml'));
    expect([...parts.keys()].sort()).toEqual([
      '[Content_Types].xml',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
      'xl/worksheets/sheet4.xml',
    ]);
    expect(new TextDecoder().decode(parts.get('xl/workbook.xml')).includes('state="hidden"')).toBe(true);
  });

  it('refuses from the directory alone when the declared sizes pass the limit', () => {
    expect(() => unpackZip(book, () => true, 4000)).toThrow(ArchiveRefusal);
    expect(importWorkbook(workbook('window.xlsx'), { maxUnpackedBytes: 4000 }).diagnostics.map((d) => d.diagnostic.code)).toEqual(['WORKBOOK_TOO_LARGE']);
  });

  it('refuses a part that inflates past its declared size', () => {
    let error: unknown;
    try {
      unpackZip(workbook('lying-size.xlsx').bytes, () => true);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArchiveRefusal);
    expect((error as ArchiveRefusal).code).toBe('WORKBOOK_TOO_LARGE');
  });
});
