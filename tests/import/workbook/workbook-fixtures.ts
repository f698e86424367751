// Test helpers for tests/fixtures/xlsx (written by make_workbooks.py / make_xls.py, not by procopt),
// and the workbook diagnostics with the fixture that shows each.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DiagnosticCode } from '../../../src/domain/index.js';
import type { SourceFile } from '../../../src/import/index.js';

/** Absolute path of a workbook fixture. */
export function workbookPath(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/xlsx/${name}`, import.meta.url));
}

/** A workbook fixture's bytes as a SourceFile named by its base name. */
export function workbook(name: string): SourceFile {
  return { file: name, bytes: new Uint8Array(readFileSync(workbookPath(name))) };
}

/** One fixture per workbook diagnostic code: the file, and the sheet it is reported on ('' for the workbook). */
export const WORKBOOK_CASES: readonly { file: string; code: DiagnosticCode; sheet: string; sheetOption?: string }[] = [
  { file: 'not-a-workbook.xlsx', code: 'NOT_A_WORKBOOK', sheet: '' },
  { file: 'encrypted.xlsx', code: 'ENCRYPTED_WORKBOOK', sheet: '' },
  { file: 'declared-too-large.xlsx', code: 'WORKBOOK_TOO_LARGE', sheet: '' },
  { file: 'window.xlsx', code: 'UNKNOWN_SHEET', sheet: '', sheetOption: '没有' },
  { file: 'window.xlsx', code: 'HIDDEN_SHEET', sheet: '旧版' },
  { file: 'window.xlsx', code: 'SHEET_SKIPPED', sheet: '填写说明' },
];
