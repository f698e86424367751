// Duration words (procedure-csv.md): every shape the contract lists, with its exact reading (hundredths
// of the unit the cell names, and the warnings), then the same cells through importFiles in working
// days — durations, waits and the item limits — and what an unreadable or negative cell does.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiagnosticCode } from '../../src/domain/index.js';
import { importFiles, readDays, type DaysReading } from '../../src/import/index.js';
import { textFile } from './fixtures.js';

const days = (hundredths: number, unit: 'workday' | 'calendar-day' | 'hour' | null, readings: string[] = [], note = ''): DaysReading =>
  ({ kind: 'days', hundredths, unit, readings, note }) as DaysReading;

describe('readDays: the shapes of the contract', () => {
  it('numbers: ASCII, full-width, Chinese numerals, 半', () => {
    expect(readDays('3')).toEqual(days(300, null));
    expect(readDays('3.5')).toEqual(days(350, null));
    expect(readDays('0.25')).toEqual(days(25, null));
    expect(readDays('１．５')).toEqual(days(150, null));
    expect(readDays('三')).toEqual(days(300, null));
    expect(readDays('两')).toEqual(days(200, null));
    expect(readDays('十五')).toEqual(days(1500, null));
    expect(readDays('二十')).toEqual(days(2000, null));
    expect(readDays('六十')).toEqual(days(6000, null));
    expect(readDays('一百零五')).toEqual(days(10500, null));
    expect(readDays('半个工作日')).toEqual(days(50, 'workday'));
    expect(readDays('一个半工作日')).toEqual(days(150, 'workday'));
    expect(readDays('3个半小时')).toEqual(days(350, 'hour'));
  });

  it('units: 个工作日 / 工作日, 个自然日 / 自然日 / 日历日, 小时', () => {
    expect(readDays('3个工作日')).toEqual(days(300, 'workday'));
    expect(readDays('3工作日')).toEqual(days(300, 'workday'));
    expect(readDays('三个工作日')).toEqual(days(300, 'workday'));
    expect(readDays('3个自然日')).toEqual(days(300, 'calendar-day'));
    expect(readDays('3自然日')).toEqual(days(300, 'calendar-day'));
    expect(readDays('3日历日')).toEqual(days(300, 'calendar-day'));
    expect(readDays('3小时')).toEqual(days(300, 'hour'));
    expect(readDays('3 个小时')).toEqual(days(300, 'hour'));
  });

  it('天 / 日: working days, with AMBIGUOUS_DAYS', () => {
    expect(readDays('3天')).toEqual(days(300, 'workday', ['AMBIGUOUS_DAYS']));
    expect(readDays('3日')).toEqual(days(300, 'workday', ['AMBIGUOUS_DAYS']));
    expect(readDays('七天')).toEqual(days(700, 'workday', ['AMBIGUOUS_DAYS']));
    expect(readDays('半天')).toEqual(days(50, 'workday', ['AMBIGUOUS_DAYS']));
  });

  it('ranges: the larger bound, with DURATION_RANGE', () => {
    expect(readDays('3-5个工作日')).toEqual(days(500, 'workday', ['DURATION_RANGE']));
    expect(readDays('3～5天')).toEqual(days(500, 'workday', ['AMBIGUOUS_DAYS', 'DURATION_RANGE']));
    expect(readDays('3至5个工作日')).toEqual(days(500, 'workday', ['DURATION_RANGE']));
    expect(readDays('3—5天')).toEqual(days(500, 'workday', ['AMBIGUOUS_DAYS', 'DURATION_RANGE']));
    expect(readDays('三到五个工作日')).toEqual(days(500, 'workday', ['DURATION_RANGE']));
    expect(readDays('1-2')).toEqual(days(200, null, ['DURATION_RANGE']));
  });

  it('minimum periods and deadlines: the number, with a warning saying how it was read', () => {
    expect(readDays('不少于5个工作日')).toEqual(days(500, 'workday', ['DURATION_MINIMUM']));
    expect(readDays('5个工作日以上')).toEqual(days(500, 'workday', ['DURATION_MINIMUM']));
    expect(readDays('5个工作日内')).toEqual(days(500, 'workday', ['DURATION_DEADLINE']));
    expect(readDays('20个工作日内办结')).toEqual(days(2000, 'workday', ['DURATION_DEADLINE']));
    expect(readDays('不超过5个工作日')).toEqual(days(500, 'workday', ['DURATION_DEADLINE']));
    expect(readDays('承诺5个工作日')).toEqual(days(500, 'workday', ['DURATION_DEADLINE']));
    expect(readDays('自受理之日起15个工作日内')).toEqual(days(1500, 'workday', ['DURATION_FROM_ACCEPTANCE']));
    expect(readDays('7日内')).toEqual(days(700, 'workday', ['AMBIGUOUS_DAYS', 'DURATION_DEADLINE']));
  });

  it('instant words: 0', () => {
    for (const word of ['即办', '即时', '即时办结', '当场', '当场办理', '当场办结', '当场决定', '当即', '立即']) {
      expect(readDays(word), word).toEqual(days(0, null));
    }
  });

  it('a bracketed note at the end is dropped, with DURATION_NOTE', () => {
    expect(readDays('5个工作日（不含公示时间）')).toEqual(days(500, 'workday', ['DURATION_NOTE'], '不含公示时间'));
    expect(readDays('10(含专家评审)')).toEqual(days(1000, null, ['DURATION_NOTE'], '含专家评审'));
    expect(readDays('当场办结（材料齐全的）')).toEqual(days(0, null, ['DURATION_NOTE'], '材料齐全的'));
  });

  it('anything else is unparsed: dates, rules, application windows, months, half-written amounts', () => {
    for (const cell of ['每年6月30日前', '下月起', '每年1-4月', '1个月', '3个', '5-3个工作日', '3天-5小时', '1.234', '约3天', '（3天）', '天']) {
      expect(readDays(cell), cell).toEqual({ kind: 'unparsed' });
    }
  });

  it('a negative number is negative, with or without a unit; -0 is 0', () => {
    expect(readDays('-2')).toEqual({ kind: 'negative' });
    expect(readDays('-2个工作日')).toEqual({ kind: 'negative' });
    expect(readDays('－3')).toEqual({ kind: 'negative' });
    expect(readDays('-0')).toEqual(days(0, null));
  });
});

