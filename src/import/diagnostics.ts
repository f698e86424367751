// Building, ordering and printing diagnostics. Every problem carries file, line, column and item
// code where known; output is compiler style (file:line: [warning: ][column: ]message (CODE)).

import type { Diagnostic, DiagnosticCode } from '../domain/index.js';
import { flatString } from './keep-string.js';

const WARNING_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(['EMPTY_DURATION', 'UNKNOWN_COLUMN', 'TITLE_ROW', 'UNCOVERED_YEAR', 'OUTSIDE_CALENDAR']);

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

/** Makes a diagnostic; the severity follows from the code (EMPTY_DURATION, UNKNOWN_COLUMN, TITLE_ROW, UNCOVERED_YEAR and OUTSIDE_CALENDAR warn). */
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

/** `item FBL-001, step S3: ` / `item FBL-001: ` / `` — the prefix that names where in the data a problem is. */
export function subject(itemCode: string | undefined, stepId?: string): string {
  if (!itemCode) return stepId ? `step ${stepId}: ` : '';
  return stepId ? `item ${itemCode}, step ${stepId}: ` : `item ${itemCode}: `;
}

/**
 * Prints a diagnostic compiler-style, e.g.
 * `window-03.csv:17: duration_days: item FBL-001, step S3: duration must be … got "三天" (BAD_DURATION)`.
 * Line 0 (a whole-file problem) prints as `file: message (CODE)`.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:` : `${d.file}:`;
  const severity = d.severity === 'warning' ? ' warning:' : '';
  const column = d.column !== undefined ? ` ${d.column}:` : '';
  return `${where}${severity}${column} ${d.message} (${d.code})`;
}
