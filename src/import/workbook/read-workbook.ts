// Workbook bytes → its sheets as rows of cell texts, with SheetJS CE 0.20.3 (@e965/xlsx) doing the
// parsing. An .xlsx is unpacked by zip-archive.ts first (size limits, capped inflation) and handed to
// SheetJS as a stored zip, so SheetJS never inflates anything; an .xls (OLE2 compound file) is checked
// for encryption first. Merged ranges spanning rows repeat their value down their first column.

import { createRequire } from 'node:module';
import type * as Xlsx from '@e965/xlsx';
import type { WorkbookRefusal } from '../../i18n/index.js';
import { cellText, hasValue, type CellObject, type DateCodes } from './cell-text.js';
import { ArchiveRefusal, MAX_UNPACKED_BYTES, isZip, unpackZip } from './zip-archive.js';

/** Why a workbook is refused as a whole (the diagnostic codes). */
export type WorkbookProblem = 'NOT_A_WORKBOOK' | 'ENCRYPTED_WORKBOOK' | 'WORKBOOK_TOO_LARGE';

/** One non-empty row of a sheet: its 1-based row number and one text per used column. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** One sheet, read. */
export interface SheetTable {
  name: string;
  /** Hidden or very hidden in Excel. */
  hidden: boolean;
  /** The sheet column (0-based: A = 0) of each position of a row's cells; empty columns are left out. */
  columns: readonly number[];
  /** Gives the sheet's non-empty rows one at a time, then null (each row is built when asked for). */
  openRows(): () => SheetRow | null;
}

export type WorkbookRead = { ok: true; sheets: SheetTable[] } | { ok: false; code: WorkbookProblem; refusal: WorkbookRefusal };

type SheetJs = typeof Xlsx;
let sheetJs: SheetJs | undefined;

/** SheetJS, loaded on the first workbook: runs that read only CSV never pay its ~0.3 s start. */
function loadSheetJs(): SheetJs {
  sheetJs ??= createRequire(import.meta.url)('@e965/xlsx') as SheetJs;
  return sheetJs;
}

/** Whether bytes start like an OLE2 compound file (.xls, or an encrypted .xlsx). */
export function isCompoundFile(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 512 && magic.every((b, i) => bytes[i] === b);
}

/** Whether bytes are to be read as a workbook (by content, not by file name). */
export function isWorkbook(bytes: Uint8Array): boolean {
  return isZip(bytes) || isCompoundFile(bytes);
}

const READ_OPTIONS: Xlsx.ParsingOptions = {
  type: 'buffer',
  dense: true,
  cellNF: true,
  cellHTML: false,
  cellText: false,
  cellDates: false,
  cellFormula: false,
  cellStyles: false,
  sheetStubs: false,
  bookVBA: false,
};

/** The parts of an OOXML package SheetJS needs to read cells (no media, macros or embedded files). */
function isSheetPart(name: string): boolean {
  if (name.startsWith('META-INF/') || name.includes('embeddings/')) return false;
  return /\.(xml|rels)$/i.test(name) || /^xl\/(workbook|sharedStrings|styles)\.bin$|^xl\/worksheets\/[^/]+\.bin$/i.test(name);
}

interface CompoundFile {
  FileIndex: { name: string; content: Uint8Array | number[] }[];
}

interface CfbApi {
  read(data: Uint8Array, options: { type: 'buffer' }): CompoundFile;
  find(container: CompoundFile, path: string): { content?: Uint8Array | number[] } | null;
  write(container: unknown, options: { fileType: 'zip'; type: 'buffer'; compression: boolean }): Uint8Array;
  utils: { cfb_new(): unknown; cfb_add(container: unknown, name: string, content: Uint8Array): void };
}

/** BIFF record FILEPASS: the workbook stream is encrypted from here on. */
const FILEPASS = 0x002f;
const EOF = 0x000a;

/** Whether an .xls workbook stream says it is encrypted (a FILEPASS record in its globals). */
function hasFilePass(stream: Uint8Array | number[]): boolean {
  let at = 0;
  for (let k = 0; k < 500 && at + 4 <= stream.length; k++) {
    const type = (stream[at] ?? 0) | ((stream[at + 1] ?? 0) << 8);
    const length = (stream[at + 2] ?? 0) | ((stream[at + 3] ?? 0) << 8);
    if (type === FILEPASS) return true;
    if (type === EOF) return false;
    at += 4 + length;
  }
  return false;
}


/** Reads the workbook, or says why it cannot be read. Never throws for bad input. */
export function readWorkbook(bytes: Uint8Array, maxBytes: number = MAX_UNPACKED_BYTES): WorkbookRead {
  try {
    if (isZip(bytes)) return readPackage(bytes, maxBytes);
    if (isCompoundFile(bytes)) return readCompoundFile(bytes, maxBytes);
  } catch (error) {
    if (error instanceof ArchiveRefusal) return { ok: false, code: error.code, refusal: error.refusal };
    throw error;
  }
  return { ok: false, code: 'NOT_A_WORKBOOK', refusal: { kind: 'not-a-workbook' } };
}

