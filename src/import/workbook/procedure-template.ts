// The workbook windows fill in (`procopt template`): one sheet with the contract's columns under their
// Chinese headers (frozen header row, drop-down lists for 环节类型, 时限单位, 需到场 and 计入时限, one
// worked example item), and a sheet of instructions in Chinese. Headers, list words and the
// instructions' tables come from the contract's tables (columns.ts), so the template follows them.
// Written with exceljs, loaded only when a template is made.

import { createRequire } from 'node:module';
import type ExcelJsModule from 'exceljs';
import type { Role } from '../../domain/index.js';
import { COLUMNS, type ColumnName, type DurationUnit } from '../columns.js';
import { ROLE_WORDS } from '../role-words.js';

/** The sheet the procedure rows go in. */
export const TEMPLATE_SHEET = '办理规程';
/** The sheet of instructions. */
export const INSTRUCTIONS_SHEET = '填写说明';
/** Rows below the header that get the drop-down lists. */
export const TEMPLATE_ROWS = 2000;

/** Chinese header of each column: the contract's first Chinese alias. */
export function templateHeader(column: ColumnName): string {
  return COLUMNS.find((c) => c.name === column)?.aliases[0] ?? column;
}

/** The word each role is offered as in the 环节类型 list: its first word in the role table. */
export function roleListWords(): string[] {
  return (Object.entries(ROLE_WORDS) as [Role, readonly string[]][]).map(([role, words]) => words[0] ?? role);
}

/** The words offered for 时限单位 (each reads back as its unit; tests/import check it). */
export const UNIT_WORDS: Readonly<Record<DurationUnit, string>> = { workday: '工作日', 'calendar-day': '自然日', hour: '小时' };
/** The words offered for yes/no columns. */
export const YES_NO_WORDS = ['是', '否'] as const;

/** What each column means, for the header notes and the instructions sheet. */
const EXPLANATIONS: Readonly<Record<ColumnName, string>> = {
  item_code: '事项的唯一编码，如 370100-SC-0007；同一事项的各行编码相同，可向下合并单元格',
  item_name: '事项名称；同一事项的各行相同，可向下合并单元格',
  step_id: '环节编号，同一事项内不重复，如 1、2、3 或 S1、S2',
  step_name: '环节名称，如 受理、材料审查、现场核查',
  department: '办理该环节的部门或窗口',
  role: '环节类型：从下拉列表选择，也可以填写本单位的用语',
  duration_days: '办理时限：数字，单位见“时限单位”（默认工作日），最多两位小数；即办件填 0 或“即办”；不填视为时限未填',
  duration_min: '三点估计的最短办理时限（可不填）：单位同“时限单位”；与最长时限同时填写，此时“办理时限”为最可能的时间，须满足 最短 ≤ 办理时限 ≤ 最长',
  duration_max: '三点估计的最长办理时限（可不填）：单位同“时限单位”；与最短时限同时填写',
  duration_unit: '时限单位：工作日（默认）、自然日（按 5/7 折算为工作日）、小时（按 8 小时折算为 1 个工作日）',
  wait_days: '环节开始前的等待、流转时间，单位同“时限单位”；不填为 0',
  counts_toward_limit: '该环节的时间是否计入法定办结时限：是/否；不填时，听证、专家评审、中介服务不计入，其余计入',
  predecessors: '按现行流程须先完成的环节编号，多个用分号（；）分隔；第一个环节不填',
  hard_predecessors: '法律法规规定须先完成的环节编号（优化方案一律保留），多个用分号分隔',
  inputs: '该环节审查或使用的材料，多个用分号分隔',
  outputs: '该环节产出的文书或结果，多个用分号分隔',
  applicant_visit: '申请人是否须到现场：是/否',
  condition: '适用条件：仅在满足该条件时才办理本环节；不填表示每件都要办理',
  return_to: '材料不全或不符合要求时，退回补正的环节编号',
  legal_limit_days: '事项的法定办结时限（工作日）；填在该事项任意一行即可，各行所填须一致',
  promised_limit_days: '事项的承诺办结时限（工作日）；填在该事项任意一行即可，各行所填须一致',
};

/** The worked example: one item as a window would write it (cells by column; absent = empty). */
const EXAMPLE: readonly Partial<Record<ColumnName, string | number>>[] = [
  { item_code: '370100-WS-0001', item_name: '公共场所卫生许可（示例）', step_id: 1, step_name: '受理', department: '综合窗口', role: '受理', duration_days: 1, duration_unit: '工作日', inputs: '申请书；营业执照；卫生检测报告', outputs: '受理通知书', applicant_visit: '是', legal_limit_days: 20, promised_limit_days: 12 },
  { step_id: 2, step_name: '材料审查', department: '卫生监督科', role: '审查', duration_days: 3, duration_unit: '工作日', predecessors: '1', inputs: '申请书；卫生检测报告', outputs: '审查意见', applicant_visit: '否', return_to: '1' },
  { step_id: 3, step_name: '现场核查', department: '卫生监督科', role: '勘验', duration_days: 2, duration_unit: '工作日', predecessors: '2', inputs: '审查意见', outputs: '核查记录', applicant_visit: '是', condition: '新建、改建或扩建的场所' },
  { step_id: 4, step_name: '审批', department: '卫生监督科', role: '审批', duration_days: 1, duration_unit: '工作日', predecessors: '2；3', hard_predecessors: '2', inputs: '审查意见；核查记录', outputs: '卫生许可证', applicant_visit: '否' },
  { step_id: 5, step_name: '送达', department: '综合窗口', role: '办结', duration_days: 1, duration_unit: '工作日', predecessors: '4', inputs: '卫生许可证', applicant_visit: '否' },
];

