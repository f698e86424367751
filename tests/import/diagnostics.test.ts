// One fixture per diagnostic code: each asserts the code, line, column and item, and what was left out.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiagnosticCode } from '../../src/domain/index.js';
import { formatDiagnostic, importFiles, readSourceFiles } from '../../src/import/index.js';
import { fixture, fixturePath } from './fixtures.js';
import { CALENDAR_CASES } from './calendar-cases.js';
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
  { code: 'UNKNOWN_ROLE', files: ['unknown-role.csv'], expected: [['unknown-role.csv', 3, 'role', 'FBL-001']], kept: [], leftOut: ['FBL-001'] },
  { code: 'BAD_DURATION', files: ['bad-duration.csv'], expected: [['bad-duration.csv', 3, 'duration_days', 'FBL-001']], kept: [], leftOut: ['FBL-001'] },
  { code: 'BAD_WAIT', files: ['bad-wait.csv'], expected: [['bad-wait.csv', 2, 'wait_days', 'FBL-001']], kept: [], leftOut: ['FBL-001'] },
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
      const result = importFiles(c.files.map(fixture));
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
      const { files, diagnostics } = readSourceFiles([missing, fixturePath('chain.csv'), dir]);
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
      BAD_LIMIT: true, ITEM_VALUE_CONFLICT: true, DUPLICATE_STEP: true, UNKNOWN_STEP: true, SELF_REFERENCE: true,
      CYCLE: true, DUPLICATE_ITEM: true, COLUMN_COUNT: true, UNTERMINATED_QUOTE: true, BAD_QUOTE: true,
      EMPTY_DURATION: true, UNKNOWN_COLUMN: true, TITLE_ROW: true,
      BAD_DATE: true, BAD_DAY_KIND: true, DUPLICATE_DATE: true, UNCOVERED_YEAR: true,
      BAD_TIMESTAMP: true, BAD_LIFECYCLE: true, BAD_INTERVAL: true, BAD_XML: true, CASE_ITEM_CONFLICT: true,
      UNKNOWN_ITEM: true, OUTSIDE_CALENDAR: true,
    };
    // The --calendar file's codes have their fixtures in calendar-cases.ts (tests/import/import-calendar.test.ts),
    // a case log's in case-log-cases.ts (tests/import/import-case-logs.test.ts); UNKNOWN_ITEM and
    // OUTSIDE_CALENDAR come from conformance (tests/conformance/fitness.test.ts, tests/conformance/observed.test.ts).
    const fromConformance = ['UNKNOWN_ITEM', 'OUTSIDE_CALENDAR'];
    const tested = new Set<string>([...CASES.map((c) => c.code), ...CALENDAR_CASES.map((c) => c.code), ...CASE_LOG_CASES.map((c) => c.code), ...fromConformance, 'UNREADABLE_FILE']);
    expect(Object.keys(codes).filter((code) => !tested.has(code))).toEqual([]);
  });
});

describe('diagnostic messages', () => {
  const messageOf = (file: string, code: DiagnosticCode): string => {
    const d = importFiles([fixture(file)]).diagnostics.find((x) => x.code === code);
    if (!d) throw new Error(`no ${code} in ${file}`);
    return formatDiagnostic(d);
  };

  it('BAD_DURATION prints compiler style with column, item, step and the bad text', () => {
    expect(messageOf('bad-duration.csv', 'BAD_DURATION')).toBe(
      'bad-duration.csv:3: duration_days: item FBL-001, step S2: duration must be a number of working days (工作日) ≥ 0 with at most 2 decimals, got "三天" (BAD_DURATION)',
    );
  });
  it('warnings are prefixed', () => {
    expect(messageOf('empty-duration.csv', 'EMPTY_DURATION')).toMatch(/^empty-duration\.csv:3: warning: duration_days: item FBL-001, step S2: /);
    expect(messageOf('unknown-column.csv', 'UNKNOWN_COLUMN')).toBe(
      'unknown-column.csv:1: warning: unknown columns "备注", "联系人" kept as step attributes (UNKNOWN_COLUMN)',
    );
  });
  it('CYCLE names the cycle from its first step in file order', () => {
    expect(messageOf('cycle.csv', 'CYCLE')).toBe(
      'cycle.csv:2: predecessors: item FBL-001: cycle in the declared order: A → B → C → A (CYCLE)',
    );
  });
  it('DUPLICATE_ITEM says which file keeps the item', () => {
    const d = importFiles([fixture('duplicate-item-a.csv'), fixture('duplicate-item-b.csv')]).diagnostics[0];
    expect(d && formatDiagnostic(d)).toBe(
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
