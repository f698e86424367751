// The workbook and BPMN commands as a user runs them: an .xlsx catalogue with sheet-and-cell
// diagnostics, --sheet, `procopt template` (never overwriting), and `procopt bpmn`.

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { procopt } from './run-cli.js';

const WINDOW = 'tests/fixtures/xlsx/window.xlsx';
const ERRORS = 'tests/fixtures/xlsx/window-errors.xlsx';

describe('an .xlsx catalogue', () => {
  it('analyze reads every visible sheet, warns about the others and names cells as Excel does', () => {
    const r = procopt(['analyze', WINDOW, ERRORS, '--format', 'csv']);
    expect(r.status).toBe(1);
    // Standard output starts with the BOM, as a file does; the header follows --lang (en here).
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    expect(r.stdout.slice(1).split('\n').filter((l) => /^\S/.test(l)).map((l) => l.split(',')[0])).toEqual([
      'item_code',
      '370100-SC-0007',
      '000021',
      '370100-JS-0021',
      'SC-001',
      'SC-002',
      'SC-003',
      'SC-004',
      'SC-005',
    ]);
    expect(r.stderr).toContain('tests/fixtures/xlsx/window.xlsx[旧版]: warning: hidden sheet "旧版" skipped; name it with --sheet to read it (HIDDEN_SHEET)');
    expect(r.stderr).toContain('tests/fixtures/xlsx/window-errors.xlsx[食品科]!G17: duration_days: item SC-006, step 1: duration must be');
  });

  it('--sheet reads one sheet; an encrypted workbook is refused and the others still read', () => {
    const one = procopt(['validate', WINDOW, '--sheet', '旧版', '--no-machine-check']);
    expect(one.status).toBe(0);
    expect(one.stdout).toContain('1 item ok');
    const locked = procopt(['validate', 'tests/fixtures/xlsx/encrypted.xlsx', WINDOW, '--no-machine-check']);
    expect(locked.stderr).toContain('tests/fixtures/xlsx/encrypted.xlsx: the workbook is encrypted (password-protected)');
    expect(locked.stdout).toContain('3 items ok');
  });
});

describe('procopt template', () => {
  it('writes the workbook, which validates, and refuses to overwrite a file without --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'procopt-template-'));
    const out = join(dir, '办理规程模板.xlsx');
    const r = procopt(['template', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe(`wrote ${out}\n`);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const check = procopt(['validate', out, '--no-machine-check']);
    expect(check.stdout).toContain('1 item ok, 0 left out, 0 errors, 1 warning');

    writeFileSync(out, 'filled in');
    const again = procopt(['template', '--out', out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(out, 'utf8')).toBe('filled in');
    expect(procopt(['template', '--out', out, '--force']).status).toBe(0);
  });
});

describe('procopt bpmn', () => {
  it('writes one item\'s best candidate as BPMN 2.0; an unknown variant is a usage error', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'procopt-bpmn-')), 'sub', 'permit.bpmn');
    const r = procopt(['bpmn', 'models/construction-planning-permit.csv', '--item', '370100-JS-0021', '--variant', 'best', '--out', out], { lang: null });
    expect(r.status, r.stderr).toBe(0);
    const xml = readFileSync(out, 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<bpmn:definitions /);
    expect(xml).toContain('<bpmn:participant id="Participant_1" name="370100-JS-0021 建设工程规划许可证核发 — 优化方案 ');
    // --lang en: the BPMN's own words in English too (the names from the input stay).
    const en = procopt(['bpmn', 'models/construction-planning-permit.csv', '--item', '370100-JS-0021', '--variant', 'best', '--out', `${out}.en`]);
    expect(en.status, en.stderr).toBe(0);
    expect(readFileSync(`${out}.en`, 'utf8')).not.toContain('优化方案');
    const bad = procopt(['bpmn', 'models/construction-planning-permit.csv', '--item', '370100-JS-0021', '--variant', 'nope', '--out', out + '2']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('original, best');
    expect(existsSync(out + '2')).toBe(false);
  });
});
