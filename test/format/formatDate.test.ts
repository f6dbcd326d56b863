import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DateStyle, formatDate, KommunalValidationError } from '../../src/index.js';
import { PROPERTY_TIMEOUT } from '../property.js';

// The styles Intl writes; `prose` is `long` after „am“.
type IntlStyle = Exclude<DateStyle, 'prose'>;
const STYLES: readonly IntlStyle[] = ['numeric', 'long', 'full'];

// Intl is an independent oracle for instants: it knows German and the zone rules on its own.
const oracle: Record<IntlStyle, Intl.DateTimeFormatOptions> = {
  numeric: { day: '2-digit', month: '2-digit', year: 'numeric' },
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  full: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
};

describe('formatDate', () => {
  it('never shifts a calendar date by a time zone', () => {
    expect(formatDate('2024-04-15', { timeZone: 'Pacific/Kiritimati' })).toBe('15. April 2024');
    expect(formatDate('2024-04-15', { timeZone: 'Pacific/Pago_Pago' })).toBe('15. April 2024');
  });

  it('places an instant on the calendar of the zone', () => {
    const instant = new Date('2024-04-14T23:30:00Z');
    expect(formatDate(instant)).toBe('15. April 2024');
    expect(formatDate(instant, { timeZone: 'UTC' })).toBe('14. April 2024');
    expect(formatDate('2024-04-15T01:30+02:00', { timeZone: 'America/Chicago' })).toBe('14. April 2024');
  });

  it('takes the date of a wall-clock time as written', () => {
    expect(formatDate('2024-04-15T23:59', { style: 'numeric', timeZone: 'Asia/Tokyo' })).toBe('15.04.2024');
  });

  it('switches at midnight on the Berlin DST days of 2024', () => {
    expect(formatDate(new Date('2024-03-30T22:59:59Z'))).toBe('30. März 2024');
    expect(formatDate(new Date('2024-03-30T23:00:00Z'))).toBe('31. März 2024');
    expect(formatDate(new Date('2024-10-26T21:59:59Z'))).toBe('26. Oktober 2024');
    expect(formatDate(new Date('2024-10-26T22:00:00Z'))).toBe('27. Oktober 2024');
  });

  it(
    'agrees with Intl for every instant 1900–2100, every style and several zones',
    () => {
      const zones = ['Europe/Berlin', 'Europe/Vienna', 'America/Chicago', 'Asia/Shanghai', 'UTC'];
      fc.assert(
        fc.property(
          fc.date({
            min: new Date('1900-01-01T00:00:00Z'),
            max: new Date('2100-12-31T23:59:59Z'),
            noInvalidDate: true,
          }),
          fc.constantFrom(...STYLES),
          fc.constantFrom(...zones),
          (instant, style, timeZone) => {
            const expected = new Intl.DateTimeFormat('de-DE', { ...oracle[style], timeZone }).format(instant);
            expect(formatDate(instant, { style, timeZone })).toBe(expected);
            if (style === 'long') expect(formatDate(instant, { style: 'prose', timeZone })).toBe(`am ${expected}`);
          },
        ),
        { numRuns: 2000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it.each([
    ['2024-02-30', '„2024-02-30“ ist kein gültiges Datum: Der Februar 2024 hat 29 Tage.'],
    ['2023-02-29', '„2023-02-29“ ist kein gültiges Datum: Der Februar 2023 hat 28 Tage.'],
    ['2024-13-01', '„2024-13-01“ ist kein gültiges Datum: Es gibt keinen Monat 13.'],
    ['0000-01-01', '„0000-01-01“ ist kein gültiges Datum: Das Jahr muss mindestens 1 sein.'],
    [
      '15.04.2024',
      '„15.04.2024“ ist kein ISO-8601-Datum: Erwartet wird „JJJJ-MM-TT“, Datum und Uhrzeit wie „2024-04-15T09:30“ oder ein Zeitpunkt mit „Z“ bzw. Offset.',
    ],
  ])('refuses %s with a German message naming it', (input, message) => {
    expect(() => formatDate(input)).toThrow(new KommunalValidationError([{ path: [], code: 'invalid_date', message }]));
  });

  it.each([
    ['2024-04-15T24:01', '„2024-04-15T24:01“ enthält keine gültige Uhrzeit (00:00 bis 23:59).'],
    ['2024-04-15T24:00:01', '„2024-04-15T24:00:01“ enthält keine gültige Uhrzeit (00:00 bis 23:59).'],
    ['2024-04-15T24:00Z', '„2024-04-15T24:00Z“ enthält keine gültige Uhrzeit (00:00 bis 23:59).'],
    ['2024-04-15T09:60', '„2024-04-15T09:60“ enthält keine gültige Uhrzeit (00:00 bis 23:59).'],
    ['2024-04-15T09:00+25:00', '„2024-04-15T09:00+25:00“ hat keinen gültigen UTC-Offset.'],
  ])('refuses the time in %s', (input, message) => {
    expect(() => formatDate(input)).toThrow(new KommunalValidationError([{ path: [], code: 'invalid_time', message }]));
  });

  it('refuses what is not a date at all', () => {
    expect(() => formatDate(new Date(Number.NaN))).toThrow(
      'Ein ungültiges Date-Objekt („Invalid Date“) ist kein Zeitpunkt.',
    );
    expect(() => formatDate(null as never)).toThrow('null ist kein Datum');
    expect(() => formatDate(20240415 as never)).toThrow('20240415 ist kein Datum');
    expect(() => formatDate({} as never)).toThrow('ein Wert vom Typ object ist kein Datum');
    expect(() => formatDate([] as never)).toThrow('eine Liste ist kein Datum');
    expect(() => formatDate(undefined as never)).toThrow('undefined ist kein Datum');
    expect(() => formatDate('x'.repeat(100))).toThrow(`„${'x'.repeat(57)}…“ ist kein ISO-8601-Datum`);
  });

  it('refuses an unknown zone or style', () => {
    expect(() => formatDate(new Date(), { timeZone: 'Europe/Wiesbaden' })).toThrow(
      '„Europe/Wiesbaden“ ist keine bekannte IANA-Zeitzone (z. B. „Europe/Berlin“).',
    );
    expect(() => formatDate(new Date(), { timeZone: '+02:00' })).toThrow('keine bekannte IANA-Zeitzone');
    expect(() => formatDate('2024-04-15', { style: 'short' as never })).toThrow(
      'Die Option „style“ von formatDate muss „numeric“, „long“, „full“ oder „prose“ sein, nicht „short“.',
    );
  });

  it('writes a date for a sentence with „am“', () => {
    expect(formatDate('2024-04-15', { style: 'prose' })).toBe('am 15. April 2024');
    expect(formatDate(new Date('2024-04-14T23:30:00Z'), { style: 'prose' })).toBe('am 15. April 2024');
  });

  it('writes T24:00, the end of a day, as the day it ends', () => {
    expect(formatDate('2024-04-15T24:00')).toBe('15. April 2024');
    expect(formatDate('2024-12-31T24:00:00', { style: 'numeric' })).toBe('31.12.2024');
    expect(formatDate('2024-12-31T24:00:00.000', { style: 'full' })).toBe('Dienstag, 31. Dezember 2024');
    expect(() => formatDate('2024-02-30T24:00')).toThrow(
      '„2024-02-30T24:00“ ist kein gültiges Datum: Der Februar 2024 hat 29 Tage.',
    );
  });

  it('refuses every unknown zone, also for a calendar date, which needs none', () => {
    expect(() => formatDate('2024-04-15', { timeZone: 'Mars/X' })).toThrow(
      new KommunalValidationError([
        {
          path: [],
          code: 'invalid_time_zone',
          message: '„Mars/X“ ist keine bekannte IANA-Zeitzone (z. B. „Europe/Berlin“).',
        },
      ]),
    );
  });

  it('accepts seconds, fractions and offsets in ISO instants', () => {
    expect(formatDate('2024-04-14T22:00:00.5-01:30', { style: 'numeric' })).toBe('15.04.2024');
    expect(formatDate('2024-04-14T22:00:00,25+0000', { style: 'numeric' })).toBe('15.04.2024');
    expect(formatDate('2024-04-15T00:30:00+02', { style: 'numeric', timeZone: 'UTC' })).toBe('14.04.2024');
  });

  it('does not change its input', () => {
    const date = new Date('2024-04-15T07:00:00Z');
    formatDate(date, Object.freeze({ style: 'full' }));
    expect(date.toISOString()).toBe('2024-04-15T07:00:00.000Z');
  });
});
