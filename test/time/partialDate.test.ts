import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePartialDates, firstDay, lastDay, readPartialDate } from '../../src/time/partialDate.js';
import { PROPERTY_TIMEOUT } from '../property.js';

const read = (value: string) => readPartialDate(value, 'Europe/Berlin');

describe('readPartialDate', () => {
  it('reads a year, a month and a day', () => {
    expect(read('2024')).toEqual({ precision: 'year', year: 2024 });
    expect(read('2024-02')).toEqual({ precision: 'month', year: 2024, month: 2 });
    expect(read('2024-02-15')).toEqual({ precision: 'day', date: { year: 2024, month: 2, day: 15 } });
  });

  it('gives the first and last day of the span', () => {
    expect([firstDay(read('2024')), lastDay(read('2024'))]).toEqual([
      { year: 2024, month: 1, day: 1 },
      { year: 2024, month: 12, day: 31 },
    ]);
    expect(lastDay(read('2024-02'))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(lastDay(read('2023-02'))).toEqual({ year: 2023, month: 2, day: 28 });
  });
});

describe('comparePartialDates', () => {
  it('compares the spans the dates denote', () => {
    expect(comparePartialDates(read('2024-02'), read('2024-04'))).toBe('before');
    expect(comparePartialDates(read('2024-04'), read('2024-02'))).toBe('after');
    expect(comparePartialDates(read('2024'), read('2024-02'))).toBe('nested');
    expect(comparePartialDates(read('2024-02'), read('2024-02-01'))).toBe('nested');
    expect(comparePartialDates(read('2024-02'), read('2024-02'))).toBe('same');
  });

  it(
    'agrees with day numbers: before and after are mirror images, nested and same are symmetric',
    () => {
      const dates = fc.oneof(
        fc.integer({ min: 1, max: 9999 }).map((year) => String(year).padStart(4, '0')),
        fc
          .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }))
          .map(([y, m]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`),
      );
      const mirror = { before: 'after', after: 'before', nested: 'nested', same: 'same' } as const;
      fc.assert(
        fc.property(dates, dates, (a, b) => {
          expect(comparePartialDates(read(b), read(a))).toBe(mirror[comparePartialDates(read(a), read(b))]);
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
