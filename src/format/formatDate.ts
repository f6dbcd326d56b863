import { readPartialDate } from '../time/partialDate.js';
import { type DateInput, endOfDay } from '../time/readTemporal.js';
import {
  type DateStyle,
  optionOf,
  readDateStyle,
  readFormatOptions,
  readTimeZone,
  type TimeZoneOptions,
} from './options.js';
import { writeDate } from './write.js';
import { writePartialDate } from './writePartialDate.js';

/**
 * Options for {@link formatDate} and {@link formatDateRange}.
 *
 * @example
 * ```ts
 * import { type FormatDateOptions, formatDate } from 'kommunal';
 *
 * const letterhead: FormatDateOptions = { style: 'numeric', timeZone: 'Europe/Vienna' };
 * formatDate('2024-02-12T23:30:00Z', letterhead); // => '13.02.2024'
 * ```
 *
 * @category Formatting
 */
export interface FormatDateOptions extends TimeZoneOptions {
  /**
   * `long` (default): `15. April 2024`; `numeric`: `15.04.2024`; `full`: `Montag, 15. April 2024`; `prose`: `am 15. April 2024`.
   * A month is `Februar 2024`, numerically `02/2024`, in prose `im Februar 2024`; a year is `2024`, in prose `im Jahr 2024`.
   */
  readonly style?: DateStyle | undefined;
}

/**
 * Writes a date as German public bodies do. A calendar date (`YYYY-MM-DD`) is written as it
 * is; an instant is first placed on the calendar of `timeZone`. `T24:00`, the end of a day, is
 * written as the day it ends. A month (`YYYY-MM`) or a year (`YYYY`), as texts give dates they know
 * no better, is written as German does: `Februar 2024`, `2024`. A month or a year is a span of the
 * calendar, not of a clock, so no time zone moves it.
 *
 * @param value - A `Date`, or an ISO string: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` or an instant with `Z`/offset.
 * @param options - `style` (default `long`; `prose` for a sentence: `am 15. April 2024`, `im Februar 2024`, `im Jahr 2024`) and `timeZone` (default `Europe/Berlin`).
 * @returns The date in words or digits.
 * @throws {@link KommunalValidationError} if the input is no valid date, lies outside the years 1–9999, or an option is invalid (an unknown zone too, also for a calendar date); the German message names the input.
 *
 * @example
 * ```ts
 * import { formatDate } from 'kommunal';
 *
 * formatDate('2024-04-15'); // => '15. April 2024'
 * formatDate('2024-04-15', { style: 'numeric' }); // => '15.04.2024'
 * formatDate('2024-04-15', { style: 'full' }); // => 'Montag, 15. April 2024'
 * formatDate('2024-04-15', { style: 'prose' }); // => 'am 15. April 2024'
 * // 23:30 UTC on 14 April is already 15 April in Berlin:
 * formatDate(new Date('2024-04-14T23:30:00Z')); // => '15. April 2024'
 * formatDate('2024-02'); // => 'Februar 2024'
 * formatDate('2024'); // => '2024'
 * formatDate('2024-02', { style: 'numeric' }); // => '02/2024'
 * formatDate('2024-02', { style: 'prose' }); // => 'im Februar 2024'
 * formatDate('2024', { style: 'prose' }); // => 'im Jahr 2024'
 * formatDate('2024-02-30'); // throws KommunalValidationError
 * formatDate('2024-13'); // throws KommunalValidationError
 * formatDate(new Date(-8.64e15)); // throws KommunalValidationError
 * ```
 *
 * @category Formatting
 */
export function formatDate(value: DateInput, options?: FormatDateOptions): string {
  const read = readFormatOptions('formatDate', options);
  const style = readDateStyle('formatDate', 'style', optionOf('formatDate', read, 'style', 'de'), 'long');
  const timeZone = readTimeZone('formatDate', read, 'de');
  const day = endOfDay(value, 'de');
  return day === undefined ? writePartialDate(readPartialDate(value, timeZone), style) : writeDate(day, style);
}
