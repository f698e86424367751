// The importer is total: arbitrary bytes and arbitrary CSV-shaped text give items and diagnostics,
// never an exception, and what it returns is always consistent. One bad item never drops another.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES, type Procedure } from '../../src/domain/index.js';
import { buildDigraph, topologicalOrder } from '../../src/graph/index.js';
import { formatProcedureCsv, importFiles, type ImportResult, type SourceFile } from '../../src/import/index.js';

const WARNINGS = new Set([
  'EMPTY_DURATION', 'UNKNOWN_COLUMN', 'TITLE_ROW', 'UNKNOWN_ROLE', 'ROLE_GUESSED', 'ROLE_FROM_NAME', 'AMBIGUOUS_DAYS',
  'DURATION_RANGE', 'DURATION_MINIMUM', 'DURATION_DEADLINE', 'DURATION_FROM_ACCEPTANCE', 'DURATION_NOTE', 'UNPARSED_DURATION',
  'NO_DURATION_COLUMN', 'NO_PREDECESSORS_COLUMN',
]);

/** What must hold of any import result, whatever the input. */
function checkInvariants(files: readonly SourceFile[], result: ImportResult): void {
  const order = new Map(files.map((f, i) => [f.file, i]));
  let previous: [number, number] = [-1, -1];
  for (const d of result.diagnostics) {
    expect(order.has(d.file)).toBe(true);
    expect(d.severity).toBe(WARNINGS.has(d.code) ? 'warning' : 'error');
    expect(Number.isInteger(d.line) && d.line >= 0).toBe(true);
    expect(d.message.length).toBeGreaterThan(0);
    const key: [number, number] = [order.get(d.file)!, d.line];
    expect(key[0] > previous[0] || (key[0] === previous[0] && key[1] >= previous[1])).toBe(true);
    previous = key;
  }
  for (const l of result.leftOut) {
    // Left out at the line of an error of that file, about that item or about the whole file.
    const cause = result.diagnostics.find(
      (d) => d.severity === 'error' && d.file === l.file && d.line === l.line && (d.itemCode === l.itemCode || d.itemCode === undefined),
    );
    expect(cause).toBeDefined();
  }
  const codes = result.procedures.map((p) => p.itemCode);
  expect(new Set(codes).size).toBe(codes.length);
  for (const p of result.procedures) checkProcedure(p);
}

function checkProcedure(p: Procedure): void {
  expect(p.itemCode).not.toBe('');
  expect(p.itemName).not.toBe('');
  expect(p.steps.length).toBeGreaterThan(0);
  const ids = p.steps.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  const index = new Map(ids.map((id, i) => [id, i]));
  const from: number[] = [];
  const to: number[] = [];
  p.steps.forEach((s, i) => {
    for (const id of [...s.predecessors, ...s.hardPredecessors]) {
      expect(index.has(id)).toBe(true);
      expect(id).not.toBe(s.id);
    }
    if (s.returnTo !== null) expect(index.has(s.returnTo)).toBe(true);
    for (const id of s.predecessors) {
      from.push(index.get(id)!);
      to.push(i);
    }
    for (const days of [s.durationDays, s.waitDays]) {
      expect(Number.isFinite(days) && days >= 0).toBe(true);
      expect(Math.abs(days * 100 - Math.round(days * 100))).toBeLessThan(1e-6);
    }
    expect(ROLES).toContain(s.role);
    // roles: never empty, in table order without repeats, named by the last of them in the table.
    expect(s.roles.length).toBeGreaterThan(0);
    expect(s.roles).toEqual(ROLES.filter((r) => s.roles.includes(r)));
    expect(s.role).toBe(s.roles.at(-1));
    if (s.roles.includes('submit') || s.roles.includes('supervise')) expect(s.durationMissing).toBe(false);
    expect(s.line).toBeGreaterThan(0);
  });
  expect(topologicalOrder(buildDigraph(ids.length, from, to))).not.toBeNull();
}

/** Plausible values per column (Chinese aliases share them), so random files hold valid items too. */
const VALUES: Readonly<Record<string, readonly string[]>> = {
  item_code: ['FBL-1', 'FBL-2', 'FBL-3'],
  item_name: ['食品经营许可', '餐饮许可'],
  step_id: ['S1', 'S2', 'S3', 'S4'],
  step_name: ['受理', '审查，复核', '决定'],
  department: ['窗口', '市场监管局', '申请人'],
  duration_days: ['1', '0.5', '即办', '', '三天', '3-5个工作日', '每年6月30日前', '-1'],
  role: ['accept', '审批', '听证', '', '盖章', '审核并公示', '调查审核', '送达', '归档'],
  duration_unit: ['', '小时', '自然日'],
  wait_days: ['', '1', '-1'],
  counts_toward_limit: ['', '是', 'no'],
  predecessors: ['', 'S1', 'S1;S2', 'S2、S3', 'S9'],
  hard_predecessors: ['', 'S1'],
  inputs: ['', '申请书', '申请书;营业执照'],
  outputs: ['', '许可证'],
  applicant_visit: ['', 'Y', '否'],
  condition: ['', '需要时'],
  return_to: ['', 'S1'],
  legal_limit_days: ['', '20'],
  promised_limit_days: ['', '10', '12'],
};
const ALIAS: Readonly<Record<string, string>> = { 事项编码: 'item_code', 事项名称: 'item_name', 环节编号: 'step_id', 环节名称: 'step_name', 承办部门: 'department', 办理时限: 'duration_days' };
const REQUIRED = [['item_code', '事项编码'], ['item_name', '事项名称'], ['step_id', '环节编号'], ['step_name', '环节名称'], ['department', '承办部门'], ['duration_days', '办理时限']] as const;
const OPTIONAL = [...Object.keys(VALUES).filter((k) => !REQUIRED.some(([en]) => en === k)), '备注', '', 'step_name'];

