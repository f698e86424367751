// Duration words (procedure-csv.md "Duration words"): a cell of a day column read as exact hundredths
// of its unit. The whole cell must read: a number (ASCII, full-width or Chinese numerals, 半) with an
// optional unit (个工作日, 自然日, 日历日, 小时; 天/日 ambiguous), a range (the larger bound), a minimum or
// deadline phrase (不少于 …, … 内, 自受理之日起 …), an instant word (即办, 当场 … = 0), and a bracketed
// note at the end (dropped). Anything else is unparsed; a negative number is its own case (an error).

import type { DurationUnit } from './columns.js';

/** How a cell was read beyond its number, each a warning (see DaysReading). */
export type DurationReadingCode =
  | 'AMBIGUOUS_DAYS'
  | 'DURATION_RANGE'
  | 'DURATION_MINIMUM'
  | 'DURATION_DEADLINE'
  | 'DURATION_FROM_ACCEPTANCE'
  | 'DURATION_NOTE';

/** What a day cell says. */
export type DaysReading =
  | {
      kind: 'days';
      /** The amount in hundredths of `unit`. */
      hundredths: number;
      /** The unit the cell names (天/日 → workday, with AMBIGUOUS_DAYS), or null: the column's unit. */
      unit: DurationUnit | null;
      /** Readings to warn about, in the order they apply; `note` is the dropped bracket's text. */
      readings: DurationReadingCode[];
      note: string;
    }
  | { kind: 'negative' }
  | { kind: 'unparsed' };

/** Words meaning "done on the spot" (即办件): zero days. */
export const INSTANT_WORDS: ReadonlySet<string> = new Set(['即办', '即时', '即时办结', '当场', '当场办理', '当场办结', '当场决定', '当即', '立即']);

/** Phrases before the amount, longest first within each reading. */
const PREFIXES: readonly (readonly [string, DurationReadingCode])[] = [
  ['自受理申请之日起', 'DURATION_FROM_ACCEPTANCE'],
  ['自受理之日起', 'DURATION_FROM_ACCEPTANCE'],
  ['自受理次日起', 'DURATION_FROM_ACCEPTANCE'],
  ['自受理后', 'DURATION_FROM_ACCEPTANCE'],
  ['受理后', 'DURATION_FROM_ACCEPTANCE'],
  ['不少于', 'DURATION_MINIMUM'],
  ['不低于', 'DURATION_MINIMUM'],
  ['至少', 'DURATION_MINIMUM'],
  ['不超过', 'DURATION_DEADLINE'],
  ['不多于', 'DURATION_DEADLINE'],
  ['最多', 'DURATION_DEADLINE'],
  ['最长', 'DURATION_DEADLINE'],
  ['承诺', 'DURATION_DEADLINE'],
  ['在', 'DURATION_DEADLINE'],
];

/** Phrases after the amount, longest first. */
const SUFFIXES: readonly (readonly [string, DurationReadingCode])[] = [
  ['内办结', 'DURATION_DEADLINE'],
  ['内完成', 'DURATION_DEADLINE'],
  ['内办理', 'DURATION_DEADLINE'],
  ['以内', 'DURATION_DEADLINE'],
  ['之内', 'DURATION_DEADLINE'],
  ['办结', 'DURATION_DEADLINE'],
  ['内', 'DURATION_DEADLINE'],
  ['以上', 'DURATION_MINIMUM'],
];

type CellUnit = DurationUnit | 'ambiguous-day';

/** Unit words after an amount; 个 may stand before them (3个工作日, 3个小时). */
const UNIT_WORDS: readonly (readonly [string, CellUnit])[] = [
  ['工作小时', 'hour'],
  ['工作日', 'workday'],
  ['自然日', 'calendar-day'],
  ['日历日', 'calendar-day'],
  ['小时', 'hour'],
  ['天', 'ambiguous-day'],
  ['日', 'ambiguous-day'],
];

const RANGE_SEPARATORS = '-~～〜—–至到';

