// Reading input files: only regular files, and at most a stated number of bytes of each; every
// refusal is an UNREADABLE_FILE diagnostic naming the file and why, and the other files are read.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, readSourceFiles } from '../../src/import/index.js';

const dir = mkdtempSync(join(tmpdir(), 'procopt-read-'));
const fileOf = (name: string, bytes: number): string => {
  const path = join(dir, name);
  writeFileSync(path, 'x'.repeat(bytes));
  return path;
};

describe('readSourceFiles', () => {
  it('states its limit: 256 MiB', () => {
    expect(MAX_INPUT_BYTES).toBe(256 * 1024 * 1024);
  });

  it('size-limit: a file of exactly the limit is read, one byte more is refused naming the limit', () => {
    const exact = fileOf('ten.csv', 10);
    const over = fileOf('eleven.csv', 11);
    const { files, diagnostics } = readSourceFiles([exact, over], 'en', 10);
    expect(files.map((f) => [f.file, f.bytes.length])).toEqual([[exact, 10]]);
    expect(diagnostics).toEqual([
      { severity: 'error', code: 'UNREADABLE_FILE', file: over, line: 0, message: 'cannot read the file: it is larger than 10 bytes, the most procopt reads from one file; split it' },
    ]);
    expect(readSourceFiles([fileOf('k.csv', 2048)], 'en', 1024).diagnostics[0]?.message).toContain('larger than 1 KiB');
  });

  it('reads to the end, not to the size fstat gives (files in /proc say 0 bytes)', () => {
    if (process.platform !== 'linux') return;
    const { files, diagnostics } = readSourceFiles(['/proc/self/status'], 'en');
    expect(diagnostics).toEqual([]);
    expect(new TextDecoder().decode(files[0]!.bytes)).toMatch(/^Name:/);
  });

  it('non-regular: a device and a folder are refused without being read; the files around them are read', () => {
    const before = fileOf('before.csv', 3);
    const after = fileOf('after.csv', 4);
    const { files, diagnostics } = readSourceFiles([before, '/dev/zero', dir, after], 'en');
    expect(files.map((f) => f.file)).toEqual([before, after]);
    expect(diagnostics.map((d) => [d.file, d.message])).toEqual([
      ['/dev/zero', 'cannot read the file: it is a device, not a regular file'],
      [dir, 'cannot read the file: it is a directory, not a file'],
    ]);
  });

  it('missing: no such file', () => {
    expect(readSourceFiles([join(dir, 'missing.csv')], 'en').diagnostics[0]?.message).toBe('cannot read the file: no such file');
  });
});
