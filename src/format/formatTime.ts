import type { WallClock } from '../time/calendar.js';
import { type DateInput, instantOfTemporal, readTemporal, wallClockOf, zonedClockAt } from '../time/readTemporal.js';
import { zoneLabel } from './formatTimeZone.js';
import {
  optionOf,
  readFlag,
  readFormatOptions,
  readTimeStyle,
  readZone,
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

/** The options of {@link formatTime}, checked, with their defaults; `timeZone` is the canonical name. */
export interface TimeOptions {
  readonly style: TimeStyle;
  readonly timeZone: string;
  /** The zone's name as the caller wrote it, for its label. */
  readonly writtenZone: string;
  readonly showTimeZone: boolean;
}

/** Reads the options of {@link formatTime} for the function `fn`. */
export function readTimeOptions(fn: string, options: unknown): TimeOptions {
  const read = readFormatOptions(fn, options);
  const style = readTimeStyle(fn, optionOf(fn, read, 'style', 'de'));
  const zone = readZone(fn, read);
  return {
    style,
    timeZone: zone.timeZone,
    writtenZone: zone.written,
    showTimeZone: readFlag(fn, 'showTimeZone', optionOf(fn, read, 'showTimeZone', 'de')),
  };
}

/** Writes the time of day of an input with checked options, reading the input once. */
export function writeTime(value: unknown, options: TimeOptions): string {
  if (!options.showTimeZone) return `${writeClock(wallClockOf(value, options.timeZone, 'de'), options.style)} Uhr`;
  return writeClockAndZone(readClock(value, options), options);
}

/** The wall clock of an input and, where the zone is shown, the instant its label is for. */
export interface ReadClock {
  readonly clock: WallClock;
  readonly millis: number | undefined;
}

/** Reads an input once: its wall clock in the zone of the options, and its instant if the zone is shown. */
export function readClock(value: unknown, options: TimeOptions): ReadClock {
  const { timeZone } = options;
  if (!options.showTimeZone) return { clock: wallClockOf(value, timeZone, 'de'), millis: undefined };
  const temporal = readTemporal(value, 'de');
  // The instant first: a calendar date is refused as no instant, a wall clock in the spring gap as one that never shows.
  const millis = instantOfTemporal(value, temporal, timeZone, 'de');
  const clock = temporal.kind === 'wall' ? temporal.clock : zonedClockAt(value, millis, timeZone, 'de');
  return { clock, millis };
}

/** `9 Uhr`, or `9 Uhr MESZ` where the zone is shown. */
export function writeClockAndZone({ clock, millis }: ReadClock, options: TimeOptions): string {
  const time = `${writeClock(clock, options.style)} Uhr`;
  return millis === undefined ? time : `${time} ${zoneLabel(options.writtenZone, options.timeZone, millis)}`;
}
