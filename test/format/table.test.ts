// The table of issue #3, row by row: what a press office expects to read.
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateRange,
  formatDateTime,
  formatDayCount,
  formatOrdinal,
  formatTime,
  formatTimeRange,
  KommunalValidationError,
  parseGermanDate,
  yearsSince,
} from '../../src/index.js';

describe('German date formatting, as specified', () => {
  it.each([
    [() => formatDate('2024-04-15'), '15. April 2024'],
    [() => formatDate('2024-04-15', { style: 'numeric' }), '15.04.2024'],
    [() => formatDate('2024-04-15', { style: 'full' }), 'Montag, 15. April 2024'],
    [() => formatTime(new Date('2024-04-15T07:00:00Z')), '9 Uhr'],
    [() => formatTime(new Date('2024-04-15T07:30:00Z')), '9:30 Uhr'],
    [() => formatDateTime(new Date('2024-04-15T07:00:00Z')), 'Montag, 15. April 2024, 9 Uhr'],
    [() => formatDateRange('2024-04-15', '2024-04-18'), '15.–18. April 2024'],
    [() => formatDateRange('2024-03-28', '2024-04-02'), '28. März – 2. April 2024'],
    [() => formatDateRange('2024-12-30', '2025-01-02'), '30. Dezember 2024 – 2. Januar 2025'],
    [() => formatDateRange('2024-04-15', '2024-04-18', { style: 'numeric' }), '15.–18.04.2024'],
    [() => formatTimeRange(new Date('2024-04-15T07:00:00Z'), new Date('2024-04-15T08:00:00Z')), '9–10 Uhr'],
    // Issue #3 had „9:30–11 Uhr“; issue #13 asks for one precision per range.
    [() => formatTimeRange(new Date('2024-04-15T07:30:00Z'), new Date('2024-04-15T09:00:00Z')), '9:30–11:00 Uhr'],
    [() => formatTime(new Date('2017-06-13T15:00:00Z'), { timeZone: 'America/Chicago' }), '10 Uhr'],
    [() => parseGermanDate('15.04.2024'), '2024-04-15'],
    [() => parseGermanDate('Montag, den 15. April 2024'), '2024-04-15'],
    [() => formatDayCount(2), 'zweitägig'],
    [() => formatDayCount(4), 'viertägig'],
    [() => formatOrdinal(9), '9.'],
    [() => yearsSince('1997', '2017-06-13'), 20],
  ])('row %#', (call, expected) => {
    expect(call()).toBe(expected);
  });

  it('refuses a range that ends before it begins, naming both dates', () => {
    expect(() => formatDateRange('2024-04-18', '2024-04-15')).toThrow(
      new KommunalValidationError([
        {
          path: [],
          code: 'invalid_range',
          message: 'Das Ende (15. April 2024) liegt vor dem Beginn (18. April 2024).',
        },
      ]),
    );
  });

  it('refuses a wrong weekday and a day that does not exist', () => {
    expect(() => parseGermanDate('Dienstag, 15. April 2024')).toThrow(
      '„Dienstag, 15. April 2024“ ist widersprüchlich: Der 15. April 2024 ist ein Montag, kein Dienstag.',
    );
    expect(() => parseGermanDate('30.02.2024')).toThrow(
      '„30.02.2024“ ist kein gültiges Datum: Der Februar 2024 hat 29 Tage.',
    );
  });

  it('writes 1 to 12 days as words and larger counts in digits', () => {
    expect(Array.from({ length: 13 }, (_, index) => formatDayCount(index + 1))).toEqual([
      'eintägig',
      'zweitägig',
      'dreitägig',
      'viertägig',
      'fünftägig',
      'sechstägig',
      'siebentägig',
      'achttägig',
      'neuntägig',
      'zehntägig',
      'elftägig',
      'zwölftägig',
      '13-tägig',
    ]);
  });
});
