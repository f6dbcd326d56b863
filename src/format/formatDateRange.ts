import { fail } from '../errors/KommunalValidationError.js';
import { FORMAT_MESSAGES } from '../i18n/formatting.js';
import { compareCalendarDates } from '../time/calendar.js';
import { calendarDateOf, type DateInput } from '../time/readTemporal.js';
import type { FormatDateOptions } from './formatDate.js';
import { optionOf, readDateStyle, readFormatOptions, readTimeZone } from './options.js';
import { writeDate } from './write.js';

/**
 * Writes the days from `start` to `end` (both included) as German public bodies do, leaving out
 * what both ends share. Between numbers the en dash stands without spaces (`15.–18.`), between
 * words with spaces (`28. März – 2. April`), following Duden and DIN 5008.
 *
 * @param start - The first day (a `Date`, or an ISO date, wall-clock time or instant).
 * @param end - The last day; the same day as `start` gives a single date.
 * @param options - `style` (default `long`) and `timeZone` (default `Europe/Berlin`) as for {@link formatDate}.
 * @returns The range.
 * @throws {@link KommunalValidationError} if `end` lies before `start`, or for invalid input or options.
 *
 * @example
 * ```ts
 * import { formatDateRange } from 'kommunal';
 *
 * formatDateRange('2024-04-15', '2024-04-18'); // => '15.–18. April 2024'
 * formatDateRange('2024-03-28', '2024-04-02'); // => '28. März – 2. April 2024'
 * formatDateRange('2024-12-30', '2025-01-02'); // => '30. Dezember 2024 – 2. Januar 2025'
 * formatDateRange('2024-04-15', '2024-04-18', { style: 'numeric' }); // => '15.–18.04.2024'
 * formatDateRange('2024-04-15', '2024-04-18', { style: 'full' }); // => 'Montag, 15. April – Donnerstag, 18. April 2024'
 * formatDateRange('2024-04-18', '2024-04-15'); // throws KommunalValidationError
 * ```
 *
 * @category Formatting
 */
export function formatDateRange(start: DateInput, end: DateInput, options?: FormatDateOptions): string {
  const read = readFormatOptions('formatDateRange', options);
  const style = readDateStyle('formatDateRange', 'style', optionOf('formatDateRange', read, 'style', 'de'), 'long');
  const timeZone = readTimeZone('formatDateRange', read, 'de');
  const from = calendarDateOf(start, timeZone, 'de');
  const to = calendarDateOf(end, timeZone, 'de');
  const order = compareCalendarDates(from, to);
  if (order > 0) {
    fail('invalid_range', FORMAT_MESSAGES.de.datesReversed(writeDate(from, style), writeDate(to, style)));
  }
  if (order === 0) return writeDate(from, style);
  const sameYear = from.year === to.year;
  // A weekday belongs to its own day, so the full style never shortens the first end to the day alone.
  const first = !sameYear ? 'day-month-year' : from.month === to.month && style !== 'full' ? 'day' : 'day-month';
  const dash = style === 'numeric' || first === 'day' ? '–' : ' – ';
  return `${writeDate(from, style, first)}${dash}${writeDate(to, style)}`;
}
