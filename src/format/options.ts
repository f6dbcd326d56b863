/** The zone every function uses unless told otherwise: German public bodies write German time. */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

/**
 * How a calendar date is written.
 * - `numeric`: `15.04.2024` (DIN 5008, day and month with two digits)
 * - `long`: `15. April 2024` (the default in running text)
 * - `full`: `Montag, 15. April 2024`
 *
 * @example
 * ```ts
 * import { type DateStyle, formatDate } from 'kommunal';
 *
 * const styles: DateStyle[] = ['numeric', 'long', 'full'];
 * styles.map((style) => formatDate('2024-04-15', { style })); // => ['15.04.2024', '15. April 2024', 'Montag, 15. April 2024']
 * ```
 *
 * @category Formatting
 */
export type DateStyle = 'numeric' | 'long' | 'full';

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
