import { type DateInput, instantOf, wallClockOf } from '../time/readTemporal.js';
import { zoneLabel } from './formatTimeZone.js';
import {
  optionOf,
  readFlag,
  readFormatOptions,
  readTimeStyle,
  readTimeZone,
  type TimeStyle,
  type TimeZoneOptions,
} from './options.js';
import { writeClock } from './write.js';

/**
 * Options for {@link formatTime} and {@link formatTimeRange}.
 *
 * @example
 * ```ts
 * import { type FormatTimeOptions, formatTime } from 'kommunal';
 *
 * const agenda: FormatTimeOptions = { style: 'numeric', showTimeZone: true };
 * formatTime('2024-04-15T09:00', agenda); // => '09:00 Uhr MESZ'
 * ```
 *
 * @category Formatting
 */
export interface FormatTimeOptions extends TimeZoneOptions {
  /** `short` (default): `9 Uhr`, `9:30 Uhr`; `numeric`: `09:00 Uhr` (DIN 5008). */
  readonly style?: TimeStyle | undefined;
  /** Add the zone as {@link formatTimeZone} names it (`9 Uhr MESZ`, `10 Uhr Ortszeit Chicago`); default `false`. */
  readonly showTimeZone?: boolean | undefined;
}

/**
 * Writes a time of day as German public bodies do: `9 Uhr`, `9:30 Uhr`.
 *
 * @param value - A `Date`, an ISO instant, or a wall-clock time `YYYY-MM-DDTHH:mm` (already in `timeZone`).
 * @param options - `style` (default `short`), `timeZone` (default `Europe/Berlin`), `showTimeZone` (default `false`).
 * @returns The time followed by „Uhr“.
 * @throws {@link KommunalValidationError} for a calendar date without time, an invalid input, one outside the years 1–9999, or an invalid option (an unknown zone too).
 *
 * @example
 * ```ts
 * import { formatTime } from 'kommunal';
 *
 * formatTime(new Date('2024-04-15T07:00:00Z')); // => '9 Uhr'
 * formatTime(new Date('2024-04-15T07:30:00Z')); // => '9:30 Uhr'
 * formatTime('2024-04-15T09:30', { style: 'numeric' }); // => '09:30 Uhr'
 * formatTime(new Date('2017-06-13T15:00:00Z'), { timeZone: 'America/Chicago' }); // => '10 Uhr'
 * formatTime(new Date('2017-06-13T15:00:00Z'), { timeZone: 'America/Chicago', showTimeZone: true }); // => '10 Uhr Ortszeit Chicago'
 * formatTime('2024-04-15T09:00', { showTimeZone: true }); // => '9 Uhr MESZ'
 * ```
 *
 * @category Formatting
 */
export function formatTime(value: DateInput, options?: FormatTimeOptions): string {
  const read = readTimeOptions('formatTime', options);
  return writeTime(value, read);
}

/** The options of {@link formatTime}, checked, with their defaults. */
export interface TimeOptions {
  readonly style: TimeStyle;
  readonly timeZone: string;
  readonly showTimeZone: boolean;
}

/** Reads the options of {@link formatTime} for the function `fn`. */
export function readTimeOptions(fn: string, options: unknown): TimeOptions {
  const read = readFormatOptions(fn, options);
  return {
    style: readTimeStyle(fn, optionOf(fn, read, 'style')),
    timeZone: readTimeZone(fn, read),
    showTimeZone: readFlag(fn, 'showTimeZone', optionOf(fn, read, 'showTimeZone')),
  };
}

/** Writes the time of day of an input with checked options. */
export function writeTime(value: unknown, options: TimeOptions): string {
  const { style, timeZone } = options;
  if (!options.showTimeZone) return `${writeClock(wallClockOf(value, timeZone), style)} Uhr`;
  // The instant first: a calendar date is refused as no instant, a wall clock in the spring gap as one that never shows.
  const millis = instantOf(value, timeZone);
  return `${writeClock(wallClockOf(value, timeZone), style)} Uhr ${zoneLabel(timeZone, millis)}`;
}
