import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil } from '../../src/time/calendar.js';
import { PROPERTY_TIMEOUT } from '../property.js';

const DAY = 86_400_000;

describe('civilFromDays', () => {
  it('dates days counted from 1970-01-01', () => {
    expect(civilFromDays(0)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(civilFromDays(19_950)).toEqual({ year: 2024, month: 8, day: 15 });
    expect(civilFromDays(-719_162)).toEqual({ year: 1, month: 1, day: 1 });
  });

  it(
    'is the inverse of daysFromCivil and agrees with Date',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (days) => {
          const date = new Date(days * DAY);
          const civil = civilFromDays(days);
          expect(civil).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
          expect(daysFromCivil(civil)).toBe(days);
        }),
        { numRuns: 10_000 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