/** Anything: quotes, delimiters, line breaks, hanzi. */
const junkArb = fc
  .array(fc.constantFrom('a', '审', '"', ',', ';', '\t', '\n', '\r\n', ' ', '1', '.'), { maxLength: 6 })
  .map((cs) => cs.join(''));

const cellArb = (column: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.oneof(
        { weight: 80, arbitrary: fc.constantFrom(...(VALUES[ALIAS[column] ?? column] ?? ['x', ''])) },
        { weight: 10, arbitrary: junkArb },
        { weight: 1, arbitrary: fc.constant('\uFFFD') },
      ),
      fc.nat({ max: 3 }),
    )
    // Mostly written raw, sometimes properly quoted (which any value survives).
    .map(([cell, q]) => (q === 0 ? `"${cell.replace(/"/g, '""')}"` : cell));

const headerArb = fc
  .tuple(fc.tuple(...REQUIRED.map((pair) => fc.constantFrom(...pair))), fc.subarray(OPTIONAL, { maxLength: 6 }), fc.nat({ max: 9 }))
  .chain(([required, optional, drop]) => {
    const all = [...(drop === 0 ? required.slice(1) : required), ...optional];
    return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
  });

const csvTextArb = fc
  .record({
    delimiter: fc.constantFrom(',', '\t', ';'),
    newline: fc.constantFrom('\n', '\r\n'),
    trailingNewline: fc.boolean(),
    header: headerArb,
  })
  .chain(({ delimiter, newline, trailingNewline, header }) =>
    fc
      .array(fc.tuple(fc.tuple(...header.map(cellArb)), fc.nat({ max: 19 })), { maxLength: 8 })
      .map((rows) => {
        // Now and then a row loses its last cell.
        const lines = rows.map(([cells, cut]) => (cut === 0 ? cells.slice(0, -1) : cells).join(delimiter));
        return [header.join(delimiter), ...lines].join(newline) + (trailingNewline ? newline : '');
      }),
  );

describe('importer never throws', () => {
  it('arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('auto', 'utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'gbk'), (bytes, encoding) => {
        const files = [{ file: 'random.bin', bytes }];
        checkInvariants(files, importFiles(files, { encoding }));
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary CSV-shaped text, alone and next to another file', () => {
    fc.assert(
      fc.property(csvTextArb, csvTextArb, (a, b) => {
        const files = [
          { file: 'a.csv', bytes: new TextEncoder().encode(a) },
          { file: 'b.csv', bytes: new TextEncoder().encode(b) },
        ];
        checkInvariants(files, importFiles(files));
      }),
      { numRuns: 300 },
    );
  });
});

describe('one bad item does not drop the others', () => {
  const word = fc.stringMatching(/^[A-Z][0-9]{1,3}$/);
  const itemsArb = fc.uniqueArray(word, { minLength: 2, maxLength: 5 }).map((codes) =>
    codes.map(
      (code): Procedure => ({
        itemCode: code,
        itemName: `事项${code}`,
        legalLimitDays: null,
        promisedLimitDays: null,
        source: { file: 'x.csv', line: 0 },
        steps: ['S1', 'S2'].map((id, i) => ({
          id, name: `环节${id}`, department: '窗口', role: 'review', roles: ['review'], typeWord: '审查', durationDays: 1, waitDays: 0, durationMissing: false,
          countsTowardLimit: true, predecessors: i === 0 ? [] : ['S1'], hardPredecessors: [], inputs: [], outputs: [],
          applicantVisit: false, condition: '', returnTo: null, attributes: {}, line: 0,
        })),
      }),
    ),
  );

  it('a bad cell in one item leaves out exactly that item', () => {
    fc.assert(
      fc.property(itemsArb, fc.nat(), fc.constantFrom('-1', '-2.5', '-三天', '－3个工作日'), (items, pick, badValue) => {
        const bad = items[pick % items.length]!;
        const csv = formatProcedureCsv(items);
        // Break the duration of the bad item's second step.
        const lines = csv.split('\r\n');
        const at = lines.findIndex((l) => l.startsWith(`${bad.itemCode},`) && l.includes(',S2,'));
        const cells = lines[at]!.split(',');
        cells[6] = badValue;
        lines[at] = cells.join(',');
        const result = importFiles([{ file: 'x.csv', bytes: new TextEncoder().encode(lines.join('\n')) }]);
        expect(result.leftOut).toEqual([{ itemCode: bad.itemCode, file: 'x.csv', line: at + 1 }]);
        expect(result.diagnostics.map((d) => [d.code, d.line, d.itemCode])).toEqual([['BAD_DURATION', at + 1, bad.itemCode]]);
        expect(result.procedures.map((p) => p.itemCode)).toEqual(items.filter((p) => p !== bad).map((p) => p.itemCode));
      }),
      { numRuns: 100 },
    );
  });
});
