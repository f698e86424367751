// Splits records into trimmed cells with csv-parse (RFC 4180 unquoting). The importer reads clean
// records in one pass (scan-records.ts, checked against splitCells); records with a quote problem
// are parsed here one by one, leniently, so their item code can still be read for the error report.

import { parse } from 'csv-parse/sync';
import type { QuoteProblem, RawRecord } from './split-records.js';

/** A record cut into cells, with the quote problem (if any) that makes its cells unreliable. */
export interface CellRecord {
  cells: string[];
  line: number;
  problem: QuoteProblem | null;
}

type Parsed = string[][];

function parseStrict(text: string, delimiter: string): Parsed {
  return parse(text, { delimiter, trim: true, relax_column_count: true, record_delimiter: '\n', skip_empty_lines: false }) as Parsed;
}

/** Best-effort cells of a record csv-parse rejects: quotes tolerated, else a plain split. */
function parseLenient(text: string, delimiter: string): string[] {
  try {
    const rows = parse(text, { delimiter, trim: true, relax_column_count: true, relax_quotes: true, record_delimiter: '\n' }) as Parsed;
    if (rows.length === 1 && rows[0]) return rows[0];
  } catch {
    // fall through to the plain split
  }
  return text.split(delimiter).map((c) => c.replace(/"/g, ''));
}

/** Cells keep inner line breaks as `\n` (Excel on Windows writes `\r\n`) and are trimmed. */
function cleanCell(cell: string): string {
  return cell.replace(/\r\n?/g, '\n').trim();
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
