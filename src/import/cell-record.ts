// Records cut into cells, and the best-effort cells of a record with a quote problem: csv-parse
// reads such a record leniently (quotes tolerated, else a plain split) so that its item code can
// still be named in the error report.

import { parse } from 'csv-parse/sync';

type Parsed = string[][];

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

/** A record cut into cells, with the quote problem (if any) that makes its cells unreliable. */
export interface CellRecord {
  cells: string[];
  line: number;
  problem: QuoteProblem | null;
}

/** Best-effort cells of a record csv-parse rejects: quotes tolerated, else a plain split. */
export function parseLenient(text: string, delimiter: string): string[] {
  try {
    const rows = parse(text, { delimiter, trim: true, relax_column_count: true, relax_quotes: true, record_delimiter: '\n' }) as Parsed;
    if (rows.length === 1 && rows[0]) return rows[0];
  } catch {
    // fall through to the plain split
  }
  return text.split(delimiter).map((c) => c.replace(/"/g, ''));
}

/** Cells keep inner line breaks as `\n` (Excel on Windows writes `\r\n`) and are trimmed. */
export function cleanCell(cell: string): string {
  return cell.replace(/\r\n?/g, '\n').trim();
}

/**
 * Best-effort trimmed cells of a record with a quote problem (only for naming its item and step in
 * the error report): an unterminated record is read without its opening quote.
 */
export function cellsOfBrokenRecord(text: string, problem: QuoteProblem, delimiter: string): string[] {
  const cells =
    problem.kind === 'unterminated-quote'
      ? parseLenient(text.slice(0, problem.offset) + text.slice(problem.offset + 1), delimiter)
      : parseLenient(text, delimiter);
  return cells.map(cleanCell);
}
