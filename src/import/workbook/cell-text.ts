// A workbook cell as the text a CSV saved from it would hold, so the CSV rows' reading applies
// unchanged: text as typed; a number in its shortest form at Excel's 15 significant digits (1.5, never
// 1.4999999999999998); a date as an ISO date (2024-03-15); TRUE/FALSE; errors as Excel shows them.

/** What the reader needs of a SheetJS cell object (a plain object: `t` type, `v` value, `z` number format). */
export interface CellObject {
  t: string;
  v?: unknown;
  z?: unknown;
}

/** The date helpers of SheetJS's number-format library (SSF). */
export interface DateCodes {
  is_date(format: string): boolean;
  parse_date_code(value: number, options?: { date1904?: boolean }): { y: number; m: number; d: number; H: number; M: number; S: number } | null;
}

/** Excel's error codes (BIFF numbering, as SheetJS keeps them in `v`). */
const ERRORS: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

/** A number at 15 significant digits, shortest form (what Excel displays and writes to CSV). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toPrecision(15));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** An Excel date serial as an ISO date, with the time of day only when there is one. */
export function formatDateSerial(value: number, date1904: boolean, ssf: DateCodes): string {
  const code = ssf.parse_date_code(value, { date1904 });
  if (code === null) return formatNumber(value);
  const date = `${pad(code.y, 4)}-${pad(code.m, 2)}-${pad(code.d, 2)}`;
  return code.H === 0 && code.M === 0 && code.S === 0 ? date : `${date}T${pad(code.H, 2)}:${pad(code.M, 2)}:${pad(code.S, 2)}`;
}

/** Cells are trimmed and keep inner line breaks as `\n`, as the CSV reader leaves them. */
function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/** The text of one cell ('' for an empty one). */
export function cellText(cell: CellObject | null | undefined, date1904: boolean, ssf: DateCodes): string {
  if (cell === null || cell === undefined || cell.v === undefined || cell.v === null) return '';
  const value = cell.v;
  switch (cell.t) {
    case 'n': {
      if (typeof value !== 'number') return clean(String(value));
      const format = typeof cell.z === 'string' ? cell.z : 'General';
      if (format !== 'General' && ssf.is_date(format)) return formatDateSerial(value, date1904, ssf);
      // A code typed as a number and shown with leading zeros (format 000000) reads as shown.
      if (/^0+$/.test(format) && Number.isSafeInteger(value) && value >= 0) return String(value).padStart(format.length, '0');
      return formatNumber(value);
    }
    case 'b':
      return value === true ? 'TRUE' : 'FALSE';
    case 'e':
      return typeof value === 'number' ? (ERRORS[value] ?? '#VALUE!') : clean(String(value));
    case 'd':
      return value instanceof Date ? value.toISOString().slice(0, 10) : clean(String(value));
    case 'z':
      return '';
    default:
      return typeof value === 'string' ? clean(value) : clean(String(value));
  }
}

/** Whether a cell holds something (before it is turned into text). */
export function hasValue(cell: CellObject | null | undefined): boolean {
  if (cell === null || cell === undefined || cell.t === 'z') return false;
  const value = cell.v;
  if (value === undefined || value === null) return false;
  return typeof value !== 'string' || value.trim() !== '';
}
