// Case logs in: each named file read as CSV or XES (by its .xes extension or a leading `<`), the
// cases of all files gathered by case id, every problem located; file access only through LogSource
// (openLogSources reads a file in 1 MB chunks, so an XES log streams from disk).

import { closeSync, fstatSync, readSync } from 'node:fs';
import type { Diagnostic, Lang, LogCase } from '../domain/index.js';
import { DEFAULT_LANG, IMPORT_TEXT } from '../i18n/index.js';
import { createCaseCollector } from './case-collector.js';
import type { EncodingName } from './decode-text.js';
import { makeDiagnostic, sortDiagnostics, type PendingDiagnostic } from './diagnostics.js';
import { readCaseLogCsv } from './import-case-log-csv.js';
import { readXes } from './import-xes.js';
import { MAX_INPUT_BYTES, openRegularFile, readRegularFile, unreadableReason, UnreadableFileError } from './read-source-files.js';

/** One log file: its name as the user gave it, and its bytes as chunks (read when iterated). */
export interface LogSource {
  file: string;
  chunks(): Iterable<Uint8Array>;
  /** The whole file at once (a CSV log is decoded whole, like a procedure CSV). */
  bytes(): Uint8Array;
}

export interface CaseLogOptions {
  encoding: EncodingName;
  /** The item of an XES log whose traces carry no item_code (--item). */
  itemCode?: string;
  /** The language of the diagnostics' messages; default zh-CN. */
  lang?: Lang;
}

/** Every case of the logs, and every problem found (sorted by file, line). */
export interface CaseLogImport {
  cases: LogCase[];
  diagnostics: Diagnostic[];
}

const CHUNK_BYTES = 1 << 20;
/** Enough of a file's start to tell XES from CSV. */
const HEAD_BYTES = 4096;

/** A log source over bytes in memory (tests, or a log read already). */
export function logSourceOf(file: string, bytes: Uint8Array, chunkBytes = CHUNK_BYTES): LogSource {
  return {
    file,
    bytes: () => bytes,
    *chunks() {
      for (let at = 0; at < bytes.length; at += chunkBytes) yield bytes.subarray(at, Math.min(bytes.length, at + chunkBytes));
    },
  };
}

/**
 * Log sources for paths; a path that is missing or not a regular file (a folder, a FIFO, a device)
 * is an UNREADABLE_FILE diagnostic (in `lang`). A CSV log is read whole, up to MAX_INPUT_BYTES (a larger one
 * is reported when read); an XES log streams, so it has no size limit.
 */
export function openLogSources(paths: readonly string[], lang: Lang = DEFAULT_LANG): { sources: LogSource[]; diagnostics: Diagnostic[] } {
  const sources: LogSource[] = [];
  const diagnostics: Diagnostic[] = [];
  const unreadable = (file: string, error: unknown): Diagnostic => ({
    severity: 'error',
    code: 'UNREADABLE_FILE',
    file,
    line: 0,
    message: IMPORT_TEXT[lang].unreadableFile({ what: 'case-log', ...unreadableReason(error) }),
  });
  for (const file of paths) {
    try {
      const fd = openRegularFile(file);
      try {
        // A CSV log is read whole: one over the limit is refused now, before any is read.
        if (fstatSync(fd).size > MAX_INPUT_BYTES) {
          const head = new Uint8Array(HEAD_BYTES);
          if (!isXes(file, head.subarray(0, readSync(fd, head, 0, HEAD_BYTES, 0)))) readRegularFile(file);
        }
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      diagnostics.push(unreadable(file, error));
      continue;
    }
    sources.push({
      file,
      bytes: () => readRegularFile(file),
      *chunks() {
        const fd = openRegularFile(file);
        try {
          for (;;) {
            const buffer = new Uint8Array(CHUNK_BYTES);
            const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
            if (read === 0) return;
            yield buffer.subarray(0, read);
          }
        } finally {
          closeSync(fd);
        }
      },
    });
  }
  return { sources, diagnostics };
}

/** Whether a log is XES: its name ends in .xes, or its first non-blank character (after a BOM) is `<`. */
function isXes(file: string, head: Uint8Array): boolean {
  if (/\.xes$/i.test(file)) return true;
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : head[0] === 0xff || head[0] === 0xfe ? 2 : 0;
  const step = i === 2 ? 2 : 1;
  const little = head[0] === 0xff;
  for (; i < head.length; i += step) {
    const c = step === 2 ? head[little ? i : i + 1]! : head[i]!;
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    return c === 0x3c;
  }
  return false;
}

/** Reads every log (never throws): the cases of all files by case id, events in time order. */
export function importCaseLogs(sources: readonly LogSource[], options: CaseLogOptions): CaseLogImport {
  const lang = options.lang ?? DEFAULT_LANG;
  const collector = createCaseCollector();
  const pending: PendingDiagnostic[] = [];
  for (const source of sources) {
    try {
      const iterator = source.chunks()[Symbol.iterator]();
      const first = iterator.next();
      const head = first.done === true ? new Uint8Array(0) : first.value;
      if (isXes(source.file, head)) {
        const rest: Iterable<Uint8Array> = { [Symbol.iterator]: () => iterator };
        readXes(source.file, prepend(head, rest), { encoding: options.encoding, lang, ...(options.itemCode !== undefined ? { itemCode: options.itemCode } : {}) }, collector, pending);
      } else {
        iterator.return?.();
        readCaseLogCsv(source.file, source.bytes(), options.encoding, lang, collector, pending);
      }
    } catch (error) {
      // The file changed since openLogSources checked it (replaced by a FIFO, grown past the limit).
      if (!(error instanceof UnreadableFileError)) throw error;
      pending.push(makeDiagnostic('UNREADABLE_FILE', { file: source.file, line: 0 }, IMPORT_TEXT[lang].unreadableFile({ what: 'case-log', ...unreadableReason(error) })));
    }
  }
  const fileOrder = new Map(sources.map((s, i) => [s.file, i] as const));
  return { cases: collector.finish(), diagnostics: sortDiagnostics(pending, fileOrder) };
}

function* prepend(head: Uint8Array, rest: Iterable<Uint8Array>): Iterable<Uint8Array> {
  if (head.length > 0) yield head;
  yield* rest;
}
