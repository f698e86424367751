// Public API of the calendar helper: civil dates, mainland China's working days (built-in holiday
// table + a user's overrides), due dates by working-day offsets. No file system, no stage imports.

export type { DayNumber } from './civil-date.js';
export { parseIsoDate, formatIsoDate, dayNumberOf, civilDateOf, yearOf, isoWeekday, isWeekend } from './civil-date.js';
export type { HolidayNotice, DayKind, CalendarDay, HolidayYear, HolidayTable } from './holiday-table.js';
export { BUILT_IN_HOLIDAYS, noticeNumbersOf } from './holiday-table.js';
export type { CalendarOverrides, DayStatus, WorkingCalendar } from './working-calendar.js';
export {
  buildWorkingCalendar,
  builtInCalendar,
  calendarCoverage,
  isCovered,
  describeDay,
  isWorkingDay,
  addWorkingDays,
  wholeWorkingDays,
  workingDaysBetween,
  outsideCalendarError,
} from './working-calendar.js';
export { workingDaysElapsed, localDayOf } from './working-time.js';
