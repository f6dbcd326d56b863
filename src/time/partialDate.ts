import { fail } from '../errors/KommunalValidationError.js';
import { PARTIAL_DATE_MESSAGES } from '../i18n/partialDates.js';
import { type CalendarDate, compareCalendarDates, daysInMonth } from './calendar.js';
import { calendarDateOf } from './readTemporal.js';

/**
 * A date known to the year, the month or the day, as texts give them („2014“, „im Februar“, „am
 * 15. Februar“). A year or a month is a span of the calendar, not of a clock: it has no time zone.
 */
export type PartialDate =
  | { readonly precision: 'year'; readonly year: number }
  | { readonly precision: 'month'; readonly year: number; readonly month: number }
  | { readonly precision: 'day'; readonly date: CalendarDate };

const YEAR_OR_MONTH = /^(\d{4})(?:-(\d{2}))?$/;
// What a caller meant as a year or a month but wrote otherwise (`2024-2`, `24`): the message then
// names years and months; any other text keeps `readTemporal`'s message about ISO 8601.
const LIKE_YEAR_OR_MONTH = /^[+-]?\d{1,6}(?:-\d{1,3})?$/;

/**
 * Reads `YYYY`, `YYYY-MM`, or any {@link DateInput} (a day, placed on the calendar of `timeZone`).
 * Only the formatting functions that document years and months call it; every other function
 * reads dates with `readTemporal`, which refuses `2024-02`. Errors are German.
 */
export function readPartialDate(value: unknown, timeZone: string): PartialDate {
  if (typeof value === 'string') {
    // A day is ten characters or more: the common input costs no regular expression.
    if (value.length < 10) {
      const match = YEAR_OR_MONTH.exec(value);
      if (match !== null) return yearOrMonth(value, Number(match[1]), match[2]);
      if (LIKE_YEAR_OR_MONTH.test(value)) fail('invalid_date', PARTIAL_DATE_MESSAGES.de.notAPartialDate(value));
    }
  }
  return { precision: 'day', date: calendarDateOf(value, timeZone, 'de') };
}

function yearOrMonth(value: string, year: number, month: string | undefined): PartialDate {
  const messages = PARTIAL_DATE_MESSAGES.de;
  if (month === undefined) {
    if (year < 1) fail('invalid_date', messages.yearBeforeOne(value));
    return { precision: 'year', year };
  }
  const number = Number(month);
  if (number < 1 || number > 12) fail('invalid_date', messages.noSuchMonth(value, number));
  if (year < 1) fail('invalid_date', messages.monthInYearBeforeOne(value));
  return { precision: 'month', year, month: number };
}

/** A day as a partial date. */
export function dayOf(date: CalendarDate): PartialDate {
  return { precision: 'day', date };
}

/** The first day of the span a partial date denotes. */
export function firstDay(date: PartialDate): CalendarDate {
  switch (date.precision) {
    case 'year':
      return { year: date.year, month: 1, day: 1 };
    case 'month':
      return { year: date.year, month: date.month, day: 1 };
    case 'day':
      return date.date;
  }
}

/** The last day of the span a partial date denotes. */
export function lastDay(date: PartialDate): CalendarDate {
  switch (date.precision) {
    case 'year':
      return { year: date.year, month: 12, day: 31 };
    case 'month':
      return { year: date.year, month: date.month, day: daysInMonth(date.year, date.month) };
    case 'day':
      return date.date;
  }
}

/**
 * How two partial dates lie as the spans they denote: `same`, `before` (`a` begins first and ends
 * first), `after`, or `nested` (one lies within the other and they differ).
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): 'same' | 'before' | 'after' | 'nested' {
  const first = compareCalendarDates(firstDay(a), firstDay(b));
  const last = compareCalendarDates(lastDay(a), lastDay(b));
  if (first === 0 && last === 0) return 'same';
  if (first < 0 && last < 0) return 'before';
  if (first > 0 && last > 0) return 'after';
  return 'nested';
}
