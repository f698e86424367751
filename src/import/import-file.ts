// One file → its items and diagnostics: decode, cut records into cells in one pass (each row read as it
// is cut), read the header and every row, then check each item as a whole (duplicate steps, item values,
// references, a declared-order cycle via findCycle) and settle the roles its declared order decides
// (read-item-roles.ts). A bad row leaves out only its item; file problems, the file.

import type { DiagnosticCode, Procedure, Step } from '../domain/index.js';
import { buildDigraph, findCycle } from '../graph/index.js';
import { DEFAULT_LANG, IMPORT_TEXT, type ImportText } from '../i18n/index.js';
import { COLUMNS, findColumn, normalizeHeader, readHeaderColumn, type ColumnName, type DurationUnit } from './columns.js';
import { decodeText, type EncodingName } from './decode-text.js';
import { columnRef, makeDiagnostic, subject, type PendingDiagnostic } from './diagnostics.js';
import { cellOf, columnPositions, readRow, type Header, type ReadContext, type RowFacts } from './read-row.js';
import { keepString } from './keep-string.js';
import { settleItemRoles, type RowStep } from './read-item-roles.js';
import { defaultRoleTable } from './read-type-word.js';
import { openRecords, type RecordReader } from './scan-records.js';
import type { CellRecord } from './cell-record.js';
import { detectDelimiter } from './detect-delimiter.js';

/** The bytes of one input file; `file` is the path as the user named it. */
export interface SourceFile {
  file: string;
  bytes: Uint8Array;
}

/** One item as found in one file. */
export interface FileItem {
  itemCode: string;
  /** Line of the item's first row in this file. */
  line: number;
  /** The item, or null when an error in this file leaves it out. */
  procedure: Procedure | null;
  /** Line of the first error that leaves the item out, or null. */
  errorLine: number | null;
  /** The table the item was read from when it is not the file itself (a workbook sheet: `窗口.xlsx[食品科]`). */
  file?: string;
}

/** What one file gave. */
export interface FileImport {
  diagnostics: PendingDiagnostic[];
  items: FileItem[];
}

/** At most this many UNDECODABLE lines are listed per file; the rest are counted in the last message. */
const MAX_UNDECODABLE_LINES = 10;

/** Physical line numbers (1-based) of the U+FFFD characters in text, each line once. */
function replacementLines(text: string): number[] {
  const lines: number[] = [];
  if (!text.includes('\uFFFD')) return lines;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
    else if (c === '\uFFFD' && lines[lines.length - 1] !== line) lines.push(line);
  }
  return lines;
}

/** Reading with no pool shared, the contract's role table and the default language's messages. */
export function defaultReadContext(): ReadContext {
  return { pool: new Map(), table: defaultRoleTable(), text: IMPORT_TEXT[DEFAULT_LANG] };
}

/**
 * Reads one file's items. Pure: never throws, every problem is a diagnostic. Kept strings go
 * through `context.pool`; type words are read with `context.table` (the contract's words and a
 * centre's own); messages are `context.text`'s.
 */
export function importFile(source: SourceFile, encoding: EncodingName, context: ReadContext = defaultReadContext()): FileImport {
  const file = source.file;
  const diagnostics: PendingDiagnostic[] = [];
  const { text, encoding: used } = decodeText(source.bytes, encoding);

  if (text.trim() === '') {
    diagnostics.push(makeDiagnostic('EMPTY_FILE', { file, line: 0 }, context.text.emptyFile()));
    return { diagnostics, items: [] };
  }

  // Bad bytes: the whole file is left out, since a wrong guess of the encoding garbles every cell.
  let fileErrorLine: number | null = null;
  const badLines = replacementLines(text);
  badLines.slice(0, MAX_UNDECODABLE_LINES).forEach((line, k) => {
    const more = k === MAX_UNDECODABLE_LINES - 1 ? badLines.length - MAX_UNDECODABLE_LINES : 0;
    diagnostics.push(makeDiagnostic('UNDECODABLE', { file, line }, context.text.undecodable({ encoding: used.toUpperCase(), more })));
  });
  if (badLines[0] !== undefined) fileErrorLine = badLines[0];

  return importRecords(file, openRecords(text, detectDelimiter(text)), context, diagnostics, fileErrorLine);
}

