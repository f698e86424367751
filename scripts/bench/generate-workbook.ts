// The benchmark's workbook: the first 100 000 steps (whole items) of a generated catalogue as one
// .xlsx sheet, the way windows keep them — Chinese headers, a title row, item code and name merged
// down each item's rows, numbers as numbers, shared strings — written with exceljs' streaming writer.

import ExcelJS from 'exceljs';
import { COLUMNS } from '../../src/import/columns.js';
import { importFiles, type SourceFile } from '../../src/import/index.js';
import type { Step } from '../../src/domain/index.js';

export interface WorkbookManifest {
  rows: number;
  items: number;
  bytes: number;
}

function cellOf(step: Step, column: (typeof COLUMNS)[number]['name'], limits: { legal: number | null; promised: number | null }): string | number | null {
  switch (column) {
    case 'step_id':
      return /^\d+$/.test(step.id) ? Number(step.id) : step.id;
    case 'step_name':
      return step.name;
    case 'department':
      return step.department;
    case 'role':
      return step.role;
    case 'duration_days':
      return step.durationMissing ? null : step.durationDays;
    case 'wait_days':
      return step.waitDays === 0 ? null : step.waitDays;
    case 'counts_toward_limit':
      return step.countsTowardLimit ? '是' : '否';
    case 'predecessors':
      return step.predecessors.join('；') || null;
    case 'hard_predecessors':
      return step.hardPredecessors.join('；') || null;
    case 'inputs':
      return step.inputs.join('；') || null;
    case 'outputs':
      return step.outputs.join('；') || null;
    case 'applicant_visit':
      return step.applicantVisit ? '是' : '否';
    case 'condition':
      return step.condition || null;
    case 'return_to':
      return step.returnTo;
    case 'legal_limit_days':
      return limits.legal;
    case 'promised_limit_days':
      return limits.promised;
    default:
      return null;
  }
}

/** Writes `path` from the catalogue's files: whole items until `rows` steps. */
export async function writeBenchWorkbook(path: string, catalogue: readonly SourceFile[], rows: number): Promise<Omit<WorkbookManifest, 'bytes'>> {
  const { procedures } = importFiles(catalogue);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: false });
  const sheet = book.addWorksheet('办理规程');
  // The streaming writer merges only cells of rows not yet committed.
  const title = sheet.addRow(['办理规程（基准测试）']);
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  title.commit();
  sheet.addRow(COLUMNS.map((c) => c.aliases[0] ?? c.name)).commit();
  let row = 2;
  let items = 0;
  for (const p of procedures) {
    if (row - 2 + p.steps.length > rows) break;
    const first = row + 1;
    const added = p.steps.map((step, k) => {
      const limits = { legal: k === 0 ? p.legalLimitDays : null, promised: k === 0 ? p.promisedLimitDays : null };
      const values = COLUMNS.map((c) => (c.name === 'item_code' ? (k === 0 ? p.itemCode : null) : c.name === 'item_name' ? (k === 0 ? p.itemName : null) : cellOf(step, c.name, limits)));
      row++;
      return sheet.addRow(values);
    });
    if (p.steps.length > 1) {
      sheet.mergeCells(first, 1, row, 1);
      sheet.mergeCells(first, 2, row, 2);
    }
    for (const r of added) r.commit();
    items++;
  }
  sheet.commit();
  await book.commit();
  return { rows: row - 2, items };
}
