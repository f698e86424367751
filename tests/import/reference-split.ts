// The reference definition of how the importer cuts text into records and cells, kept beside the
// tests that pin it: splitRecords cuts records (RFC 4180 quoting, start lines, quote problems and
// resynchronisation), splitCells splits them with csv-parse. src/import/scan-records.ts does both
// in one pass, and tests/import/scan-records.test.ts checks it gives exactly what these give.

import { parse } from 'csv-parse/sync';
import { cellsOfBrokenRecord, cleanCell, parseLenient, type CellRecord, type QuoteProblem } from '../../src/import/cell-record.js';

type Parsed = string[][];

/** One record's raw text (without its line break) and where it stands. */
export interface RawRecord {
  text: string;
  /** Physical line the record starts on (1-based). */
  line: number;
  problem: QuoteProblem | null;
}

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  AfterQuote,
}

/** Whitespace as String.prototype.trim sees it, which is also what csv-parse's `trim` skips. */
function isBlank(c: string, delimiter: string): boolean {
  return c !== delimiter && c.trim() === '';
}

/** Index just past the line break that ends the physical line containing `from` (or the text's end). */
function endOfLine(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') return i + 1;
    if (c === '\r') return text[i + 1] === '\n' ? i + 2 : i + 1;
  }
  return text.length;
}

/**
 * Splits text into records. Line breaks are `\r\n`, `\n` or a lone `\r`. A quote opens a quoted
 * field only at the start of a field (blanks before it allowed); `""` inside is a quote. A quote
 * anywhere else, or text after a closing quote, is a bad quote (the record is kept and flagged).
 * A quote still open at the end of the text is unterminated: its record is cut at the end of the
 * quote's line and reading resumes on the next line, so one stray quote does not swallow the file.
 * Blank lines give no record.
 */
export function splitRecords(text: string, delimiter: string): RawRecord[] {
  const records: RawRecord[] = [];
  let pos = 0;
  let line = 1;
  while (pos < text.length) {
    const start = pos;
    const startLine = line;
    let state = State.FieldStart;
    let field = 0;
    let problem: QuoteProblem | null = null;
    let open = { offset: 0, line: 0, field: 0 };
    let i = pos;
    let end = -1; // index of the record's line break
    while (i < text.length) {
      const c = text[i] as string;
      const isBreak = c === '\n' || c === '\r';
      if (state === State.Quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') i++;
          else state = State.AfterQuote;
        } else if (isBreak) {
          if (c === '\r' && text[i + 1] === '\n') i++;
          line++;
        }
        i++;
        continue;
      }
      if (isBreak) {
        end = i;
        break;
      }
      if (c === delimiter) {
        field++;
        state = State.FieldStart;
      } else if (state === State.FieldStart) {
        if (c === '"') {
          state = State.Quoted;
          open = { offset: i - start, line, field };
        } else if (!isBlank(c, delimiter)) state = State.Unquoted;
      } else if (state === State.Unquoted) {
        if (c === '"') problem ??= { kind: 'bad-quote', line, field, offset: i - start };
      } else if (!isBlank(c, delimiter)) {
        problem ??= { kind: 'bad-quote', line, field, offset: i - start };
        state = State.Unquoted;
      }
      i++;
    }
    if (state === State.Quoted) {
      // The quote never closed: keep only its own line in this record and read on from the next.
      const cut = endOfLine(text, start + open.offset);
      records.push({
        text: text.slice(start, cut).replace(/(\r\n|\r|\n)$/, ''),
        line: startLine,
        problem: { kind: 'unterminated-quote', line: open.line, field: open.field, offset: open.offset },
      });
      pos = cut;
      line = open.line + 1;
      continue;
    }
    const recordText = end < 0 ? text.slice(start) : text.slice(start, end);
    if (recordText.trim() !== '') records.push({ text: recordText, line: startLine, problem });
    if (end < 0) break;
    pos = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
    line++;
  }
  return records;
}

function parseStrict(text: string, delimiter: string): Parsed {
  return parse(text, { delimiter, trim: true, relax_column_count: true, record_delimiter: '\n', skip_empty_lines: false }) as Parsed;
}

/** Splits every record into cells; a record csv-parse rejects although the splitter did not is flagged as a bad quote. */
export function splitCells(records: readonly RawRecord[], delimiter: string): CellRecord[] {
  const clean = records.filter((r) => r.problem === null);
  let batch: Parsed | null = null;
  try {
    // Clean record texts hold no line break outside quotes, so joining them with \n keeps them apart.
    batch = parseStrict(clean.map((r) => r.text).join('\n'), delimiter);
    if (batch.length !== clean.length) batch = null;
  } catch {
    batch = null;
  }
  let k = 0;
  return records.map((r) => {
    let cells: string[];
    let problem = r.problem;
    if (problem === null) {
      const fromBatch = batch?.[k++];
      if (fromBatch) cells = fromBatch;
      else {
        try {
          cells = parseStrict(r.text, delimiter)[0] ?? [];
        } catch {
          problem = { kind: 'bad-quote', line: r.line, field: 0, offset: 0 };
          cells = parseLenient(r.text, delimiter);
        }
      }
    } else {
      return { cells: cellsOfBrokenRecord(r.text, problem, delimiter), line: r.line, problem };
    }
    return { cells: cells.map(cleanCell), line: r.line, problem };
  });
}

