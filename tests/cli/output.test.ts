// openOutput: a document written piece by piece through the file buffer is byte for byte the
// document joined and encoded as UTF-8, whatever the pieces' sizes (beyond the 1 MB buffer too).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openOutput } from '../../src/cli/output.js';
import type { Io } from '../../src/cli/io.js';

const noIo = {} as Io;

/** An Io capturing standard output as the chunks handed over (kept as given, not copied). */
function captureIo(): { io: Io; chunks: (string | Uint8Array)[]; document: () => Buffer } {
  const chunks: (string | Uint8Array)[] = [];
  const io: Io = { out: (text) => chunks.push(text), outBytes: (bytes) => chunks.push(bytes), err: () => undefined, errIsTty: false };
  return { io, chunks, document: () => Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c))) };
}
let n = 0;
const freshFile = (): string => join(mkdtempSync(join(tmpdir(), 'procopt-output-')), 'sub', `out-${n++}.txt`);

function writeAll(pieces: readonly string[], prefix = ''): Buffer {
  const file = freshFile();
  const output = openOutput(file, noIo, prefix);
  for (const piece of pieces) output.write(piece);
  output.close();
  return readFileSync(file);
}

describe('openOutput to a file', () => {
  it('writes the prefix, then every piece in order, as UTF-8 (Chinese, a surrogate pair, a piece larger than the buffer)', () => {
    const big = '审批'.repeat(400_000); // 800 000 code units: up to 2.4 MB, more than the buffer
    const pieces = ['事项,', 'a😀b\n', big, '"=HYPERLINK()"', '', 'end'];
    expect(writeAll(pieces, '\uFEFF').equals(Buffer.from(`\uFEFF${pieces.join('')}`, 'utf8'))).toBe(true);
  });

  it('equals the joined document for random pieces around the buffer size', () => {
    const unit = fc.constantFrom('a', '审', '😀', '\n', '"');
    const piece = fc.oneof(
      fc.array(unit, { maxLength: 50 }).map((u) => u.join('')),
      fc.tuple(unit, fc.integer({ min: 100_000, max: 400_000 })).map(([u, k]) => u.repeat(k)),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
        expect(writeAll(pieces).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('takes pieces of UTF-8 bytes among the text pieces, small and larger than the buffer', () => {
    const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
    const file = freshFile();
    const output = openOutput(file, noIo, '');
    const big = '事项'.repeat(300_000); // 1.8 MB as UTF-8
    output.write('head ');
    output.write(utf8('审批 '));
    output.write(utf8(big));
    output.write(' tail');
    output.close();
    expect(readFileSync(file).equals(Buffer.from(`head 审批 ${big} tail`, 'utf8'))).toBe(true);
  });

  it('creates no file (nor its folder) when nothing is written', () => {
    const file = freshFile();
    openOutput(file, noIo, '\uFEFF').close();
    expect(existsSync(file)).toBe(false);
    expect(existsSync(dirname(file))).toBe(false);
  });
});

describe('openOutput to standard output', () => {
  it('hands over the document in large chunks, starting with the file prefix (the BOM, as a file does), and never refills a chunk it handed over', () => {
    const { io, chunks, document } = captureIo();
    const output = openOutput(undefined, io, '\uFEFF');
    const pieces = Array.from({ length: 3000 }, (_, i) => `{"item":${i},"name":"审批事项${i}"}\n`);
    pieces.push('许'.repeat(400_000), 'tail');
    for (const piece of pieces) output.write(piece);
    output.close();
    expect(document().equals(Buffer.from(`\uFEFF${pieces.join('')}`, 'utf8'))).toBe(true);
    expect(chunks.length).toBeLessThan(10);
    const byteChunks = chunks.filter((c): c is Uint8Array => typeof c !== 'string');
    expect(new Set(byteChunks.map((c) => c.buffer)).size).toBe(byteChunks.length);
  });

  it('passes pieces of bytes on in order', () => {
    const { io, document } = captureIo();
    const output = openOutput(undefined, io, '');
    output.write('a');
    output.write(new TextEncoder().encode('许可'));
    output.write('b');
    output.close();
    expect(document().toString('utf8')).toBe('a许可b');
  });

  it('writes nothing when nothing is written', () => {
    const { io, chunks } = captureIo();
    openOutput(undefined, io, '').close();
    expect(chunks).toEqual([]);
  });
});
