// Dates known to the year or the month, as texts give them (issue 14): how formatDate and
// formatDateRange write them, and that the functions which need a day keep refusing them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateRange,
  formatDateTime,
  formatMonth,
  formatTime,
  formatTimeRange,
  isPublicHoliday,
  yearsSince,
} from '../../src/index.js';
import { PROPERTY_TIMEOUT } from '../property.js';

describe('formatDate with a month or a year', () => {
  it('writes a month with its year and a year alone', () => {
    expect(formatDate('2024-02')).toBe('Februar 2024');
    expect(formatDate('2024')).toBe('2024');
    expect(formatDate('0001-01')).toBe('Januar 1');
    expect(formatDate('9999')).toBe('9999');
  });

  it('writes each style: numeric months as 02/2024, no weekday in full, prepositions in prose', () => {
    expect(formatDate('2024-02', { style: 'long' })).toBe('Februar 2024');
    expect(formatDate('2024-02', { style: 'numeric' })).toBe('02/2024');
    expect(formatDate('2024-02', { style: 'full' })).toBe('Februar 2024');
    expect(formatDate('2024-02', { style: 'prose' })).toBe('im Februar 2024');
    expect(formatDate('2024', { style: 'numeric' })).toBe('2024');
    expect(formatDate('2024', { style: 'full' })).toBe('2024');
    expect(formatDate('2024', { style: 'prose' })).toBe('im Jahr 2024');
  });

  it('needs no time zone for a month or a year, but still checks the option', () => {
    expect(formatDate('2024-02', { timeZone: 'Pacific/Kiritimati' })).toBe('Februar 2024');
    expect(formatDate('2024', { timeZone: 'America/Adak' })).toBe('2024');
    expect(() => formatDate('2024-02', { timeZone: 'Mars/Olympus' })).toThrow('ist keine bekannte IANA-Zeitzone');
  });

  it('refuses months and years that do not exist, naming the value', () => {
    expect(() => formatDate('2024-13')).toThrow('„2024-13“ ist kein gültiger Monat: Es gibt keinen Monat 13.');
    expect(() => formatDate('2024-00')).toThrow('„2024-00“ ist kein gültiger Monat: Es gibt keinen Monat 0.');
    expect(() => formatDate('0000')).toThrow('„0000“ ist kein gültiges Jahr: Das Jahr muss mindestens 1 sein.');
    expect(() => formatDate('0000-02')).toThrow('„0000-02“ ist kein gültiger Monat: Das Jahr muss mindestens 1 sein.');
  });

  it('names years and months in the message for a text that looks like one', () => {
    const expected =
      'ist kein Datum: Erwartet wird ein Jahr wie „2024“, ein Monat wie „2024-02“ oder ein ISO-8601-Datum wie „2024-02-15“.';
    for (const text of ['2024-2', '24', '20245', '-2024', '2024-002']) {
      expect(() => formatDate(text)).toThrow(`„${text}“ ${expected}`);
    }
    // Any other text keeps the message about ISO 8601 dates and times.
    expect(() => formatDate('15.04.2024')).toThrow('„15.04.2024“ ist kein ISO-8601-Datum');
    expect(() => formatDate('Februar 2024')).toThrow('„Februar 2024“ ist kein ISO-8601-Datum');
  });
});

