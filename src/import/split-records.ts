// Cuts decoded text into CSV records (RFC 4180 quoting) and remembers the physical line each starts
// on, so a multi-line quoted cell's row is reported at its first line. It also finds quote errors
// and resynchronises after them, which csv-parse cannot do. scan-records.ts runs the same rules and
// cuts cells as it goes; this record-level form defines them (and its tests pin them).

/** A quote problem found while cutting records. */
export interface QuoteProblem {
  kind: 'bad-quote' | 'unterminated-quote';
  /** Physical line of the offending quote. */
  line: number;
  /** 0-based index of the field it is in. */
  field: number;
  /** For an unterminated quote: its index in the record text. */
  offset: number;
}

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

/**
 * Picks the delimiter of the header: whichever of `,` tab `;` occurs most often outside quotes on
 * the first non-blank line (ties: comma, then tab, then semicolon; none: comma).
 */
export function detectDelimiter(text: string): ',' | '\t' | ';' {
  const counts = { ',': 0, '\t': 0, ';': 0 };
  let quoted = false;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      // A blank line, or a title line with no delimiter (Excel's merged title cell), does not count.
      if (seenContent && counts[','] + counts['\t'] + counts[';'] > 0) break;
      counts[','] = counts['\t'] = counts[';'] = 0;
    } else if (!quoted && (c === ',' || c === '\t' || c === ';')) counts[c]++;
    if (c.trim() !== '') seenContent = true;
  }
  let best: ',' | '\t' | ';' = ',';
  for (const d of ['\t', ';'] as const) if (counts[d] > counts[best]) best = d;
  return best;
}
