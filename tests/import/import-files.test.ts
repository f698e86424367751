// Named example cases of importFiles: exact procedures for small files, every encoding and dialect,
// line numbers around multi-line cells, mixed header languages, and many problems in one run.

import { describe, expect, it } from 'vitest';
import type { Procedure, Step } from '../../src/domain/index.js';
import { importFiles, type ImportResult } from '../../src/import/index.js';
import { fixture, textFile } from './fixtures.js';

const HEADER = 'item_code,item_name,step_id,step_name,department,role,duration_days,predecessors';

function step(partial: Partial<Step> & Pick<Step, 'id' | 'name' | 'department' | 'line'>): Step {
  const role = partial.role ?? 'review';
  return {
    role,
    roles: [role],
    typeWord: role,
    durationDays: 0,
    waitDays: 0,
    durationMissing: false,
    countsTowardLimit: true,
    predecessors: [],
    hardPredecessors: [],
    inputs: [],
    outputs: [],
    applicantVisit: false,
    condition: '',
    returnTo: null,
    attributes: {},
    ...partial,
  };
}

function only(result: ImportResult): Procedure {
  expect(result.diagnostics).toEqual([]);
  expect(result.procedures).toHaveLength(1);
  return result.procedures[0] as Procedure;
}

describe('importFiles: exact procedures', () => {
  it('chain: three steps in a row', () => {
    expect(only(importFiles([fixture('chain.csv')], { lang: 'en' }))).toEqual({
      itemCode: 'FBL-001',
      itemName: '食品经营许可',
      legalLimitDays: null,
      promisedLimitDays: null,
      source: { file: 'chain.csv', line: 2 },
      steps: [
        step({ id: 'S1', name: '受理', department: '政务服务窗口', role: 'accept', durationDays: 1, line: 2 }),
        step({ id: 'S2', name: '审查', department: '市场监管局', durationDays: 5, predecessors: ['S1'], line: 3 }),
        step({ id: 'S3', name: '决定', department: '市场监管局', role: 'approve', durationDays: 2, predecessors: ['S2'], line: 4 }),
      ],
    });
  });

  it('mixed header languages across two files: aliases, units, booleans and defaults', () => {
    const result = importFiles([fixture('mixed-english.csv'), fixture('mixed-chinese.csv')], { lang: 'en' });
    expect(result.diagnostics).toEqual([]);
    expect(result.procedures).toEqual([
      {
        itemCode: 'FBL-002',
        itemName: '餐饮服务许可',
        legalLimitDays: 20,
        promisedLimitDays: 10,
        source: { file: 'mixed-english.csv', line: 2 },
        steps: [
          // 2 hours = 0.25 working days; 是/Y: the applicant comes in.
          step({ id: 'S1', name: '收件', department: '政务服务窗口', role: 'accept', durationDays: 0.25, durationWritten: { amount: 2, unit: 'hour', workdays: 0.25 }, applicantVisit: true, line: 2 }),
          // 14 calendar days × 5/7 = 10 working days; wait 1 calendar day = 0.71; an expert step does not count toward the limit.
          step({
            id: 'S2',
            name: '专家评审',
            department: '专家组',
            role: 'expert',
            durationDays: 10,
            // Reports show the time as the window wrote it beside the working days.
            durationWritten: { amount: 14, unit: 'calendar-day', workdays: 10 },
            waitDays: 0.71,
            countsTowardLimit: false,
            predecessors: ['S1'],
            outputs: ['评审意见'],
            line: 3,
          }),
        ],
      },
      {
        itemCode: 'FBL-003',
        itemName: '建设工程规划许可',
        legalLimitDays: 20,
        promisedLimitDays: 12,
        source: { file: 'mixed-chinese.csv', line: 2 },
        steps: [
          // 收件 is the window's pre-check (intake).
          step({ id: '1', name: '受理', department: '窗口', role: 'intake', typeWord: '收件', durationDays: 0, applicantVisit: true, line: 2 }),
          // 10 自然日 = 7.14 工作日; a hearing (听证) runs off the clock by default (行政许可法 Art. 45).
          step({
            id: '2',
            name: '听证',
            department: '规划局',
            role: 'hearing',
            typeWord: '听证',
            durationDays: 7.14,
            durationWritten: { amount: 10, unit: 'calendar-day', workdays: 7.14 },
            countsTowardLimit: false,
            predecessors: ['1'],
            condition: '涉及重大利益',
            returnTo: '1',
            line: 3,
          }),
        ],
      },
    ]);
  });

  it('unknown columns become attributes (empty cells are not kept)', () => {
    const p = only({ ...importFiles([fixture('unknown-column.csv')]), diagnostics: [] });
    expect(p.steps.map((s) => s.attributes)).toEqual([{ 备注: '可容缺受理' }]);
  });

  it('headers naming the working-day unit are read', () => {
    const rows = ['X-1,卫生许可,S1,受理,窗口,受理,1,0.5,20,', 'X-1,卫生许可,S2,审批,科室,审批,2,0,,S1'];
    const ok = importFiles([textFile('unit-header.csv', ['事项编码,事项名称,环节编号,环节名称,承办部门,环节类型,办理时限（工作日）,等待时间 (workdays),法定时限(工作日),前置环节', ...rows].join('\n'))], { lang: 'en' });
    const p = only(ok);
    expect(p.steps.map((s) => [s.id, s.durationDays, s.waitDays])).toEqual([['S1', 1, 0.5], ['S2', 2, 0]]);
    expect(p.legalLimitDays).toBe(20);
  });

  it('headers naming another unit convert that column (自然日 × 5/7, 小时 ÷ 8), limits included', () => {
    const header = '事项编码,事项名称,环节编号,环节名称,承办部门,环节类型,办理时限（自然日）,等待时间（小时）,承诺时限（自然日）,法定时限 (hours),前置环节';
    const rows = ['X-1,卫生许可,S1,受理,窗口,受理,7,4,14,160,', 'X-1,卫生许可,S2,审批,科室,审批,3.5,0,,,S1'];
    const p = only(importFiles([textFile('calendar-header.csv', [header, ...rows].join('\n'))], { lang: 'en' }));
    expect(p.steps.map((s) => [s.id, s.durationDays, s.waitDays])).toEqual([['S1', 5, 0.5], ['S2', 2.5, 0]]);
    expect([p.promisedLimitDays, p.legalLimitDays]).toEqual([10, 20]);
    const english = importFiles([textFile('english.csv', ['item_code,item_name,step_id,step_name,department,role,predecessors,duration_days (calendar days)', 'X-2,Permit,S1,Accept,Window,accept,,14'].join('\n'))], { lang: 'en' });
    expect(only(english).steps[0]?.durationDays).toBe(10);
  });

  it('a header unit and a row\'s 时限单位 must agree; a bracket naming no unit leaves the column unknown', () => {
    const header = '事项编码,事项名称,环节编号,环节名称,承办部门,环节类型,前置环节,办理时限（自然日）,时限单位';
    const agree = importFiles([textFile('agree.csv', [header, 'X-1,卫生许可,S1,受理,窗口,受理,,7,自然日'].join('\n'))], { lang: 'en' });
    expect(only(agree).steps[0]?.durationDays).toBe(5);
    const clash = importFiles([textFile('clash.csv', [header, 'X-1,卫生许可,S1,受理,窗口,受理,,7,工作日', 'X-2,许可,S1,受理,窗口,受理,,7,'].join('\n'))], { lang: 'en' });
    expect(clash.procedures.map((p) => [p.itemCode, p.steps[0]?.durationDays])).toEqual([['X-2', 5]]);
    expect(clash.diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ['BAD_UNIT', 2, 'duration_unit', expect.stringContaining('the header gives duration_days (办理时限) in calendar days (自然日), but this row\'s unit (时限单位) says working days (工作日)')],
    ]);
    // 办理时限（备注） names no unit: an unknown column, so the file has no duration column (every time unknown).
    const remark = importFiles([textFile('remark.csv', ['事项编码,事项名称,环节编号,环节名称,承办部门,环节类型,前置环节,办理时限（备注）', 'X-1,卫生许可,S1,受理,窗口,受理,,7'].join('\n'))], { lang: 'en' });
    expect(remark.procedures.map((p) => p.steps.map((s) => [s.attributes, s.durationDays, s.durationMissing]))).toEqual([[[{ '办理时限（备注）': '7' }, 0, true]]]);
    expect(remark.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['UNKNOWN_COLUMN', 1, undefined],
      ['NO_DURATION_COLUMN', 1, 'duration_days'],
    ]);
  });

  it('empty duration: the step counts 0 and is marked', () => {
    const p = importFiles([fixture('empty-duration.csv')], { lang: 'en' }).procedures[0];
    expect(p?.steps.map((s) => [s.id, s.durationDays, s.durationMissing])).toEqual([
      ['S1', 1, false],
      ['S2', 0, true],
    ]);
  });

  it('days: 即办 is 0, hours round to 0.01, decimals beyond two are unreadable (a warning), full-width digits read', () => {
    const text = `${HEADER},duration_unit,wait_days
A,a,S1,x,d,审查,即办,,,
A,a,S2,x,d,审查,1,,hour,
A,a,S3,x,d,审查,１．５,,小时,0.5
A,a,S4,x,d,审查,2.50,,,
B,b,S1,x,d,审查,1.005,,,
C,c,S1,x,d,审查,3,,workdays,-0.5
`;
    const result = importFiles([textFile('days.csv', text)], { lang: 'en' });
    expect(result.procedures.map((p) => p.steps.map((s) => [s.durationDays, s.waitDays]))).toEqual([
      [
        [0, 0],
        [0.13, 0], // 1 h ÷ 8 = 0.125 → 0.13
        [0.19, 0.06], // 1.5 h → 0.1875 → 0.19; 0.5 h → 0.0625 → 0.06
        [2.5, 0],
      ],
      [[0, 0]],
    ]);
    expect(result.procedures[1]?.steps[0]?.durationMissing).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.line, d.itemCode])).toEqual([
      ['UNPARSED_DURATION', 6, 'B'],
      ['BAD_WAIT', 7, 'C'],
    ]);
  });
});

