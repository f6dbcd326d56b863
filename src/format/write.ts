import { fail } from '../errors/KommunalValidationError.js';
import { FORMAT_MESSAGES } from '../i18n/formatting.js';
import { type CalendarDate, pad2, type WallClock, weekday } from '../time/calendar.js';
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
