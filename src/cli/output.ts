// Where a document goes piece by piece: standard output, or a file written through a 1 MB buffer,
// so a large document is never one string and nothing is created before its first piece.

import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Io } from './io.js';

/** Size of the file buffer; a piece that might not fit in what is left flushes it first. */
const BUFFER_BYTES = 1 << 20;
/** UTF-8 takes at most 3 bytes per UTF-16 code unit. */
const MAX_BYTES_PER_UNIT = 3;

/**
 * Where the document's pieces go: standard output, or a file (created with its folder) written through a
 * 1 MB buffer. Each piece is encoded into the buffer as it comes, so pieces die young instead of waiting
 * joined into one long string. Nothing is created before the first piece: a usage error leaves no file.
 */
export function openOutput(out: string | undefined, io: Io, filePrefix: string): { write: (text: string) => void; close: () => void } {
  if (out === undefined) return { write: (text) => io.out(text), close: () => undefined };
  let fd: number | null = null;
  let buffer: Buffer | null = null;
  let used = 0;
  const file = (): number => {
    if (fd === null) {
      mkdirSync(dirname(out), { recursive: true });
      fd = openSync(out, 'w');
    }
    return fd;
  };
  const flush = (): void => {
    const target = file();
    if (buffer !== null && used > 0) writeSync(target, buffer, 0, used);
    used = 0;
  };
  const write = (text: string): void => {
    buffer ??= Buffer.allocUnsafe(BUFFER_BYTES);
    if (used + text.length * MAX_BYTES_PER_UNIT > BUFFER_BYTES) {
      flush();
      if (text.length * MAX_BYTES_PER_UNIT > BUFFER_BYTES) {
        writeSync(file(), text);
        return;
      }
    }
    used += buffer.write(text, used);
  };
  let started = false;
  return {
    write(text) {
      if (!started) {
        started = true;
        write(filePrefix);
      }
      write(text);
    },
    close() {
      if (started) flush();
      if (fd !== null) closeSync(fd);
    },
  };
}
