// File names from item codes: safe characters, Windows reserved names checked on the sanitised name,
// names cut by UTF-8 bytes (never inside a character) with the hash suffix that keeps them distinct.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bpmnFileName, diagramFileName, observedChartFileNames, safeFileName } from '../../src/report/index.js';

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
/** No lone surrogate (String.prototype.isWellFormed is ES2024, beyond this project's lib). */
const isWellFormed = (text: string): boolean => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
/** What ext4, APFS and NTFS take as one name. */
const NAME_LIMIT_BYTES = 255;

describe('safeFileName', () => {
  it('keeps safe codes, CJK included, and changes unsafe ones deterministically', () => {
    expect(safeFileName('11371400MB0000000X-001')).toBe('11371400MB0000000X-001');
    expect(safeFileName('建设-001')).toBe('建设-001');
    expect(safeFileName('../../etc/x')).toMatch(/^_+etc_x-[0-9a-f]{8}$/);
    expect(safeFileName('../../etc/x')).toBe(safeFileName('../../etc/x'));
    expect(safeFileName('a/b')).not.toBe(safeFileName('a\\b'));
    expect(diagramFileName('X-1', 'beforeAfter')).toBe('X-1.beforeAfter.svg');
  });

  it('reserved-names: Windows device names are prefixed, judged on the sanitised name (hash: the first 8 hex digits of SHA-256 of the code)', () => {
    expect(safeFileName('CON')).toBe('_CON-a3dbc4b6');
    expect(safeFileName('con.txt')).toBe('_con.txt-d3bde286');
    expect(safeFileName('LPT¹')).toBe('_LPT¹-4b47da13');
    // The raw code "NUL.." reads as the device NUL; sanitised, ".." became "_" and "NUL_" is no device name.
    expect(safeFileName('NUL..')).toBe('NUL_-80dd2d6e');
    expect(safeFileName('NUL_')).toBe('NUL_');
  });

  it('trailing-dots-and-spaces: neither survives at the end of a stem (Windows drops them)', () => {
    expect(safeFileName('a. ')).toBe('a._-e98f7d59');
    expect(safeFileName('..')).toBe('_-5ec1f7e7');
    expect(safeFileName('X-1.')).toMatch(/^X-1_-[0-9a-f]{8}$/);
    expect(safeFileName('X-1 ')).toMatch(/^X-1_-[0-9a-f]{8}$/);
  });

  it('long-han-code: 80 Han characters (240 bytes) are cut to 30 (90 bytes) and the hash', () => {
    const code = '审'.repeat(80);
    expect(safeFileName(code)).toBe(`${'审'.repeat(30)}-b3ce7ad0`);
    expect(bytes(safeFileName(code))).toBe(99);
    // Two codes equal up to the cut stay apart.
    expect(safeFileName(`${code}甲`)).not.toBe(safeFileName(`${code}乙`));
  });

  it('byte-boundary: 100 bytes stay as they are, 101 are cut to 91 and the hash', () => {
    expect(safeFileName('a'.repeat(100))).toBe('a'.repeat(100));
    expect(safeFileName(`${'a'.repeat(97)}审`)).toBe(`${'a'.repeat(97)}审`);
    expect(safeFileName(`${'a'.repeat(98)}审`)).toMatch(new RegExp(`^${'a'.repeat(91)}-[0-9a-f]{8}$`));
    expect(safeFileName('a'.repeat(101))).toMatch(new RegExp(`^${'a'.repeat(91)}-[0-9a-f]{8}$`));
    // 90 bytes of ASCII, then a Han character (3 bytes) that would end at byte 93: cut before it, not inside.
    expect(safeFileName(`${'a'.repeat(90)}审审审审`)).toMatch(new RegExp(`^${'a'.repeat(90)}-[0-9a-f]{8}$`));
  });

  it('surrogate-pairs: a cut never splits an astral character', () => {
    const name = safeFileName('𠀀'.repeat(40)); // CJK Extension B: 4 bytes, two UTF-16 units each
    expect(name).toBe(`${'𠀀'.repeat(22)}-${name.slice(-8)}`);
    expect(isWellFormed(name)).toBe(true);
  });

  it('every name: no separator, control character, reserved name or lone surrogate; at most 100 bytes; distinct codes stay distinct', () => {
    const unit = fc.oneof(
      fc.constantFrom('.', '/', '\\', 'a', '申', '\u0000', '\u001b', ' ', ':', 'N', 'U', 'L', 'C', 'O', '-', '𠀀', '\ud800', '\u0301'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 120 }), fc.string({ unit, maxLength: 120 }), (a, b) => {
        for (const code of [a, b]) {
          const name = safeFileName(code);
          // eslint-disable-next-line no-control-regex
          expect(name).not.toMatch(/[/\\\u0000-\u001f\u007f:*?"<>|]|\.\./);
          expect(name).not.toMatch(/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i);
          expect(name).not.toMatch(/^[.-]|^$|[. ]$/);
          expect(isWellFormed(name)).toBe(true);
          expect(bytes(name)).toBeLessThanOrEqual(100);
        }
        if (a !== b) expect(safeFileName(a)).not.toBe(safeFileName(b));
      }),
    );
  });

  it('whole file names stay under 255 bytes for the longest codes and candidate ids', () => {
    const longest = '審'.repeat(200);
    for (const name of [
      `${safeFileName(longest)}.${safeFileName(longest)}.csv`,
      `${safeFileName(longest)}.machine.json`,
      diagramFileName(longest, 'beforeAfter'),
      diagramFileName(longest, longest),
      bpmnFileName(longest, 'original'),
      observedChartFileNames(safeFileName(longest)).leadTime,
    ]) {
      expect(bytes(name)).toBeLessThanOrEqual(NAME_LIMIT_BYTES);
    }
  });
});
