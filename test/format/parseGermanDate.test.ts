import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DateStyle, formatDate, parseGermanDate } from '../../src/index.js';
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
    ['15.04.24', 'ist kein deutsches Datum'],
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
});
