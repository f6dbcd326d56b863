import { fail } from '../errors/KommunalValidationError.js';
import { FORMAT_MESSAGES } from '../i18n/formatting.js';
import { readPartialDate } from '../time/partialDate.js';
import type { DateInput } from '../time/readTemporal.js';
import { readFormatOptions, readTimeZone, type TimeZoneOptions } from './options.js';

/** Year, and month and day where known: the count uses only what both ends know. */
interface Known {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

function readKnown(value: unknown, timeZone: string): Known {
  const date = readPartialDate(value, timeZone);
  switch (date.precision) {
    case 'year':
      return { year: date.year };
    case 'month':
      return { year: date.year, month: date.month };
    case 'day':
      return date.date;
  }
}

/**
 * Whole years from `since` to `on`, for anniversaries: „20-jähriges Bestehen“. Texts often say only
 * „seit 1997“, so `since` may be a year (`YYYY`) or a month (`YYYY-MM`); the count then uses only
 * that much of `on`. A year-only start counts as completed in its anniversary year.
 *
 * @param since - The beginning: `YYYY`, `YYYY-MM`, an ISO date or instant, or a `Date`.
 * @param on - The day to count to, in the same forms.
 * @param options - `timeZone` for instants (default `Europe/Berlin`).
 * @returns The number of completed years, 0 or more.
 * @throws {@link KommunalValidationError} if `on` lies before `since`, or for invalid input (also outside the years 1–9999) or options.
 *
 * @example
 * ```ts
 * import { yearsSince } from 'kommunal';
 *
 * yearsSince('1997', '2017-06-13'); // => 20
 * yearsSince('2014-03', '2017-01-17'); // => 2
 * yearsSince('2014-03-01', '2024-03-01'); // => 10
 * `${yearsSince('1997', '2017-06-13')}-jähriges Bestehen`; // => '20-jähriges Bestehen'
 * ```
 *
 * @category Formatting
 */
export function yearsSince(since: DateInput, on: DateInput, options?: TimeZoneOptions): number {
  const timeZone = readTimeZone('yearsSince', readFormatOptions('yearsSince', options), 'de');
  const from = readKnown(since, timeZone);
  const to = readKnown(on, timeZone);
  let years = to.year - from.year;
  if (from.month !== undefined && to.month !== undefined) {
    const monthOrder = to.month - from.month;
    if (monthOrder < 0 || (monthOrder === 0 && from.day !== undefined && to.day !== undefined && to.day < from.day)) {
      years -= 1;
    }
  }
  if (years < 0) fail('invalid_range', FORMAT_MESSAGES.de.dayBeforeStart(on, since));
  return years;
}
