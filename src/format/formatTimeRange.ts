import { fail } from '../errors/KommunalValidationError.js';
import { compareCalendarDates } from '../time/calendar.js';
import { wallClockAt } from '../time/isValidTimeZone.js';
import { type DateInput, instantOf } from '../time/readTemporal.js';
import { formatDateTime } from './formatDateTime.js';
import type { FormatTimeOptions } from './formatTime.js';
import { formatTimeZone } from './formatTimeZone.js';
import { DEFAULT_TIME_ZONE } from './options.js';
import { writeClock } from './write.js';

/**
 * Writes the time from `start` to `end` on one day as `9–10 Uhr` or `9:30–11 Uhr`. When the
 * two lie on different days, both are written with their dates.
 *
 * @param start - The beginning (a `Date`, an ISO instant, or a wall-clock time `YYYY-MM-DDTHH:mm` in `timeZone`).
 * @param end - The end, not before `start`.
 * @param options - `style` (default `short`), `timeZone` (default `Europe/Berlin`), `showTimeZone` (default `false`).
 * @returns The range followed by „Uhr“.
 * @throws {@link KommunalValidationError} if `end` lies before `start`, or for invalid input.
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
export function formatTimeRange(start: DateInput, end: DateInput, options: FormatTimeOptions = {}): string {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const style = options.style ?? 'short';
  const from = instantOf(start, timeZone);
  const to = instantOf(end, timeZone);
  if (to < from) {
    fail(
      'invalid_range',
      `Der Zeitraum endet vor seinem Beginn: ${formatDateTime(new Date(to), options)} liegt vor ${formatDateTime(new Date(from), options)}.`,
    );
  }
  const fromClock = wallClockAt(from, timeZone);
  const toClock = wallClockAt(to, timeZone);
  if (compareCalendarDates(fromClock, toClock) !== 0) {
    return `${formatDateTime(new Date(from), options)} – ${formatDateTime(new Date(to), options)}`;
  }
  const times = `${writeClock(fromClock, style)}–${writeClock(toClock, style)} Uhr`;
  if (options.showTimeZone !== true) return times;
  const fromZone = formatTimeZone(new Date(from), { timeZone });
  const toZone = formatTimeZone(new Date(to), { timeZone });
  if (fromZone === toZone) return `${times} ${fromZone}`;
  // A night across the clock change: each end keeps its own zone name.
  return `${writeClock(fromClock, style)} Uhr ${fromZone} – ${writeClock(toClock, style)} Uhr ${toZone}`;
}