describe('formatDateRange with months and years', () => {
  it('writes the ranges of the issue', () => {
    expect(formatDateRange('2024-02', '2024-04')).toBe('Februar – April 2024');
    expect(formatDateRange('2023-11', '2024-02')).toBe('November 2023 – Februar 2024');
    expect(formatDateRange('2014', '2016')).toBe('2014–2016');
    expect(formatDateRange('2024-02', '2024-04', { style: 'prose' })).toBe('von Februar bis April 2024');
    expect(formatDateRange('2014', '2016', { style: 'prose' })).toBe('von 2014 bis 2016');
  });

  it('writes each style', () => {
    expect(formatDateRange('2024-02', '2024-04', { style: 'numeric' })).toBe('02/2024–04/2024');
    expect(formatDateRange('2024-02', '2024-04', { style: 'full' })).toBe('Februar – April 2024');
    expect(formatDateRange('2023-11', '2024-02', { style: 'numeric' })).toBe('11/2023–02/2024');
    expect(formatDateRange('2023-11', '2024-02', { style: 'prose' })).toBe('von November 2023 bis Februar 2024');
    expect(formatDateRange('2014', '2016', { style: 'numeric' })).toBe('2014–2016');
    expect(formatDateRange('2014', '2016', { style: 'full' })).toBe('2014–2016');
  });

  it('writes the same month or year once, as a single date', () => {
    expect(formatDateRange('2024-02', '2024-02')).toBe('Februar 2024');
    expect(formatDateRange('2024-02', '2024-02', { style: 'prose' })).toBe('im Februar 2024');
    expect(formatDateRange('2024', '2024')).toBe('2024');
    expect(formatDateRange('2024', '2024', { style: 'prose' })).toBe('im Jahr 2024');
  });

  it('keeps the precision of each end, and the shared year once', () => {
    expect(formatDateRange('2024-02', '2024-04-15')).toBe('Februar – 15. April 2024');
    expect(formatDateRange('2024-02', '2024-04-15', { style: 'prose' })).toBe('von Februar bis 15. April 2024');
    expect(formatDateRange('2024-02', '2024-04-15', { style: 'numeric' })).toBe('02/2024–15.04.2024');
    expect(formatDateRange('2024-02', '2024-04-15', { style: 'full' })).toBe('Februar – Montag, 15. April 2024');
    expect(formatDateRange('2024-02-10', '2024-04')).toBe('10. Februar – April 2024');
    expect(formatDateRange('2024-02-10', '2024-04', { style: 'prose' })).toBe('vom 10. Februar bis April 2024');
    expect(formatDateRange('2014', '2016-03')).toBe('2014 – März 2016');
    expect(formatDateRange('2014-03', '2016')).toBe('März 2014 – 2016');
    expect(formatDateRange('2014', '2016-03-01', { style: 'prose' })).toBe('von 2014 bis 1. März 2016');
    // A year alone cannot leave its number to the end: the same year would be nested.
    expect(formatDateRange('2023', '2024-02')).toBe('2023 – Februar 2024');
  });

  it('reads an end at 24:00 as its day, and instants on the calendar of the zone', () => {
    expect(formatDateRange('2024-02', '2024-04-15T24:00')).toBe('Februar – 15. April 2024');
    expect(formatDateRange('2024-02', new Date('2024-02-29T23:30:00Z'))).toBe('Februar – 1. März 2024');
    // In UTC the same instant is still 29 February, within the month of the start.
    expect(() => formatDateRange('2024-02', new Date('2024-02-29T23:30:00Z'), { timeZone: 'UTC' })).toThrow(
      'ergeben keinen Zeitraum',
    );
  });

  it('refuses an end before the start, and ends of which one lies within the other', () => {
    expect(() => formatDateRange('2024-04', '2024-02')).toThrow(
      'Das Ende (Februar 2024) liegt vor dem Beginn (April 2024).',
    );
    expect(() => formatDateRange('2016', '2014', { style: 'prose' })).toThrow(
      'Das Ende (2014) liegt vor dem Beginn (2016).',
    );
    expect(() => formatDateRange('2024-04', '2024-02', { style: 'numeric' })).toThrow(
      'Das Ende (02/2024) liegt vor dem Beginn (04/2024).',
    );
    expect(() => formatDateRange('2024', '2024-02')).toThrow(
      'Beginn (2024) und Ende (Februar 2024) ergeben keinen Zeitraum: Das eine liegt im anderen.',
    );
    expect(() => formatDateRange('2024-02', '2024-02-29')).toThrow(
      'Beginn (Februar 2024) und Ende (29. Februar 2024) ergeben keinen Zeitraum: Das eine liegt im anderen.',
    );
    expect(() => formatDateRange('2024-02-01', '2024')).toThrow('ergeben keinen Zeitraum');
    expect(() => formatDateRange('2024-13', '2025')).toThrow('„2024-13“ ist kein gültiger Monat');
  });
});

