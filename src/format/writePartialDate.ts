import { pad2 } from '../time/calendar.js';
import { MONTH_NAMES } from '../time/germanNames.js';
import type { PartialDate } from '../time/partialDate.js';
import type { DateStyle } from './options.js';
import { writeDate } from './write.js';

/** The year of a partial date. */
export function yearOf(date: PartialDate): number {
  return date.precision === 'day' ? date.date.year : date.year;
}

/**
 * Writes a partial date in a style; `withYear: false` leaves out the year (for the first end of a
 * range whose ends share it). A month is `Februar 2024`, numerically `02/2024`, in prose `im
 * Februar 2024`; a year is `2024`, in prose `im Jahr 2024`; a day as {@link writeDate} writes it.
 * The full style has no weekday to add to a month or a year.
 */
export function writePartialDate(date: PartialDate, style: DateStyle, withYear = true): string {
  switch (date.precision) {
    case 'day':
      return writeDate(date.date, style, withYear ? 'day-month-year' : 'day-month');
    case 'month': {
      if (style === 'numeric') return `${pad2(date.month)}/${date.year}`;
      const month = MONTH_NAMES[date.month - 1] ?? '';
      const written = withYear ? `${month} ${date.year}` : month;
      return style === 'prose' ? `im ${written}` : written;
    }
    case 'year':
      return style === 'prose' ? `im Jahr ${date.year}` : String(date.year);
  }
}
