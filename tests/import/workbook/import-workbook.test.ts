// Workbooks read as the CSV contract reads files: each visible sheet as one file, merged ranges
// filled, numbers and dates as a CSV would hold them, diagnostics at `file[sheet]!A1`, and refusals
// (not a workbook, encrypted, zip bombs) as file errors that leave the other files' items alone.

import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { formatDiagnostic, importFiles, type SourceFile } from '../../../src/import/index.js';
import { fixture, textFile } from '../fixtures.js';
import { WORKBOOK_CASES, workbook } from './workbook-fixtures.js';

function stepsOf(files: SourceFile[], options = {}) {
  const result = importFiles(files, { ...options, lang: 'en' });
  return {
    ...result,
    messages: result.diagnostics.map((d) => formatDiagnostic(d, 'en')),
    items: result.procedures.map((p) => ({
      code: p.itemCode,
      name: p.itemName,
      source: p.source,
      promised: p.promisedLimitDays,
      steps: p.steps.map((s) => [s.id, s.name, s.department, s.role, s.durationDays, s.predecessors.join('/'), s.applicantVisit, s.line, s.attributes]),
    })),
  };
}

describe('window.xlsx (three title rows, vertical merges, shared and inline strings, dates, a hidden sheet)', () => {
  const read = stepsOf([workbook('window.xlsx')]);

  it('reads every visible procedure sheet as one CSV file would be read', () => {
    expect(read.items).toEqual([
      {
        code: '370100-SC-0007',
        name: '食品经营许可（新办）',
        source: { file: 'window.xlsx[食品科]', line: 5 },
        promised: 12,
        steps: [
          ['1', '受理', '综合窗口', 'accept', 1, '', true, 5, {}],
          // 1.4999999999999998 in the file: 1.5, as Excel shows it and a CSV would hold it.
          ['2', '材料审查', '食品科', 'review', 1.5, '1', false, 6, { 修订日期: '2024-03-01' }],
          ['3', '现场核查', '食品科', 'inspect', 3, '2', true, 7, {}],
          ['4', '审批', '食品科', 'approve', 0.5, '3', false, 8, { 修订日期: '2024-03-02' }],
        ],
      },
      {
        // A code typed as the number 21 with the format 000000 reads as shown.
        code: '000021',
        name: '小餐饮登记',
        source: { file: 'window.xlsx[食品科]', line: 9 },
        promised: 5,
        steps: [
          ['A', '登记受理', '综合窗口', 'accept', 0, '', true, 9, {}],
          ['B', '发证', '综合窗口', 'deliver', 1, 'A', false, 10, {}],
        ],
      },
      {
        code: '370100-JS-0021',
        name: '建设工程规划许可证核发',
        source: { file: 'window.xlsx[规划科]', line: 2 },
        promised: null,
        steps: [
          ['S1', '受理', '综合窗口', 'accept', 1, '', true, 2, {}],
          ['S2', '审查', '规划科', 'review', 5, 'S1', false, 3, {}],
          ['S3', '审批', '规划科', 'approve', 2, 'S2', false, 4, {}],
        ],
      },
    ]);
    expect(read.leftOut).toEqual([]);
  });

  it('warns about the title rows, the unknown column, the hidden sheet and the sheet without a table', () => {
    expect(read.messages).toEqual([
      'window.xlsx[食品科]:1: warning: title row "食品经营许可办理流程表" above the header skipped (TITLE_ROW)',
      'window.xlsx[食品科]:2: warning: title row "制表单位：市市场监管局 食品科" above the header skipped (TITLE_ROW)',
      'window.xlsx[食品科]:3: warning: title row "2024-03-15" above the header skipped (TITLE_ROW)',
      'window.xlsx[食品科]:4: warning: unknown column "修订日期" kept as step attributes (UNKNOWN_COLUMN)',
      'window.xlsx[旧版]: warning: hidden sheet "旧版" skipped; name it with --sheet to read it (HIDDEN_SHEET)',
      'window.xlsx[填写说明]: warning: sheet "填写说明" skipped: none of its first rows is a header naming the procedure columns (事项编码, 环节编号, 环节名称, …) (SHEET_SKIPPED)',
    ]);
  });

  it('--sheet reads one sheet, a hidden one too; a sheet that is not there is a file error naming the sheets', () => {
    const hidden = stepsOf([workbook('window.xlsx')], { sheet: '旧版' });
    expect(hidden.items.map((i) => [i.code, i.source.file, i.steps.length])).toEqual([['OLD-1', 'window.xlsx[旧版]', 1]]);
    // The old sheet has no 前置环节 column: its rows are read as a chain, with one note per item.
    expect(hidden.messages).toEqual([
      "window.xlsx[旧版]:2: warning: predecessors: item OLD-1: the file has no predecessors column (前置环节): the item's 1 rows are read as a chain, each step after the row before it, as the declared order (NO_PREDECESSORS_COLUMN)",
    ]);
    const planning = stepsOf([workbook('window.xlsx')], { sheet: '规划科' });
    expect(planning.items.map((i) => i.code)).toEqual(['370100-JS-0021']);
    const missing = stepsOf([workbook('window.xlsx')], { sheet: '没有' });
    expect(missing.items).toEqual([]);
    expect(missing.messages).toEqual([
      'window.xlsx: no sheet "没有" (--sheet) in the workbook; its sheets are "食品科", "规划科", "旧版", "填写说明" (UNKNOWN_SHEET)',
    ]);
  });
});

