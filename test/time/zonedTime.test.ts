import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidTimeZone } from '../../src/index.js';
import { instantAt, wallClockAt } from '../../src/time/zonedTime.js';
import { PROPERTY_TIMEOUT } from '../property.js';

const ZONES = ['Europe/Berlin', 'America/Chicago', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Asia/Kathmandu'];

describe('wall clocks and instants', () => {
  it(
    'finds an instant for every wall clock a zone shows, the earliest when it shows it twice',
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }),
          fc.constantFrom(...ZONES),
          (millis, timeZone) => {
            const clock = wallClockAt(millis, timeZone);
            const found = instantAt(clock, timeZone);
            expect(found).toBeDefined();
            expect(found).toBeLessThanOrEqual(millis);
            expect(wallClockAt(found ?? Number.NaN, timeZone)).toEqual(clock);
          },
        ),
        { numRuns: 3000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('finds no instant in the spring gap', () => {
    const clock = { year: 2024, month: 3, day: 31, hour: 2, minute: 30, second: 0, millisecond: 0 };
    expect(instantAt(clock, 'Europe/Berlin')).toBeUndefined();
    expect(instantAt({ ...clock, hour: 3, minute: 0 }, 'Europe/Berlin')).toBe(Date.UTC(2024, 2, 31, 1));
    expect(instantAt({ ...clock, month: 10, day: 27 }, 'Europe/Berlin')).toBe(Date.UTC(2024, 9, 27, 0, 30));
  });

  it('knows IANA names and nothing else', () => {
    expect(isValidTimeZone('America/Chicago')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Europe/Wiesbaden')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(42 as never)).toBe(false);
  });
});
