import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DateStyle, formatDate, KommunalValidationError, parseGermanDate } from '../../src/index.js';
import { isoDates } from '../arbitraries.js';
import { PROPERTY_TIMEOUT } from '../property.js';

describe('parseGermanDate', () => {
  it(
    'reads back every date 1900–2100 in every style formatDate writes',
    () => {
      fc.assert(
        fc.property(isoDates(), fc.constantFrom<DateStyle>('numeric', 'long', 'full'), (date, style) => {
          expect(parseGermanDate(formatDate(date, { style }))).toBe(date);
        }),
        { numRuns: 5000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it.each([
    ['15.4.2024', '2024-04-15'],
    ['1. 3. 2024', '2024-03-01'],
    ['Mo., 15.04.2024', '2024-04-15'],
    ['Mo, 15.04.2024', '2024-04-15'],
    ['montag, den 15. april 2024', '2024-04-15'],
    ['  15.  April   2024 ', '2024-04-15'],
    ['15. Apr. 2024', '2024-04-15'],
    ['3. Jänner 2025', '2025-01-03'],
    ['28. Feber 2025', '2025-02-28'],
    ['1. Sept. 2024', '2024-09-01'],
    ['den 1. Mai 2024', '2024-05-01'],
    ['29.02.2000', '2000-02-29'],
  ])('reads %s', (text, iso) => {
    expect(parseGermanDate(text)).toBe(iso);
  });

  it.each([
    ['2024-04-15', 'ist kein deutsches Datum'],
    ['15.04.24', '„15.04.24“ ist mehrdeutig'],
    ['15.04.024', 'ist kein deutsches Datum'],
    ['15. Apfel 2024', 'ist kein deutsches Datum'],
    ['Blautag, 15. April 2024', '„Blautag“ ist kein Wochentag'],
    ['29.02.1900', 'Der Februar 1900 hat 28 Tage'],
    ['00.01.2024', 'Der Januar 2024 hat 31 Tage'],
    ['15.00.2024', 'Es gibt keinen Monat 0'],
    ['', 'ist kein deutsches Datum'],
  ])('refuses %s', (text, message) => {
    expect(() => parseGermanDate(text)).toThrow(message);
  });

  it('refuses what is not text', () => {
    expect(() => parseGermanDate(15042024 as never)).toThrow('15042024 ist kein Text');
  });

  it('keeps refusing a weekday that contradicts a full date, with or without near', () => {
    const message = '„Dienstag, 15. April 2024“ ist widersprüchlich: Der 15. April 2024 ist ein Montag, kein Dienstag.';
    expect(() => parseGermanDate('Dienstag, 15. April 2024')).toThrow(message);
    expect(() => parseGermanDate('Dienstag, 15. April 2024', { near: '2024-01-01' })).toThrow(message);
  });
});

describe('parseGermanDate without a year', () => {
  it.each([
    ['Montag, den 15. April', '2024-01-01', '2024-04-15'],
    ['Am Montag, den 15. April', '2024-01-01', '2024-04-15'],
    ['Montag, 15. April', '2024-04-30', '2024-04-15'],
    ['1. Mai', '2024-01-01', '2024-05-01'],
    ['am 1. Mai', '2024-04-02', '2024-05-01'],
    ['Am 15. April 2024', '2030-01-01', '2024-04-15'],
    ['15.04.', '2024-01-01', '2024-04-15'],
    ['Mo., 15.04.', '2024-01-01', '2024-04-15'],
    // Nearest in days: from 20 December, next May is nearer than last May.
    ['1. Mai', '2024-12-20', '2025-05-01'],
    ['1. Mai', '2024-08-01', '2024-05-01'],
    // The weekday chooses the year: 15 April is a Monday in 2019, 2024 and 2030; 2030 is nearest to 2029.
    ['Montag, 15. April', '2029-01-01', '2030-04-15'],
    ['Montag, 15. April', '2021-06-01', '2019-04-15'],
    // 29 February exists only in leap years; on a Sunday in 2004 and 2032.
    ['29. Februar', '2023-01-01', '2024-02-29'],
    ['Sonntag, 29. Februar', '2023-01-01', '2032-02-29'],
    // Equally near (182 days either side of 1 November 2023): the later date.
    ['1. Mai', '2023-10-31', '2024-05-01'],
  ])('reads %s near %s as %s', (text, near, iso) => {
    expect(parseGermanDate(text, { near })).toBe(iso);
  });

  it('reads near as a Date or an instant, on the calendar of Berlin', () => {
    expect(parseGermanDate('1. Mai', { near: new Date('2024-01-01T00:00:00Z') })).toBe('2024-05-01');
    // 23:30 UTC on 31 October is already 1 November in Berlin, from which next May is nearer.
    expect(parseGermanDate('1. Mai', { near: '2023-10-31T23:30:00Z' })).toBe('2024-05-01');
  });

  it('says that the year is missing when near is not given', () => {
    expect(() => parseGermanDate('Am Montag, den 15. April')).toThrow(
      new KommunalValidationError([
        {
          path: [],
          code: 'invalid_date',
          message:
            'Bei „Am Montag, den 15. April“ fehlt das Jahr: Ohne Jahreszahl braucht parseGermanDate die Option „near“, ein Datum, in dessen Nähe der Tag liegt (z. B. das Datum der Pressemitteilung).',
        },
      ]),
    );
    expect(() => parseGermanDate('1. Mai', {})).toThrow('Bei „1. Mai“ fehlt das Jahr');
  });

  it('names the ambiguity of a two-digit year, also with near', () => {
    const message =
      '„15.04.24“ ist mehrdeutig: Die Jahreszahl „24“ ist zweistellig und kann 1924, 2024 oder ein anderes Jahrhundert meinen. Erwartet wird das Jahr mit vier Ziffern.';
    expect(() => parseGermanDate('15.04.24')).toThrow(message);
    expect(() => parseGermanDate('15.04.24', { near: '2024-01-01' })).toThrow(message);
    expect(() => parseGermanDate('15. April 24')).toThrow('„15. April 24“ ist mehrdeutig');
  });

  it.each([
    ['31. April', '2024-01-01', '„31. April“ ist kein gültiges Datum: Der April 2024 hat 30 Tage.'],
    ['15.13.', '2024-01-01', '„15.13.“ ist kein gültiges Datum: Es gibt keinen Monat 13.'],
    ['Blautag, 15. April', '2024-01-01', '„Blautag“ ist kein Wochentag'],
    ['15.04', '2024-01-01', '„15.04“ ist kein deutsches Datum'],
  ])('refuses %s near %s', (text, near, message) => {
    expect(() => parseGermanDate(text, { near })).toThrow(message);
  });

  it('names the option near when it is no date', () => {
    expect(() => parseGermanDate('1. Mai', { near: '2024-13-01' })).toThrow(
      'Die Option „near“ von parseGermanDate muss ein Datum wie „2024-01-01“ oder ein Date sein, nicht „2024-13-01“.',
    );
    expect(() => parseGermanDate('1. Mai', { near: 20240101 as never })).toThrow(
      'Die Option „near“ von parseGermanDate muss ein Datum wie „2024-01-01“ oder ein Date sein, nicht 20240101.',
    );
    expect(() => parseGermanDate('1. Mai', null as never)).toThrow(
      'Die Option „options“ von parseGermanDate muss ein Objekt sein, nicht null.',
    );
  });

  it(
    'reads back the day and month of every date 1900–2100 from a day less than half a year away',
    () => {
      fc.assert(
        fc.property(isoDates(), fc.integer({ min: -182, max: 182 }), (date, shift) => {
          const near = new Date(Date.parse(date) + shift * 86_400_000).toISOString().slice(0, 10);
          const written = formatDate(date, { style: 'numeric' }).slice(0, 6);
          expect(parseGermanDate(written, { near })).toBe(date);
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'reads back every date 1900–2100 from its weekday, day and month, from a day less than two and a half years away',
    () => {
      // The same day and month falls on the same weekday again after five years at the soonest.
      fc.assert(
        fc.property(isoDates(), fc.integer({ min: -900, max: 900 }), (date, shift) => {
          const near = new Date(Date.parse(date) + shift * 86_400_000).toISOString().slice(0, 10);
          const written = formatDate(date, { style: 'full' }).replace(/ \d{4}$/, '');
          expect(parseGermanDate(written, { near })).toBe(date);
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'ends in a result or a KommunalValidationError for any near',
    () => {
      fc.assert(
        fc.property(
          fc.anything({ withDate: true, withBigInt: true }),
          fc.constantFrom('1. Mai', 'Mo., 15.04.', '15.04.2024'),
          (near, text) => {
            try {
              parseGermanDate(text, { near } as never);
            } catch (error) {
              expect(error).toBeInstanceOf(KommunalValidationError);
            }
          },
        ),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('reads huge texts without a year in linear time', () => {
    for (const text of ['am '.repeat(300_000), `${'1.'.repeat(300_000)}`, `Am Mo., den 1. ${'1'.repeat(1_000_000)}`]) {
      expect(() => parseGermanDate(text, { near: '2024-01-01' })).toThrow(KommunalValidationError);
    }
  });
});
