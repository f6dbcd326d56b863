import { failOption, optionOf, readOptions } from '../errors/options.js';
import type { Locale } from '../i18n/catalogue.js';
import { FORMAT_MESSAGES } from '../i18n/formatting.js';
import { OPTION_MESSAGES } from '../i18n/options.js';
import { assertTimeZone } from '../time/canonicalTimeZone.js';

/** The zone every function uses unless told otherwise: German public bodies write German time. */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

/**
 * How a calendar date is written.
 * - `numeric`: `15.04.2024` (DIN 5008, day and month with two digits)
 * - `long`: `15. April 2024` (the default in running text)
 * - `full`: `Montag, 15. April 2024`
 * - `prose`: `am 15. April 2024`, with the preposition a sentence needs; a range of days is
 *   `vom 15. bis 18. April 2024` (after „vom“ comes „bis“, never the dash; Duden)
 *
 * @example
 * ```ts
 * import { type DateStyle, formatDate } from 'kommunal';
 *
 * const styles: DateStyle[] = ['numeric', 'long', 'full', 'prose'];
 * styles.map((style) => formatDate('2024-04-15', { style })); // => ['15.04.2024', '15. April 2024', 'Montag, 15. April 2024', 'am 15. April 2024']
 * ```
 *
 * @category Formatting
 */
export type DateStyle = 'numeric' | 'long' | 'full' | 'prose';

/**
 * How a time of day is written.
 * - `short`: `9 Uhr`, `9:30 Uhr` (full hours without minutes, as in press releases; Duden)
 * - `numeric`: `09:00 Uhr`, `09:30 Uhr` (DIN 5008, two-digit hours and minutes)
 *
 * @example
 * ```ts
 * import { type TimeStyle, formatTime } from 'kommunal';
 *
 * const styles: TimeStyle[] = ['short', 'numeric'];
 * styles.map((style) => formatTime('2024-04-15T09:00', { style })); // => ['9 Uhr', '09:00 Uhr']
 * ```
 *
 * @category Formatting
 */
export type TimeStyle = 'short' | 'numeric';

/**
 * What stands between hours and minutes: `:` (the default, DIN 5008: `9:30 Uhr`) or `.` (the form
 * many press offices use and Duden allows: `9.30 Uhr`).
 *
 * @example
 * ```ts
 * import { type TimeSeparator, formatTimeRange } from 'kommunal';
 *
 * const pressOffice: TimeSeparator = '.';
 * formatTimeRange('2024-04-15T09:30', '2024-04-15T11:00', { timeSeparator: pressOffice }); // => '9.30–11.00 Uhr'
 * ```
 *
 * @category Formatting
 */
export type TimeSeparator = ':' | '.';

/**
 * The zone in which instants are shown and wall-clock strings are read.
 *
 * @example
 * ```ts
 * import { type TimeZoneOptions, formatTime } from 'kommunal';
 *
 * const chicago: TimeZoneOptions = { timeZone: 'America/Chicago' };
 * formatTime('2017-06-13T15:00:00Z', chicago); // => '10 Uhr'
 * ```
 *
 * @category Formatting
 */
export interface TimeZoneOptions {
  /** An IANA time zone name; default `Europe/Berlin`. */
  readonly timeZone?: string | undefined;
}

/**
 * The zone an options object names as the caller wrote it, or `undefined` for none. Anything but a
 * string is an `invalid_option` error; whether it is a zone, the callers ask.
 */
function writtenZone(fn: string, options: object, locale: Locale): string | undefined {
  const value = optionOf(fn, options, 'timeZone', locale);
  if (value === undefined || typeof value === 'string') return value;
  return failOption(fn, 'timeZone', value, OPTION_MESSAGES[locale].aTimeZoneName, locale);
}

/**
 * The canonical name of the zone an options object names (`europe/berlin` → `Europe/Berlin`), or
 * the default: the one name every later step computes with, so that none canonicalises it again.
 * An unknown name is an `invalid_time_zone` error, also where the input is a calendar date that
 * needs no zone. Errors are in `locale`: German for the formatting functions, which have no
 * `locale` option; the schedule functions pass theirs.
 */
export function readTimeZone(fn: string, options: object, locale: Locale): string {
  const written = writtenZone(fn, options, locale);
  return written === undefined ? DEFAULT_TIME_ZONE : assertTimeZone(written, locale);
}

/** A zone as {@link readZone} reads it: the canonical name to compute with, and the name to label. */
export interface ZoneNames {
  /** The canonical name, which every cache and computation uses. */
  readonly timeZone: string;
  /** The name as the caller wrote it, so that a label keeps a link's own city (`Asia/Kolkata`). */
  readonly written: string;
}

const DEFAULT_ZONE: ZoneNames = Object.freeze({ timeZone: DEFAULT_TIME_ZONE, written: DEFAULT_TIME_ZONE });

/** The zone an options object names, for functions that also write its label; see {@link readTimeZone}. */
export function readZone(fn: string, options: object): ZoneNames {
  const written = writtenZone(fn, options, 'de');
  return written === undefined ? DEFAULT_ZONE : { timeZone: assertTimeZone(written, 'de'), written };
}

/** A date style option (`style` or `dateStyle`), or `fallback` when it is not given. */
export function readDateStyle(fn: string, option: string, value: unknown, fallback: DateStyle): DateStyle {
  if (value === undefined) return fallback;
  if (value === 'numeric' || value === 'long' || value === 'full' || value === 'prose') return value;
  return failOption(fn, option, value, FORMAT_MESSAGES.de.aDateStyle, 'de');
}

/** The time style option, `short` when it is not given. */
export function readTimeStyle(fn: string, value: unknown): TimeStyle {
  if (value === undefined) return 'short';
  if (value === 'short' || value === 'numeric') return value;
  return failOption(fn, 'style', value, FORMAT_MESSAGES.de.aTimeStyle, 'de');
}

/** The `timeSeparator` option, `:` when it is not given. */
export function readTimeSeparator(fn: string, value: unknown): TimeSeparator {
  if (value === undefined) return ':';
  if (value === ':' || value === '.') return value;
  return failOption(fn, 'timeSeparator', value, FORMAT_MESSAGES.de.aTimeSeparator, 'de');
}

/** A yes-or-no option, `false` when it is not given. */
export function readFlag(fn: string, option: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value === 'boolean') return value;
  return failOption(fn, option, value, OPTION_MESSAGES.de.trueOrFalse, 'de');
}

const NO_OPTIONS: object = Object.freeze({});

/** An options argument as `readOptions` reads it; no object is made for the common call without options. */
export function readFormatOptions(fn: string, options: unknown): object {
  return options === undefined ? NO_OPTIONS : readOptions(fn, options);
}

export { optionOf };
