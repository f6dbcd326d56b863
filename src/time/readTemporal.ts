import { fail } from '../errors/KommunalValidationError.js';
import type { Locale } from '../i18n/catalogue.js';
import { DATE_INPUT_MESSAGES, TIME_MESSAGES } from '../i18n/time.js';
import {
  type CalendarDate,
  DAY,
  dateMillis,
  daysFromCivil,
  daysInMonth,
  isSupportedInstant,
  utcWallClock,
  type WallClock,
} from './calendar.js';
import { instantAt, wallClockAt } from './zonedTime.js';

/**
 * A date or time as the library accepts it: a `Date` (an instant) or an ISO 8601 string.
 * `YYYY-MM-DD` is a calendar date and is never shifted by a time zone; `YYYY-MM-DDTHH:mm`
 * (optionally with seconds) is a wall-clock time in the zone of the call; a string ending in `Z`
 * or an offset such as `+02:00` is an instant. kommunal reads the years 1 to 9999 (UTC) only:
 * other instants, and instants that a zone's clock shows outside those years, are refused. The
 * formatting functions also read `YYYY-MM-DDT24:00`, ISO 8601's end of a day, as the end of the
 * day it names (`24 Uhr`); it begins no range.
 *
 * @example
 * ```ts
 * import { type DateInput, formatDate } from 'kommunal';
 *
 * const inputs: DateInput[] = ['2024-04-15', '2024-04-15T09:00', '2024-04-15T07:00:00Z', new Date('2024-04-15T07:00:00Z')];
 * inputs.map((input) => formatDate(input, { style: 'numeric' })); // => ['15.04.2024', '15.04.2024', '15.04.2024', '15.04.2024']
 * ```
 *
 * @category Formatting
 */
export type DateInput = Date | string;

/** What an input turned out to be, so each function can decide what it can do with it. */
export type Temporal =
  | { readonly kind: 'date'; readonly date: CalendarDate }
  | { readonly kind: 'wall'; readonly clock: WallClock }
  | { readonly kind: 'instant'; readonly millis: number };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

// Every function below writes its errors in `locale`: German unless a caller with a `locale`
// option asks for English. The formatting functions have none and write German.

/**
 * Reads a {@link DateInput}; throws a `KommunalValidationError` naming the input if it is not
 * one, or if it is an instant outside the years 1–9999 (UTC).
 */
export function readTemporal(value: unknown, locale: Locale): Temporal {
  const messages = DATE_INPUT_MESSAGES[locale];
  // Not `instanceof Date`: that runs a Proxy's trap, and misses a Date from another realm.
  const millis = dateMillis(value);
  if (millis !== undefined) {
    if (Number.isNaN(millis)) fail('invalid_date', messages.invalidDateObject);
    return { kind: 'instant', millis: supported(value, millis, locale) };
  }
  if (typeof value !== 'string') fail('invalid_type', messages.notADateInput(value));
  const match = ISO.exec(value);
  if (!match) fail('invalid_date', messages.notIsoDate(value));
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const date = checkedDate(value, Number(y), Number(mo), Number(d), locale);
  if (h === undefined) return { kind: 'date', date };
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) fail('invalid_time', messages.invalidTimeOfDay(value));
  // The first three digits of the fraction: milliseconds, cut off rather than rounded.
  const millisecond =
    fraction === undefined ? 0 : Number(fraction.length >= 3 ? fraction.slice(0, 3) : fraction.padEnd(3, '0'));
  if (zone === undefined) {
    // A literal, not `{ ...date, hour, … }`: V8 clones spread objects on a slow path (~10× here).
    const clock: WallClock = { year: date.year, month: date.month, day: date.day, hour, minute, second, millisecond };
    return { kind: 'wall', clock };
  }
  // Arithmetic rather than a Date per call: `readTemporal` reads every string instant that is formatted.
  const utc = daysFromCivil(date) * DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millisecond;
  return { kind: 'instant', millis: supported(value, utc - offsetOf(value, zone, locale), locale) };
}

function supported(value: unknown, millis: number, locale: Locale): number {
  if (!isSupportedInstant(millis)) fail('invalid_date', DATE_INPUT_MESSAGES[locale].outsideYears(value));
  return millis;
}

function outsideYears(value: unknown, timeZone: string, locale: Locale): never {
  return fail('invalid_date', TIME_MESSAGES[locale].outsideYearsInZone(value, timeZone));
}

function offsetOf(value: string, zone: string, locale: Locale): number {
  if (zone === 'Z') return 0;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.replace(':', '').slice(3) || '0');
  if (hours > 23 || minutes > 59) fail('invalid_time', DATE_INPUT_MESSAGES[locale].invalidOffset(value));
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

