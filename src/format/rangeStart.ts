import { fail } from '../errors/KommunalValidationError.js';
import { FORMAT_MESSAGES } from '../i18n/formatting.js';
import { toIsoDate } from '../time/calendar.js';
import { endOfDay, midnightAfter } from '../time/readTemporal.js';

/**
 * Refuses `T24:00` as the start of a range: it is the end of a day, and what begins then begins at
 * the next day's 00:00, which the message names.
 */
export function refuseEndOfDayAsStart(value: unknown): void {
  const day = endOfDay(value, 'de');
  if (day !== undefined) {
    fail('invalid_time', FORMAT_MESSAGES.de.endOfDayAsStart(value, `${toIsoDate(midnightAfter(day))}T00:00`));
  }
}
