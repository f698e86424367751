// What procopt says about a --calendar file (date, kind, note rows on top of the built-in holidays)
// and about a date beyond the calendar's covered years: every message, written once per language with named parameters, the English object
// fixing keys and parameters (checked by the compiler). What it shares with procedure files and case
// logs (title rows, quote problems, columns) is in import-text.ts. Chinese follows docs/glossary.md.

import type { Catalogue, Lang } from './lang.js';
import { enQuote, zhQuote } from './words.js';

/** A row's kind of day: a holiday, a working day (调休上班), or a year declared complete. */
export type CalendarRowKind = 'holiday' | 'workday' | 'covered';

/** What a date beyond the calendar was: a start date, or the end of a run of working days. */
export type OutsideCalendarContext =
  | { kind: 'date' }
  | { kind: 'start' }
  | { kind: 'start-option' }
  | { kind: 'run-after'; days: number; start: string; lastYear: number }
  | { kind: 'run-through'; days: number; start: string; year: number };

/** The parameters of the message on a date beyond the calendar's covered years (ranges of years, first to last). */
interface OutsideCalendar {
  context: OutsideCalendarContext;
  date: string;
  years: readonly (readonly [number, number])[];
  lastYear: number;
  builtInLastYear: number;
  year: number;
}

const yearRanges = (years: OutsideCalendar['years'], dash: string, separator: string): string =>
  years.map(([from, to]) => (from === to ? String(from) : `${from}${dash}${to}`)).join(separator);

function enContext(c: OutsideCalendarContext): string {
  switch (c.kind) {
    case 'date':
      return '';
    case 'start':
      return 'the start date ';
    case 'start-option':
      return 'the start date (--start-date) ';
    case 'run-after':
      return `${c.days} working days after ${c.start} end after ${c.lastYear}: `;
    case 'run-through':
      return `${c.days} working days after ${c.start} run through ${c.year}: `;
  }
}

function zhContext(c: OutsideCalendarContext): string {
  switch (c.kind) {
    case 'date':
      return '';
    case 'start':
      return '起算日期 ';
    case 'start-option':
      return '受理日期（--start-date）';
    case 'run-after':
      return `自 ${c.start} 起算 ${c.days} 个工作日，届满日在 ${c.lastYear} 年之后：`;
    case 'run-through':
      return `自 ${c.start} 起算 ${c.days} 个工作日，跨越 ${c.year} 年：`;
  }
}

const ZH_KIND: Readonly<Record<CalendarRowKind, string>> = { holiday: '节假日', workday: '调休上班', covered: '全年' };

const en = {
  empty: () => 'the calendar file is empty: no header and no days',
  headerOnly: () => 'the calendar file has a header but no days',
  noDate: () => 'the date is empty; the row is left out',
  noKind: () => 'the kind is empty (holiday 节假日, workday 调休上班, or covered 全年); the row is left out',
  badKind: (p: { cell: string }) => `kind must be holiday (节假日, 休息日), workday (工作日, 调休上班) or covered (全年), got ${enQuote(p.cell)}; the row is left out`,
  badCoveredYear: (p: { cell: string }) => `a covered row names a year (e.g. 2027), got ${enQuote(p.cell)}; the row is left out`,
  duplicateYear: (p: { year: string; line: number }) => `year ${p.year} is already declared covered on line ${p.line}; this row is left out`,
  badDate: (p: { cell: string; bareYear: boolean }) =>
    `date must be a calendar date such as 2027-01-01 or 2027/1/1, got ${enQuote(p.cell)}${p.bareYear ? ' (a bare year is only for a covered row)' : ''}; the row is left out`,
  duplicateDate: (p: { date: string; line: number; first: CalendarRowKind; kind: CalendarRowKind }) =>
    `${p.date} is already given on line ${p.line} (${p.first === p.kind ? 'again' : `as ${p.first}, this row says ${p.kind}`}); this row is left out`,
  uncoveredYear: (p: { year: number; firstYear: number; lastYear: number }) =>
    `${p.year} is not in the built-in calendar (${p.firstYear}–${p.lastYear}) and this file does not declare it covered: ` +
    `its dates stay outside the calendar until a row "${p.year},covered" says the file lists all of ${p.year}'s holidays and 调休 working days`,
  outsideCalendar: (p: OutsideCalendar) =>
    `${enContext(p.context)}${p.date} is outside the working-day calendar, which covers ${yearRanges(p.years, '–', ', ')} ` +
    `(last covered year ${p.lastYear}; the built-in holiday table ends with ${p.builtInLastYear}); ` +
    `give ${p.year}'s holidays and 调休 working days with --calendar FILE and declare the year covered`,
};

/** The calendar catalogue's shape: every language has exactly these messages and parameters. */
export type CalendarText = Catalogue<typeof en>;

const zhCN: CalendarText = {
  empty: () => '日历文件为空：既无表头，也无日期',
  headerOnly: () => '日历文件只有表头，没有日期',
  noDate: () => '日期为空；该行未读取',
  noKind: () => '类型为空（应为节假日、调休上班或全年）；该行未读取',
  badKind: (p) => `类型应为节假日（休息日）、工作日（调休上班）或全年，实为${zhQuote(p.cell)}；该行未读取`,
  badCoveredYear: (p) => `“全年”行的日期应为年份（如 2027），实为${zhQuote(p.cell)}；该行未读取`,
  duplicateYear: (p) => `${p.year} 年已在第 ${p.line} 行声明为全年；该行未读取`,
  badDate: (p) => `日期应为公历日期（如 2027-01-01 或 2027/1/1），实为${zhQuote(p.cell)}${p.bareYear ? '（只写年份仅用于“全年”行）' : ''}；该行未读取`,
  duplicateDate: (p) =>
    `${p.date} 已在第 ${p.line} 行给出（${p.first === p.kind ? '重复' : `该行为${ZH_KIND[p.first]}，本行为${ZH_KIND[p.kind]}`}）；该行未读取`,
  uncoveredYear: (p) =>
    `${p.year} 年不在内置日历（${p.firstYear}—${p.lastYear} 年）之内，本文件也未声明该年为全年：` +
    `在增加“${p.year},全年”一行、表明本文件已列出该年全部节假日和调休上班日之前，该年的日期不在日历范围之内`,
  outsideCalendar: (p) =>
    `${zhContext(p.context)}${p.date} 超出工作日历范围（日历涵盖 ${yearRanges(p.years, '—', '、')} 年，最后涵盖至 ${p.lastYear} 年；内置节假日表止于 ${p.builtInLastYear} 年）；` +
    `请用 --calendar 文件给出 ${p.year} 年的节假日和调休上班日，并声明该年为全年`,
};

/** The calendar-file messages in every language. */
export const CALENDAR_TEXT: Readonly<Record<Lang, CalendarText>> = { en, 'zh-CN': zhCN };
