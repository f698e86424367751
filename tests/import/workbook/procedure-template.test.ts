// The template windows fill in: its headers, frozen row, drop-down lists and example come from the
// contract's tables, and a template filled in programmatically imports and analyses cleanly.

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../src/domain/index.js';
import { COLUMNS, findUnit, parseBoolean } from '../../../src/import/columns.js';
import { defaultRoleTable, readTypeWord } from '../../../src/import/read-type-word.js';
import { formatDiagnostic, importFiles } from '../../../src/import/index.js';
import {
  INSTRUCTIONS_SHEET,
  TEMPLATE_ROWS,
  TEMPLATE_SHEET,
  UNIT_WORDS,
  YES_NO_WORDS,
  buildProcedureTemplate,
  roleListWords,
  templateHeader,
} from '../../../src/import/workbook/procedure-template.js';
import { analyzeSources } from '../../../src/pipeline/index.js';

async function loadTemplate(): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await buildProcedureTemplate()).buffer as ArrayBuffer);
  return book;
}

function listWords(formula: string | undefined): string[] {
  return (formula ?? '').replace(/^"|"$/g, '').split(',');
}

describe('procopt template', () => {
  it('has the contract columns under their Chinese headers, a frozen header row and the instructions sheet', async () => {
    const book = await loadTemplate();
    expect(book.worksheets.map((s) => s.name)).toEqual([TEMPLATE_SHEET, INSTRUCTIONS_SHEET]);
    const sheet = book.getWorksheet(TEMPLATE_SHEET)!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(COLUMNS.map((c) => c.aliases[0]));
    expect(header.slice(0, 7)).toEqual(['事项编码', '事项名称', '环节编号', '环节名称', '承办部门', '环节类型', '办理时限']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const instructions = book.getWorksheet(INSTRUCTIONS_SHEET)!;
    expect(String(instructions.getCell('A1').value)).toBe('办理规程模板 填写说明');
  });

  it('offers drop-down lists for 环节类型, 时限单位, 需到场 and 计入时限 on every fill-in row, each word read back as meant', async () => {
    const sheet = (await loadTemplate()).getWorksheet(TEMPLATE_SHEET)!;
    const columnOf = (header: string): number => (sheet.getRow(1).values as unknown[]).indexOf(header);
    for (const [header, row] of [['环节类型', 2], ['时限单位', 2], ['需到场', TEMPLATE_ROWS + 1], ['计入时限', TEMPLATE_ROWS + 1]] as const) {
      const validation = sheet.getCell(row, columnOf(header)).dataValidation;
      expect(validation.type, header).toBe('list');
    }
    expect(sheet.getCell(TEMPLATE_ROWS + 2, columnOf('环节类型')).dataValidation).toBeUndefined();

    const roles = listWords(sheet.getCell(2, columnOf('环节类型')).dataValidation.formulae?.[0]);
    expect(roles).toEqual(roleListWords());
    // One word per role of the role table, each read back as its role.
    const table = defaultRoleTable();
    expect(roles.map((word) => { const r = readTypeWord(word, table); return r.kind === 'unknown' ? null : r.roles; })).toEqual(ROLES.map((role) => [role]));
    const units = listWords(sheet.getCell(2, columnOf('时限单位')).dataValidation.formulae?.[0]);
    expect(units.map(findUnit)).toEqual(Object.keys(UNIT_WORDS));
    for (const header of ['需到场', '计入时限']) {
      const words = listWords(sheet.getCell(3, columnOf(header)).dataValidation.formulae?.[0]);
      expect(words).toEqual([...YES_NO_WORDS]);
      expect(words.map(parseBoolean)).toEqual([true, false]);
    }
  });

  it('its example item, merged down its rows, imports without a problem and analyses', async () => {
    const bytes = await buildProcedureTemplate();
    const imported = importFiles([{ file: '办理规程模板.xlsx', bytes }], { lang: 'en' });
    expect(imported.diagnostics.map((d) => formatDiagnostic(d, 'en'))).toEqual([
      `办理规程模板.xlsx[${INSTRUCTIONS_SHEET}]: warning: sheet "${INSTRUCTIONS_SHEET}" skipped: none of its first rows is a header naming the procedure columns (事项编码, 环节编号, 环节名称, …) (SHEET_SKIPPED)`,
    ]);
    const [example] = imported.procedures;
    expect(example).toMatchObject({ itemCode: '370100-WS-0001', itemName: '公共场所卫生许可（示例）', legalLimitDays: 20, promisedLimitDays: 12 });
    expect(example?.steps.map((s) => [s.id, s.role, s.durationDays, s.predecessors.join('/'), s.condition !== '', s.returnTo])).toEqual([
      ['1', 'accept', 1, '', false, null],
      ['2', 'review', 3, '1', false, '1'],
      ['3', 'inspect', 2, '2', true, null],
      ['4', 'approve', 1, '2/3', false, null],
      ['5', 'deliver', 1, '4', false, null],
    ]);
  });

  it('filled in programmatically (a second item typed below the example), it imports and analyses', async () => {
    const book = await loadTemplate();
    const sheet = book.getWorksheet(TEMPLATE_SHEET)!;
    const at = (header: string): number => (sheet.getRow(1).values as unknown[]).indexOf(header);
    const rows: Record<string, string | number>[] = [
      { 事项编码: '370100-SC-0100', 事项名称: '食品小作坊登记', 环节编号: 'A', 环节名称: '受理', 承办部门: '综合窗口', 环节类型: '受理', 办理时限: '即办', 需到场: '是', 法定时限: 15, 承诺时限: 5 },
      { 事项编码: '370100-SC-0100', 事项名称: '食品小作坊登记', 环节编号: 'B', 环节名称: '审核', 承办部门: '食品科', 环节类型: '审查', 办理时限: 16, 时限单位: '小时', 前置环节: 'A', 计入时限: '是' },
      { 事项编码: '370100-SC-0100', 事项名称: '食品小作坊登记', 环节编号: 'C', 环节名称: '发证', 承办部门: '综合窗口', 环节类型: '办结', 办理时限: 1, 前置环节: 'B', 需到场: '否' },
    ];
    rows.forEach((values, k) => {
      for (const [header, value] of Object.entries(values)) sheet.getCell(8 + k, at(header)).value = value;
    });
    const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
    const { imported, result } = analyzeSources([{ file: '食品科.xlsx', bytes }], { lang: 'en' });
    expect(imported.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.items.map((i) => [i.itemCode, i.stepCount, i.criticalPath.durationDays, i.criticalPath.stepIds.join('→')])).toEqual([
      ['370100-WS-0001', 5, 8, '1→2→3→4→5'],
      ['370100-SC-0100', 3, 3, 'A→B→C'],
    ]);
    expect(result.items[1]?.steps.map((s) => [s.id, s.role, s.durationDays, s.applicantVisit])).toEqual([
      ['A', 'accept', 0, true],
      ['B', 'review', 2, false],
      ['C', 'deliver', 1, false],
    ]);
    expect(templateHeader('duration_unit')).toBe('时限单位');
  });
});
