// The casebook (sixteen small items of the input contract's rules, tests/fixtures/casebook/) as the import
// reads it: every step's roles (the "roles read" column: C02's intake, C03's supervise, C09's words,
// C10's later applicant act …), C09's durations and the items with incomplete durations, and exactly
// the warnings the casebook's words and durations call for. The analysis answers are not tested here.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Procedure, Role } from '../../src/domain/index.js';
import { importFiles } from '../../src/import/index.js';

const FILE = 'spec-casebook.csv';
const bytes = new Uint8Array(readFileSync(new URL('../fixtures/casebook/spec-casebook.csv', import.meta.url)));
const result = importFiles([{ file: FILE, bytes }], { lang: 'en' });
const item = (code: string): Procedure => {
  const p = result.procedures.find((x) => x.itemCode === code);
  if (!p) throw new Error(`no item ${code}`);
  return p;
};

/** Each step's roles as `S1 review`, `S3 review+publicize`. */
const rolesOf = (code: string): string[] => item(code).steps.map((s) => `${s.id} ${s.roles.join('+')}`);

const ROLES_READ: Record<string, string[]> = {
  C01: ['S1 submit', 'S2 intake', 'S3 accept', 'S4 review', 'S5 approve', 'S6 deliver'],
  C02: ['S1 intake', 'S2 accept', 'S3 review', 'S4 approve', 'S5 deliver'],
  C03: ['S1 accept', 'S2 review', 'S3 approve', 'S4 publicize', 'S5 deliver', 'S6 supervise'],
  C04: ['S1 accept', 'S2 review', 'S3 publicize', 'S4 approve', 'S5 deliver'],
  C05: ['S1 accept', 'S2 approve', 'S3 hearing', 'S4 deliver'],
  C06: ['S1 accept', 'S2 review', 'S3 review', 'S4 review', 'S5 approve', 'S6 deliver'],
  C07: ['S1 accept', 'S2 review', 'S3 review', 'S4 review', 'S5 approve', 'S6 deliver'],
  C08: ['S1 accept', 'S2 review', 'S3 approve', 'S4 deliver', 'S5 notify'],
  C09: ['S1 accept', 'S2 review', 'S3 review+publicize', 'S4 other', 'S5 approve', 'S6 deliver'],
  C10: ['S1 submit', 'S2 accept', 'S3 expert', 'S4 submit', 'S5 approve', 'S6 deliver'],
  C11: ['S1 submit', 'S2 accept', 'S3 review', 'S4 inspect', 'S5 handoff', 'S6 approve', 'S7 deliver'],
  C12: ['S1 accept', 'S2 approve', 'S3 deliver', 'S4 hearing'],
  C13: ['S1 accept', 'S2 approve', 'S3 accept', 'S4 review', 'S5 deliver'],
  C14: ['S1 accept', 'S2 approve', 'S3 register', 'S4 publicize', 'S5 deliver'],
  C15: ['S1 accept', 'S2 approve', 'S3 review', 'S4 approve', 'S5 deliver'],
  C16: ['S1 accept', 'S2 approve', 'S3 hearing', 'S4 deliver'],
};

describe('the casebook as the import reads it', () => {
  it('all sixteen items are kept, nothing is an error', () => {
    expect(result.procedures.map((p) => p.itemCode)).toEqual(Object.keys(ROLES_READ));
    expect(result.leftOut).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  for (const [code, roles] of Object.entries(ROLES_READ)) {
    it(`${code}: roles read`, () => expect(rolesOf(code)).toEqual(roles));
  }

  it("C09: a step of two roles is named publicize and lists both; its words as written", () => {
    const s3 = item('C09').steps[2]!;
    expect([s3.role, s3.roles, s3.typeWord]).toEqual(['publicize', ['review', 'publicize'] satisfies Role[], '审核并公示']);
  });

  it('C03: 归档 after 送达 is supervise (its word says register): counted 0, not incomplete', () => {
    const s6 = item('C03').steps[5]!;
    expect([s6.typeWord, s6.role, s6.durationDays, s6.durationMissing]).toEqual(['归档', 'supervise', 0, false]);
  });

  it('C02: a 审查 declared before 受理 is the window\'s pre-check (intake)', () => {
    const s1 = item('C02').steps[0]!;
    expect([s1.typeWord, s1.role]).toEqual(['审查', 'intake']);
  });

  it('C09: durations 当场 = 0, 7天 = 7, 不少于5个工作日 = 5, 每年6月30日前 unknown, 3-5个工作日 = 5', () => {
    expect(item('C09').steps.map((s) => [s.id, s.durationDays, s.durationMissing])).toEqual([
      ['S1', 0, false],
      ['S2', 7, false],
      ['S3', 5, false],
      ['S4', 0, true],
      ['S5', 5, false],
      ['S6', 1, false],
    ]);
  });

  it('incomplete durations: C08 [S4] and C09 [S4] only; the applicant\'s empty times (C01, C10, C11) and C03\'s 归档 are not', () => {
    const incomplete = result.procedures
      .map((p) => [p.itemCode, p.steps.filter((s) => s.durationMissing).map((s) => s.id)] as const)
      .filter(([, ids]) => ids.length > 0);
    expect(incomplete).toEqual([
      ['C08', ['S4']],
      ['C09', ['S4']],
    ]);
  });

  it('C10: the applicant\'s time and the expert\'s time do not run the clock', () => {
    expect(item('C10').steps.map((s) => [s.id, s.countsTowardLimit])).toEqual([
      ['S1', false],
      ['S2', true],
      ['S3', false],
      ['S4', false],
      ['S5', true],
      ['S6', true],
    ]);
  });

  it('C01: limits 20 and 10; 即时 = 0, 1个工作日 = 1', () => {
    const c01 = item('C01');
    expect([c01.legalLimitDays, c01.promisedLimitDays]).toEqual([20, 10]);
    expect(c01.steps.map((s) => s.durationDays)).toEqual([0, 0, 1, 3, 1, 1]);
  });

  it('exactly the warnings the casebook\'s words and durations call for', () => {
    expect(result.diagnostics.map((d) => [d.code, d.line, d.itemCode, d.column])).toEqual([
      ['EMPTY_DURATION', 43, 'C08', 'duration_days'],
      ['ROLE_GUESSED', 46, 'C09', 'role'],
      ['AMBIGUOUS_DAYS', 46, 'C09', 'duration_days'],
      ['DURATION_MINIMUM', 47, 'C09', 'duration_days'],
      ['UNKNOWN_ROLE', 48, 'C09', 'role'],
      ['UNPARSED_DURATION', 48, 'C09', 'duration_days'],
      ['DURATION_RANGE', 49, 'C09', 'duration_days'],
    ]);
    expect(result.diagnostics.find((d) => d.code === 'ROLE_GUESSED')?.message).toContain('"调查审核" is not in the table: read as review (审查), by the word 审核');
    expect(result.diagnostics.find((d) => d.code === 'UNKNOWN_ROLE')?.message).toContain('"会办"');
  });
});
