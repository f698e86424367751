// Where a document goes piece by piece: a file or standard output, written through a 1 MB buffer,
// so a large document is never one string and nothing is created before its first piece.

import { closeSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Io } from './io.js';
import { makeFolder, writeError } from './write-files.js';

/** Size of the output buffer; a piece that might not fit in what is left flushes it first. */
const BUFFER_BYTES = 1 << 20;
/** UTF-8 takes at most 3 bytes per UTF-16 code unit. */
const MAX_BYTES_PER_UNIT = 3;

/** Where full buffers go. */
interface Sink {
  /** Takes bytes (a full buffer, or a piece too long for one); whether they may be reused (false: the sink keeps them). */
  bytes(bytes: Uint8Array): boolean;
  /** A piece too long for the buffer, as text. */
  text(text: string): void;
  close(): void;
}

/**
 * Where the document's pieces (text, or UTF-8 bytes) go: standard output, or a file (created with its
 * folder); either starts with `filePrefix`, e.g. the BOM Excel needs (`analyze --format csv > f.csv`
 * must open in Excel as UTF-8 too). Each
 * piece is encoded into a 1 MB buffer as it comes, so pieces die young instead of waiting joined into
 * one long string, and output is written in large chunks instead of one write per piece. Nothing is
 * created before the first piece: a usage error leaves no file behind.
 */
export function openOutput(out: string | undefined, io: Io, filePrefix: string): { write: (piece: string | Uint8Array) => void; close: () => void } {
  let sink: Sink | null = null;
  const open = (): Sink => (sink ??= out === undefined ? stdoutSink(io) : fileSink(out));
  let buffer: Buffer | null = null;
  let used = 0;
  const flush = (): void => {
    const target = open();
    if (buffer !== null && used > 0 && !target.bytes(buffer.subarray(0, used))) buffer = null;
    used = 0;
  };
  /** Flushes when `bound` more bytes might not fit; false when they could never fit in the buffer. */
  const makeRoom = (bound: number): boolean => {
    if (used + bound > BUFFER_BYTES) flush();
    return bound <= BUFFER_BYTES;
  };
  const writeBytes = (bytes: Uint8Array): void => {
    if (!makeRoom(bytes.length)) {
      open().bytes(bytes);
      return;
    }
    buffer ??= Buffer.allocUnsafe(BUFFER_BYTES);
    buffer.set(bytes, used);
    used += bytes.length;
  };
  const write = (text: string): void => {
    if (!makeRoom(text.length * MAX_BYTES_PER_UNIT)) {
      open().text(text);
      return;
    }
    buffer ??= Buffer.allocUnsafe(BUFFER_BYTES);
    used += buffer.write(text, used);
  };
  let started = false;
  // After a failed write (a full disk, say) the output is broken: close only releases the file.
  let broken = false;
  const guard = (action: () => void): void => {
    try {
      action();
    } catch (error) {
      broken = true;
      throw error;
    }
  };
  return {
    write(piece) {
      guard(() => {
        if (!started) {
          started = true;
          write(filePrefix);
        }
        if (typeof piece === 'string') write(piece);
        else writeBytes(piece);
      });
    },
    close() {
      if (broken) {
        try {
          sink?.close();
        } catch {
          // The write that broke the output has been reported already.
        }
        return;
      }
      guard(() => {
        if (started) flush();
      });
      sink?.close();
    },
  };
}

/** A file, created with its folder; a failure to create or write it is a usage error naming it. */
function fileSink(out: string): Sink {
  makeFolder(dirname(out));
  const attempt = <T>(action: () => T): T => {
    try {
      return action();
    } catch (error) {
      throw writeError(out, error);
    }
  };
  const fd = attempt(() => openSync(out, 'w'));
  return {
    bytes(bytes) {
      attempt(() => {
        for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
      });
      return true;
    },
    text: (text) => void attempt(() => writeSync(fd, text)),
    close: () => attempt(() => closeSync(fd)),
  };
}

/** Standard output may hold on to a chunk (a pipe that is not ready), so each chunk gets a fresh buffer. */
function stdoutSink(io: Io): Sink {
  return {
    bytes(bytes) {
      io.outBytes(bytes);
      return false;
    },
    text: (text) => io.outBytes(Buffer.from(text, 'utf8')),
    close: () => undefined,
  };
}
