// The built-in table of mainland China's public holidays and 调休 working days, read from
// data/holidays.json (one entry per year, transcribed from the State Council General Office's
// annual notice) and expanded into single days.

import table from './data/holidays.json' with { type: 'json' };
import { parseIsoDate, type DayNumber } from './civil-date.js';

/** One notice of the State Council General Office (国务院办公厅) that a year's days come from. */
export interface HolidayNotice {
  title: string;
  /** 发文字号, e.g. 国办发明电〔2024〕12号. */
  number: string;
  /** ISO date the notice was issued. */
  published: string;
}

/** Whether a listed day is off (放假) or a 调休 working day (上班). */
export type DayKind = 'holiday' | 'workday';

/** One day that differs from (or restates) the ordinary week: Monday–Friday work, Saturday–Sunday rest. */
export interface CalendarDay {
  date: DayNumber;
  kind: DayKind;
  /** The festival (春节) or, for a user's day, the note given with it. */
  name: string;
}

/** A whole year of the built-in table. */
export interface HolidayYear {
  year: number;
  notices: readonly HolidayNotice[];
  /** Every day its notice names, holidays (weekend days inside a range included) and 调休 working days. */
  days: readonly CalendarDay[];
}

/** The built-in table: every year from firstYear to lastYear is covered by its notices. */
export interface HolidayTable {
  firstYear: number;
  lastYear: number;
  /** ISO date on which the table was last checked for a newer notice. */
  lastChecked: string;
  years: readonly HolidayYear[];
}

function dayOf(text: string): DayNumber {
  const day = parseIsoDate(text);
  // The data file is part of the program: a bad date in it is a bug, caught by the tests.
  if (day === undefined) throw new Error(`holidays.json: bad date "${text}"`);
  return day;
}

function expandYear(entry: (typeof table.years)[number]): HolidayYear {
  const days: CalendarDay[] = [];
  for (const h of entry.holidays) {
    for (let d = dayOf(h.from); d <= dayOf(h.to); d++) days.push({ date: d, kind: 'holiday', name: h.name });
  }
  for (const w of entry.workdays) days.push({ date: dayOf(w.date), kind: 'workday', name: w.name });
  days.sort((a, b) => a.date - b.date);
  return { year: entry.year, notices: entry.notices, days };
}

/** The built-in table, expanded once. */
export const BUILT_IN_HOLIDAYS: HolidayTable = {
  firstYear: table.firstYear,
  lastYear: table.lastYear,
  lastChecked: table.lastChecked,
  years: table.years.map(expandYear),
};

/** The notice numbers of a built-in year, e.g. `国办发明电〔2024〕12号` (empty for a year not in the table). */
export function noticeNumbersOf(year: number): string[] {
  return BUILT_IN_HOLIDAYS.years.find((y) => y.year === year)?.notices.map((n) => n.number) ?? [];
}
