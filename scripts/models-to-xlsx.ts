// Writes models/*.xlsx from models/*.csv the way a window keeps the same rows in Excel: one sheet,
// numbers typed as numbers, item code and name merged down each item's consecutive rows. Independent of
// procopt's reading and writing code (csv-parse and exceljs directly), so the test that each workbook
// analyses to exactly the JSON of its CSV (tests/import/workbook/models-xlsx.test.ts) is not circular.
// Run: npx tsx scripts/models-to-xlsx.ts

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

const MODELS = join(import.meta.dirname, '..', 'models');

/** UTF-8 (with or without BOM), else GB18030 — the two encodings the bundled CSVs use. */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** What Excel makes of a typed cell: a plain decimal number becomes a number (no leading zeros kept). */
function typed(cell: string): string | number | null {
  if (cell === '') return null;
  return /^-?(0|[1-9]\d*)(\.\d+)?$/.test(cell) ? Number(cell) : cell;
}

async function convert(csvFile: string): Promise<void> {
  const rows = parse(decode(new Uint8Array(readFileSync(join(MODELS, csvFile)))), { relax_column_count: false }) as string[][];
  const [header, ...data] = rows;
  if (header === undefined) throw new Error(`${csvFile}: empty`);
  const book = new ExcelJS.Workbook();
  book.created = new Date(Date.UTC(2024, 0, 1));
  book.modified = book.created;
  const sheet = book.addWorksheet('办理规程');
  sheet.addRow(header);
  for (const row of data) sheet.addRow(row.map(typed));
  // Item code and name merged down each run of one item's rows (the first row keeps the value).
  const code = header.indexOf('事项编码') + 1;
  const name = header.indexOf('事项名称') + 1;
  let start = 0;
  for (let i = 1; i <= data.length; i++) {
    if (i < data.length && data[i]?.[code - 1] === data[start]?.[code - 1]) continue;
    if (i - start > 1) {
      for (const column of [code, name]) if (column > 0) sheet.mergeCells(start + 2, column, i + 1, column);
    }
    start = i;
  }
  const out = join(MODELS, csvFile.replace(/\.csv$/, '.xlsx'));
  await book.xlsx.writeFile(out);
  process.stderr.write(`wrote ${out}\n`);
}

for (const file of readdirSync(MODELS).filter((f) => f.endsWith('.csv')).sort()) await convert(file);
