import { describe, expect, it } from 'vitest';
import { formatDayCount, formatOrdinal, yearsSince } from '../../src/index.js';

describe('formatDayCount and formatOrdinal', () => {
  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 36_526, 1e21])('refuses %s days', (days) => {
    expect(() => formatDayCount(days)).toThrow(
      `${String(days).replace('.', ',')} ist keine Anzahl von Tagen: Erwartet wird eine ganze Zahl von 1 bis 36\u202f525 (hundert Jahre).`,
    );
  });

  it('writes day counts up to a hundred years in digits', () => {
    expect(formatDayCount(36_525)).toBe('36\u202f525-tägig');
  });

  it('writes ordinals in digits and refuses other numbers', () => {
    expect(formatOrdinal(0)).toBe('0.');
    expect(formatOrdinal(150)).toBe('150.');
    expect(() => formatOrdinal(-1)).toThrow('-1 ist keine Ordnungszahl');
    expect(() => formatOrdinal(2.5)).toThrow('2,5 ist keine Ordnungszahl');
    expect(formatOrdinal(1_000_000)).toBe('1\u202f000\u202f000.');
    expect(() => formatOrdinal(1e21)).toThrow(
      '1e+21 ist keine Ordnungszahl: Erwartet wird eine ganze Zahl von 0 bis 1\u202f000\u202f000.',
    );
  });
});

describe('yearsSince', () => {
  it('counts completed years at the precision both ends share', () => {
    expect(yearsSince('1997', '2017')).toBe(20);
    expect(yearsSince('1997-07', '2017-06-13')).toBe(19);
    expect(yearsSince('1997-06', '2017-06-13')).toBe(20);
    expect(yearsSince('1997-06-14', '2017-06-13')).toBe(19);
    expect(yearsSince('1997-06-13', '2017-06-13')).toBe(20);
    expect(yearsSince('2014-03-01', new Date('2017-01-17T12:00:00Z'))).toBe(2);
    expect(yearsSince('2014-03-01', '2014-03-01')).toBe(0);
  });

  it('refuses a reference day before the beginning, and invalid years', () => {
    expect(() => yearsSince('2020', '2017-06-13')).toThrow('Der Stichtag „2017-06-13“ liegt vor dem Beginn „2020“.');
    expect(() => yearsSince('1997-13', '2017')).toThrow('Es gibt keinen Monat 13');
    expect(() => yearsSince('seit 1997', '2017')).toThrow('ist kein ISO-8601-Datum');
  });
});
