// The time module's errors in the language a caller asks for: German by default (the formatting
// functions take no locale), English where a function with a `locale` option passes it on.
import { describe, expect, it } from 'vitest';
import { readTimeZone } from '../../src/format/options.js';
import { assertTimeZone } from '../../src/time/canonicalTimeZone.js';
import { instantOf, readTemporal, wallClockOf } from '../../src/time/readTemporal.js';
import { issueOf } from '../issues.js';

describe('errors about dates and times', () => {
  it.each([
    [
      '20240415',
      '"20240415" is not an ISO 8601 date: expected "YYYY-MM-DD", "YYYY-MM-DDTHH:mm" or an instant with "Z" or an offset.',
    ],
    ['2024-02-30', '"2024-02-30" is not a valid date: February 2024 has 29 days.'],
    ['2024-13-01', '"2024-13-01" is not a valid date: there is no month 13.'],
    ['2024-04-15T24:00', '"2024-04-15T24:00" holds no valid time of day (00:00 to 23:59).'],
    ['2024-04-15T10:00+25:00', '"2024-04-15T10:00+25:00" has no valid UTC offset.'],
    [42, '42 is not a date: expected a Date or an ISO 8601 string like "2024-04-15".'],
    [new Date(Number.NaN), 'An invalid Date object ("Invalid Date") is not an instant.'],
  ])('are in English when asked: %s', (value, message) => {
    expect(issueOf(() => readTemporal(value, 'en'))?.message).toBe(message);
    expect(issueOf(() => readTemporal(value, 'de'))?.message).not.toBe(message);
  });

  it('name a day without time, a gap at a change of clocks and a year beyond 9999 in English', () => {
    expect(issueOf(() => wallClockOf('2024-04-15', 'Europe/Berlin', 'en'))?.message).toBe(
      '"2024-04-15" is a calendar date without a time of day.',
    );
    expect(issueOf(() => instantOf('2024-04-15', 'Europe/Berlin', 'en'))?.message).toBe(
      '"2024-04-15" is a calendar date without a time of day, and so not an instant.',
    );
    expect(issueOf(() => instantOf('2024-03-31T02:30', 'Europe/Berlin', 'en'))).toEqual({
      path: [],
      code: 'nonexistent_time',
      message:
        '"2024-03-31T02:30" does not exist in the time zone "Europe/Berlin": the clocks skip it for daylight saving time.',
    });
    expect(issueOf(() => wallClockOf('9999-12-31T23:30:00Z', 'Europe/Berlin', 'en'))?.message).toBe(
      '"9999-12-31T23:30:00Z" does not lie in the years 1 to 9999 (the years kommunal supports) in the time zone "Europe/Berlin".',
    );
  });

  it('stay German by default', () => {
    expect(issueOf(() => readTemporal('2024-02-30', 'de'))?.message).toBe(
      '„2024-02-30“ ist kein gültiges Datum: Der Februar 2024 hat 29 Tage.',
    );
  });
});

describe('errors about time zones', () => {
  it('are in the language asked for', () => {
    expect(issueOf(() => assertTimeZone('Mars/Base', 'en'))).toEqual({
      path: [],
      code: 'invalid_time_zone',
      message: '"Mars/Base" is not a known IANA time zone (e.g. "Europe/Berlin").',
    });
    expect(issueOf(() => assertTimeZone('Mars/Base', 'de'))?.message).toBe(
      '„Mars/Base“ ist keine bekannte IANA-Zeitzone (z. B. „Europe/Berlin“).',
    );
  });

  it('are in the language asked for when read from options, a wrong type included', () => {
    expect(issueOf(() => readTimeZone('detectConflicts', { timeZone: 'Mars/Base' }, 'en'))?.message).toBe(
      '"Mars/Base" is not a known IANA time zone (e.g. "Europe/Berlin").',
    );
    expect(issueOf(() => readTimeZone('detectConflicts', { timeZone: 42 }, 'en'))).toEqual({
      path: [],
      code: 'invalid_option',
      message:
        'The option "timeZone" of detectConflicts must be the name of an IANA time zone such as "Europe/Berlin", not 42.',
    });
    expect(readTimeZone('detectConflicts', { timeZone: 'europe/berlin' }, 'en')).toBe('Europe/Berlin');
  });
});
