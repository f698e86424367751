// A look at a CSV file's header without importing it: whether it names the three-point columns
// (duration_min, duration_max), so the CLI can tell before the run whether Monte Carlo will run
// and choose its worker threads for it. Only the first lines are decoded and read.

import { findColumn } from './columns.js';
import { decodeText, type EncodingName } from './decode-text.js';
import { detectDelimiter } from './detect-delimiter.js';
import { isTitleRow, MAX_TITLE_ROWS, type SourceFile } from './import-file.js';
import { openRecords } from './scan-records.js';
import { isWorkbook } from './workbook/read-workbook.js';

/** At most this many lines (blank lines between title rows give no record) and bytes are decoded: the header's, not the file. */
const PEEK_LINES = 16;
const PEEK_BYTES = 64 * 1024;
const NEWLINE = 0x0a;

/**
 * Whether the file's header names duration_min or duration_max (by any of their names, e.g.
 * 最短时限). A guess for choosing resources, never for reading data: false for a workbook (its sheets
 * are not opened here) and for a header the first lines do not hold whole.
 */
export function namesThreePointColumns(source: SourceFile, encoding: EncodingName = 'auto'): boolean {
  const bytes = source.bytes;
  if (isWorkbook(bytes)) return false;
  // Cut after a line feed: no multi-byte character of UTF-8 or GB18030 holds the byte 0x0A.
  let end = 0;
  for (let lines = 0; lines < PEEK_LINES && end < bytes.length && end < PEEK_BYTES; lines++) {
    const next = bytes.indexOf(NEWLINE, end);
    end = next < 0 ? bytes.length : next + 1;
  }
  const { text } = decodeText(bytes.subarray(0, Math.min(end, PEEK_BYTES)), encoding);
  const next = openRecords(text, detectDelimiter(text));
  let record = next();
  for (let skipped = 0; record !== null && skipped < MAX_TITLE_ROWS && isTitleRow(record); skipped++) record = next();
  return record !== null && record.cells.some((cell) => isThreePointColumn(findColumn(cell)));
}

const isThreePointColumn = (column: string | undefined): boolean => column === 'duration_min' || column === 'duration_max';
