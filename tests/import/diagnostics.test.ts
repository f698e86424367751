// One fixture per diagnostic code: each asserts the code, line, column and item, and what was left out.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiagnosticCode } from '../../src/domain/index.js';
import { formatDiagnostic, importFiles, readRolesFile, readSourceFiles } from '../../src/import/index.js';
import { fixture, fixturePath } from './fixtures.js';
import { CALENDAR_CASES } from './calendar-cases.js';
import { WORKBOOK_CASES } from './workbook/workbook-fixtures.js';
import { CASE_LOG_CASES } from './case-log-cases.js';

interface Case {
  code: DiagnosticCode;
  files: string[];
  /** Expected diagnostics of this code: [file, line, column, itemCode]. */
  expected: [string, number, string | undefined, string | undefined][];
  /** Item codes imported, and left out. */
  kept: string[];
  leftOut: string[];
}

const CASES: Case[] = [
  { code: 'EMPTY_FILE', files: ['empty-file.csv'], expected: [['empty-file.csv', 0, undefined, undefined]], kept: [], leftOut: [] },
  { code: 'UNDECODABLE', files: ['undecodable.csv'], expected: [['undecodable.csv', 3, undefined, undefined]], kept: [], leftOut: ['FBL-001'] },
  { code: 'MISSING_COLUMN', files: ['missing-column.csv'], expected: [['missing-column.csv', 1, 'department', undefined]], kept: [], leftOut: ['FBL-001'] },
  { code: 'DUPLICATE_COLUMN', files: ['duplicate-column.csv'], expected: [['duplicate-column.csv', 1, 'step_name', undefined]], kept: [], leftOut: ['FBL-001'] },
  { code: 'MISSING_CELL', files: ['missing-cell.csv'], expected: [['missing-cell.csv', 3, 'step_name', 'FBL-001']], kept: ['FBL-002'], leftOut: ['FBL-001'] },
  { code: 'UNKNOWN_ROLE', files: ['unknown-role.csv'], expected: [['unknown-role.csv', 3, 'role', 'FBL-001']], kept: ['FBL-001'], leftOut: [] },
  { code: 'ROLE_GUESSED', files: ['role-guessed.csv'], expected: [['role-guessed.csv', 3, 'role', 'FBL-001']], kept: ['FBL-001'], leftOut: [] },
  { code: 'ROLE_FROM_NAME', files: ['role-from-name.csv'], expected: [['role-from-name.csv', 3, 'role', 'FBL-001']], kept: ['FBL-001'], leftOut: [] },
  { code: 'AMBIGUOUS_DAYS', files: ['ambiguous-days.csv'], expected: [['ambiguous-days.csv', 3, 'duration_days', 'FBL-001']], kept: ['FBL-001'], leftOut: [] },
  { code: 'DURATION_RANGE', files: ['duration-range.csv'], expected: [['duration-range.csv', 3, 'duration_days', 'FBL-001']], kept: ['FBL-001'], leftOut: [] },
  { code: 'DURATION_MINIMUM', files: ['duration-minimum.csv'], expected: [['duration-minimum.csv', 3, 'duration_days', 'FBL-001']], kept: ['FBL-001'], leftOut: [] },
  { code: 'DURATION_DEADLINE', files: ['duration-deadline.csv'], expected: [['duration-deadline.csv', 3, 'duration_days', 'FBL-001']], kept: ['FBL-001'], leftOut: [] },
  {
    code: 'DURATION_FROM_ACCEPTANCE',
    files: ['duration-from-acceptance.csv'],
    expected: [['duration-from-acceptance.csv', 3, 'duration_days', 'FBL-001']],
    kept: ['FBL-001'],
    leftOut: [],
  },
  { code: 'DURATION_NOTE', files: ['duration-note.csv'], expected: [['duration-note.csv', 3, 'duration_days', 'FBL-001']], kept: ['FBL-001'], leftOut: [] },
  { code: 'UNPARSED_DURATION', files: ['unparsed-duration.csv'], expected: [['unparsed-duration.csv', 3, 'duration_days', 'FBL-001']], kept: ['FBL-001'], leftOut: [] },
  { code: 'NO_DURATION_COLUMN', files: ['no-duration-column.csv'], expected: [['no-duration-column.csv', 1, 'duration_days', undefined]], kept: ['FBL-001'], leftOut: [] },
  {
    code: 'NO_PREDECESSORS_COLUMN',
    files: ['no-predecessors-column.csv'],
    expected: [
      ['no-predecessors-column.csv', 2, 'predecessors', 'FBL-001'],
      ['no-predecessors-column.csv', 4, 'predecessors', 'FBL-002'],
    ],
    kept: ['FBL-001', 'FBL-002'],
    leftOut: [],
  },
  { code: 'BAD_DURATION', files: ['bad-duration.csv'], expected: [['bad-duration.csv', 3, 'duration_days', 'FBL-001']], kept: [], leftOut: ['FBL-001'] },
  { code: 'BAD_WAIT', files: ['bad-wait.csv'], expected: [['bad-wait.csv', 2, 'wait_days', 'FBL-001']], kept: [], leftOut: ['FBL-001'] },
  { code: 'BAD_THREE_POINT', files: ['bad-three-point.csv'], expected: [['bad-three-point.csv', 3, 'duration_max', 'FBL-001']], kept: ['FBL-002'], leftOut: ['FBL-001'] },
  {
    code: 'INCOMPLETE_THREE_POINT',
    files: ['incomplete-three-point.csv'],
    expected: [['incomplete-three-point.csv', 3, 'duration_min', 'FBL-001']],
    kept: ['FBL-002'],
    leftOut: ['FBL-001'],
  },
  { code: 'BAD_UNIT', files: ['bad-unit.csv'], expected: [['bad-unit.csv', 2, 'duration_unit', 'FBL-001']], kept: [], leftOut: ['FBL-001'] },
  { code: 'BAD_BOOLEAN', files: ['bad-boolean.csv'], expected: [['bad-boolean.csv', 2, 'applicant_visit', 'FBL-001']], kept: [], leftOut: ['FBL-001'] },
  { code: 'BAD_LIMIT', files: ['bad-limit.csv'], expected: [['bad-limit.csv', 2, 'legal_limit_days', 'FBL-001']], kept: [], leftOut: ['FBL-001'] },
  {
    code: 'ITEM_VALUE_CONFLICT',
    files: ['item-value-conflict.csv'],
    expected: [['item-value-conflict.csv', 3, 'promised_limit_days', 'FBL-001']],
    kept: [],
    leftOut: ['FBL-001'],
  },
  { code: 'DUPLICATE_STEP', files: ['duplicate-step.csv'], expected: [['duplicate-step.csv', 3, 'step_id', 'FBL-001']], kept: [], leftOut: ['FBL-001'] },
  {
    code: 'UNKNOWN_STEP',
    files: ['unknown-step.csv'],
    expected: [
      ['unknown-step.csv', 2, 'return_to', 'FBL-001'],
      ['unknown-step.csv', 3, 'predecessors', 'FBL-001'],
      ['unknown-step.csv', 4, 'hard_predecessors', 'FBL-001'],
    ],
    kept: [],
    leftOut: ['FBL-001'],
  },
  { code: 'SELF_REFERENCE', files: ['self-reference.csv'], expected: [['self-reference.csv', 3, 'predecessors', 'FBL-001']], kept: [], leftOut: ['FBL-001'] },
  { code: 'CYCLE', files: ['cycle.csv'], expected: [['cycle.csv', 2, 'predecessors', 'FBL-001']], kept: [], leftOut: ['FBL-001'] },
  {
    code: 'DUPLICATE_ITEM',
    files: ['duplicate-item-a.csv', 'duplicate-item-b.csv'],
    expected: [['duplicate-item-b.csv', 3, 'item_code', 'FBL-001']],
    kept: ['FBL-001', 'FBL-002'],
    leftOut: ['FBL-001'],
  },
  { code: 'COLUMN_COUNT', files: ['column-count.csv'], expected: [['column-count.csv', 3, undefined, 'FBL-001']], kept: ['FBL-002'], leftOut: ['FBL-001'] },
  {
    code: 'UNTERMINATED_QUOTE',
    files: ['unterminated-quote.csv'],
    expected: [['unterminated-quote.csv', 3, 'step_name', 'FBL-001']],
    kept: ['FBL-002'],
    leftOut: ['FBL-001'],
  },
  {
    code: 'BAD_QUOTE',
    files: ['bad-quote.csv'],
    expected: [
      ['bad-quote.csv', 3, 'step_name', 'FBL-001'],
      ['bad-quote.csv', 4, 'step_name', 'FBL-002'],
    ],
    kept: ['FBL-003'],
    leftOut: ['FBL-001', 'FBL-002'],
  },
  { code: 'EMPTY_DURATION', files: ['empty-duration.csv'], expected: [['empty-duration.csv', 3, 'duration_days', 'FBL-001']], kept: ['FBL-001'], leftOut: [] },
  { code: 'UNKNOWN_COLUMN', files: ['unknown-column.csv'], expected: [['unknown-column.csv', 1, undefined, undefined]], kept: ['FBL-001'], leftOut: [] },
  { code: 'TITLE_ROW', files: ['title-row.csv'], expected: [['title-row.csv', 1, undefined, undefined]], kept: ['FBL-001'], leftOut: [] },
];

