import { fail } from '../errors/KommunalValidationError.js';
import { FORMAT_MESSAGES } from '../i18n/formatting.js';
import { compareCalendarDates } from '../time/calendar.js';
import type { DateInput } from '../time/readTemporal.js';
import { writeDateTime } from './formatDateTime.js';
import { type FormatTimeOptions, type ReadClock, readClock, readTimeOptions, writeClockAndZone } from './formatTime.js';
import { zoneLabel } from './formatTimeZone.js';
import { refuseEndOfDayAsStart } from './rangeStart.js';
import { endOfDayBefore, rangeMinutes, writeClock } from './write.js';

/**
 * Writes the time from `start` to `end` on one day as `9–10 Uhr`, `9:30–11:00 Uhr` or `22–24 Uhr`.
 * Both ends share one precision: where one has minutes, both do (`9:30–11:00 Uhr`, not
 * `9:30–11 Uhr`). An end at midnight is the end of the day before, `24 Uhr`; `T24:00` may be
 * written for it, but never for a start. A range of no length is one time (`9 Uhr`). When the two
 * lie on different days, both are written with their dates. A wall-clock time that the zone never
 * shows is an error, as in {@link formatTime}.
 *
 * @param start - The beginning (a `Date`, an ISO instant, or a wall-clock time `YYYY-MM-DDTHH:mm` in `timeZone`).
 * @param end - The end, not before `start`; `YYYY-MM-DDT24:00` for the end of a day.
 * @param options - `style` (default `short`), `timeSeparator` (default `:`), `timeZone` (default `Europe/Berlin`), `showTimeZone` (default `false`).
 * @returns The range followed by „Uhr“.
 * @throws {@link KommunalValidationError} if `end` lies before `start`, if `start` is `T24:00`, or for invalid input or options.
 *
 * @example
 * ```ts
 * import { formatTimeRange } from 'kommunal';
 *
 * formatTimeRange('2024-04-15T09:00', '2024-04-15T11:00'); // => '9–11 Uhr'
 * formatTimeRange('2024-04-15T09:30', '2024-04-15T11:00'); // => '9:30–11:00 Uhr'
 * formatTimeRange('2024-04-15T09:30', '2024-04-15T11:00', { timeSeparator: '.' }); // => '9.30–11.00 Uhr'
 * formatTimeRange('2024-04-15T22:00', '2024-04-15T24:00'); // => '22–24 Uhr'
 * formatTimeRange('2024-04-15T22:00', '2024-04-16T00:00'); // => '22–24 Uhr'
 * formatTimeRange('2024-04-15T09:00', '2024-04-15T09:00'); // => '9 Uhr'
 * formatTimeRange(new Date('2024-04-15T07:30:00Z'), new Date('2024-04-15T09:00:00Z'), { style: 'numeric' }); // => '09:30–11:00 Uhr'
 * formatTimeRange('2024-04-15T22:00', '2024-04-16T02:00'); // => 'Montag, 15. April 2024, 22 Uhr – Dienstag, 16. April 2024, 2 Uhr'
 * formatTimeRange('2024-04-15T24:00', '2024-04-16T02:00'); // throws KommunalValidationError
 * ```
 *
 * @category Formatting
 */
export function formatTimeRange(start: DateInput, end: DateInput, options?: FormatTimeOptions): string {
  const read = readTimeOptions('formatTimeRange', options);
  const { style, separator, timeZone } = read;
  refuseEndOfDayAsStart(start);
  const from = readClock(start, timeZone);
  const to = readClock(end, timeZone);
  if (to.millis < from.millis) {
    fail(
      'invalid_range',
      FORMAT_MESSAGES.de.endBeforeStart(writeDateTime(from, 'full', read), writeDateTime(to, 'full', read)),
    );
  }
  if (to.millis === from.millis) return writeClockAndZone(from, read);
  const last = lastClock(to);
  const minutes = rangeMinutes(from.clock, last.clock, style);
  if (compareCalendarDates(from.clock, last.clock) !== 0) {
    return `${writeDateTime(from, 'full', read, minutes)} – ${writeDateTime(last, 'full', read, minutes)}`;
  }
  const first = writeClock(from.clock, style, separator, minutes);
  const second = writeClock(last.clock, style, separator, minutes);
  // Less than a minute apart: one time, as for a range of no length.
  if (first === second) return writeClockAndZone(from, read);
  const times = `${first}–${second} Uhr`;
  if (!read.showTimeZone) return times;
  const fromZone = zoneLabel(read.writtenZone, timeZone, from.millis, read.placeName);
  const toZone = zoneLabel(read.writtenZone, timeZone, last.millis, read.placeName);
  if (fromZone === toZone) return `${times} ${fromZone}`;
  // A night across the clock change: each end keeps its own zone name.
  return `${first} Uhr ${fromZone} – ${second} Uhr ${toZone}`;
}

/** An end at midnight as the end of the day before (see {@link endOfDayBefore} in write.ts). */
const lastClock = (end: ReadClock): ReadClock => ({ clock: endOfDayBefore(end.clock), millis: end.millis });