type ExcelJs = typeof ExcelJsModule;

/** exceljs, loaded by `require` (a CommonJS package), not `import()`: see lane-graph.ts's getElk. */
function loadExcelJs(): ExcelJs {
  return createRequire(import.meta.url)('exceljs') as ExcelJs;
}

/** One-character-wide CJK text counts double; a column is as wide as its longest line. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1;
  return width;
}

function listFormula(words: readonly string[]): string {
  return `"${words.join(',')}"`;
}

/** Builds the template workbook (.xlsx bytes). */
export async function buildProcedureTemplate(): Promise<Uint8Array> {
  const excel = loadExcelJs();
  const book = new excel.Workbook();
  book.creator = 'procopt';
  // A fixed date keeps the file the same from run to run.
  book.created = new Date(Date.UTC(2024, 0, 1));
  book.modified = book.created;

  const sheet = book.addWorksheet(TEMPLATE_SHEET, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
  sheet.columns = COLUMNS.map((c) => {
    const example = EXAMPLE.map((row) => String(row[c.name] ?? ''));
    return { header: templateHeader(c.name), key: c.name, width: Math.min(40, Math.max(10, ...[templateHeader(c.name), ...example].map(displayWidth)) + 2) };
  });
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.height = 24;
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.required ? 'FFFCE4D6' : 'FFEDEDED' } };
    cell.note = `${c.required ? '必填。' : '选填。'}${EXPLANATIONS[c.name]}`;
  });
  for (const row of EXAMPLE) sheet.addRow(row);
  // The example shows that an item's code, name and limits may be merged down its rows.
  const last = 1 + EXAMPLE.length;
  for (const column of ['item_code', 'item_name', 'legal_limit_days', 'promised_limit_days'] as const) {
    const letter = sheet.getColumn(column).letter;
    sheet.mergeCells(`${letter}2:${letter}${last}`);
    sheet.getCell(`${letter}2`).alignment = { vertical: 'middle' };
  }

  const lists: { column: ColumnName; words: readonly string[]; strict: boolean; prompt: string }[] = [
    { column: 'role', words: roleListWords(), strict: false, prompt: '从列表选择环节类型，也可以填写本单位的用语' },
    { column: 'duration_unit', words: Object.values(UNIT_WORDS), strict: true, prompt: '工作日、自然日或小时；不填为工作日' },
    { column: 'applicant_visit', words: YES_NO_WORDS, strict: true, prompt: '申请人是否须到现场' },
    { column: 'counts_toward_limit', words: YES_NO_WORDS, strict: true, prompt: '是否计入法定办结时限' },
  ];
  // One validation per column range: exceljs 4.4's per-cell validations are merged into
  // overlapping ranges (it sorts F10 before F2), which Excel reports as a damaged file.
  const validations = (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJsModule.DataValidation): void } }).dataValidations;
  for (const list of lists) {
    const letter = sheet.getColumn(list.column).letter;
    validations.add(`${letter}2:${letter}${TEMPLATE_ROWS + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [listFormula(list.words)],
      showInputMessage: true,
      promptTitle: templateHeader(list.column),
      prompt: list.prompt,
      showErrorMessage: true,
      errorStyle: list.strict ? 'stop' : 'warning',
      errorTitle: templateHeader(list.column),
      error: list.strict ? `请从列表中选择：${list.words.join('、')}` : '不在列表中的用语也可以使用，procopt 会按其含义识别或提示',
    });
  }

  writeInstructions(book.addWorksheet(INSTRUCTIONS_SHEET));
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function writeInstructions(sheet: ExcelJsModule.Worksheet): void {
  sheet.columns = [{ width: 16 }, { width: 10 }, { width: 70 }, { width: 30 }];
  const paragraphs = [
    '办理规程模板 填写说明',
    '',
    `在“${TEMPLATE_SHEET}”工作表中，一行填写一个事项的一个环节；一个文件可以填写多个事项，同一事项的各行可以不相邻。`,
    '第一行是列名，请勿修改；不用的选填列可以留空，也可以删除。标题行（最多三行）可以加在列名上方。',
    '事项编码、事项名称、法定时限、承诺时限可以向下合并单元格；合并后的值适用于合并区域的每一行。',
    '列表单元格（前置环节、所需材料、产出等）中的多项用分号（；）分隔，也可以用顿号（、）或在单元格内换行。',
    `示例事项（${String(EXAMPLE[0]?.item_code ?? '')}）可以删除，也可以保留对照。`,
    '填好后运行：procopt analyze 办理规程.xlsx --format md （一个工作簿可有多个工作表，每个工作表按一个文件读取；隐藏的工作表不读取）。',
    '',
  ];
  for (const text of paragraphs) sheet.addRow([text]);
  sheet.getRow(1).font = { bold: true, size: 14 };

  const columnsTitle = sheet.addRow(['列名', '是否必填', '填写说明', '也可用作列名']);
  columnsTitle.font = { bold: true };
  for (const c of COLUMNS) {
    const row = sheet.addRow([templateHeader(c.name), c.required ? '必填' : '选填', EXPLANATIONS[c.name], [c.name, ...c.aliases.slice(1)].join('、')]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.addRow([]);
  const rolesTitle = sheet.addRow(['环节类型', '', '可以使用的用语']);
  rolesTitle.font = { bold: true };
  for (const [role, words] of Object.entries(ROLE_WORDS) as [Role, readonly string[]][]) {
    sheet.addRow([words[0] ?? role, '', [...words, role].join('、')]).alignment = { wrapText: true, vertical: 'top' };
  }
}
