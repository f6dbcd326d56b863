import { readPartialDate } from '../time/partialDate.js';
import { calendarDateOf, type DateInput } from '../time/readTemporal.js';
import { readFormatOptions, readTimeZone, type TimeZoneOptions } from './options.js';
import { monthName } from './write.js';

/**
 * Writes the month of a date with its year, as texts name a past visit: „im Februar 2024“.
 * Also takes a bare month, `YYYY-MM`, as the interchange format writes vague dates.
 *
 * @param value - `YYYY-MM`, an ISO date or instant, or a `Date`.
 * @param options - `timeZone` for instants (default `Europe/Berlin`).
 * @returns Month name and year.
 * @throws {@link KommunalValidationError} for invalid input (also outside the years 1–9999) or options.
 *
 * @example
 * ```ts
 * import { formatMonth } from 'kommunal';
 *
 * formatMonth('2024-02'); // => 'Februar 2024'
 * `Gegenbesuch zum Besuch in Wien im ${formatMonth('2024-02-12')}`; // => 'Gegenbesuch zum Besuch in Wien im Februar 2024'
 * formatMonth('2024-13'); // throws KommunalValidationError
 * ```
 *
 * @category Formatting
 */
export function formatMonth(value: DateInput, options?: TimeZoneOptions): string {
  const timeZone = readTimeZone('formatMonth', readFormatOptions('formatMonth', options), 'de');
  const date = readPartialDate(value, timeZone);
  switch (date.precision) {
    case 'month':
      return `${monthName({ year: date.year, month: date.month, day: 1 })} ${date.year}`;
    case 'day':
      return `${monthName(date.date)} ${date.date.year}`;
    case 'year':
      // A year names no month: refused as before, by the reader of days.
      return monthName(calendarDateOf(value, timeZone, 'de'));
  }
}