describe('importFiles: encodings and dialects', () => {
  const expectedSteps = [
    ['S1', '受理', 'accept', 1, [], ['申请书']],
    ['S2', '审查（含现场核查）', 'review', 5, ['S1'], ['申请书', '营业执照']],
  ];
  const shape = (p: Procedure): unknown => p.steps.map((s) => [s.id, s.name, s.role, s.durationDays, s.predecessors, s.inputs]);

  for (const name of ['gbk.csv', 'utf8-bom.csv', 'utf16le-bom.txt', 'utf16be-bom.txt', 'semicolon.csv', 'tab.tsv']) {
    it(`${name} is detected and read`, () => {
      const p = only(importFiles([fixture(name)], { lang: 'en' }));
      expect(p.itemName).toBe('食品经营许可');
      expect(p.steps[0]?.department).toBe('政务服务窗口');
      expect(shape(p)).toEqual(expectedSteps);
    });
  }

  it('the GBK fixture really is GBK (not UTF-8) bytes', () => {
    const bytes = fixture('gbk.csv').bytes;
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    // 事 is 0xCA 0xC2 in GBK.
    expect([bytes[0], bytes[1]]).toEqual([0xca, 0xc2]);
  });

  it('--encoding overrides detection: GBK bytes forced as UTF-8 are undecodable', () => {
    const result = importFiles([fixture('gbk.csv')], { lang: 'en', encoding: 'utf-8' });
    expect(result.procedures).toEqual([]);
    expect(result.diagnostics[0]?.code).toBe('UNDECODABLE');
    expect(result.diagnostics[0]?.line).toBe(1);
    expect(only(importFiles([fixture('gbk.csv')], { lang: 'en', encoding: 'gbk' })).itemName).toBe('食品经营许可');
  });

  it('multi-line quoted cells keep their line breaks, and lines after them stay right', () => {
    const result = importFiles([fixture('multiline.csv')], { lang: 'en' });
    const p = result.procedures[0];
    expect(p?.steps.map((s) => [s.id, s.name, s.inputs, s.line])).toEqual([
      ['S1', '受理\n（窗口收件）', ['申请书', '营业执照'], 2],
      ['S2', '审查', ['申请书'], 6],
    ]);
    expect(result.diagnostics.map((d) => [d.code, d.line, d.itemCode])).toEqual([['BAD_DURATION', 7, 'FBL-002']]);
  });

  it('CRLF line ends, a blank Excel row (",,,,") and blank lines are ignored without shifting lines', () => {
    const text = `${HEADER}\r\n\r\nA,a,S1,x,d,审查,1,\r\n,,,,,,,\r\nA,a,S2,"y\r\nz",d,审查,1,S1\r\nA,a,S3,x,d,审查,-1,S2\r\n`;
    const result = importFiles([textFile('crlf.csv', text)], { lang: 'en' });
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([['BAD_DURATION', 7]]);
    expect(result.leftOut).toEqual([{ itemCode: 'A', file: 'crlf.csv', line: 7 }]);
  });
});

