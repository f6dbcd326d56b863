import { readPartialDate } from '../time/partialDate.js';
import type { DateInput } from '../time/readTemporal.js';
import { readFormatOptions, readTimeZone, type TimeZoneOptions } from './options.js';
import { refuseEndOfDayAsStart } from './rangeStart.js';
import { writePartialDate } from './writePartialDate.js';

/**
 * Writes a period that has begun and not ended, as texts say how long a partnership or a membership
 * has lasted: „seit 1997“, „seit Februar 2024“, „seit dem 15. Februar 2024“ („seit“ takes the
 * dative, so a day has its article, a month and a year none). A period without an end is not a
 * range, so it has its own function rather than an `undefined` end of {@link formatDateRange}.
 *
 * @param value - The beginning: a year (`YYYY`), a month (`YYYY-MM`), an ISO date, wall-clock time or instant, or a `Date`; `T24:00` begins nothing.
 * @param options - `timeZone` for instants (default `Europe/Berlin`); a year or a month needs none.
 * @returns The phrase with „seit“.
 * @throws {@link KommunalValidationError} for invalid input (also outside the years 1–9999) or options.
 *
 * @example
 * ```ts
 * import { formatSince } from 'kommunal';
 *
 * formatSince('1997'); // => 'seit 1997'
 * formatSince('2024-02'); // => 'seit Februar 2024'
 * formatSince('2024-02-15'); // => 'seit dem 15. Februar 2024'
 * `Die Partnerschaft besteht ${formatSince('1997')}.`; // => 'Die Partnerschaft besteht seit 1997.'
 * formatSince('2024-13'); // throws KommunalValidationError
 * ```
 *
 * @category Formatting
 */
export function formatSince(value: DateInput, options?: TimeZoneOptions): string {
  const timeZone = readTimeZone('formatSince', readFormatOptions('formatSince', options), 'de');
  refuseEndOfDayAsStart(value);
  const since = readPartialDate(value, timeZone);
  return `seit ${since.precision === 'day' ? 'dem ' : ''}${writePartialDate(since, 'long')}`;
}
