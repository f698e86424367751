// encodeText against Node's own decoders: exact bytes on named cases, and a round trip on random text.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, encodeText, UnencodableCharacterError } from '../../src/import/index.js';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('encodeText', () => {
  it('writes the byte-order marks Excel expects', () => {
    expect(hex(encodeText('受理', 'utf-8'))).toBe('e58f97e79086');
    expect(hex(encodeText('受理', 'utf-8', true))).toBe('efbbbfe58f97e79086');
    expect(hex(encodeText('受A', 'utf-16le'))).toBe('fffe d753 4100'.replace(/ /g, ''));
    expect(hex(encodeText('受A', 'utf-16be'))).toBe('feff 53d7 0041'.replace(/ /g, ''));
    expect(hex(encodeText('受A', 'utf-16le', false))).toBe('d7534100');
    expect(hex(encodeText('受理', 'gb18030', true))).toBe('84319533cadcc0ed');
  });

  it('GBK: 2-byte hanzi and full-width punctuation; GB18030 adds 4-byte sequences', () => {
    expect(hex(encodeText('申请，审查', 'gbk'))).toBe('c9eac7eba3acc9f3b2e9');
    expect(hex(encodeText('€', 'gb18030'))).toBe('a2e3');
    expect(hex(encodeText('é', 'gbk'))).toBe('a8a6');
    // No 2-byte code for U+00A0, U+00FF (BMP 4-byte table) or U+20000 (linear supplementary area); expected bytes from Python's codec.
    expect(hex(encodeText('\u00a0ÿ', 'gb18030'))).toBe('8130843281308b37');
    expect(hex(encodeText('𠀀', 'gb18030'))).toBe('95328236');
    expect(() => encodeText('𠀀', 'gbk')).toThrow(UnencodableCharacterError);
    expect(() => encodeText('𠀀', 'gbk')).toThrow('character "𠀀" (U+20000) cannot be written in GBK');
  });

  it('decodeText undoes encodeText for random text in every encoding (auto-detected where a BOM says so)', () => {
    const textArb = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !/[\uE000-\uF8FF\uFFFD\uFEFF]/u.test(s));
    fc.assert(
      fc.property(textArb, (text) => {
        for (const encoding of ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'] as const) {
          expect(decodeText(encodeText(text, encoding, true)).text).toBe(text);
          expect(decodeText(encodeText(text, encoding, false), encoding).text).toBe(text);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('decodeText', () => {
  it('detects: BOMs, then strict UTF-8, then GB18030', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).encoding).toBe('utf-8');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toEqual({ text: 'A', encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x41]))).toEqual({ text: 'A', encoding: 'utf-16be' });
    expect(decodeText(new Uint8Array([0x84, 0x31, 0x95, 0x33, 0xca, 0xdc]))).toEqual({ text: '受', encoding: 'gb18030' });
    expect(decodeText(new Uint8Array([0xe5, 0x8f, 0x97]))).toEqual({ text: '受', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xca, 0xdc, 0xc0, 0xed]))).toEqual({ text: '受理', encoding: 'gb18030' });
  });
  it('a forced encoding drops its own BOM and shows bad bytes as U+FFFD', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'utf-8').text).toBe('A');
    expect(decodeText(new Uint8Array([0xca, 0xdc]), 'utf-8').text).toBe('\uFFFD\uFFFD');
  });
});