describe('window.xls (Excel 97-2003, written by xlwt)', () => {
  it('reads the merged item, the numbers and the date as for .xlsx, and skips the hidden sheet', () => {
    const read = stepsOf([workbook('window.xls')]);
    expect(read.items).toEqual([
      {
        code: '370100-SC-0099',
        name: '食品经营许可（延续）',
        source: { file: 'window.xls[食品科]', line: 3 },
        promised: null,
        steps: [
          ['1', '受理', '综合窗口', 'accept', 1, '', false, 3, {}],
          ['2', '审查', '食品科', 'review', 2.5, '1', false, 4, { 修订日期: '2024-03-01' }],
          ['3', '审批', '食品科', 'approve', 1, '2', false, 5, {}],
        ],
      },
    ]);
    expect(read.messages).toEqual([
      'window.xls[食品科]:1: warning: title row "食品经营许可办理流程表" above the header skipped (TITLE_ROW)',
      'window.xls[食品科]:2: warning: unknown column "修订日期" kept as step attributes (UNKNOWN_COLUMN)',
      'window.xls[旧版]: warning: hidden sheet "旧版" skipped; name it with --sheet to read it (HIDDEN_SHEET)',
    ]);
  });
});

describe('diagnostics name the sheet and the cell', () => {
  it('a bad duration in G17 is reported at 窗口.xlsx[食品科]!G17 with the CSV code, and only its item is left out', () => {
    const read = stepsOf([{ ...workbook('window-errors.xlsx'), file: '窗口.xlsx' }]);
    expect(read.messages).toEqual([
      '窗口.xlsx[食品科]!G17: duration_days: item SC-006, step 1: duration must be ≥ 0 working days (工作日), got "-2" (BAD_DURATION)',
    ]);
    expect(read.diagnostics[0]).toMatchObject({ file: '窗口.xlsx[食品科]', line: 17, cell: 'G17', column: 'duration_days', itemCode: 'SC-006' });
    expect(read.leftOut).toEqual([{ itemCode: 'SC-006', file: '窗口.xlsx[食品科]', line: 17 }]);
    expect(read.items.map((i) => i.code)).toEqual(['SC-001', 'SC-002', 'SC-003', 'SC-004', 'SC-005']);
  });

  it('an item code used in a CSV file and a sheet is a DUPLICATE_ITEM at the sheet', () => {
    const csv = textFile('a.csv', 'item_code,item_name,step_id,step_name,department,duration_days\n370100-JS-0021,x,1,受理,窗口,1\n');
    const read = stepsOf([csv, workbook('window.xlsx')]);
    const duplicate = read.diagnostics.find((d) => d.code === 'DUPLICATE_ITEM');
    // The cross-file check knows the sheet and row, not the sheet's columns: no cell address here.
    expect(formatDiagnostic(duplicate!, 'en')).toBe(
      'window.xlsx[规划科]:2: item_code: item 370100-JS-0021 is already defined in a.csv:2; an item code must be unique across files, so the first file\'s item is kept and this one is left out (DUPLICATE_ITEM)',
    );
    expect(read.leftOut).toEqual([{ itemCode: '370100-JS-0021', file: 'window.xlsx[规划科]', line: 2 }]);
  });
});

