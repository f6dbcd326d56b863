import { type CalendarDate, civilFromDays, daysFromCivil, weekday } from '../time/calendar.js';
import { easterSunday } from './easterSunday.js';

// How the holiday laws name a day: a fixed date, a day relative to Easter Sunday, or Buß- und Bettag.

/** A holiday's day in a year. */
export type Day = (year: number) => CalendarDate;

/** The same date every year: `fixed(10, 3)`. */
export const fixed =
  (month: number, day: number): Day =>
  (year) => ({ year, month, day });

/** A day counted from Easter Sunday (Gregorian computus): `easter(60)` is Fronleichnam. */
export const easter =
  (offset: number): Day =>
  (year) =>
    civilFromDays(daysFromCivil(easterSunday(year)) + offset);

/** The Wednesday before 23 November: Buß- und Bettag. */
export const repentanceDay: Day = (year) => {
  const back = (weekday({ year, month: 11, day: 22 }) + 4) % 7;
  return { year, month: 11, day: 22 - back };
};