describe('formatMonth and yearsSince', () => {
  it('read years and months as formatDate does, with the same messages', () => {
    expect(formatMonth('2024-02')).toBe('Februar 2024');
    expect(yearsSince('1997', '2024-02')).toBe(27);
    expect(() => formatMonth('2024-13')).toThrow('„2024-13“ ist kein gültiger Monat: Es gibt keinen Monat 13.');
    expect(() => yearsSince('1997-13', '2017')).toThrow('„1997-13“ ist kein gültiger Monat: Es gibt keinen Monat 13.');
    expect(() => yearsSince('0000', '2017')).toThrow('„0000“ ist kein gültiges Jahr: Das Jahr muss mindestens 1 sein.');
    // A year names no month: formatMonth refuses it as before.
    expect(() => formatMonth('2024')).toThrow('„2024“ ist kein ISO-8601-Datum');
  });
});

describe('functions that need a day', () => {
  it('keep refusing a month or a year with the message they gave before', () => {
    const notIso = (value: string) =>
      `„${value}“ ist kein ISO-8601-Datum: Erwartet wird „JJJJ-MM-TT“, Datum und Uhrzeit wie „2024-04-15T09:30“ oder ein Zeitpunkt mit „Z“ bzw. Offset.`;
    for (const value of ['2024-02', '2024']) {
      expect(() => formatTime(value)).toThrow(notIso(value));
      expect(() => formatDateTime(value)).toThrow(notIso(value));
      expect(() => formatTimeRange(value, '2024-04-15T10:00')).toThrow(notIso(value));
      expect(() => isPublicHoliday(value, 'DE-HE')).toThrow();
    }
  });
});

/** A year, a month or a day from 1900 to 2100, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
function partialDates(): fc.Arbitrary<string> {
  const year = fc.integer({ min: 1900, max: 2100 });
  const month = fc.integer({ min: 1, max: 12 });
  const pad = (n: number) => String(n).padStart(2, '0');
  return fc.oneof(
    year.map(String),
    fc.tuple(year, month).map(([y, m]) => `${y}-${pad(m)}`),
    fc.tuple(year, month, fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
  );
}

/** The first and the last day a partial date denotes, as ISO dates that sort as text. */
function span(value: string): [string, string] {
  const [y, m, d] = value.split('-');
  if (m === undefined) return [`${y}-01-01`, `${y}-12-31`];
  if (d !== undefined) return [value, value];
  const days = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  return [`${y}-${m}-01`, `${y}-${m}-${days}`];
}

describe('formatDateRange of partial dates, for all inputs', () => {
  it(
    'never throws for two ends in order, and names the year of a month range within one year once',
    () => {
      fc.assert(
        fc.property(partialDates(), partialDates(), (a, b) => {
          const [firstA, lastA] = span(a);
          const [firstB, lastB] = span(b);
          // In order: the spans are the same, or one begins and ends before the other.
          const ordered = (firstA < firstB && lastA < lastB) || (firstA === firstB && lastA === lastB);
          const backwards = firstB < firstA && lastB < lastA;
          if (!ordered && !backwards) {
            expect(() => formatDateRange(a, b)).toThrow('ergeben keinen Zeitraum');
            return;
          }
          const [start, end] = ordered ? [a, b] : [b, a];
          for (const style of ['long', 'numeric', 'full', 'prose'] as const) {
            const range = formatDateRange(start, end, { style });
            expect(range).toContain(end.slice(0, 4));
          }
          if (start.length === 7 && end.length === 7 && start.slice(0, 4) === end.slice(0, 4)) {
            const range = formatDateRange(start, end);
            expect(range.split(start.slice(0, 4)).length - 1).toBe(1);
            expect(range.endsWith(formatDate(end))).toBe(true);
          }
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
