// kommunal reads instants in the years 1–9999 (UTC) only, and writes no year outside them.
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateRange,
  formatDateTime,
  formatMonth,
  formatTime,
  formatTimeRange,
  formatTimeZone,
  yearsSince,
} from '../../src/index.js';
import { MAX_INSTANT, MIN_INSTANT } from '../../src/time/calendar.js';
import { instantOf, readTemporal } from '../../src/time/readTemporal.js';
import { issueOf } from '../issues.js';
import { PROPERTY_TIMEOUT } from '../property.js';

const DAY = 86_400_000;
const OUTSIDE = 'liegt nicht in den Jahren 1 bis 9999 (UTC), die kommunal unterstützt.';

describe('instants outside the years 1–9999', () => {
  it('are refused as Dates, naming the value', () => {
    expect(issueOf(() => formatDate(new Date(-8.64e15)))).toEqual({
      path: [],
      code: 'invalid_date',
      message: `„-271821-04-20T00:00:00.000Z“ ${OUTSIDE}`,
    });
    expect(() => formatDate(new Date(8.64e15))).toThrow(`„+275760-09-13T00:00:00.000Z“ ${OUTSIDE}`);
    expect(() => formatDate(new Date(MIN_INSTANT - 1))).toThrow(OUTSIDE);
    expect(() => formatDate(new Date(MAX_INSTANT + 1))).toThrow(OUTSIDE);
    expect(formatDate(new Date(MIN_INSTANT), { timeZone: 'UTC' })).toBe('1. Januar 1');
    expect(formatDate(new Date(MAX_INSTANT), { timeZone: 'UTC' })).toBe('31. Dezember 9999');
  });

  it('are refused as strings with Z or an offset', () => {
    expect(() => readTemporal('0001-01-01T00:30+01:00', 'de')).toThrow(`„0001-01-01T00:30+01:00“ ${OUTSIDE}`);
    expect(() => readTemporal('9999-12-31T23:30-05:00', 'de')).toThrow(`„9999-12-31T23:30-05:00“ ${OUTSIDE}`);
    expect(readTemporal('9999-12-31T23:30:00Z', 'de')).toEqual({
      kind: 'instant',
      millis: Date.UTC(9999, 11, 31, 23, 30),
    });
  });

  it('are refused where a wall clock read in a zone becomes one', () => {
    // Chicago is behind UTC: 23:30 on 31 December 9999 there is already the year 10000 in UTC.
    expect(() => instantOf('9999-12-31T23:30', 'America/Chicago', 'de')).toThrow(
      '„9999-12-31T23:30“ liegt in der Zeitzone „America/Chicago“ nicht in den Jahren 1 bis 9999, die kommunal unterstützt.',
    );
    expect(() => formatTime('0001-01-01T00:30', { timeZone: 'Asia/Tokyo', showTimeZone: true })).toThrow(
      'liegt in der Zeitzone „Asia/Tokyo“ nicht in den Jahren 1 bis 9999',
    );
    expect(formatTime('0001-01-01T12:00', { timeZone: 'Asia/Tokyo', showTimeZone: true })).toMatch(/^12 Uhr /);
  });

  it('are refused where a zone shows an instant in the year 0 or 10000', () => {
    const late = new Date('9999-12-31T23:30:00Z');
    expect(() => formatDate(late, { timeZone: 'Asia/Tokyo' })).toThrow(
      '„9999-12-31T23:30:00.000Z“ liegt in der Zeitzone „Asia/Tokyo“ nicht in den Jahren 1 bis 9999, die kommunal unterstützt.',
    );
    expect(formatDate(late, { timeZone: 'America/Chicago' })).toBe('31. Dezember 9999');
    expect(() => formatDate(new Date(MIN_INSTANT), { timeZone: 'America/Chicago' })).toThrow('Jahren 1 bis 9999');
    expect(() => formatTime(late, { timeZone: 'Asia/Tokyo' })).toThrow('Jahren 1 bis 9999');
    expect(() => formatTime(late, { timeZone: 'Asia/Tokyo', showTimeZone: true })).toThrow('Jahren 1 bis 9999');
    expect(() => formatTimeRange(late, late, { timeZone: 'Asia/Tokyo' })).toThrow('Jahren 1 bis 9999');
  });

  it('are refused by every function that reads a date', () => {
    const far = new Date(-8.64e15);
    for (const run of [
      () => formatDate(far),
      () => formatDateRange(far, '2024-01-01'),
      () => formatDateRange('2024-01-01', far),
      () => formatDateTime(far),
      () => formatMonth(far),
      () => formatTime(far),
      () => formatTime(far, { showTimeZone: true }),
      () => formatTimeRange(far, new Date()),
      () => formatTimeZone(far),
      () => yearsSince(far, '2024'),
      () => yearsSince('1997', far),
    ]) {
      expect(issueOf(run)?.code).toBe('invalid_date');
    }
  });

  it(
    'never lead to a year written with more than four digits or a sign',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.date({ noInvalidDate: true }),
            fc.integer({ min: MIN_INSTANT - 2 * DAY, max: MIN_INSTANT + 2 * DAY }).map((millis) => new Date(millis)),
            fc.integer({ min: MAX_INSTANT - 2 * DAY, max: MAX_INSTANT + 2 * DAY }).map((millis) => new Date(millis)),
          ),
          fc.constantFrom('UTC', 'Europe/Berlin', 'Asia/Tokyo', 'America/Chicago', 'Pacific/Kiritimati'),
          (date, timeZone) => {
            const issue = issueOf(() => {
              const text = formatDateTime(date, { timeZone, dateStyle: 'numeric' });
              expect(text).toMatch(/^\d\d\.\d\d\.\d{1,4}, \d/);
            });
            if (issue !== undefined) expect(issue.code).toBe('invalid_date');
          },
        ),
        { numRuns: 2000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('knows Dates by their internal slot: never runs a Proxy trap, and takes a Date from another realm', () => {
    const fake = Object.create(Date.prototype) as Date;
    expect(issueOf(() => formatDate(fake))).toEqual({
      path: [],
      code: 'invalid_type',
      message:
        'ein Wert vom Typ object ist kein Datum: Erwartet wird ein Date oder ein ISO-8601-Text wie „2024-04-15“.',
    });
    const trap = () => {
      throw new Error('trap');
    };
    const hostile = new Proxy(new Date(), { get: trap, getPrototypeOf: trap, has: trap, ownKeys: trap });
    expect(issueOf(() => formatDate(hostile))?.code).toBe('invalid_type');
    expect(issueOf(() => formatTime(hostile, { showTimeZone: true }))?.code).toBe('invalid_type');
    expect(formatDate(runInNewContext('new Date(Date.UTC(2024, 3, 15, 12))') as Date)).toBe('15. April 2024');
  });
});