describe('readDays: the edges of the grammar', () => {
  it('plain numbers read the same on the quick path as written any other way (a space, full-width digits)', () => {
    // A plain ASCII number takes a path of its own; with a space or in full-width digits the same amount
    // takes the general one, which must agree with it.
    const amount = fc.tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.constantFrom('', '.', '.5', '.05', '.75', '.25', '.1', '.99', '.50'));
    fc.assert(
      fc.property(amount, ([whole, decimals]) => {
        const cell = `${whole}${decimals}`;
        const hundredths = whole * 100 + Math.round(Number(`0${decimals === '.' ? '' : decimals}`) * 100);
        expect(readDays(cell)).toEqual(days(hundredths, null));
        expect(readDays(` ${cell}`)).toEqual(days(hundredths, null));
        const fullWidth = cell.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        expect(readDays(fullWidth)).toEqual(days(hundredths, null));
      }),
    );
    expect(readDays('12')).toEqual(days(1200, null));
    expect(readDays('12.75')).toEqual(days(1275, null));
    expect(readDays('.25')).toEqual(days(25, null));
    expect(readDays('3.')).toEqual(days(300, null));
    expect(readDays('+3')).toEqual(days(300, null));
    expect(readDays(' 3')).toEqual(days(300, null));
    expect(readDays(' 3.')).toEqual(days(300, null));
    expect(readDays(' .5')).toEqual(days(50, null));
    // Beyond two decimals only zeros may follow (1.230 is 1.23).
    expect(readDays('1.230')).toEqual(days(123, null));
    expect(readDays('1234567890')).toEqual(days(123456789000, null));
    // Too many digits to count in hundredths exactly: not a number procopt will guess at.
    expect(readDays('12345678901234567')).toEqual({ kind: 'unparsed' });
  });

  it('Chinese numerals: one digit before each of 十, 百, 千 in falling order, 十 alone as ten', () => {
    expect(readDays('十')).toEqual(days(1000, null));
    expect(readDays('一十')).toEqual(days(1000, null));
    expect(readDays('三十五')).toEqual(days(3500, null));
    expect(readDays('两百')).toEqual(days(20000, null));
    expect(readDays('一百一十')).toEqual(days(11000, null));
    expect(readDays('一千零五十')).toEqual(days(105000, null));
    for (const cell of ['三三', '二零', '十十', '二十二十', '二十三百', '百', '千']) {
      expect(readDays(cell), cell).toEqual({ kind: 'unparsed' });
    }
  });

  it('个半 adds a half to a whole number only', () => {
    expect(readDays('两个半工作日')).toEqual(days(250, 'workday'));
    expect(readDays('1.5个半工作日')).toEqual({ kind: 'unparsed' });
    expect(readDays('几个半工作日')).toEqual({ kind: 'unparsed' });
  });

  it('ranges: equal bounds, a unit on both bounds or on one; a bound that does not read is no range', () => {
    expect(readDays('5-5个工作日')).toEqual(days(500, 'workday', ['DURATION_RANGE']));
    expect(readDays('3天-5天')).toEqual(days(500, 'workday', ['AMBIGUOUS_DAYS', 'DURATION_RANGE']));
    expect(readDays('3个工作日至5个工作日')).toEqual(days(500, 'workday', ['DURATION_RANGE']));
    expect(readDays('3天-5')).toEqual(days(500, 'workday', ['AMBIGUOUS_DAYS', 'DURATION_RANGE']));
    for (const cell of ['3-5-7', '3-约5天', '-5天-7天']) expect(readDays(cell), cell).toEqual({ kind: 'unparsed' });
  });

  it('a phrase before and after the amount saying the same is one warning', () => {
    expect(readDays('不超过5个工作日内')).toEqual(days(500, 'workday', ['DURATION_DEADLINE']));
    expect(readDays('承诺5个工作日内办结')).toEqual(days(500, 'workday', ['DURATION_DEADLINE']));
    expect(readDays('不少于5个工作日以上')).toEqual(days(500, 'workday', ['DURATION_MINIMUM']));
  });

  it('a bracket is a note only at the very end; a point alone is no number', () => {
    expect(readDays('5个工作日（不含公示时间）后')).toEqual({ kind: 'unparsed' });
    for (const cell of ['.', '．', '+', '内', '工作日']) expect(readDays(cell), cell).toEqual({ kind: 'unparsed' });
  });
});