const CHINESE_DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Full-width digits and signs (from Chinese input methods) read as ASCII; whitespace removed. */
function normalize(cell: string): string {
  return cell.replace(/[０-９．－＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
}

/**
 * Reads a day cell (not empty). The common plain numbers (`12`, `1.5`) take a path without regexes
 * or allocation, as they are most of a catalogue's cells.
 */
export function readDays(cell: string): DaysReading {
  const plain = plainHundredths(cell);
  if (plain >= 0) return { kind: 'days', hundredths: plain, unit: null, readings: [], note: '' };
  let text = normalize(cell);
  const readings: DurationReadingCode[] = [];
  let note = '';
  const bracket = /^(.+?)[（(【[]([^（）()【】[\]]*)[)）】\]]$/.exec(text);
  if (bracket !== null) {
    text = bracket[1]!;
    note = bracket[2]!;
    readings.push('DURATION_NOTE');
  }
  if (INSTANT_WORDS.has(text)) return { kind: 'days', hundredths: 0, unit: null, readings, note };

  const negative = /^-(.+)$/.exec(text);
  if (negative !== null) {
    const amount = readAmountWithUnit(negative[1]!);
    if (amount === null) return { kind: 'unparsed' };
    return amount.hundredths === 0 ? { kind: 'days', hundredths: 0, unit: unitOf(amount.unit, readings), readings, note } : { kind: 'negative' };
  }
  if (text.startsWith('+')) text = text.slice(1);

  const qualifiers: DurationReadingCode[] = [];
  const prefix = PREFIXES.find(([p]) => text.startsWith(p));
  if (prefix !== undefined) {
    text = text.slice(prefix[0].length);
    qualifiers.push(prefix[1]);
  }
  const suffix = SUFFIXES.find(([s]) => text.endsWith(s) && text.length > s.length);
  if (suffix !== undefined) {
    text = text.slice(0, -suffix[0].length);
    // 自受理之日起15个工作日内 is one reading: a deadline counted from 受理.
    if (!qualifiers.includes('DURATION_FROM_ACCEPTANCE')) qualifiers.push(suffix[1]);
  }

  const core = readCore(text);
  if (core === null) return { kind: 'unparsed' };
  if (core.range) readings.push('DURATION_RANGE');
  for (const q of qualifiers) if (!readings.includes(q)) readings.push(q);
  return { kind: 'days', hundredths: core.hundredths, unit: unitOf(core.unit, readings), readings, note };
}

/** The cell's unit as a DurationUnit; 天/日 is working days, noted as ambiguous. */
function unitOf(unit: CellUnit | null, readings: DurationReadingCode[]): DurationUnit | null {
  if (unit !== 'ambiguous-day') return unit;
  readings.unshift('AMBIGUOUS_DAYS');
  return 'workday';
}

/** An amount with its unit, or a range `a-b` of them (the larger bound); null when the text is neither. */
function readCore(text: string): { hundredths: number; unit: CellUnit | null; range: boolean } | null {
  const single = readAmountWithUnit(text);
  if (single !== null) return { ...single, range: false };
  for (let i = 1; i < text.length - 1; i++) {
    if (!RANGE_SEPARATORS.includes(text[i]!)) continue;
    const low = readAmountWithUnit(text.slice(0, i));
    const high = readAmountWithUnit(text.slice(i + 1));
    if (low === null || high === null) continue;
    if (low.unit !== null && high.unit !== null && low.unit !== high.unit) return null;
    if (low.hundredths > high.hundredths) return null;
    return { hundredths: high.hundredths, unit: high.unit ?? low.unit, range: true };
  }
  return null;
}

/** `3`, `3个工作日`, `三天`, `半个工作日`, `一个半小时` …: hundredths and the unit named (null: none). */
function readAmountWithUnit(text: string): { hundredths: number; unit: CellUnit | null } | null {
  let unit: CellUnit | null = null;
  let rest = text;
  for (const [word, u] of UNIT_WORDS) {
    if (rest.endsWith(word) && rest.length > word.length) {
      unit = u;
      rest = rest.slice(0, -word.length);
      break;
    }
  }
  // 个 stands between the amount and a unit only: 3个工作日, 半个小时 (a bare "3个" is no duration).
  if (unit !== null && rest.endsWith('个')) rest = rest.slice(0, -1);
  const hundredths = readAmount(rest);
  return hundredths === null ? null : { hundredths, unit };
}

/** `3`, `3.5`, `三`, `十五`, `半` (0.5), `一个半` / `3个半` (n + 0.5) as hundredths; null otherwise. */
function readAmount(text: string): number | null {
  if (text === '半') return 50;
  if (text.endsWith('个半') && text.length > 2) {
    const whole = readAmount(text.slice(0, -2));
    return whole === null || whole % 100 !== 0 ? null : whole + 50;
  }
  const decimal = /^(\d*)(?:\.(\d*))?$/.exec(text);
  if (decimal !== null) {
    const whole = decimal[1] ?? '';
    const decimals = decimal[2] ?? '';
    if (whole === '' && decimals === '') return null;
    if (decimals.length > 2 && /[1-9]/.test(decimals.slice(2))) return null;
    const value = Number(whole || '0') * 100 + Number((decimals + '00').slice(0, 2));
    return Number.isSafeInteger(value) ? value : null;
  }
  const chinese = readChineseNumber(text);
  return chinese === null ? null : chinese * 100;
}

/** A Chinese numeral up to 9999 (三, 两, 十五, 二十, 一百零五, 六十); null for anything else. */
export function readChineseNumber(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const c of text) {
    const d = CHINESE_DIGITS[c];
    if (d !== undefined) {
      if (digit !== null && digit !== 0) return null; // 三三: not a numeral
      digit = d;
      continue;
    }
    const u = CHINESE_UNITS[c];
    if (u === undefined || u >= lastUnit) return null;
    // 十五 = 15: a leading 十 counts one ten.
    total += (digit ?? (total === 0 && u === 10 ? 1 : NaN)) * u;
    if (Number.isNaN(total)) return null;
    digit = null;
    lastUnit = u;
  }
  return total + (digit ?? 0);
}

/**
 * The common shapes `12`, `1.5`, `.25`, `3.` (ASCII, at most 9 whole digits and 2 decimals) read
 * without a regex, as readAmount reads them; −1 for anything else.
 */
function plainHundredths(cell: string): number {
  const n = cell.length;
  let i = 0;
  let whole = 0;
  for (; i < n; i++) {
    const c = cell.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    whole = whole * 10 + c;
  }
  const wholeDigits = i;
  if (wholeDigits > 9) return -1;
  let decimals = 0;
  let decimalDigits = 0;
  if (i < n) {
    if (cell.charCodeAt(i) !== 46) return -1; // '.'
    for (i++; i < n; i++) {
      const c = cell.charCodeAt(i) - 48;
      if (c < 0 || c > 9 || decimalDigits === 2) return -1;
      decimals = decimals * 10 + c;
      decimalDigits++;
    }
  }
  if (wholeDigits + decimalDigits === 0) return -1;
  return whole * 100 + (decimalDigits === 1 ? decimals * 10 : decimals);
}

/** Hundredths as messages write the amount: `5`, `2.5`, `0.25`. */
export function formatHundredths(h: number): string {
  return (h / 100).toFixed(2).replace(/\.?0+$/, '');
}