describe('workbooks procopt refuses, with a clear error and nothing else lost', () => {
  const refusals: [string, string, RegExp][] = [
    ['not-a-workbook.xlsx', 'NOT_A_WORKBOOK', /zip archive but not an Excel workbook/],
    ['truncated.xlsx', 'NOT_A_WORKBOOK', /zip structure is damaged \(no end of central directory/],
    ['encrypted.xlsx', 'ENCRYPTED_WORKBOOK', /encrypted \(password-protected\)/],
    ['encrypted.xls', 'ENCRYPTED_WORKBOOK', /encrypted \(password-protected\)/],
    ['declared-too-large.xlsx', 'WORKBOOK_TOO_LARGE', /unpacks to 300 MiB \(declared\), more than the 256 MiB/],
    ['lying-size.xlsx', 'WORKBOOK_TOO_LARGE', /inflates to more than the 4096 bytes it declares/],
  ];
  it.each(refusals)('%s: %s, and the catalogue\'s other files are still read', (file, code, message) => {
    const read = stepsOf([workbook(file), fixture('chain.csv')]);
    const [first, ...rest] = read.diagnostics;
    expect(first).toMatchObject({ file, line: 0, code, severity: 'error' });
    expect(first?.message).toMatch(message);
    expect(rest.filter((d) => d.file === file)).toEqual([]);
    expect(read.procedures.map((p) => p.source.file)).toEqual(['chain.csv']);
  });

});

describe('a workbook without a procedure table', () => {
  it('is an EMPTY_FILE error after the warning of each sheet skipped; empty sheets are passed over quietly', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Sheet1');
    book.addWorksheet('说明').addRow(['本表填写说明']);
    const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
    expect(importFiles([{ file: 'notes.xlsx', bytes }], { lang: 'en' }).diagnostics.map((d) => formatDiagnostic(d, 'en'))).toEqual([
      'notes.xlsx: the workbook has no sheet with a procedure table (a header row naming 事项编码, 环节编号, 环节名称, …) (EMPTY_FILE)',
      'notes.xlsx[说明]: warning: sheet "说明" skipped: none of its first rows is a header naming the procedure columns (事项编码, 环节编号, 环节名称, …) (SHEET_SKIPPED)',
    ]);
  });
});

describe('detection by content, not by name', () => {
  it('CSV bytes named .xlsx are read as CSV; workbook bytes named .csv as a workbook', () => {
    const csv = { ...fixture('chain.csv'), file: 'chain.xlsx' };
    const book = { ...workbook('window.xls'), file: 'window.csv' };
    const read = stepsOf([csv, book]);
    expect(read.items.map((i) => [i.code, i.source.file])).toEqual([
      ['FBL-001', 'chain.xlsx'],
      ['370100-SC-0099', 'window.csv[食品科]'],
    ]);
  });

  it('every workbook diagnostic code has a fixture', () => {
    for (const c of WORKBOOK_CASES) {
      const read = importFiles([workbook(c.file)], { ...c.sheetOption !== undefined ? { sheet: c.sheetOption } : {}, lang: 'en' });
      const file = c.sheet === '' ? c.file : `${c.file}[${c.sheet}]`;
      expect(read.diagnostics.some((d) => d.code === c.code && d.file === file && d.line === 0), `${c.code} in ${c.file}`).toBe(true);
    }
  });
});

describe('damaged workbooks never crash the import', () => {
  const originals = [workbook('window.xlsx'), workbook('window.xls')];
  fcTest.prop([fc.constantFrom(0, 1), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.option(fc.nat())], { numRuns: 150 })(
    'random byte changes and truncations give items or file errors, never an exception',
    (which, changes, cut) => {
      const original = originals[which]!;
      const bytes = new Uint8Array(original.bytes);
      for (const [at, value] of changes) bytes[at % bytes.length] = value;
      const damaged = cut === null ? bytes : bytes.subarray(0, Math.max(8, cut % bytes.length));
      const printed = vi.spyOn(console, 'error');
      const read = importFiles([{ file: original.file, bytes: damaged }, fixture('chain.csv')], { lang: 'en' });
      // SheetJS logs on damaged files; the import stage never prints.
      expect(printed).not.toHaveBeenCalled();
      printed.mockRestore();
      expect(read.procedures.some((p) => p.source.file === 'chain.csv')).toBe(true);
    },
  );
});