describe('one fixture per diagnostic code', () => {
  for (const c of CASES) {
    it(`${c.code}: ${c.files.join(' + ')}`, () => {
      const result = importFiles(c.files.map(fixture), { lang: 'en' });
      const found = result.diagnostics
        .filter((d) => d.code === c.code)
        .map((d) => [d.file, d.line, d.column, d.itemCode]);
      expect(found).toEqual(c.expected);
      // The fixture shows this problem and no other.
      expect(result.diagnostics.filter((d) => d.code !== c.code)).toEqual([]);
      expect(result.procedures.map((p) => p.itemCode)).toEqual(c.kept);
      expect(result.leftOut.map((l) => l.itemCode)).toEqual(c.leftOut);
    });
  }

  it('UNREADABLE_FILE: a missing path and a directory are reported, readable files still read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'procopt-import-'));
    try {
      const missing = join(dir, 'nope.csv');
      const { files, diagnostics } = readSourceFiles([missing, fixturePath('chain.csv'), dir], 'en');
      expect(files.map((f) => f.file)).toEqual([fixturePath('chain.csv')]);
      expect(diagnostics.map((d) => [d.code, d.file, d.line, d.severity])).toEqual([
        ['UNREADABLE_FILE', missing, 0, 'error'],
        ['UNREADABLE_FILE', dir, 0, 'error'],
      ]);
      expect(diagnostics[0]?.message).toContain('no such file');
      expect(diagnostics[1]?.message).toContain('directory');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('every diagnostic code of the domain has a case here', () => {
    const codes: Record<DiagnosticCode, true> = {
      UNREADABLE_FILE: true, UNDECODABLE: true, EMPTY_FILE: true, MISSING_COLUMN: true, DUPLICATE_COLUMN: true,
      MISSING_CELL: true, UNKNOWN_ROLE: true, BAD_DURATION: true, BAD_WAIT: true, BAD_UNIT: true, BAD_BOOLEAN: true,
      BAD_LIMIT: true, BAD_THREE_POINT: true, INCOMPLETE_THREE_POINT: true, ITEM_VALUE_CONFLICT: true, DUPLICATE_STEP: true, UNKNOWN_STEP: true, SELF_REFERENCE: true,
      CYCLE: true, DUPLICATE_ITEM: true, COLUMN_COUNT: true, UNTERMINATED_QUOTE: true, BAD_QUOTE: true,
      EMPTY_DURATION: true, UNKNOWN_COLUMN: true, TITLE_ROW: true, BAD_ROLES_FILE: true, ROLE_GUESSED: true, ROLE_FROM_NAME: true,
      AMBIGUOUS_DAYS: true, DURATION_RANGE: true, DURATION_MINIMUM: true, DURATION_DEADLINE: true, DURATION_FROM_ACCEPTANCE: true,
      DURATION_NOTE: true, UNPARSED_DURATION: true, NO_DURATION_COLUMN: true, NO_PREDECESSORS_COLUMN: true,
      BAD_DATE: true, BAD_DAY_KIND: true, DUPLICATE_DATE: true, UNCOVERED_YEAR: true, DATA_AGAINST_ORDER: true, ITEM_TIME_LIMIT: true,
      NOT_A_WORKBOOK: true, ENCRYPTED_WORKBOOK: true, WORKBOOK_TOO_LARGE: true, UNKNOWN_SHEET: true, HIDDEN_SHEET: true, SHEET_SKIPPED: true,
      BAD_TIMESTAMP: true, BAD_LIFECYCLE: true, BAD_INTERVAL: true, BAD_XML: true, CASE_ITEM_CONFLICT: true,
      UNKNOWN_ITEM: true, OUTSIDE_CALENDAR: true,
    };
    // UNREADABLE_FILE and BAD_ROLES_FILE have their own tests (a path, and the --roles file); the
    // --calendar file's codes have their fixtures in calendar-cases.ts (tests/import/import-calendar.test.ts),
    // the workbook codes theirs in workbook-fixtures.ts (tests/import/workbook/import-workbook.test.ts),
    // a case log's in case-log-cases.ts (tests/import/import-case-logs.test.ts); UNKNOWN_ITEM and
    // OUTSIDE_CALENDAR come from conformance (tests/conformance/fitness.test.ts, tests/conformance/observed.test.ts);
    // the analysis's codes theirs in tests/analyze/order/required-order.test.ts (DATA_AGAINST_ORDER) and
    // tests/pipeline/analyze-sources.test.ts (ITEM_TIME_LIMIT).
    const fromConformance = ['UNKNOWN_ITEM', 'OUTSIDE_CALENDAR'];
    const tested = new Set<string>([
      ...CASES.map((c) => c.code),
      ...CALENDAR_CASES.map((c) => c.code),
      ...WORKBOOK_CASES.map((c) => c.code),
      ...CASE_LOG_CASES.map((c) => c.code),
      ...fromConformance,
      'UNREADABLE_FILE',
      'BAD_ROLES_FILE',
      'DATA_AGAINST_ORDER',
      'ITEM_TIME_LIMIT',
    ]);
    expect(Object.keys(codes).filter((code) => !tested.has(code))).toEqual([]);
  });
});

describe('diagnostic messages', () => {
  const messageOf = (file: string, code: DiagnosticCode): string => {
    const d = importFiles([fixture(file)], { lang: 'en' }).diagnostics.find((x) => x.code === code);
    if (!d) throw new Error(`no ${code} in ${file}`);
    return formatDiagnostic(d, 'en');
  };

  it('BAD_DURATION prints compiler style with column, item, step and the bad text', () => {
    expect(messageOf('bad-duration.csv', 'BAD_DURATION')).toBe(
      'bad-duration.csv:3: duration_days: item FBL-001, step S2: duration must be ≥ 0 working days (工作日), got "-3" (BAD_DURATION)',
    );
  });
  it('the readings of words and durations say what was read, from which word', () => {
    expect(messageOf('role-guessed.csv', 'ROLE_GUESSED')).toBe(
      'role-guessed.csv:3: warning: role: item FBL-001, step S2: type word (环节类型) "调查审核" is not in the table: read as review (审查), by the word 审核 (ROLE_GUESSED)',
    );
    expect(messageOf('unknown-role.csv', 'UNKNOWN_ROLE')).toBe(
      'unknown-role.csv:3: warning: role: item FBL-001, step S2: unknown type word (环节类型) "盖章": the step is other (其他): no gate, never removed or merged; a centre\'s own words can be given with --roles FILE (UNKNOWN_ROLE)',
    );
    expect(messageOf('role-from-name.csv', 'ROLE_FROM_NAME')).toBe(
      'role-from-name.csv:3: warning: role: item FBL-001, step S2: the type cell (环节类型) is empty: the step name "现场核查" is read as inspect (勘验) (ROLE_FROM_NAME)',
    );
    expect(messageOf('ambiguous-days.csv', 'AMBIGUOUS_DAYS')).toBe(
      'ambiguous-days.csv:3: warning: duration_days: item FBL-001, step S2: duration (办理时限) "7天": 天/日 does not say whether working or calendar days; read as 7 working days (工作日) (write 个工作日 or 个自然日 to say which) (AMBIGUOUS_DAYS)',
    );
    expect(messageOf('unparsed-duration.csv', 'UNPARSED_DURATION')).toContain('"每年6月30日前" is not a duration procopt can read');
    expect(messageOf('duration-note.csv', 'DURATION_NOTE')).toContain('duration (办理时限) "5个工作日（不含公示时间）": the note "不含公示时间" at its end is dropped; read as 5 working days (工作日)');
  });
  it('an empty type cell and a step name nothing in the table reads: the step is other, said as such', () => {
    const text = 'item_code,item_name,step_id,step_name,department,role,duration_days,predecessors\nX,x,S1,盖章,窗口,,1,\n';
    const [en] = importFiles([{ file: 'n.csv', bytes: new TextEncoder().encode(text) }], { lang: 'en' }).diagnostics;
    expect(en && formatDiagnostic(en, 'en')).toBe(
      'n.csv:2: warning: role: item X, step S1: the type cell (环节类型) is empty and nothing in the step name "盖章" is a known word, so the step is other (其他): no gate, never removed or merged (ROLE_FROM_NAME)',
    );
    const [zh] = importFiles([{ file: 'n.csv', bytes: new TextEncoder().encode(text) }], { lang: 'zh-CN' }).diagnostics;
    expect(zh?.message).toBe('事项 X，环节 S1：环节类型为空，环节名称“盖章”中也没有可识别的用语，该环节按“其他”处理：不作为关口，不予删除或合并');
  });
  it('warnings are prefixed', () => {
    expect(messageOf('empty-duration.csv', 'EMPTY_DURATION')).toMatch(/^empty-duration\.csv:3: warning: duration_days: item FBL-001, step S2: /);
    expect(messageOf('unknown-column.csv', 'UNKNOWN_COLUMN')).toBe(
      'unknown-column.csv:1: warning: unknown columns "备注", "联系人" kept as step attributes (UNKNOWN_COLUMN)',
    );
  });
  it('cell text quoted in a message cannot break the line or send control sequences to a terminal', () => {
    const text = 'item_code,item_name,step_id,step_name,department,role,duration_days,predecessors\nX,x,S1,"受理\n\u001b[2J\u202e",窗口,,1,\n';
    const [d] = importFiles([{ file: 'h.csv', bytes: new TextEncoder().encode(text) }], { lang: 'en' }).diagnostics;
    expect(d?.message).toContain('"受理\n\u001b[2J\u202e"');
    expect(d && formatDiagnostic(d, 'en')).toBe(
      'h.csv:2: warning: role: item X, step S1: the type cell (环节类型) is empty: the step name "受理\\n\\x1b[2J\\u202e" is read as accept (受理), by the word 受理 (ROLE_FROM_NAME)',
    );
  });
  it('CYCLE names the cycle from its first step in file order', () => {
    expect(messageOf('cycle.csv', 'CYCLE')).toBe(
      'cycle.csv:2: predecessors: item FBL-001: cycle in the declared order: A → B → C → A (CYCLE)',
    );
  });
  it('DUPLICATE_ITEM says which file keeps the item', () => {
    const d = importFiles([fixture('duplicate-item-a.csv'), fixture('duplicate-item-b.csv')], { lang: 'en' }).diagnostics[0];
    expect(d && formatDiagnostic(d, 'en')).toBe(
      "duplicate-item-b.csv:3: item_code: item FBL-001 is already defined in duplicate-item-a.csv:2; an item code must be unique across files, so the first file's item is kept and this one is left out (DUPLICATE_ITEM)",
    );
  });
  it('a whole-file problem prints without a line', () => {
    expect(messageOf('empty-file.csv', 'EMPTY_FILE')).toBe('empty-file.csv: the file is empty: no header and no steps (EMPTY_FILE)');
  });
  it('UNKNOWN_STEP and SELF_REFERENCE name the step and the reference', () => {
    expect(messageOf('unknown-step.csv', 'UNKNOWN_STEP')).toBe(
      'unknown-step.csv:2: return_to: item FBL-001, step S1: return step (退回环节) "S7" is not a step of this item (UNKNOWN_STEP)',
    );
    expect(messageOf('self-reference.csv', 'SELF_REFERENCE')).toBe(
      'self-reference.csv:3: predecessors: item FBL-001, step S2: the step lists itself as a predecessor (前置环节) (SELF_REFERENCE)',
    );
  });
});

describe('the --roles file (word, role)', () => {
  it('BAD_ROLES_FILE: each bad row located at its line and column; good rows still read', () => {
    const { words, diagnostics } = readRolesFile(fixture('roles-bad.csv'), 'auto', 'en');
    // Line 1 is a header; 会办,review is good; the rest are bad.
    expect(words).toEqual([{ word: '会办', role: 'review' }]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.file, d.line, d.column])).toEqual([
      ['BAD_ROLES_FILE', 'error', 'roles-bad.csv', 3, 'role'],
      ['BAD_ROLES_FILE', 'error', 'roles-bad.csv', 4, 'role'],
      ['BAD_ROLES_FILE', 'error', 'roles-bad.csv', 5, 'word'],
      ['BAD_ROLES_FILE', 'error', 'roles-bad.csv', 6, 'word'],
    ]);
    expect(formatDiagnostic(diagnostics[0]!, 'en')).toBe(
      'roles-bad.csv:3: role: "研判" (for the word "研究") is not a role of the table; a role is one of submit, intake, accept, register, notify, review, inspect, expert, publicize, hearing, intermediary, handoff, approve, deliver, supervise, other, or a word of the table (审查, 受理 …) (BAD_ROLES_FILE)',
    );
  });

  it('roles are role names or table words; a file without a header is read from its first row', () => {
    expect(readRolesFile(fixture('roles-good.csv'), 'auto', 'en')).toEqual({
      words: [
        { word: '会办', role: 'review' },
        { word: '签章', role: 'approve' },
        { word: '收文', role: 'intake' },
      ],
      diagnostics: [],
    });
    const text = new TextEncoder().encode('会办;审查\n"领照";送达\n');
    expect(readRolesFile({ file: 'r.csv', bytes: text }, 'auto', 'en').words).toEqual([
      { word: '会办', role: 'review' },
      { word: '领照', role: 'deliver' },
    ]);
    expect(readRolesFile({ file: 'empty.csv', bytes: new Uint8Array() }, 'auto', 'en').diagnostics.map((d) => [d.code, d.line])).toEqual([['BAD_ROLES_FILE', 0]]);
  });
});
