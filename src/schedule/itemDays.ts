import { DAY, toIsoDate, utcWallClock } from '../time/calendar.js';
import { offsetMillis } from '../time/offsets.js';

// The days a schedule item touches, each rule once for every schedule function: days counted from
// 1970-01-01 in the zone of the item's wall clock, weekdays as ISO 8601 counts them, and an end at
// midnight belonging to the day before.

/** The day (since 1970-01-01) an instant falls on in a zone. */
export function localDay(millis: number, timeZone: string): number {
  return Math.floor((millis + offsetMillis(timeZone, millis)) / DAY);
}

/**
 * The last instant an item covers: an item ending at midnight ends on the day before, so its last
 * instant is the millisecond before its end; a moment (start = end) covers its start.
 */
export function lastInstant(start: number, end: number): number {
  return Math.max(start, end - 1);
}

/** The weekday of a day since 1970-01-01 (a Thursday): 1 = Monday … 7 = Sunday, as ISO 8601 counts. */
export function isoWeekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** A day since 1970-01-01 as `YYYY-MM-DD`. */
export function isoDateOf(day: number): string {
  return toIsoDate(utcWallClock(day * DAY));
}

/** The year of a day since 1970-01-01. */
export function yearOf(day: number): number {
  return utcWallClock(day * DAY).year;
}

/** Minutes from the start of `day` to an instant, on the wall clock of `timeZone`: 1440 at the next midnight. */
export function minutesInto(day: number, millis: number, timeZone: string): number {
  return (millis + offsetMillis(timeZone, millis) - day * DAY) / 60_000;
}