/** importFiles of rows `id,duration,unit,wait,legal,promised` of one item; the steps' days and the codes found. */
function importDays(rows: string[]): { steps: [string, number, number, boolean][]; limits: [number | null, number | null] | null; codes: [DiagnosticCode, number, string | undefined][] } {
  const header = 'item_code,item_name,step_id,step_name,department,role,predecessors,duration_days,duration_unit,wait_days,legal_limit_days,promised_limit_days';
  const text = [header, ...rows.map((r, i) => `X,事项,S${i + 1},审查,科室,审查,${i === 0 ? '' : `S${i}`},${r}`)].join('\n');
  const result = importFiles([textFile('d.csv', text)]);
  const p = result.procedures[0];
  return {
    steps: (p?.steps ?? []).map((s) => [s.id, s.durationDays, s.waitDays, s.durationMissing]),
    limits: p ? [p.legalLimitDays, p.promisedLimitDays] : null,
    codes: result.diagnostics.map((d) => [d.code, d.line, d.column]),
  };
}

describe('duration words through importFiles, in working days', () => {
  it('the unit a cell names wins over the unit column; 自然日 × 5/7 and 小时 ÷ 8 rounded to 0.01', () => {
    const r = importDays(['14个自然日,,,,', '4小时,,,,', '7,自然日,,,', '3个工作日,小时,2小时,,', '3天,自然日,,,']);
    expect(r.steps).toEqual([
      ['S1', 10, 0, false],
      ['S2', 0.5, 0, false],
      ['S3', 5, 0, false],
      ['S4', 3, 0.25, false],
      // 天 is working days whatever the unit column says (the warning says it is ambiguous).
      ['S5', 3, 0, false],
    ]);
    expect(r.codes).toEqual([['AMBIGUOUS_DAYS', 6, 'duration_days']]);
  });

  it('item limits: a bare number is working days whatever the unit column; words read; values agree once read', () => {
    const r = importDays(['1,小时,,20,二十', '1,,,20个工作日,20', '1,,,,20天']);
    expect(r.limits).toEqual([20, 20]);
    expect(r.codes).toEqual([['AMBIGUOUS_DAYS', 4, 'promised_limit_days']]);
    expect(importDays(['1,,,60日,30个自然日']).limits).toEqual([60, 21.43]);
    const clash = importDays(['1,,,20,', '1,,,21个工作日,']);
    expect(clash.codes).toEqual([['ITEM_VALUE_CONFLICT', 3, 'legal_limit_days']]);
  });

  it('unreadable cells are warnings that keep the item: a duration is unknown, a wait or a limit as if empty', () => {
    const r = importDays(['每年6月30日前,,,,', '2,,下月起,按规定,']);
    expect(r.steps).toEqual([
      ['S1', 0, 0, true],
      ['S2', 2, 0, false],
    ]);
    expect(r.limits).toEqual([null, null]);
    expect(r.codes).toEqual([
      ['UNPARSED_DURATION', 2, 'duration_days'],
      ['UNPARSED_DURATION', 3, 'wait_days'],
      ['UNPARSED_DURATION', 3, 'legal_limit_days'],
    ]);
  });

  it('negative numbers are errors that leave the item out (duration, wait, limit)', () => {
    for (const [row, code, column] of [
      ['-2,,,,', 'BAD_DURATION', 'duration_days'],
      ['2,,-1天,,', 'BAD_WAIT', 'wait_days'],
      ['2,,,-20,', 'BAD_LIMIT', 'legal_limit_days'],
    ] as const) {
      const r = importDays([row]);
      expect(r.limits).toBeNull();
      expect(r.codes).toEqual([[code, 2, column]]);
    }
  });
});