/**
 * One table's records → its items: skip title rows, read the header and every row, check each item.
 * A CSV file's records and a workbook sheet's rows both come here, so both are read alike; `line` is
 * the CSV line or the sheet row; type words are read with `context.table`. `diagnostics` holds what was found before (they are added to), and
 * `fileErrorLine` an error that already leaves the whole table out.
 */
export function importRecords(
  file: string,
  records: RecordReader,
  context: ReadContext,
  diagnostics: PendingDiagnostic[] = [],
  fileErrorLine: number | null = null,
): FileImport {
  const { pool, text } = context;
  let next = records;
  let headerRecord = next();
  // Sheets exported from Excel often carry a title above the header (one merged cell, e.g.
  // 食品经营许可办理流程表): such rows are skipped with a warning.
  for (let skipped = 0; headerRecord && skipped < MAX_TITLE_ROWS && isTitleRow(headerRecord); skipped++) {
    const title = headerRecord.cells.find((c) => c !== '') ?? '';
    diagnostics.push(makeDiagnostic('TITLE_ROW', { file, line: headerRecord.line }, text.titleRow({ title: title.length > 40 ? `${title.slice(0, 40)}…` : title })));
    headerRecord = next();
  }
  if (!headerRecord) {
    diagnostics.push(makeDiagnostic('EMPTY_FILE', { file, line: 0 }, text.emptyFile()));
    return { diagnostics, items: [] };
  }

  // Rows are read as they are cut, so no record outlives its row; only an unnamed header cell
  // needs every row first (to see whether its column holds data).
  let allRows: CellRecord[] = [];
  if (headerRecord.cells.includes('')) {
    allRows = scanRest(next);
    next = recordsOf(allRows);
  }
  const { header, errorLine: headerErrorLine } = readHeader(headerRecord, allRows, file, diagnostics, text);
  const errorLine = minLine(fileErrorLine, headerErrorLine);

  if (errorLine !== null) {
    // The file is unusable, but the items it names are still listed as left out (and claim their codes).
    const items = new Map<string, FileItem>();
    if (header.index.has('item_code')) {
      for (let r = next(); r !== null; r = next()) {
        if (!isDataRow(r)) continue;
        const code = cellOf(r.cells, header, 'item_code');
        if (code !== '' && !code.includes('\uFFFD') && !items.has(code)) {
          items.set(code, { itemCode: keepString(pool, code), line: r.line, procedure: null, errorLine });
        }
      }
    }
    return { diagnostics, items: [...items.values()] };
  }
  const { items, dataRows } = readItems(next, header, file, diagnostics, context);
  if (dataRows === 0) {
    // No data row gave readItems anything to report, so this is the file's only diagnostic after the header's.
    diagnostics.push(makeDiagnostic('EMPTY_FILE', { file, line: header.line }, text.headerOnly()));
    return { diagnostics, items: [] };
  }
  return { diagnostics, items };
}

/** At most this many title rows are skipped above the header. */
export const MAX_TITLE_ROWS = 3;

/** A title row: a single non-empty cell that names no column, and no quote problem. */
export function isTitleRow(r: CellRecord): boolean {
  if (r.problem !== null) return false;
  const filled = r.cells.filter((c) => c !== '');
  return filled.length === 1 && findColumn(filled[0]!) === undefined;
}

/** A row that is not blank (Excel writes blank rows as ",,,,"); a row with a quote problem always counts. */
function isDataRow(r: CellRecord): boolean {
  return r.problem !== null || r.cells.some((c) => c !== '');
}

function scanRest(next: RecordReader): CellRecord[] {
  const rows: CellRecord[] = [];
  for (let r = next(); r !== null; r = next()) rows.push(r);
  return rows;
}

function recordsOf(rows: readonly CellRecord[]): RecordReader {
  let k = 0;
  return () => rows[k++] ?? null;
}

