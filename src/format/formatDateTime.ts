import type { DateInput } from '../time/readTemporal.js';
import {
  type FormatTimeOptions,
  type ReadClock,
  readClock,
  readTimeOptions,
  type TimeOptions,
  writeClockAndZone,
} from './formatTime.js';
import { type DateStyle, optionOf, readDateStyle, readFormatOptions } from './options.js';
import { writeDate } from './write.js';

/**
 * Options for {@link formatDateTime}.
 *
 * @example
 * ```ts
 * import { type FormatDateTimeOptions, formatDateTime } from 'kommunal';
 *
 * const invitation: FormatDateTimeOptions = { dateStyle: 'long', timeZone: 'Europe/Vienna' };
 * formatDateTime('2024-02-12T09:30', invitation); // => '12. Februar 2024, 9:30 Uhr'
 * ```
 *
 * @category Formatting
 */
export interface FormatDateTimeOptions extends FormatTimeOptions {
  /** How the date is written; default `full` (`Montag, 15. April 2024`); `prose` writes `am 15. April 2024 um 9 Uhr`. */
  readonly dateStyle?: DateStyle | undefined;
}

/**
 * Writes a date with its time of day: `Montag, 15. April 2024, 9 Uhr`, the form of invitations
 * and press releases; in prose `am 15. April 2024 um 9 Uhr` (without a weekday no comma; Duden).
 * A wall-clock time that the zone never shows is an error, as in {@link formatTime}; `T24:00` is
 * the end of its day (`Montag, 15. April 2024, 24 Uhr`).
 *
 * @param value - A `Date`, an ISO instant, or a wall-clock time `YYYY-MM-DDTHH:mm` (already in `timeZone`).
 * @param options - `dateStyle` (default `full`), `style` of the time (default `short`), `timeSeparator` (default `:`), `timeZone` (default `Europe/Berlin`), `showTimeZone` (default `false`).
 * @returns Date and time, separated by a comma, or joined by „um“ in prose.
 * @throws {@link KommunalValidationError} for a calendar date without time, an invalid input, a wall-clock time that does not exist in `timeZone`, one outside the years 1–9999, or an invalid option (an unknown zone too).
 *
 * @example
 * ```ts
 * import { formatDateTime } from 'kommunal';
 *
 * formatDateTime(new Date('2024-04-15T07:00:00Z')); // => 'Montag, 15. April 2024, 9 Uhr'
 * formatDateTime('2024-04-15T09:30', { dateStyle: 'numeric', style: 'numeric' }); // => '15.04.2024, 09:30 Uhr'
 * formatDateTime('2024-04-15T09:30', { dateStyle: 'prose', timeSeparator: '.' }); // => 'am 15. April 2024 um 9.30 Uhr'
 * formatDateTime('2024-04-15T24:00', { dateStyle: 'long' }); // => '15. April 2024, 24 Uhr'
 * formatDateTime('2017-06-13T15:00:00Z', { timeZone: 'America/Chicago', showTimeZone: true }); // => 'Dienstag, 13. Juni 2017, 10 Uhr Ortszeit Chicago'
 * formatDateTime('2024-03-31T02:30'); // throws KommunalValidationError
 * ```
 *
 * @category Formatting
 */
export function formatDateTime(value: DateInput, options?: FormatDateTimeOptions): string {
  const read = readFormatOptions('formatDateTime', options);
  const dateStyle = readDateStyle(
    'formatDateTime',
    'dateStyle',
    optionOf('formatDateTime', read, 'dateStyle', 'de'),
    'full',
  );
  const time = readTimeOptions('formatDateTime', read);
  return writeDateTime(readClock(value, time.timeZone), dateStyle, time);
}

/**
 * Writes the date and time of an input already read, with checked options; the date is the wall
 * clock's. `minutes` as for {@link writeClockAndZone}.
 */
export function writeDateTime(
  read: ReadClock,
  dateStyle: DateStyle,
  options: TimeOptions,
  minutes: boolean = read.clock.minute !== 0,
): string {
  const date = writeDate(read.clock, dateStyle);
  const time = writeClockAndZone(read, options, minutes);
  return dateStyle === 'prose' ? `${date} um ${time}` : `${date}, ${time}`;
}
