/** A day in the proleptic Gregorian calendar, without a time or a zone. Months and days count from 1. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A reading of a wall clock: a calendar date and a time of day, in no particular zone. */
export interface WallClock extends CalendarDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

/** Milliseconds in a calendar day of UTC (no zone's day: those are 23 or 25 hours at a change). */
export const DAY = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** Milliseconds since the epoch of a wall clock read as UTC; correct for years 0–99 too, unlike `Date.UTC`. */
export function utcMillis(clock: CalendarDate & Partial<WallClock>): number {
  const date = new Date(0);
  date.setUTCFullYear(clock.year, clock.month - 1, clock.day);
  date.setUTCHours(clock.hour ?? 0, clock.minute ?? 0, clock.second ?? 0, clock.millisecond ?? 0);
  return date.getTime();
}

/**
 * The milliseconds of a `Date`, or NaN for an object that only claims to be one
 * (`Object.create(Date.prototype)`, whose `getTime` throws a TypeError).
 */
export function timeOf(date: Date): number {
  return dateMillis(date) ?? Number.NaN;
}

/**
 * The milliseconds of a `Date` (NaN for an invalid one), or `undefined` for anything that is no
 * `Date`. It asks the object's internal slot, as `Date.prototype.getTime` does, so it runs none of
 * the caller's code: no Proxy trap (unlike `instanceof`), no getter; and a `Date` from another
 * realm counts, while `Object.create(Date.prototype)` does not.
 */
export function dateMillis(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
}

/**
 * The wall clock that a number of milliseconds since the epoch shows in UTC. Pure arithmetic, as
 * formatting calls it for every instant.
 */
export function utcWallClock(millis: number): WallClock {
  const days = Math.floor(millis / DAY);
  const { year, month, day } = civilFromDays(days);
  let rest = millis - days * DAY;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  return { year, month, day, hour, minute, second, millisecond: rest - second * 1000 };
}

/**
 * The calendar date of a day counted from 1970-01-01 (Howard Hinnant's `civil_from_days`), the
 * inverse of {@link daysFromCivil}.
 */
export function civilFromDays(days: number): CalendarDate {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days since 1970-01-01 of a calendar date (Howard Hinnant's `days_from_civil`). */
export function daysFromCivil(date: CalendarDate): number {
  const year = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5) + date.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Day of the week, 0 = Sunday … 6 = Saturday, as `Date#getDay` counts; arithmetic, as formatting calls it often. */
export function weekday(date: CalendarDate): number {
  return (((daysFromCivil(date) + 4) % 7) + 7) % 7;
}

export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** `YYYY-MM-DD`, as the interchange format writes calendar dates. */
export function toIsoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${pad2(date.month)}-${pad2(date.day)}`;
}

export function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** The first instant kommunal reads or writes: 1 January of year 1, 00:00 UTC. */
export const MIN_INSTANT = -62_135_596_800_000;
/** The last instant kommunal reads or writes: 31 December 9999, 23:59:59.999 UTC. */
export const MAX_INSTANT = 253_402_300_799_999;

/**
 * Whether an instant lies in years 1–9999 (UTC), the years ISO 8601 writes with four digits and
 * iCalendar can carry. Every function that reads instants refuses others, so no loop walks
 * through thousands of years and no date is written with five digits or a sign.
 */
export function isSupportedInstant(millis: number): boolean {
  return millis >= MIN_INSTANT && millis <= MAX_INSTANT;
}
