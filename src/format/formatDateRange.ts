import { fail } from '../errors/KommunalValidationError.js';
import { FORMAT_MESSAGES } from '../i18n/formatting.js';
import { PARTIAL_DATE_MESSAGES } from '../i18n/partialDates.js';
import { compareCalendarDates } from '../time/calendar.js';
import { comparePartialDates, dayOf, type PartialDate, readPartialDate } from '../time/partialDate.js';
import { type DateInput, endOfDay } from '../time/readTemporal.js';
import type { FormatDateOptions } from './formatDate.js';
import { type DateStyle, optionOf, readDateStyle, readFormatOptions, readTimeZone } from './options.js';
import { refuseEndOfDayAsStart } from './rangeStart.js';
import { writeDate } from './write.js';
import { writePartialDate, yearOf } from './writePartialDate.js';

/**
 * Writes the days from `start` to `end` (both included) as German public bodies do, leaving out
 * what both ends share. Between numbers the en dash stands without spaces (`15.–18.`), between
 * words with spaces (`28. März – 2. April`), following Duden and DIN 5008. The `prose` style
 * writes the range for a sentence: `vom 15. bis 18. April 2024`, since after „vom“ Duden writes
 * „bis“, never the dash; a single day is `am 15. April 2024`.
 *
 * Either end may be a year (`YYYY`) or a month (`YYYY-MM`), as texts give them: `Februar – April
 * 2024`, `2014–2016`, in prose `von Februar bis April 2024`; months are numerically `02/2024`. Each
 * end keeps its own precision (`Februar – 15. April 2024`), and the year shared by two ends is
 * written once. A year or a month is a span of the calendar and needs no time zone. Two ends of
 * which one lies within the other (`2024` and `2024-02`) make no period and are refused.
 *
 * @param start - The first day (a `Date`, or an ISO date, wall-clock time or instant), month (`YYYY-MM`) or year (`YYYY`); `T24:00` is no start.
 * @param end - The last day, month or year; the same as `start` gives a single date. `YYYY-MM-DDT24:00` ends on the day it names.
 * @param options - `style` (default `long`) and `timeZone` (default `Europe/Berlin`) as for {@link formatDate}.
 * @returns The range.
 * @throws {@link KommunalValidationError} if `end` lies before `start`, if `start` is `T24:00`, or for invalid input or options.
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
 * formatDateRange('2024-04-15', '2024-04-18', { style: 'prose' }); // => 'vom 15. bis 18. April 2024'
 * formatDateRange('2024-03-28', '2024-04-02', { style: 'prose' }); // => 'vom 28. März bis 2. April 2024'
 * formatDateRange('2024-12-30', '2025-01-02', { style: 'prose' }); // => 'vom 30. Dezember 2024 bis 2. Januar 2025'
 * formatDateRange('2024-04-15', '2024-04-15', { style: 'prose' }); // => 'am 15. April 2024'
 * formatDateRange('2024-04-15T09:00', '2024-04-18T24:00'); // => '15.–18. April 2024'
 * formatDateRange('2024-02', '2024-04'); // => 'Februar – April 2024'
 * formatDateRange('2023-11', '2024-02'); // => 'November 2023 – Februar 2024'
 * formatDateRange('2014', '2016'); // => '2014–2016'
 * formatDateRange('2024-02', '2024-04-15'); // => 'Februar – 15. April 2024'
 * formatDateRange('2024-02', '2024-04', { style: 'numeric' }); // => '02/2024–04/2024'
 * formatDateRange('2024-02', '2024-04', { style: 'prose' }); // => 'von Februar bis April 2024'
 * formatDateRange('2014', '2016', { style: 'prose' }); // => 'von 2014 bis 2016'
 * formatDateRange('2024', '2024-02'); // throws KommunalValidationError
 * formatDateRange('2024-04-18', '2024-04-15'); // throws KommunalValidationError
 * ```
 *
 * @category Formatting
 */
export function formatDateRange(start: DateInput, end: DateInput, options?: FormatDateOptions): string {
  const read = readFormatOptions('formatDateRange', options);
  const style = readDateStyle('formatDateRange', 'style', optionOf('formatDateRange', read, 'style', 'de'), 'long');
  const timeZone = readTimeZone('formatDateRange', read, 'de');
  refuseEndOfDayAsStart(start);
  const begins = readPartialDate(start, timeZone);
  const endDay = endOfDay(end, 'de');
  const ends = endDay === undefined ? readPartialDate(end, timeZone) : dayOf(endDay);
  if (begins.precision !== 'day' || ends.precision !== 'day') return partialRange(begins, ends, style);
  const from = begins.date;
  const to = ends.date;
  const order = compareCalendarDates(from, to);
  if (order > 0) {
    // A message names the two dates, not a sentence's „am …“.
    const named = style === 'prose' ? 'long' : style;
    fail('invalid_range', FORMAT_MESSAGES.de.endBeforeStart(writeDate(from, named), writeDate(to, named)));
  }
  if (order === 0) return writeDate(from, style);
  const sameYear = from.year === to.year;
  // A weekday belongs to its own day, so the full style never shortens the first end to the day alone.
  const first = !sameYear ? 'day-month-year' : from.month === to.month && style !== 'full' ? 'day' : 'day-month';
  if (style === 'prose') return `vom ${writeDate(from, 'long', first)} bis ${writeDate(to, 'long')}`;
  const dash = style === 'numeric' || first === 'day' ? '–' : ' – ';
  return `${writeDate(from, style, first)}${dash}${writeDate(to, style)}`;
}

/**
 * A range with a year or a month at one end at least. Each end keeps its precision; words stand
 * between spaced dashes, two years (numbers) and the numeric style without spaces, as the Bis-Strich
 * stands between numbers (`2014–2016`, `02/2024–04/2024`).
 */
function partialRange(from: PartialDate, to: PartialDate, style: DateStyle): string {
  const order = comparePartialDates(from, to);
  if (order === 'same') return writePartialDate(from, style);
  if (order !== 'before') {
    const named = style === 'prose' ? 'long' : style;
    const start = writePartialDate(from, named);
    const end = writePartialDate(to, named);
    fail(
      'invalid_range',
      order === 'after'
        ? FORMAT_MESSAGES.de.endBeforeStart(start, end)
        : PARTIAL_DATE_MESSAGES.de.nestedEnds(start, end),
    );
  }
  // Only a start with a month can leave its year to the end: a year alone is nothing without it.
  const withYear = style === 'numeric' || from.precision === 'year' || yearOf(from) !== yearOf(to);
  if (style === 'prose') {
    const preposition = from.precision === 'day' ? 'vom' : 'von';
    return `${preposition} ${writePartialDate(from, 'long', withYear)} bis ${writePartialDate(to, 'long')}`;
  }
  const dash = style === 'numeric' || (from.precision === 'year' && to.precision === 'year') ? '–' : ' – ';
  return `${writePartialDate(from, style, withYear)}${dash}${writePartialDate(to, style)}`;
}
