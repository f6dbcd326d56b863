import { fail } from '../errors/KommunalValidationError.js';
import {
  type CalendarDate,
  dateMillis,
  daysInMonth,
  isSupportedInstant,
  utcMillis,
  type WallClock,
} from './calendar.js';
import { assertTimeZone } from './canonicalTimeZone.js';
import { MONTH_NAMES } from './germanNames.js';
import { instantAt, wallClockAt } from './isValidTimeZone.js';
import { quote } from './quote.js';

/**
 * A date or time as the library accepts it: a `Date` (an instant) or an ISO 8601 string.
 * `YYYY-MM-DD` is a calendar date and is never shifted by a time zone; `YYYY-MM-DDTHH:mm`
 * (optionally with seconds) is a wall-clock time in the zone of the call; a string ending in `Z`
 * or an offset such as `+02:00` is an instant. kommunal reads the years 1 to 9999 (UTC) only:
 * other instants, and instants that a zone's clock shows outside those years, are refused.
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

/**
 * Reads a {@link DateInput}; throws a German `KommunalValidationError` naming the input if it is not
 * one, or if it is an instant outside the years 1–9999 (UTC).
 */
export function readTemporal(value: unknown): Temporal {
  // Not `instanceof Date`: that runs a Proxy's trap, and misses a Date from another realm.
  const millis = dateMillis(value);
  if (millis !== undefined) {
    if (Number.isNaN(millis)) fail('invalid_date', 'Ein ungültiges Date-Objekt („Invalid Date“) ist kein Zeitpunkt.');
    return { kind: 'instant', millis: supported(value, millis) };
  }
  if (typeof value !== 'string') {
    fail(
      'invalid_type',
      `${quote(value)} ist kein Datum: erwartet wird ein Date oder ein ISO-8601-Text wie „2024-04-15“.`,
    );
  }
  const match = ISO.exec(value);
  if (!match) {
    fail(
      'invalid_date',
      `${quote(value)} ist kein ISO-8601-Datum: erwartet wird „JJJJ-MM-TT“, „JJJJ-MM-TTTHH:mm“ oder ein Zeitpunkt mit „Z“ bzw. Offset.`,
    );
  }
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const date = checkedDate(value, Number(y), Number(mo), Number(d));
  if (h === undefined) return { kind: 'date', date };
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) {
    fail('invalid_time', `${quote(value)} enthält keine gültige Uhrzeit (00:00 bis 23:59).`);
  }
  const millisecond = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  // A literal, not `{ ...date, hour, … }`: V8 clones spread objects on a slow path (~10× here).
  const clock: WallClock = { year: date.year, month: date.month, day: date.day, hour, minute, second, millisecond };
  if (zone === undefined) return { kind: 'wall', clock };
  return { kind: 'instant', millis: supported(value, utcMillis(clock) - offsetOf(value, zone)) };
}

function supported(value: unknown, millis: number): number {
  if (!isSupportedInstant(millis)) {
    fail('invalid_date', `${quote(value)} liegt nicht in den Jahren 1 bis 9999 (UTC), die kommunal unterstützt.`);
  }
  return millis;
}

function outsideYears(value: unknown, timeZone: string): never {
  return fail(
    'invalid_date',
    `${quote(value)} liegt in der Zeitzone ${timeZone} nicht in den Jahren 1 bis 9999, die kommunal unterstützt.`,
  );
}

function offsetOf(value: string, zone: string): number {
  if (zone === 'Z') return 0;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.replace(':', '').slice(3) || '0');
  if (hours > 23 || minutes > 59) fail('invalid_time', `${quote(value)} hat keinen gültigen UTC-Offset.`);
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

/** A calendar date that exists, or a German error that says why not. */
export function checkedDate(input: string, year: number, month: number, day: number): CalendarDate {
  if (year < 1) fail('invalid_date', `${quote(input)} ist kein gültiges Datum: Das Jahr muss mindestens 1 sein.`);
  if (month < 1 || month > 12) {
    fail('invalid_date', `${quote(input)} ist kein gültiges Datum: Es gibt keinen Monat ${month}.`);
  }
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    fail(
      'invalid_date',
      `${quote(input)} ist kein gültiges Datum: Der ${MONTH_NAMES[month - 1]} ${year} hat ${days} Tage.`,
    );
  }
  return { year, month, day };
}

/** The calendar date an input stands for in `timeZone`. */
export function calendarDateOf(value: unknown, timeZone: string): CalendarDate {
  const temporal = readTemporal(value);
  return temporal.kind === 'date' ? temporal.date : clockOf(value, temporal, timeZone);
}

/** The wall clock an input shows in `timeZone`; a calendar date has no time and is refused. */
export function wallClockOf(value: unknown, timeZone: string): WallClock {
  const temporal = readTemporal(value);
  if (temporal.kind === 'date') fail('invalid_time', `${quote(value)} ist ein Kalenderdatum ohne Uhrzeit.`);
  return clockOf(value, temporal, timeZone);
}

function clockOf(value: unknown, temporal: Exclude<Temporal, { kind: 'date' }>, timeZone: string): WallClock {
  if (temporal.kind === 'wall') return temporal.clock;
  const clock = wallClockAt(temporal.millis, assertTimeZone(timeZone));
  // 31 December 9999, 23:00 UTC is already the year 10000 in Berlin.
  if (clock.year < 1 || clock.year > 9999) outsideYears(value, timeZone);
  return clock;
}

/** The instant an input stands for; a wall-clock time is read in `timeZone`, a calendar date is refused. */
export function instantOf(value: unknown, timeZone: string): number {
  const temporal = readTemporal(value);
  switch (temporal.kind) {
    case 'date':
      return fail('invalid_time', `${quote(value)} ist ein Kalenderdatum ohne Uhrzeit und damit kein Zeitpunkt.`);
    case 'wall': {
      const millis = instantAt(temporal.clock, assertTimeZone(timeZone));
      if (millis === undefined) {
        fail(
          'nonexistent_time',
          `${quote(value)} gibt es in der Zeitzone ${timeZone} nicht: Die Uhr springt dort zur Sommerzeit über diese Zeit hinweg.`,
        );
      }
      if (!isSupportedInstant(millis)) outsideYears(value, timeZone);
      return millis;
    }
    case 'instant':
      return temporal.millis;
    default:
      return unreachable(temporal);
  }
}

export function unreachable(value: never): never {
  throw new Error(`Unerwarteter Fall: ${JSON.stringify(value)}`);
}
