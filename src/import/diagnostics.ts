// Building, ordering and printing diagnostics. Every problem carries file, line, column and item
// code where known; output is compiler style (file:line: [warning: ][column: ]message (CODE)).

import type { Diagnostic, DiagnosticCode, Lang } from '../domain/index.js';
import { columnName, DEFAULT_LANG, IMPORT_TEXT, type ImportText } from '../i18n/index.js';
import { flatString } from './keep-string.js';

/** Codes that are warnings: reported, nothing is left out. Every other code is an error. */
export const WARNING_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  'EMPTY_DURATION',
  'UNKNOWN_COLUMN',
  'TITLE_ROW',
  'UNCOVERED_YEAR',
  'UNKNOWN_ROLE',
  'ROLE_GUESSED',
  'ROLE_FROM_NAME',
  'AMBIGUOUS_DAYS',
  'DURATION_RANGE',
  'DURATION_MINIMUM',
  'DURATION_DEADLINE',
  'DURATION_FROM_ACCEPTANCE',
  'DURATION_NOTE',
  'UNPARSED_DURATION',
  'NO_DURATION_COLUMN',
  'NO_PREDECESSORS_COLUMN',
  'HIDDEN_SHEET',
  'SHEET_SKIPPED',
  'OUTSIDE_CALENDAR',
]);

/** A diagnostic plus what orders it among its file's others: the column's header position (−1: none). */
export interface PendingDiagnostic {
  diagnostic: Diagnostic;
  columnOrder: number;
}

/** Where a problem is, as far as it is known. */
export interface Place {
  file: string;
  line: number;
  column?: string;
  columnOrder?: number;
  itemCode?: string;
}

/** Makes a diagnostic; the severity follows from the code (see WARNING_CODES). */
export function makeDiagnostic(code: DiagnosticCode, place: Place, message: string): PendingDiagnostic {
  // Flat copies: a message or item code built from cells must not keep the file's text alive.
  const diagnostic: Diagnostic = {
    severity: WARNING_CODES.has(code) ? 'warning' : 'error',
    code,
    file: place.file,
    line: place.line,
    ...(place.column !== undefined ? { column: flatString(place.column) } : {}),
    ...(place.itemCode !== undefined && place.itemCode !== '' ? { itemCode: flatString(place.itemCode) } : {}),
    message: flatString(message),
  };
  return { diagnostic, columnOrder: place.columnOrder ?? -1 };
}

/** Orders by file (as given by fileOrder), line, column position; otherwise keeps discovery order. */
export function sortDiagnostics(pending: readonly PendingDiagnostic[], fileOrder: ReadonlyMap<string, number>): Diagnostic[] {
  return pending
    .map((p, seq) => ({ p, seq }))
    .sort(
      (a, b) =>
        (fileOrder.get(a.p.diagnostic.file) ?? 0) - (fileOrder.get(b.p.diagnostic.file) ?? 0) ||
        a.p.diagnostic.line - b.p.diagnostic.line ||
        a.p.columnOrder - b.p.columnOrder ||
        a.seq - b.seq,
    )
    .map(({ p }) => p.diagnostic);
}

/** `item FBL-001, step S3: ` / `item FBL-001: ` / `` (事项 FBL-001，环节 S3：) — the prefix that names where in the data a problem is. */
export function subject(text: ImportText, itemCode: string | undefined, stepId?: string): string {
  if (!itemCode) return stepId ? text.subjectStep({ stepId }) : '';
  return stepId ? text.subjectItemStep({ itemCode, stepId }) : text.subjectItem({ itemCode });
}

/** A column as messages name it: its contract name and its Chinese header (the name itself where it has none, e.g. an XES attribute). */
export function columnRef(name: string): { name: string; chinese: string } {
  return { name, chinese: columnName(name, 'zh-CN') };
}

/** Control characters (C0 but tab, DEL, C1) and bidirectional overrides: shown escaped, never sent to a terminal. */
function isUnprintable(c: number): boolean {
  return (c < 0x20 && c !== 0x09) || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * Text quoted from cells, made safe for one terminal line: `\n`, `\x1b`, `\u202e` instead of the
 * characters. `keepNewlines`: line feeds stay (text of several lines, each made safe).
 */
export function printable(text: string, keepNewlines = false): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isUnprintable(c) || (keepNewlines && c === 0x0a)) continue;
    const shown = c === 0x0a ? '\\n' : c === 0x0d ? '\\r' : c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16)}`;
    out += text.slice(from, i) + shown;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Prints a diagnostic compiler-style, on one line, e.g.
 * `window-03.csv:17: duration_days: item FBL-001, step S3: duration must be … got "-3" (BAD_DURATION)`
 * (zh-CN: `window-03.csv:17: 办理时限：事项 FBL-001，环节 S3：办理时限不得为负数…… (BAD_DURATION)`);
 * in a workbook sheet the cell is named as Excel names it: `窗口.xlsx[食品科]!G17: …`. The location and
 * the code are the same in every language; the warning label and the column follow `lang` (the
 * message is already in the language it was imported in). Line 0 (a whole-file problem) prints as
 * `file: message (CODE)`. Cell text in it (a step name, a type word) cannot break the line or reach
 * the terminal as control sequences (see printable).
 */
export function formatDiagnostic(d: Diagnostic, lang: Lang = DEFAULT_LANG): string {
  const text = IMPORT_TEXT[lang];
  const where = d.cell !== undefined ? `${d.file}!${d.cell}:` : d.line > 0 ? `${d.file}:${d.line}:` : `${d.file}:`;
  const severity = d.severity === 'warning' ? text.warningLabel() : '';
  const column = d.column !== undefined ? text.columnPrefix({ column: columnRef(d.column) }) : '';
  return printable(`${where} ${severity}${column}${d.message} (${d.code})`);
}
