import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatTimeRange, KommunalValidationError } from '../../src/index.js';
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
          if (start !== end) expect(() => formatDateRange(end, start)).toThrow('liegt vor dem Beginn');
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('formatTimeRange', () => {
  it('shares „Uhr“ within a day and writes both dates across days', () => {
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
      'Das Ende (Montag, 15. April 2024, 9 Uhr) liegt vor dem Beginn (Montag, 15. April 2024, 10 Uhr).',
    );
  });
});

describe('formatDateRange in prose', () => {
  it('writes „vom … bis …“ with the word, never the dash (Duden), leaving out what both ends share', () => {
    expect(formatDateRange('2024-04-15', '2024-04-18', { style: 'prose' })).toBe('vom 15. bis 18. April 2024');
    expect(formatDateRange('2024-03-28', '2024-04-02', { style: 'prose' })).toBe('vom 28. März bis 2. April 2024');
    expect(formatDateRange('2024-12-30', '2025-01-02', { style: 'prose' })).toBe(
      'vom 30. Dezember 2024 bis 2. Januar 2025',
    );
  });

  it('writes a one-day range as „am …“', () => {
    expect(formatDateRange('2024-04-15', '2024-04-15', { style: 'prose' })).toBe('am 15. April 2024');
    expect(formatDateRange('2024-04-15T09:00', '2024-04-15T17:00', { style: 'prose' })).toBe('am 15. April 2024');
  });

  it('names the dates without „am“ when the range is reversed', () => {
    expect(() => formatDateRange('2024-04-18', '2024-04-15', { style: 'prose' })).toThrow(
      'Das Ende (15. April 2024) liegt vor dem Beginn (18. April 2024).',
    );
  });

  it(
    'is „vom“, the first day, „bis“ and the date formatDate writes, for any two ordered days',
    () => {
      fc.assert(
        fc.property(isoDates(), isoDates(), (a, b) => {
          const [start, end] = a <= b ? [a, b] : [b, a];
          const prose = formatDateRange(start, end, { style: 'prose' });
          if (start === end) {
            expect(prose).toBe(formatDate(start, { style: 'prose' }));
          } else {
            expect(prose).toMatch(/^vom \d{1,2}\.( [A-Za-zä]+( \d{4})?)? bis /);
            expect(prose.endsWith(` bis ${formatDate(end)}`)).toBe(true);
            expect(prose).not.toContain('–');
          }
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('T24:00, the end of a day', () => {
  it('ends a range of days on the day it names', () => {
    expect(formatDateRange('2024-04-15T09:00', '2024-04-18T24:00')).toBe('15.–18. April 2024');
    expect(formatDateRange('2024-04-15T09:00', '2024-04-15T24:00:00', { style: 'prose' })).toBe('am 15. April 2024');
  });

  it('begins no range: the message names the same instant as a start', () => {
    const issue = {
      path: [],
      code: 'invalid_time' as const,
      message:
        '„2024-04-15T24:00“ ist das Ende eines Tages (24 Uhr) und kann keinen Zeitraum beginnen: Als Beginn heißt derselbe Zeitpunkt „2024-04-16T00:00“.',
    };
    expect(() => formatTimeRange('2024-04-15T24:00', '2024-04-16T02:00')).toThrow(new KommunalValidationError([issue]));
    expect(() => formatDateRange('2024-04-15T24:00', '2024-04-18')).toThrow(new KommunalValidationError([issue]));
  });
});

describe('formatTimeRange, one precision and 24 Uhr', () => {
  it('writes both ends with minutes where one has them', () => {
    expect(formatTimeRange('2024-04-15T09:30', '2024-04-15T11:00')).toBe('9:30–11:00 Uhr');
    expect(formatTimeRange('2024-04-15T09:00', '2024-04-15T10:15')).toBe('9:00–10:15 Uhr');
    expect(formatTimeRange('2024-04-15T09:00', '2024-04-15T11:00')).toBe('9–11 Uhr');
    expect(formatTimeRange('2024-04-15T22:30', '2024-04-16T02:00')).toBe(
      'Montag, 15. April 2024, 22:30 Uhr – Dienstag, 16. April 2024, 2:00 Uhr',
    );
  });

  it('writes the press-office form „9.30 Uhr“ when asked', () => {
    expect(formatTimeRange('2024-04-15T09:30', '2024-04-15T11:00', { timeSeparator: '.' })).toBe('9.30–11.00 Uhr');
    expect(formatTimeRange('2024-04-15T09:00', '2024-04-15T11:00', { timeSeparator: '.' })).toBe('9–11 Uhr');
    expect(formatTimeRange('2024-04-15T09:30', '2024-04-15T11:00', { style: 'numeric', timeSeparator: '.' })).toBe(
      '09.30–11.00 Uhr',
    );
  });

  it('writes a range of no length as one time', () => {
    expect(formatTimeRange('2024-04-15T09:00', '2024-04-15T09:00')).toBe('9 Uhr');
    expect(formatTimeRange('2024-04-15T09:30', '2024-04-15T07:30:00Z', { showTimeZone: true })).toBe('9:30 Uhr MESZ');
    expect(formatTimeRange('2024-04-15T09:00:10', '2024-04-15T09:00:50')).toBe('9 Uhr');
  });

  it('writes an end at midnight as 24 Uhr of the day it ends, given as T24:00 or as the next 00:00', () => {
    expect(formatTimeRange('2024-04-15T22:00', '2024-04-16T00:00')).toBe('22–24 Uhr');
    expect(formatTimeRange('2024-04-15T22:00', '2024-04-15T24:00')).toBe('22–24 Uhr');
    expect(formatTimeRange('2024-04-15T22:00', '2024-04-15T24:00:00')).toBe('22–24 Uhr');
    expect(formatTimeRange('2024-04-15T22:30', '2024-04-15T24:00')).toBe('22:30–24:00 Uhr');
    expect(formatTimeRange('2024-04-15T22:00', '2024-04-15T24:00', { style: 'numeric' })).toBe('22:00–24:00 Uhr');
    expect(formatTimeRange('2024-04-15T00:00', '2024-04-15T24:00')).toBe('0–24 Uhr');
    expect(formatTimeRange(new Date('2024-04-15T20:00:00Z'), new Date('2024-04-15T22:00:00Z'))).toBe('22–24 Uhr');
    expect(formatTimeRange('2024-04-15T22:00', '2024-04-15T24:00', { showTimeZone: true })).toBe('22–24 Uhr MESZ');
    expect(formatTimeRange('2024-04-14T22:00', '2024-04-15T24:00')).toBe(
      'Sonntag, 14. April 2024, 22 Uhr – Montag, 15. April 2024, 24 Uhr',
    );
  });

  it(
    'writes both ends of a range within a day with or without minutes, never mixed',
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 24 * 60 }),
          fc.integer({ min: 0, max: 24 * 60 }),
          fc.constantFrom<':' | '.'>(':', '.'),
          (a, b, timeSeparator) => {
            const [first, last] = a <= b ? [a, b] : [b, a];
            const clock = (minutes: number) =>
              minutes === 24 * 60
                ? '2024-04-15T24:00'
                : `2024-04-15T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
            // T24:00 begins nothing; the same instant as a start is the next day's 00:00.
            const start = first === 24 * 60 ? '2024-04-16T00:00' : clock(first);
            const range = formatTimeRange(start, clock(last), { timeSeparator });
            const match = /^(\d{1,2})([:.]\d\d)?(?:–(\d{1,2})([:.]\d\d)?)? Uhr$/.exec(range);
            expect(match).not.toBeNull();
            if (first === last) {
              expect(match?.[3]).toBeUndefined();
            } else {
              expect(match?.[2] === undefined).toBe(match?.[4] === undefined);
              expect(match?.[2] === undefined).toBe(first % 60 === 0 && last % 60 === 0);
              expect(Number(match?.[3])).toBe(Math.floor(last / 60));
            }
            if (match?.[2] !== undefined) expect(match[2].startsWith(timeSeparator)).toBe(true);
          },
        ),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