describe('importFiles: errors do not stop the run', () => {
  it('every problem of a file is reported in one run, and one bad item does not drop the others', () => {
    const result = importFiles([fixture('many-problems.csv')], { lang: 'en' });
    expect(result.diagnostics.map((d) => [d.line, d.column, d.code, d.itemCode])).toEqual([
      [3, 'duration_days', 'BAD_DURATION', 'FBL-001'],
      [3, 'wait_days', 'UNPARSED_DURATION', 'FBL-001'],
      [3, 'applicant_visit', 'BAD_BOOLEAN', 'FBL-001'],
      [5, 'role', 'UNKNOWN_ROLE', 'FBL-003'],
      [5, 'duration_days', 'EMPTY_DURATION', 'FBL-003'],
      [5, 'predecessors', 'UNKNOWN_STEP', 'FBL-003'],
    ]);
    expect(result.procedures.map((p) => [p.itemCode, p.steps.map((s) => s.line)])).toEqual([['FBL-002', [4, 6]]]);
    expect(result.leftOut).toEqual([
      { itemCode: 'FBL-001', file: 'many-problems.csv', line: 3 },
      { itemCode: 'FBL-003', file: 'many-problems.csv', line: 5 },
    ]);
  });

  it('a row without an item code is reported and leaves nothing else out', () => {
    const text = `${HEADER}\nA,a,S1,x,d,审查,1,\n,a,S2,x,d,审查,1,S1\n`;
    const result = importFiles([textFile('no-code.csv', text)], { lang: 'en' });
    expect(result.diagnostics.map((d) => [d.code, d.line, d.column, d.itemCode])).toEqual([['MISSING_CELL', 3, 'item_code', undefined]]);
    expect(result.procedures.map((p) => p.itemCode)).toEqual(['A']);
    expect(result.leftOut).toEqual([]);
  });

  it('item rows may stand anywhere; item values may be given on any rows but must agree', () => {
    const text = `${HEADER},legal_limit_days\nA,,S1,x,d,审查,1,,\nB,b,S1,x,d,审查,1,,\nA,a,S2,x,d,审查,1,S1,20\nA,,S3,x,d,审查,1,S2,20.0\n`;
    const result = importFiles([textFile('spread.csv', text)], { lang: 'en' });
    expect(result.diagnostics).toEqual([]);
    expect(result.procedures.map((p) => [p.itemCode, p.itemName, p.legalLimitDays, p.steps.map((s) => s.id)])).toEqual([
      ['A', 'a', 20, ['S1', 'S2', 'S3']],
      ['B', 'b', null, ['S1']],
    ]);
  });

  it('an item with no item name on any row is a missing cell at its first row', () => {
    const result = importFiles([textFile('noname.csv', `${HEADER}\nA,,S1,x,d,审查,1,\nA,,S2,x,d,审查,1,S1\n`)], { lang: 'en' });
    expect(result.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['MISSING_CELL', 2, 'item_name']]);
  });

  it('a header without rows is an empty file; bad bytes in two lines are both listed', () => {
    expect(importFiles([textFile('h.csv', `${HEADER}\n\n`)], { lang: 'en' }).diagnostics.map((d) => [d.code, d.line])).toEqual([['EMPTY_FILE', 1]]);
    const bytes = new Uint8Array([...new TextEncoder().encode(`${HEADER}\nA,a,S1,x,d,审查,1,\n`), 0xff, 0x0a, 0x41, 0xfe, 0x0a]);
    expect(importFiles([{ file: 'bad.csv', bytes }], { lang: 'en' }).diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['UNDECODABLE', 3],
      ['UNDECODABLE', 4],
    ]);
  });
});