// ISO 8601's end of a day: `24:00`, with seconds and a fraction only of zeros, and as a wall clock
// only (ISO 8601:2000 § 5.3.2 prefers it for the end of a time interval).
const END_OF_DAY = /^(\d{4})-(\d{2})-(\d{2})T24:00(?::00(?:[.,]0{1,9})?)?$/;

/**
 * The day an input ends when it is written `YYYY-MM-DDT24:00` (ISO 8601's end of a day, the same
 * instant as the next day's 00:00), or `undefined` for every other input, which `readTemporal`
 * reads. A day that does not exist is an error. Only the formatting functions read ends this way;
 * everywhere else `T24:00` stays a time of day that does not exist.
 */
export function endOfDay(value: unknown, locale: Locale): CalendarDate | undefined {
  // Two character codes first, so that the common input costs no regular expression.
  if (typeof value !== 'string' || value.charCodeAt(11) !== 50 || value.charCodeAt(12) !== 52) return undefined;
  const match = END_OF_DAY.exec(value);
  if (match === null) return undefined;
  return checkedDate(value, Number(match[1]), Number(match[2]), Number(match[3]), locale);
}

/** The wall clock at which `date` ends: 00:00 of the next day. */
export function midnightAfter(date: CalendarDate): WallClock {
  return utcWallClock((daysFromCivil(date) + 1) * DAY);
}

/** A calendar date that exists, or an error that says why not. */
export function checkedDate(input: string, year: number, month: number, day: number, locale: Locale): CalendarDate {
  const messages = DATE_INPUT_MESSAGES[locale];
  if (year < 1) fail('invalid_date', messages.yearBeforeOne(input));
  if (month < 1 || month > 12) fail('invalid_date', messages.noSuchMonth(input, month));
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) fail('invalid_date', messages.monthLength(input, month, year, days));
  return { year, month, day };
}

// The functions below take a zone name that is known to be valid, canonical where speed matters
// (format/options.ts reads it once per call): they compute with it and do not check it again.

/** The calendar date an input stands for in `timeZone`. */
export function calendarDateOf(value: unknown, timeZone: string, locale: Locale): CalendarDate {
  const temporal = readTemporal(value, locale);
  return temporal.kind === 'date' ? temporal.date : clockOf(value, temporal, timeZone, locale);
}

/** The wall clock an input shows in `timeZone`; a calendar date has no time and is refused. */
export function wallClockOf(value: unknown, timeZone: string, locale: Locale): WallClock {
  const temporal = readTemporal(value, locale);
  if (temporal.kind === 'date') fail('invalid_time', TIME_MESSAGES[locale].dateWithoutTime(value));
  return clockOf(value, temporal, timeZone, locale);
}

function clockOf(
  value: unknown,
  temporal: Exclude<Temporal, { kind: 'date' }>,
  timeZone: string,
  locale: Locale,
): WallClock {
  return temporal.kind === 'wall' ? temporal.clock : zonedClockAt(value, temporal.millis, timeZone, locale);
}

/**
 * The wall clock of `timeZone` at an instant of `value`, refused where it shows a year outside
 * 1–9999: 31 December 9999, 23:00 UTC is already the year 10000 in Berlin.
 */
export function zonedClockAt(value: unknown, millis: number, timeZone: string, locale: Locale): WallClock {
  const clock = wallClockAt(millis, timeZone);
  if (clock.year < 1 || clock.year > 9999) outsideYears(value, timeZone, locale);
  return clock;
}

/** The instant an input stands for; a wall-clock time is read in `timeZone`, a calendar date is refused. */
export function instantOf(value: unknown, timeZone: string, locale: Locale): number {
  return instantOfTemporal(value, readTemporal(value, locale), timeZone, locale);
}

/** {@link instantOf} for an input already read, so that a caller that needs its wall clock too reads it once. */
export function instantOfTemporal(value: unknown, temporal: Temporal, timeZone: string, locale: Locale): number {
  switch (temporal.kind) {
    case 'date':
      return fail('invalid_time', TIME_MESSAGES[locale].dateIsNoInstant(value));
    case 'wall': {
      const millis = instantAt(temporal.clock, timeZone);
      if (millis === undefined) fail('nonexistent_time', TIME_MESSAGES[locale].nonexistentTime(value, timeZone));
      if (!isSupportedInstant(millis)) outsideYears(value, timeZone, locale);
      return millis;
    }
    case 'instant':
      return temporal.millis;
  }
}
