// Where a document goes piece by piece: standard output, or a file written through a 1 MB buffer,
// so a large document is never one string and nothing is created before its first piece.

import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Io } from './io.js';

/**
 * Where the document's pieces go: standard output, or a file (created with its folder) written through a
 * 1 MB buffer. Nothing is created before the first piece, so a usage error leaves no file behind.
 */
export function openOutput(out: string | undefined, io: Io, filePrefix: string): { write: (text: string) => void; close: () => void } {
  if (out === undefined) return { write: (text) => io.out(text), close: () => undefined };
  let fd: number | null = null;
  let buffered = filePrefix;
  let written = false;
  const flush = (): void => {
    if (fd === null) {
      mkdirSync(dirname(out), { recursive: true });
      fd = openSync(out, 'w');
    }
    writeSync(fd, buffered);
    buffered = '';
  };
  return {
    write(text) {
      written = true;
      buffered += text;
      if (buffered.length > 1 << 20) flush();
    },
    close() {
      if (written) flush();
      if (fd !== null) closeSync(fd);
    },
  };
}
