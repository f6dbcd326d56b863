import { fail } from '../errors/KommunalValidationError.js';
import { TIME_MESSAGES } from '../i18n/time.js';
import type { WallClock } from '../time/calendar.js';
import {
  type DateInput,
  endOfDay,
  instantOfTemporal,
  midnightAfter,
  readTemporal,
  zonedClockAt,
} from '../time/readTemporal.js';
import { readPlaceName, zoneLabel } from './formatTimeZone.js';
import {
  optionOf,
  readFlag,
  readFormatOptions,
  readTimeSeparator,
  readTimeStyle,
  readZone,
  type TimeSeparator,
  type TimeStyle,
  type TimeZoneOptions,
} from './options.js';
import { writeClock } from './write.js';

/**
 * Options for {@link formatTime}, {@link formatTimeRange} and {@link formatDateTime}.
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
  /** `:` (default, DIN 5008): `9:30 Uhr`; `.`: `9.30 Uhr`, as many press offices write (Duden allows both). */
  readonly timeSeparator?: TimeSeparator | undefined;
  /**
   * Add the zone as {@link formatTimeZone} names it (`9 Uhr MESZ`, `10 Uhr Ortszeit Chicago`);
   * default `false`, `true` where `placeName` is given.
   */
  readonly showTimeZone?: boolean | undefined;
  /**
   * The place whose local time this is, as the reader knows it: the venue's municipality,
   * `Osaka`. Its name labels a zone without an abbreviation German readers know (`10 Uhr Ortszeit
   * Osaka`), where the zone's city would name another place (`Asia/Tokyo` is Tokio's time). Without
   * it the label names the zone's city. Zones with such an abbreviation keep it (`MESZ` for Wien).
   */
  readonly placeName?: string | undefined;
}

/**
 * Writes a time of day as German public bodies do: `9 Uhr`, `9:30 Uhr`. A wall-clock time that
 * the zone never shows (the hour skipped in spring) is an error, as in {@link formatTimeRange}
 * and {@link formatDateTime}. `T24:00` is the end of a day, written `24 Uhr` („Anmeldeschluss:
 * 15. April 2024, 24 Uhr“).
 *
 * @param value - A `Date`, an ISO instant, or a wall-clock time `YYYY-MM-DDTHH:mm` (already in `timeZone`).
 * @param options - `style` (default `short`), `timeSeparator` (default `:`), `timeZone` (default `Europe/Berlin`), `showTimeZone` (default `false`), `placeName` (the place whose local time the label names).
 * @returns The time followed by „Uhr“.
 * @throws {@link KommunalValidationError} for a calendar date without time, an invalid input, a wall-clock time that does not exist in `timeZone`, one outside the years 1–9999, or an invalid option (an unknown zone too).
 *
 * @example
 * ```ts
 * import { formatTime } from 'kommunal';
 *
 * formatTime(new Date('2024-04-15T07:00:00Z')); // => '9 Uhr'
 * formatTime(new Date('2024-04-15T07:30:00Z')); // => '9:30 Uhr'
 * formatTime('2024-04-15T09:30', { style: 'numeric' }); // => '09:30 Uhr'
 * formatTime('2024-04-15T09:30', { timeSeparator: '.' }); // => '9.30 Uhr'
 * formatTime('2024-04-15T24:00'); // => '24 Uhr'
 * formatTime(new Date('2017-06-13T15:00:00Z'), { timeZone: 'America/Chicago' }); // => '10 Uhr'
 * formatTime(new Date('2017-06-13T15:00:00Z'), { timeZone: 'America/Chicago', showTimeZone: true }); // => '10 Uhr Ortszeit Chicago'
 * formatTime('2024-04-15T09:00', { showTimeZone: true }); // => '9 Uhr MESZ'
 * formatTime('2024-03-31T02:30'); // throws KommunalValidationError
 * formatTime('2024-04-15T10:00+09:00', { timeZone: 'Asia/Tokyo', placeName: 'Osaka' }); // => '10 Uhr Ortszeit Osaka'
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
  readonly separator: TimeSeparator;
  readonly timeZone: string;
  /** The zone's name as the caller wrote it, for its label. */
  readonly writtenZone: string;
  readonly showTimeZone: boolean;
  /** The place whose local time the label names. */
  readonly placeName?: string | undefined;
}

/** Reads the options of {@link formatTime} for the function `fn`. */
export function readTimeOptions(fn: string, options: unknown): TimeOptions {
  const read = readFormatOptions(fn, options);
  const style = readTimeStyle(fn, optionOf(fn, read, 'style', 'de'));
  const separator = readTimeSeparator(fn, optionOf(fn, read, 'timeSeparator', 'de'));
  const zone = readZone(fn, read);
  const placeName = readPlaceName(fn, read);
  const shown = optionOf(fn, read, 'showTimeZone', 'de');
  return {
    style,
    separator,
    timeZone: zone.timeZone,
    writtenZone: zone.written,
    showTimeZone: shown === undefined ? placeName !== undefined : readFlag(fn, 'showTimeZone', shown),
    placeName,
  };
}

/** Writes the time of day of an input with checked options, reading the input once. */
export function writeTime(value: unknown, options: TimeOptions): string {
  return writeClockAndZone(readClock(value, options.timeZone), options);
}

/** The wall clock of an input and the instant it stands for. */
export interface ReadClock {
  /** The wall clock as it is written: for `T24:00`, hour 24 of the day it ends. */
  readonly clock: WallClock;
  readonly millis: number;
}

/**
 * Reads an input once: its wall clock in `timeZone` and its instant. A calendar date has no time
 * and is refused; so is a wall clock that the zone never shows: a time that does not exist is
 * never written, whether or not its zone is shown. `T24:00` is read as the end of its day.
 */
export function readClock(value: unknown, timeZone: string): ReadClock {
  const day = endOfDay(value, 'de');
  if (day !== undefined) {
    const millis = instantOfTemporal(value, { kind: 'wall', clock: midnightAfter(day) }, timeZone, 'de');
    const clock: WallClock = {
      year: day.year,
      month: day.month,
      day: day.day,
      hour: 24,
      minute: 0,
      second: 0,
      millisecond: 0,
    };
    return { clock, millis };
  }
  const temporal = readTemporal(value, 'de');
  if (temporal.kind === 'date') fail('invalid_time', TIME_MESSAGES.de.dateWithoutTime(value));
  const millis = instantOfTemporal(value, temporal, timeZone, 'de');
  const clock = temporal.kind === 'wall' ? temporal.clock : zonedClockAt(value, millis, timeZone, 'de');
  return { clock, millis };
}

/**
 * `9 Uhr`, or `9 Uhr MESZ` where the zone is shown. `minutes` says whether a full hour keeps its
 * minutes, so that both ends of a range share one precision.
 */
export function writeClockAndZone(
  { clock, millis }: ReadClock,
  options: TimeOptions,
  minutes: boolean = clock.minute !== 0,
): string {
  const time = `${writeClock(clock, options.style, options.separator, minutes)} Uhr`;
  return options.showTimeZone
    ? `${time} ${zoneLabel(options.writtenZone, options.timeZone, millis, options.placeName)}`
    : time;
}
