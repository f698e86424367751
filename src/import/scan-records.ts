// Decoded text → trimmed cells of each record, in one pass of an RFC 4180 state machine (the same
// records, start lines, quote problems and resynchronisation as the reference splitRecords in
// tests/import/reference-split.ts), cutting cells as it goes. Only records with a quote problem go
// through csv-parse (leniently, see cell-record.ts).

import { cellsOfBrokenRecord, type CellRecord, type QuoteProblem } from './cell-record.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  AfterQuote,
}

/**
 * Whitespace as String.prototype.trim sees it (the same set csv-parse 7's `trim` skips), by code
 * unit, so the hot loop never builds one-character strings.
 */
function isBlankCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  if (c > 0x3000) return c === 0xfeff; // hanzi and full-width forms: one comparison
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && (c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000))
  );
}

/** Index of the first delimiter, quote or line break at or after `from` (or the text's end). */
function skipUnquoted(text: string, from: number, d: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === d || c === QUOTE || c === LF || c === CR) break;
    i++;
  }
  return i;
}

/** End of [.., to) without its trailing blanks, but not before `min` (a non-blank position + 1). */
function trimmedEnd(text: string, min: number, to: number): number {
  let end = to;
  while (end > min && isBlankCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Index just past the line break that ends the physical line containing `from` (or the text's end). */
function endOfLine(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) return i + 1;
    if (c === CR) return text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
  }
  return text.length;
}

/** A quoted cell's text: `""` read as `"`, inner line breaks as `\n`, trimmed (what csv-parse + cleanCell give). */
function quotedCell(text: string, from: number, to: number, escaped: boolean, hasCr: boolean): string {
  let cell = text.slice(from, to);
  if (escaped) cell = cell.replaceAll('""', '"');
  if (hasCr) cell = cell.replace(/\r\n?/g, '\n');
  const n = cell.length;
  if (n > 0 && (isBlankCode(cell.charCodeAt(0)) || isBlankCode(cell.charCodeAt(n - 1)))) cell = cell.trim();
  return cell;
}

/** Gives the next record on each call, null after the last. */
export type RecordReader = () => CellRecord | null;

/**
 * Cuts text into records of trimmed cells: exactly `splitCells(splitRecords(text, delimiter), delimiter)`
 * (a property test checks this), without building each record's text or parsing it a second time.
 * A clean record's cells are what csv-parse (`trim: true`) gives plus the inner-line-break rule: an
 * unquoted cell is its text trimmed; a quoted one its content with `""` unescaped. Records with a
 * quote problem get splitCells' best-effort cells. Blank lines give no record.
 */
export function scanRecords(text: string, delimiter: string): CellRecord[] {
  const records: CellRecord[] = [];
  const next = openRecords(text, delimiter);
  for (let r = next(); r !== null; r = next()) records.push(r);
  return records;
}

/**
 * scanRecords one record at a time, so a caller that reads rows as they come keeps no record
 * (and no cell it does not use) alive past its row.
 */
export function openRecords(text: string, delimiter: string): RecordReader {
  const d = delimiter.charCodeAt(0);
  const delimiterIsContent = !isBlankCode(d);
  const n = text.length;
  let pos = 0;
  let line = 1;
  return () => {
    while (pos < n) {
      const start = pos;
      const startLine = line;
      let state = State.FieldStart;
      let field = 0;
      let problem: QuoteProblem | null = null;
      let openOffset = 0;
      let openLine = 0;
      let openField = 0;
      // Whether the record's text is not all whitespace (blank lines give no record).
      let content = false;
      const cells: string[] = [];
      // The current cell: [cellFrom, cellTo) is its trimmed text (unquoted) or its content (quoted).
      let cellFrom = 0;
      let cellTo = 0;
      let escaped = false;
      let hasCr = false;
      let rejected = false;
      let i = pos;
      let end = -1; // index of the record's line break
      while (i < n) {
        const c = text.charCodeAt(i);
        if (state === State.Quoted) {
          if (c === QUOTE) {
            if (text.charCodeAt(i + 1) === QUOTE) {
              i++;
              escaped = true;
            } else {
              state = State.AfterQuote;
              cellTo = i;
            }
          } else if (c === LF || c === CR) {
            if (c === CR) {
              hasCr = true;
              if (text.charCodeAt(i + 1) === LF) i++;
            }
            line++;
          }
          i++;
          // Skip plain quoted content in a tight loop.
          while (state === State.Quoted && i < n) {
            const e = text.charCodeAt(i);
            if (e === QUOTE || e === LF || e === CR) break;
            i++;
          }
          continue;
        }
        if (c === LF || c === CR) {
          end = i;
          break;
        }
        if (c === d) {
          if (delimiterIsContent) content = true;
          if (problem === null) cells.push(cellText(text, state, cellFrom, cellTo, escaped, hasCr));
          field++;
          state = State.FieldStart;
        } else if (state === State.FieldStart) {
          if (c === QUOTE) {
            state = State.Quoted;
            content = true;
            openOffset = i - start;
            openLine = line;
            openField = field;
            cellFrom = i + 1;
            escaped = false;
            hasCr = false;
          } else if (!isBlankCode(c)) {
            state = State.Unquoted;
            content = true;
            cellFrom = i;
            cellTo = i + 1;
            i = skipUnquoted(text, i + 1, d);
            cellTo = trimmedEnd(text, cellTo, i);
            continue;
          }
        } else if (state === State.Unquoted) {
          // Only a quote stops an unquoted cell here: the cell is kept only if the record turns out clean.
          problem ??= { kind: 'bad-quote', line, field, offset: i - start };
          i = skipUnquoted(text, i + 1, d);
          continue;
        } else if (!isBlankCode(c)) {
          problem ??= { kind: 'bad-quote', line, field, offset: i - start };
          state = State.Unquoted;
        } else if (c >= 0x80 && cellTo > cellFrom) {
          // csv-parse 7 rejects a multi-byte blank after a non-empty quoted cell (it skips only its
          // first UTF-8 byte); splitCells then reports the record as a bad quote, and so do we.
          rejected = true;
        }
        i++;
      }
      if (state === State.Quoted) {
        // The quote never closed: keep only its own line in this record and read on from the next.
        const cut = endOfLine(text, start + openOffset);
        const recordText = text.slice(start, cut).replace(/(\r\n|\r|\n)$/, '');
        const unterminated: QuoteProblem = { kind: 'unterminated-quote', line: openLine, field: openField, offset: openOffset };
        pos = cut;
        line = openLine + 1;
        return { cells: cellsOfBrokenRecord(recordText, unterminated, delimiter), line: startLine, problem: unterminated };
      }
      if (end < 0) pos = n;
      else {
        pos = text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
        line++;
      }
      if (!content) continue;
      if (rejected) problem ??= { kind: 'bad-quote', line: startLine, field: 0, offset: 0 };
      if (problem === null) {
        cells.push(cellText(text, state, cellFrom, cellTo, escaped, hasCr));
        return { cells, line: startLine, problem };
      }
      const recordText = end < 0 ? text.slice(start) : text.slice(start, end);
      return { cells: cellsOfBrokenRecord(recordText, problem, delimiter), line: startLine, problem };
    }
    return null;
  };
}

/** The finished cell in a clean record, by the state its field ended in (never Quoted there). */
function cellText(text: string, state: State, from: number, to: number, escaped: boolean, hasCr: boolean): string {
  if (state === State.FieldStart) return '';
  if (state === State.Unquoted) return text.slice(from, to);
  return quotedCell(text, from, to, escaped, hasCr);
}
