// What analyze and report share for dates and odds: --start-date with the working-day calendar
// (built in, or with --calendar FILE on top), --samples and --seed, as the pipeline takes them.

import { checkStartDate, DEFAULT_SAMPLES, DEFAULT_SEED, type DatesAndOddsOptions } from '../analyze/index.js';
import type { DayNumber } from '../calendar/index.js';
import type { EncodingName } from '../import/index.js';
import { loadCalendar, type LoadedCalendar } from './case-logs.js';
import type { Io } from './io.js';
import { DEFAULT_LANG, type Lang } from '../i18n/index.js';

export interface DateAndOddsCliOptions {
  /** --start-date (the 受理 date), read by the option's parser. */
  startDate?: DayNumber;
  calendar?: string;
  samples?: number;
  seed?: number;
  encoding: EncodingName;
  /** The language of the calendar's problems (default zh-CN). */
  lang?: Lang;
}

/**
 * The options the pipeline takes. With a start date, the calendar (`loaded`, when the command has
 * read it already; else read here, its problems printed) and the start date checked against its coverage.
 * @throws ProcoptError OUTSIDE_CALENDAR when the start date lies beyond the calendar (a usage error).
 */
export function datesAndOddsOptions(options: DateAndOddsCliOptions, io: Io, loaded?: LoadedCalendar): DatesAndOddsOptions {
  const odds = { samples: options.samples ?? DEFAULT_SAMPLES, seed: options.seed ?? DEFAULT_SEED };
  if (options.startDate === undefined) return odds;
  const { calendar } = loaded ?? loadCalendar(options.calendar, options.encoding, options.lang ?? DEFAULT_LANG, io);
  checkStartDate(calendar, options.startDate);
  return { ...odds, dates: { calendar, startDate: options.startDate } };
}
