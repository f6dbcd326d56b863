import { tzOffset } from '@date-fns/tz/tzOffset';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcWallClock } from '../../src/time/calendar.js';
import { offsetMillis } from '../../src/time/offsets.js';
import { PROPERTY_TIMEOUT } from '../property.js';

const ZONES = Intl.supportedValuesOf('timeZone');

describe('cached zone offsets', () => {
  it.each([
    ['1900–2100', Date.UTC(1900, 0, 1)],
    ['1970–2100, where the cache answers', 0],
  ])(
    'agree with Intl for every zone the runtime knows, at random instants %s',
    (_, min) => {
      fc.assert(
        fc.property(fc.constantFrom(...ZONES), fc.integer({ min, max: Date.UTC(2100, 11, 31) }), (timeZone, millis) => {
          expect(offsetMillis(timeZone, millis)).toBe(Math.round(tzOffset(timeZone, new Date(millis)) * 60_000));
        }),
        { numRuns: 20_000 },
      );
      // 20,000 zone-years, most of them new to the cache: each costs ~140 Intl calls.
    },
    PROPERTY_TIMEOUT,
  );

  it('switch exactly at the Berlin and Chicago transitions', () => {
    const cases: [string, string, number][] = [
      ['Europe/Berlin', '2024-03-31T00:59:59Z', 60],
      ['Europe/Berlin', '2024-03-31T01:00:00Z', 120],
      ['Europe/Berlin', '2024-10-27T00:59:59Z', 120],
      ['Europe/Berlin', '2024-10-27T01:00:00Z', 60],
      ['America/Chicago', '2017-03-12T07:59:59Z', -360],
      ['America/Chicago', '2017-03-12T08:00:00Z', -300],
      ['America/Chicago', '2017-11-05T06:59:59Z', -300],
      ['America/Chicago', '2017-11-05T07:00:00Z', -360],
      // Offsets that lasted a week: summer time in Boa Vista was cancelled after seven days.
      ['America/Boa_Vista', '2000-10-08T03:59:59Z', -240],
      ['America/Boa_Vista', '2000-10-08T04:00:00Z', -180],
      ['America/Boa_Vista', '2000-10-15T02:59:59Z', -180],
      ['America/Boa_Vista', '2000-10-15T03:00:00Z', -240],
      // Two changes nine days apart before 1970, which Intl answers directly.
      ['Africa/Tunis', '1943-04-25T00:59:59.999Z', 60],
      ['Africa/Tunis', '1943-04-20T00:00:00Z', 60],
      ['Africa/Tunis', '1943-04-10T00:00:00Z', 120],
    ];
    for (const [timeZone, iso, minutes] of cases) {
      expect(offsetMillis(timeZone, Date.parse(iso)), `${timeZone} ${iso}`).toBe(minutes * 60_000);
    }
  });
});

describe('utcWallClock', () => {
  it(
    'reads the same fields as Date for any instant from year 0 to 9999',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: -62_198_755_200_000, max: 253_402_300_799_999 }), (millis) => {
          const date = new Date(millis);
          expect(utcWallClock(millis)).toEqual({
            year: date.getUTCFullYear(),
            month: date.getUTCMonth() + 1,
            day: date.getUTCDate(),
            hour: date.getUTCHours(),
            minute: date.getUTCMinutes(),
            second: date.getUTCSeconds(),
            millisecond: date.getUTCMilliseconds(),
          });
        }),
        { numRuns: 10_000 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('transitionsBetween', () => {
  it('lists the changes of a zone in a period, also across bucket edges and 1970', async () => {
    const { transitionsBetween } = await import('../../src/time/offsets.js');
    const berlin = transitionsBetween('Europe/Berlin', Date.UTC(2023, 0, 1), Date.UTC(2025, 0, 1));
    expect(berlin.map((t) => [new Date(t.at).toISOString(), t.before / 60_000, t.after / 60_000])).toEqual([
      ['2023-03-26T01:00:00.000Z', 60, 120],
      ['2023-10-29T01:00:00.000Z', 120, 60],
      ['2024-03-31T01:00:00.000Z', 60, 120],
      ['2024-10-27T01:00:00.000Z', 120, 60],
    ]);
    expect(transitionsBetween('Asia/Tokyo', Date.UTC(2000, 0, 1), Date.UTC(2030, 0, 1))).toEqual([]);
    const across = transitionsBetween('Europe/London', Date.UTC(1968, 0, 1), Date.UTC(1972, 11, 31));
    expect(across.map((t) => new Date(t.at).toISOString().slice(0, 10))).toEqual([
      '1968-02-18',
      '1971-10-31',
      '1972-03-19',
      '1972-10-29',
    ]);
    for (let year = 1990; year < 2040; year += 7) {
      const from = Date.UTC(year, 5, 15);
      const to = Date.UTC(year + 3, 1, 3);
      const found = transitionsBetween('America/Chicago', from, to);
      expect(found.length).toBeGreaterThanOrEqual(5);
      for (const t of found) expect(offsetMillis('America/Chicago', t.at - 1000)).toBe(t.before);
    }
  });
});