describe('reading ISO instants', () => {
  it(
    'gives the instant Date gives, for any instant in the years 1–9999 with any offset and fraction',
    () => {
      const offsets = fc.record({
        sign: fc.constantFrom(-1, 1),
        hours: fc.integer({ min: 0, max: 23 }),
        minutes: fc.integer({ min: 0, max: 59 }),
      });
      fc.assert(
        fc.property(
          fc.integer({ min: MIN_INSTANT + DAY, max: MAX_INSTANT - DAY }),
          offsets,
          fc.integer({ min: 0, max: 3 }),
          (millis, { sign, hours, minutes }, digits) => {
            const offset = sign * (hours * 60 + minutes) * 60_000;
            // The wall clock of `millis` at that offset, written with 0 to 3 digits of fraction.
            const wall = new Date(millis + offset).toISOString().slice(0, 19);
            const fraction =
              digits === 0
                ? ''
                : `.${String(((millis % 1000) + 1000) % 1000)
                    .padStart(3, '0')
                    .slice(0, digits)}`;
            const zone = `${sign < 0 ? '-' : '+'}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
            const expected = Date.parse(`${wall}${fraction}${zone}`);
            expect(readTemporal(`${wall}${fraction}${zone}`, 'de')).toEqual({ kind: 'instant', millis: expected });
          },
        ),
        { numRuns: 3000 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