function minLine(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

/** Maps header cells to contract columns; reports quote problems, duplicates, missing and unknown columns. */
function readHeader(
  record: CellRecord,
  rows: readonly CellRecord[],
  file: string,
  diagnostics: PendingDiagnostic[],
  text: ImportText,
): { header: Header; errorLine: number | null } {
  const line = record.line;
  let errorLine: number | null = null;
  const fail = (code: DiagnosticCode, column: string | undefined, columnOrder: number, message: string): void => {
    errorLine = line;
    diagnostics.push(makeDiagnostic(code, { file, line, ...(column !== undefined ? { column } : {}), columnOrder }, message));
  };
  if (record.problem) {
    const code = record.problem.kind === 'unterminated-quote' ? 'UNTERMINATED_QUOTE' : 'BAD_QUOTE';
    fail(code, undefined, record.problem.field, text.headerQuote({ kind: record.problem.kind }));
  }
  const index = new Map<ColumnName, number>();
  const units: Partial<Record<ColumnName, DurationUnit>> = {};
  const attributes: { index: number; key: string }[] = [];
  const seenUnknown = new Map<string, number>();
  record.cells.forEach((name, i) => {
    if (name === '') {
      // Excel pads rows with empty columns; an unnamed column matters only if it holds data.
      if (rows.some((r) => r.problem === null && (r.cells[i] ?? '') !== '')) attributes.push({ index: i, key: `column ${i + 1}` });
      return;
    }
    const named = readHeaderColumn(name);
    if (named) {
      const { column, unit } = named;
      const first = index.get(column);
      if (first === undefined) {
        index.set(column, i);
        if (unit !== null) units[column] = unit;
      } else fail('DUPLICATE_COLUMN', column, i, text.duplicateColumn({ header: name, column: columnRef(column), first: first + 1 }));
      return;
    }
    const key = normalizeHeader(name);
    const first = seenUnknown.get(key);
    if (first === undefined) {
      seenUnknown.set(key, i);
      attributes.push({ index: i, key: name });
    } else fail('DUPLICATE_COLUMN', name, i, text.duplicateUnknownColumn({ header: name, first: first + 1, second: i + 1 }));
  });
  for (const spec of COLUMNS) {
    if (spec.required && !index.has(spec.name)) {
      fail('MISSING_COLUMN', spec.name, -1, text.missingColumn({ column: columnRef(spec.name), accepted: [spec.name, ...spec.aliases] }));
    }
  }
  if (attributes.length > 0 && errorLine === null) {
    diagnostics.push(makeDiagnostic('UNKNOWN_COLUMN', { file, line }, text.unknownColumns({ headers: attributes.map((a) => a.key) })));
  }
  if (!index.has('duration_days') && errorLine === null) {
    diagnostics.push(makeDiagnostic('NO_DURATION_COLUMN', { file, line, column: 'duration_days' }, text.noDurationColumn()));
  }
  return { header: { line, width: record.cells.length, index, at: columnPositions(index), units, attributes }, errorLine };
}

interface ItemDraft {
  code: string;
  line: number;
  facts: RowFacts[];
  /** Best-guess step ids of the item's rows that could not be read (quote or column-count problems). */
  brokenStepIds: string[];
  errorLine: number | null;
}

/** Reads all rows, then checks each item as a whole; also counts the data (non-blank) rows. */
function readItems(
  next: RecordReader,
  header: Header,
  file: string,
  diagnostics: PendingDiagnostic[],
  context: ReadContext,
): { items: FileItem[]; dataRows: number } {
  const { pool, text } = context;
  const drafts = new Map<string, ItemDraft>();
  const columnOrder = (column: ColumnName | undefined): number => (column ? (header.index.get(column) ?? -1) : -1);
  // An item's rows usually come together, so the last draft is tried before the map.
  let last: ItemDraft | null = null;
  const draftOf = (code: string, line: number): ItemDraft => {
    if (last !== null && last.code === code) return last;
    let d = drafts.get(code);
    if (!d) {
      d = { code: keepString(pool, code), line, facts: [], brokenStepIds: [], errorLine: null };
      drafts.set(code, d);
    }
    last = d;
    return d;
  };
  const report = (code: DiagnosticCode, line: number, column: ColumnName | undefined, itemCode: string, message: string): void => {
    const pending = makeDiagnostic(
      code,
      { file, line, ...(column ? { column } : {}), columnOrder: columnOrder(column), itemCode },
      message,
    );
    diagnostics.push(pending);
    if (pending.diagnostic.severity === 'error' && itemCode !== '') {
      const d = draftOf(itemCode, line);
      d.errorLine = minLine(d.errorLine, line);
    }
  };

  let dataRows = 0;
  for (let row = next(); row !== null; row = next()) {
    if (!isDataRow(row)) continue;
    dataRows++;
    const code = cellOf(row.cells, header, 'item_code');
    if (row.problem) {
      const p = row.problem;
      const column = COLUMNS.find((c) => header.index.get(c.name) === p.field)?.name;
      if (code !== '') draftOf(code, row.line).brokenStepIds.push(cellOf(row.cells, header, 'step_id'));
      const kind = p.kind === 'unterminated-quote' ? 'UNTERMINATED_QUOTE' : 'BAD_QUOTE';
      report(kind, p.line, column, code, `${subject(text, code)}${text.rowQuote({ kind: p.kind })}`);
      continue;
    }
    if (row.cells.length !== header.width) {
      if (code !== '') draftOf(code, row.line).brokenStepIds.push(cellOf(row.cells, header, 'step_id'));
      report('COLUMN_COUNT', row.line, undefined, code, `${subject(text, code)}${text.columnCount({ cells: row.cells.length, width: header.width })}`);
      continue;
    }
    const facts = readRow(row.cells, row.line, header, report, context);
    if (code !== '') draftOf(code, row.line).facts.push(facts);
  }

  const items: FileItem[] = [];
  for (const draft of drafts.values()) {
    const procedure = checkItem(draft, file, header.index.has('predecessors'), text, (c, line, column, message) => report(c, line, column, draft.code, message));
    items.push({ itemCode: draft.code, line: draft.line, procedure: draft.errorLine === null ? procedure : null, errorLine: draft.errorLine });
  }
  return { items, dataRows };
}

type ItemReport = (code: DiagnosticCode, line: number, column: ColumnName, message: string) => void;

/**
 * Item-wide checks and readings; returns the procedure (meaningful only when nothing was reported
 * as an error). Without a predecessors column the item's rows form a chain in file order.
 */
function checkItem(draft: ItemDraft, file: string, hasPredecessors: boolean, text: ImportText, report: ItemReport): Procedure {
  const code = draft.code;
  if (!hasPredecessors) chainRows(draft, text, report);
  const firstLineOf = new Map<string, number>();
  for (const f of draft.facts) {
    if (f.stepId === '') continue;
    const first = firstLineOf.get(f.stepId);
    if (first === undefined) firstLineOf.set(f.stepId, f.line);
    else report('DUPLICATE_STEP', f.line, 'step_id', `${subject(text, code)}${text.duplicateStep({ stepId: f.stepId, first })}`);
  }

  let itemName: { value: string; line: number } | null = null;
  let legal: { value: number; line: number } | null = null;
  let promised: { value: number; line: number } | null = null;
  for (const f of draft.facts) {
    if (f.itemName !== '') {
      if (!itemName) itemName = { value: f.itemName, line: f.line };
      else if (itemName.value !== f.itemName) {
        report('ITEM_VALUE_CONFLICT', f.line, 'item_name', `${subject(text, code)}${text.itemNameConflict({ name: f.itemName, other: itemName.value, line: itemName.line })}`);
      }
    }
    if (f.legalLimitDays !== null) {
      if (!legal) legal = { value: f.legalLimitDays, line: f.line };
      else if (legal.value !== f.legalLimitDays) {
        const message = text.limitConflict({ column: 'legal_limit_days', value: f.legalLimitDays, other: legal.value, line: legal.line });
        report('ITEM_VALUE_CONFLICT', f.line, 'legal_limit_days', `${subject(text, code)}${message}`);
      }
    }
    if (f.promisedLimitDays !== null) {
      if (!promised) promised = { value: f.promisedLimitDays, line: f.line };
      else if (promised.value !== f.promisedLimitDays) {
        const message = text.limitConflict({ column: 'promised_limit_days', value: f.promisedLimitDays, other: promised.value, line: promised.line });
        report('ITEM_VALUE_CONFLICT', f.line, 'promised_limit_days', `${subject(text, code)}${message}`);
      }
    }
  }
  if (!itemName && draft.facts.length > 0) {
    report('MISSING_CELL', draft.line, 'item_name', `${subject(text, code)}${text.noItemName({ column: columnRef('item_name') })}`);
  }

  const broken = draft.brokenStepIds;
  const isKnown = (id: string): boolean => firstLineOf.has(id) || (broken.length > 0 && id !== '' && broken.includes(id));
  let f: RowFacts;
  const checkReferences = (ids: readonly string[], column: 'predecessors' | 'hard_predecessors'): void => {
    for (const id of ids) {
      if (id === f.stepId) report('SELF_REFERENCE', f.line, column, `${stepSubject(text, code, f)}${text.selfReference({ column })}`);
      else if (!isKnown(id)) report('UNKNOWN_STEP', f.line, column, `${stepSubject(text, code, f)}${text.unknownReference({ column, stepId: id })}`);
    }
  };
  for (f of draft.facts) {
    checkReferences(f.predecessors, 'predecessors');
    checkReferences(f.hardPredecessors, 'hard_predecessors');
    if (f.returnTo !== null && !isKnown(f.returnTo)) {
      report('UNKNOWN_STEP', f.line, 'return_to', `${stepSubject(text, code, f)}${text.unknownReference({ column: 'return_to', stepId: f.returnTo })}`);
    }
  }

  reportCycle(draft, text, report);

  const steps: Step[] = [];
  const rows: RowStep[] = [];
  for (const f of draft.facts) {
    if (!f.step) continue;
    steps.push(f.step);
    rows.push({ step: f.step, countsGiven: f.countsGiven, durationEmpty: f.durationEmpty });
  }
  settleItemRoles(rows, (c, step) => report(c, step.line, 'duration_days', `${subject(text, code, step.id)}${text.emptyDuration()}`));
  return {
    itemCode: code,
    itemName: itemName?.value ?? '',
    legalLimitDays: legal?.value ?? null,
    promisedLimitDays: promised?.value ?? null,
    steps,
    source: { file, line: draft.line },
  };
}

/** A file without a predecessors column: each row of the item follows the one before it (one note per item). */
function chainRows(draft: ItemDraft, text: ImportText, report: ItemReport): void {
  let previous = '';
  for (const f of draft.facts) {
    if (previous !== '' && f.stepId !== '' && f.stepId !== previous) f.predecessors.push(previous);
    if (f.stepId !== '') previous = f.stepId;
  }
  report('NO_PREDECESSORS_COLUMN', draft.line, 'predecessors', `${subject(text, draft.code)}${text.noPredecessorsColumn({ rows: draft.facts.length })}`);
}

/** `item X, step Y: ` for a row's message. */
function stepSubject(text: ImportText, itemCode: string, f: RowFacts): string {
  return subject(text, itemCode, f.stepId || undefined);
}

/** Finds one cycle of the declared order (predecessors) and names it, reported at its first step in file order. */
function reportCycle(draft: ItemDraft, text: ImportText, report: ItemReport): void {
  const indexOf = new Map<string, number>();
  const rows: RowFacts[] = [];
  for (const f of draft.facts) {
    if (f.stepId !== '' && !indexOf.has(f.stepId)) {
      indexOf.set(f.stepId, rows.length);
      rows.push(f);
    }
  }
  const from: number[] = [];
  const to: number[] = [];
  // When every edge runs forward in file order the declared order has no cycle: skip the search.
  let backward = false;
  for (const f of draft.facts) {
    const s = indexOf.get(f.stepId);
    if (s === undefined) continue;
    for (const p of f.predecessors) {
      const j = indexOf.get(p);
      if (j !== undefined && j !== s) {
        from.push(j);
        to.push(s);
        if (j > s) backward = true;
      }
    }
  }
  if (!backward) return;
  const cycle = findCycle(buildDigraph(rows.length, from, to));
  if (!cycle || cycle.length === 0) return;
  const start = cycle.indexOf(Math.min(...cycle));
  const ordered = [...cycle.slice(start), ...cycle.slice(0, start)];
  const ids = ordered.map((i) => rows[i]?.stepId ?? '');
  const first = rows[ordered[0] ?? 0];
  if (!first) return;
  report('CYCLE', first.line, 'predecessors', `${subject(text, draft.code)}${text.cycle({ stepIds: [...ids, ids[0]!] })}`);
}
