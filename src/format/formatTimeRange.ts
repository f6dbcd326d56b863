import { fail } from '../errors/KommunalValidationError.js';
import { FORMAT_MESSAGES } from '../i18n/formatting.js';
import { compareCalendarDates } from '../time/calendar.js';
import { type DateInput, instantOf, zonedClockAt } from '../time/readTemporal.js';
import { writeDateTime } from './formatDateTime.js';
import { type FormatTimeOptions, readTimeOptions } from './formatTime.js';
import { zoneLabel } from './formatTimeZone.js';
import { writeClock } from './write.js';

/**
 * Writes the time from `start` to `end` on one day as `9–10 Uhr` or `9:30–11 Uhr`. When the
 * two lie on different days, both are written with their dates.
 *
 * @param start - The beginning (a `Date`, an ISO instant, or a wall-clock time `YYYY-MM-DDTHH:mm` in `timeZone`).
 * @param end - The end, not before `start`.
 * @param options - `style` (default `short`), `timeZone` (default `Europe/Berlin`), `showTimeZone` (default `false`).
 * @returns The range followed by „Uhr“.
 * @throws {@link KommunalValidationError} if `end` lies before `start`, or for invalid input or options.
 *
 * @example
 * ```ts
 * import { formatTimeRange } from 'kommunal';
 *
 * formatTimeRange('2024-04-15T09:00', '2024-04-15T10:00'); // => '9–10 Uhr'
 * formatTimeRange('2024-04-15T09:30', '2024-04-15T11:00'); // => '9:30–11 Uhr'
 * formatTimeRange(new Date('2024-04-15T07:30:00Z'), new Date('2024-04-15T09:00:00Z'), { style: 'numeric' }); // => '09:30–11:00 Uhr'
 * formatTimeRange('2024-04-15T22:00', '2024-04-16T02:00'); // => 'Montag, 15. April 2024, 22 Uhr – Dienstag, 16. April 2024, 2 Uhr'
 * ```
 *
 * @category Formatting
 */
export function formatTimeRange(start: DateInput, end: DateInput, options?: FormatTimeOptions): string {
  const read = readTimeOptions('formatTimeRange', options);
  const { style, timeZone } = read;
  const fromMillis = instantOf(start, timeZone, 'de');
  const toMillis = instantOf(end, timeZone, 'de');
  const from = new Date(fromMillis);
  const to = new Date(toMillis);
  // Checked before the order, so that no message writes a year outside 1–9999.
  const fromClock = zonedClockAt(start, fromMillis, timeZone, 'de');
  const toClock = zonedClockAt(end, toMillis, timeZone, 'de');
  if (toMillis < fromMillis) {
    fail(
      'invalid_range',
      FORMAT_MESSAGES.de.timesReversed(writeDateTime(from, 'full', read), writeDateTime(to, 'full', read)),
    );
  }
  if (compareCalendarDates(fromClock, toClock) !== 0) {
    return `${writeDateTime(from, 'full', read)} – ${writeDateTime(to, 'full', read)}`;
  }
  const times = `${writeClock(fromClock, style)}–${writeClock(toClock, style)} Uhr`;
  if (!read.showTimeZone) return times;
  const fromZone = zoneLabel(read.writtenZone, timeZone, fromMillis);
  const toZone = zoneLabel(read.writtenZone, timeZone, toMillis);
  if (fromZone === toZone) return `${times} ${fromZone}`;
  // A night across the clock change: each end keeps its own zone name.
  return `${writeClock(fromClock, style)} Uhr ${fromZone} – ${writeClock(toClock, style)} Uhr ${toZone}`;
}
