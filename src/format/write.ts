import { fail } from '../errors/KommunalValidationError.js';
import { FORMAT_MESSAGES } from '../i18n/formatting.js';
import {
  type CalendarDate,
  DAY,
  daysFromCivil,
  pad2,
  utcWallClock,
  type WallClock,
  weekday,
} from '../time/calendar.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../time/germanNames.js';
import type { DateStyle, TimeSeparator, TimeStyle } from './options.js';

/** How much of a date to write: a range leaves out the parts both ends share. */
export type DateParts = 'day' | 'day-month' | 'day-month-year';

export function monthName(date: CalendarDate): string {
  return MONTH_NAMES[date.month - 1] ?? '';
}

export function weekdayName(date: CalendarDate): string {
  return WEEKDAY_NAMES[weekday(date)] ?? '';
}

/** Writes a calendar date in a style, or only its leading parts (for the first end of a range). */
export function writeDate(date: CalendarDate, style: DateStyle, parts: DateParts = 'day-month-year'): string {
  switch (style) {
    case 'numeric': {
      const day = `${pad2(date.day)}.`;
      if (parts === 'day') return day;
      const dayMonth = `${day}${pad2(date.month)}.`;
      return parts === 'day-month' ? dayMonth : `${dayMonth}${date.year}`;
    }
    case 'long':
    case 'full': {
      const prefix = style === 'full' ? `${weekdayName(date)}, ` : '';
      if (parts === 'day') return `${prefix}${date.day}.`;
      const dayMonth = `${prefix}${date.day}. ${monthName(date)}`;
      return parts === 'day-month' ? dayMonth : `${dayMonth} ${date.year}`;
    }
    case 'prose':
      return `am ${writeDate(date, 'long', parts)}`;
    default:
      return fail('invalid_type', FORMAT_MESSAGES.de.notADateStyle(style));
  }
}

/**
 * Whether the two ends of a time range keep their minutes: both do where either has any, so that a
 * range has one precision (`9:30–11:00 Uhr`, `9–11 Uhr`, never `9:30–11 Uhr`); the numeric style
 * always does. Every range kommunal writes in German follows this rule (see docs/formatting.md).
 */
export function rangeMinutes(
  from: Pick<WallClock, 'minute'>,
  to: Pick<WallClock, 'minute'>,
  style: TimeStyle,
): boolean {
  return style === 'numeric' || from.minute !== 0 || to.minute !== 0;
}

/**
 * The end of a range on the wall clock as German writes it: midnight is the end of the day before,
 * hour 24 of it (ISO 8601's `24:00`, `22–24 Uhr`); any other end as it is.
 */
export function endOfDayBefore(clock: WallClock): WallClock {
  if (clock.hour !== 0 || clock.minute !== 0 || clock.second !== 0 || clock.millisecond !== 0) return clock;
  const day = utcWallClock((daysFromCivil(clock) - 1) * DAY);
  return { year: day.year, month: day.month, day: day.day, hour: 24, minute: 0, second: 0, millisecond: 0 };
}

/**
 * Writes a time of day without the word „Uhr“, so ranges can share it. `minutes` says whether a
 * full hour keeps its minutes in the short style: a range writes both ends with the same precision
 * (`9:30–11:00`). Hour 24 is the end of a day, as a range's end writes it.
 */
export function writeClock(
  clock: WallClock,
  style: TimeStyle,
  separator: TimeSeparator = ':',
  minutes: boolean = clock.minute !== 0,
): string {
  switch (style) {
    case 'short':
      return minutes ? `${clock.hour}${separator}${pad2(clock.minute)}` : String(clock.hour);
    case 'numeric':
      return `${pad2(clock.hour)}${separator}${pad2(clock.minute)}`;
    default:
      return fail('invalid_type', FORMAT_MESSAGES.de.notATimeStyle(style));
  }
}
