import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatTimeRange } from '../../src/index.js';
import { isoDates } from '../arbitraries.js';
import { PROPERTY_TIMEOUT } from '../property.js';

describe('formatDateRange', () => {
  it('writes each style for a range within a month, within a year and across years', () => {
    const cases: [string, string, string, string, string][] = [
      [
        '2024-04-15',
        '2024-04-18',
        '15.–18.04.2024',
        '15.–18. April 2024',
        'Montag, 15. April – Donnerstag, 18. April 2024',
      ],
      [
        '2024-03-28',
        '2024-04-02',
        '28.03.–02.04.2024',
        '28. März – 2. April 2024',
        'Donnerstag, 28. März – Dienstag, 2. April 2024',
      ],
      [
        '2024-12-30',
        '2025-01-02',
        '30.12.2024–02.01.2025',
        '30. Dezember 2024 – 2. Januar 2025',
        'Montag, 30. Dezember 2024 – Donnerstag, 2. Januar 2025',
      ],
    ];
    for (const [start, end, numeric, long, full] of cases) {
      expect(formatDateRange(start, end, { style: 'numeric' })).toBe(numeric);
      expect(formatDateRange(start, end)).toBe(long);
      expect(formatDateRange(start, end, { style: 'full' })).toBe(full);
    }
  });

  it('writes a one-day range as a single date', () => {
    expect(formatDateRange('2024-05-30', '2024-05-30')).toBe('30. Mai 2024');
    expect(formatDateRange('2024-05-30T09:00', '2024-05-30T17:00', { style: 'numeric' })).toBe('30.05.2024');
  });

  it('places instants on the calendar of the zone before comparing', () => {
    const start = new Date('2024-04-14T22:30:00Z');
    expect(formatDateRange(start, '2024-04-18')).toBe('15.–18. April 2024');
    expect(formatDateRange(start, '2024-04-18', { timeZone: 'UTC' })).toBe('14.–18. April 2024');
  });

  it(
    'ends with the last day and never throws for ordered dates',
    () => {
      fc.assert(
        fc.property(isoDates(), isoDates(), (a, b) => {
          const [start, end] = a <= b ? [a, b] : [b, a];
          const range = formatDateRange(start, end);
          expect(range.endsWith(formatDate(end))).toBe(true);
          if (start !== end) expect(() => formatDateRange(end, start)).toThrow('endet vor seinem Beginn');
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('formatTimeRange', () => {
  it('shares „Uhr“ within a day and writes both dates across days', () => {
    expect(formatTimeRange('2024-04-15T09:00', '2024-04-15T09:00')).toBe('9–9 Uhr');
    expect(formatTimeRange('2024-04-15T09:30', '2024-04-15T10:45', { showTimeZone: true })).toBe('9:30–10:45 Uhr MESZ');
    expect(formatTimeRange('2024-04-15T22:00', '2024-04-16T01:00', { style: 'numeric' })).toBe(
      'Montag, 15. April 2024, 22:00 Uhr – Dienstag, 16. April 2024, 01:00 Uhr',
    );
  });

  it('names each zone when the clock changes in between', () => {
    expect(formatTimeRange('2024-10-27T01:30', '2024-10-27T03:30', { showTimeZone: true })).toBe(
      '1:30 Uhr MESZ – 3:30 Uhr MEZ',
    );
  });

  it('refuses an end before the start', () => {
    expect(() => formatTimeRange('2024-04-15T10:00', '2024-04-15T09:00')).toThrow(
      'Der Zeitraum endet vor seinem Beginn: Montag, 15. April 2024, 9 Uhr liegt vor Montag, 15. April 2024, 10 Uhr.',
    );
  });
});
