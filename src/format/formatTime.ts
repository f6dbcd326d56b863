import { wallClockAt } from '../time/isValidTimeZone.js';
import { type DateInput, instantOf, wallClockOf } from '../time/readTemporal.js';
import { formatTimeZone } from './formatTimeZone.js';
import { DEFAULT_TIME_ZONE, type TimeStyle, type TimeZoneOptions } from './options.js';
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
 * @throws {@link KommunalValidationError} for a calendar date without time, an invalid input or an unknown zone.
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
export function formatTime(value: DateInput, options: FormatTimeOptions = {}): string {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const style = options.style ?? 'short';
  if (options.showTimeZone !== true) return `${writeClock(wallClockOf(value, timeZone), style)} Uhr`;
  const millis = instantOf(value, timeZone);
  return `${writeClock(wallClockAt(millis, timeZone), style)} Uhr ${formatTimeZone(new Date(millis), { timeZone })}`;
}
