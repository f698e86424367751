import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, buildWorkingCalendar, formatIsoDate, parseIsoDate } from '../../src/calendar/index.js';
import { encodeText, formatDiagnostic, importCalendar, type SourceFile } from '../../src/import/index.js';
import { CALENDAR_CASES } from './calendar-cases.js';
import { textFile } from './fixtures.js';

const calendarFixture = (name: string): SourceFile => ({
  file: name,
  bytes: new Uint8Array(readFileSync(new URL(`../fixtures/calendar/${name}`, import.meta.url))),
});
const datesOf = (file: SourceFile): string[] => importCalendar(file, 'auto', 'en').overrides.days.map((d) => formatIsoDate(d.date));

describe('importCalendar', () => {
  it('reads Chinese headers and kinds, Excel date forms and a covered year', () => {
    const { overrides, diagnostics } = importCalendar(calendarFixture('good-chinese.csv'), 'auto', 'en');
    expect(diagnostics).toEqual([]);
    expect(overrides.coveredYears).toEqual([2027]);
    expect(overrides.days.map((d) => [formatIsoDate(d.date), d.kind, d.name])).toEqual([
      ['2027-01-01', 'holiday', '元旦'],
      ['2027-02-06', 'holiday', '春节'],
      ['2027-02-07', 'workday', '春节'],
      ['2026-10-08', 'holiday', '地方节日'],
    ]);
    const calendar = buildWorkingCalendar(overrides);
    expect(formatIsoDate(addWorkingDays(calendar, parseIsoDate('2026-09-30')!, 1))).toBe('2026-10-09');
    expect(formatIsoDate(addWorkingDays(calendar, parseIsoDate('2026-12-31')!, 1))).toBe('2027-01-04');
  });

  it('decodes GBK and reads tab-separated files with a title row like procedure CSVs', () => {
    const text = '2027年本地日历\n日期\t类型\t备注\n2027-01-01\t放假\t元旦\n2027\t覆盖\t\n';
    const { overrides, diagnostics } = importCalendar({ file: 'gbk.tsv', bytes: encodeText(text, 'gbk') }, 'auto', 'en');
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['TITLE_ROW', 1]]);
    expect(overrides.coveredYears).toEqual([2027]);
    expect(overrides.days.map((d) => [formatIsoDate(d.date), d.kind, d.name])).toEqual([['2027-01-01', 'holiday', '元旦']]);
  });

  it.each(CALENDAR_CASES)('$file: $code at line $line, good rows kept', ({ file, code, line, column, kept }) => {
    const source = calendarFixture(file);
    const { diagnostics } = importCalendar(source, 'auto', 'en');
    const found = diagnostics.find((d) => d.code === code);
    expect(found, JSON.stringify(diagnostics)).toBeDefined();
    expect(found!.file).toBe(file);
    expect(found!.line).toBe(line);
    expect(found!.column).toBe(column);
    expect(datesOf(source)).toEqual(kept);
  });

  it('prints compiler style, naming the cell and what is expected', () => {
    const lines = importCalendar(calendarFixture('bad-date.csv'), 'auto', 'en').diagnostics.map((d) => formatDiagnostic(d, 'en'));
    expect(lines).toEqual([
      'bad-date.csv:3: date: date must be a calendar date such as 2027-01-01 or 2027/1/1, got "2026-02-30"; the row is left out (BAD_DATE)',
      'bad-date.csv:4: date: date must be a calendar date such as 2027-01-01 or 2027/1/1, got "10/8/2026"; the row is left out (BAD_DATE)',
    ]);
    const duplicate = importCalendar(calendarFixture('duplicate-date.csv'), 'auto', 'en').diagnostics.map((d) => formatDiagnostic(d, 'en'));
    expect(duplicate).toEqual([
      'duplicate-date.csv:4: date: 2026-10-08 is already given on line 2 (as holiday, this row says workday); this row is left out (DUPLICATE_DATE)',
      'duplicate-date.csv:6: date: year 2027 is already declared covered on line 5; this row is left out (DUPLICATE_DATE)',
    ]);
    const [uncovered] = importCalendar(calendarFixture('uncovered-year.csv'), 'auto', 'en').diagnostics;
    expect(uncovered!.severity).toBe('warning');
    expect(formatDiagnostic(uncovered!, 'en')).toContain('"2027,covered"');
  });

  it('reports every bad row of one file, each at its own line', () => {
    const text = 'date,kind,note\n2027,holiday,bare year\n2026-10-08,covered,\n2026-10-09,holiday,ok\n2026-10-10,假期,?\n';
    const { overrides, diagnostics } = importCalendar(textFile('many.csv', text), 'auto', 'en');
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['BAD_DATE', 2, 'date'],
      ['BAD_DATE', 3, 'date'],
      ['BAD_DAY_KIND', 5, 'kind'],
    ]);
    expect(diagnostics[0]!.message).toContain('a bare year is only for a covered row');
    expect(overrides.days.map((d) => formatIsoDate(d.date))).toEqual(['2026-10-09']);
  });

  it('leaves out undecodable rows and keeps the rest', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('date,kind,note\n2026-10-08,holiday,'), 0xff, 0x0a, ...new TextEncoder().encode('2026-10-09,holiday,ok\n')]);
    const { overrides, diagnostics } = importCalendar({ file: 'bad-bytes.csv', bytes }, 'utf-8', 'en');
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['UNDECODABLE', 2]]);
    expect(overrides.days.map((d) => formatIsoDate(d.date))).toEqual(['2026-10-09']);
  });

  it('keeps hostile notes as plain data', () => {
    const note = '=HYPERLINK("x")<script>\u001b[2J';
    const { overrides, diagnostics } = importCalendar(textFile('hostile.csv', `date,kind,note\n2026-10-08,holiday,"${note.replaceAll('"', '""')}"\n`), 'auto', 'en');
    expect(diagnostics).toEqual([]);
    expect(overrides.days[0]!.name).toBe(note);
  });

  it('reports a header without the kind column, a duplicate column and unknown columns', () => {
    expect(importCalendar(textFile('h.csv', '日期,日期,类型\n2026-10-08,2026-10-08,holiday\n'), 'auto', 'en').diagnostics.map((d) => d.code)).toEqual(['DUPLICATE_COLUMN']);
    const unknown = importCalendar(textFile('u.csv', 'date,kind,地区\n2026-10-08,holiday,广西\n'), 'auto', 'en');
    expect(unknown.diagnostics.map((d) => [d.code, d.severity])).toEqual([['UNKNOWN_COLUMN', 'warning']]);
    expect(unknown.overrides.days).toHaveLength(1);
    expect(importCalendar(textFile('e.csv', 'date,kind,note\n'), 'auto', 'en').diagnostics.map((d) => d.code)).toEqual(['EMPTY_FILE']);
  });
});