function readPackage(bytes: Uint8Array, maxBytes: number): WorkbookRead {
  const parts = unpackZip(bytes, isSheetPart, maxBytes);
  if (!parts.has('[Content_Types].xml') || ![...parts.keys()].some((n) => /^xl\/workbook\.(xml|bin)$/i.test(n))) {
    return { ok: false, code: 'NOT_A_WORKBOOK', refusal: { kind: 'zip-not-a-workbook' } };
  }
  const xlsx = loadSheetJs();
  const cfb = xlsx.CFB as CfbApi;
  // A stored (uncompressed) zip of the parts already unpacked: SheetJS inflates nothing itself.
  const container = cfb.utils.cfb_new();
  for (const [name, content] of parts) cfb.utils.cfb_add(container, name, content);
  return parseWith(xlsx, cfb.write(container, { fileType: 'zip', type: 'buffer', compression: false }));
}

function readCompoundFile(bytes: Uint8Array, maxBytes: number): WorkbookRead {
  if (bytes.length > maxBytes) {
    return { ok: false, code: 'WORKBOOK_TOO_LARGE', refusal: { kind: 'too-large', bytes: bytes.length, maxBytes } };
  }
  const xlsx = loadSheetJs();
  const cfb = xlsx.CFB as CfbApi;
  let kind: 'encrypted' | 'workbook' | 'other';
  try {
    const container = quietly(() => cfb.read(bytes, { type: 'buffer' }));
    const stream = cfb.find(container, 'Workbook') ?? cfb.find(container, 'Book');
    // An encrypted .xlsx is an OLE2 file holding the encrypted package (MS-OFFCRYPTO 2.3.4); an
    // encrypted .xls says so in its workbook stream.
    if (cfb.find(container, 'EncryptionInfo') !== null || cfb.find(container, 'EncryptedPackage') !== null) kind = 'encrypted';
    else if (stream === null) kind = 'other';
    else kind = hasFilePass(stream.content ?? []) ? 'encrypted' : 'workbook';
  } catch (error) {
    return { ok: false, code: 'NOT_A_WORKBOOK', refusal: { kind: 'unreadable', detail: messageOf(error) } };
  }
  if (kind === 'encrypted') return { ok: false, code: 'ENCRYPTED_WORKBOOK', refusal: { kind: 'encrypted' } };
  if (kind === 'other') return { ok: false, code: 'NOT_A_WORKBOOK', refusal: { kind: 'office-not-excel' } };
  return parseWith(xlsx, bytes);
}

/**
 * Runs SheetJS with console output held back: on damaged files it logs to the console (`Missing Info
 * for XLS Record …`), and stages never print — what matters reaches the user as a diagnostic.
 */
function quietly<T>(run: () => T): T {
  const saved = { error: console.error, warn: console.warn, log: console.log };
  const ignore = (): void => undefined;
  Object.assign(console, { error: ignore, warn: ignore, log: ignore });
  try {
    return run();
  } finally {
    Object.assign(console, saved);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function parseWith(xlsx: SheetJs, bytes: Uint8Array): WorkbookRead {
  let book: Xlsx.WorkBook;
  try {
    book = quietly(() => xlsx.read(bytes, READ_OPTIONS));
  } catch (error) {
    const message = messageOf(error);
    if (/password/i.test(message)) return { ok: false, code: 'ENCRYPTED_WORKBOOK', refusal: { kind: 'encrypted' } };
    return { ok: false, code: 'NOT_A_WORKBOOK', refusal: { kind: 'cannot-parse', detail: message } };
  }
  const date1904 = book.Workbook?.WBProps?.date1904 === true;
  const ssf = xlsx.SSF as DateCodes;
  const sheets = book.SheetNames.map((name, i) => {
    const hidden = (book.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0;
    return sheetTable(name, hidden, book.Sheets[name], date1904, ssf);
  });
  return { ok: true, sheets };
}

function sheetTable(name: string, hidden: boolean, sheet: Xlsx.WorkSheet | undefined, date1904: boolean, ssf: DateCodes): SheetTable {
  const data = ((sheet as { '!data'?: (CellObject | null | undefined)[][] } | undefined)?.['!data'] ?? []) as (
    | (CellObject | null | undefined)[]
    | undefined
  )[];
  const merges = (sheet?.['!merges'] ?? []) as Xlsx.Range[];
  const used = new Set<number>();
  data.forEach((row) => row?.forEach((cell, c) => hasValue(cell) && used.add(c)));
  const columns = [...used].sort((a, b) => a - b);
  const position = new Map(columns.map((c, i) => [c, i]));

  // Rows inside a merged range take its value in the range's first column (Excel shows one value
  // for the block; item code and name merged down an item's rows is the usual case).
  const fills = new Map<number, { at: number; text: string }[]>();
  for (const range of merges) {
    if (range.e.r <= range.s.r) continue;
    const at = position.get(range.s.c);
    if (at === undefined) continue;
    const text = cellText(data[range.s.r]?.[range.s.c], date1904, ssf);
    if (text === '') continue;
    for (let r = range.s.r + 1; r <= range.e.r; r++) {
      const list = fills.get(r) ?? [];
      list.push({ at, text });
      fills.set(r, list);
    }
  }

  return {
    name,
    hidden,
    columns,
    openRows() {
      let r = 0;
      return () => {
        for (; r < data.length; r++) {
          const row = data[r];
          const fill = fills.get(r);
          if (row === undefined && fill === undefined) continue;
          const cells = columns.map((c) => cellText(row?.[c], date1904, ssf));
          for (const { at, text } of fill ?? []) if (cells[at] === '') cells[at] = text;
          if (cells.every((c) => c === '')) continue;
          return { row: 1 + r++, cells };
        }
        return null;
      };
    },
  };
}
