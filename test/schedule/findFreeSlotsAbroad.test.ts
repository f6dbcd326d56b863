// Free slots abroad: Austria's public holidays are skipped without a source; elsewhere the option
// `holidays` names them, and a country without one is refused rather than searched blind.
import { describe, expect, it } from 'vitest';
import { findFreeSlots, formatDateTime, type HolidaySource, KommunalValidationError } from '../../src/index.js';

const search = { durationMinutes: 60, limit: 2, workingHours: { start: '09:00', end: '10:00' } };

/** The slots' starts in the zone's local time. */
const starts = (slots: { start: Date }[], timeZone: string) =>
  slots.map((slot) => formatDateTime(slot.start, { timeZone, dateStyle: 'numeric' }));

function refusal(options: object): unknown {
  try {
    findFreeSlots([], { ...search, ...options } as never);
  } catch (error) {
    if (error instanceof KommunalValidationError) return error.issues;
    throw error;
  }
  throw new Error('no error');
}

describe('findFreeSlots abroad', () => {
  it('skips Allerheiligen in Wien with no source given', () => {
    const within = { start: '2024-10-31T00:00', end: '2024-11-05T00:00' };
    const timeZone = 'Europe/Vienna';
    expect(starts(findFreeSlots([], { ...search, within, timeZone, country: 'AT', state: 'AT-9' }), timeZone)).toEqual([
      '31.10.2024, 9 Uhr',
      '04.11.2024, 9 Uhr',
    ]);
    // Without the country, 1 November is a working day.
    expect(starts(findFreeSlots([], { ...search, within, timeZone }), timeZone)).toEqual([
      '31.10.2024, 9 Uhr',
      '01.11.2024, 9 Uhr',
    ]);
  });

  it('skips the days a source names, asking once per day in the zone’s calendar', () => {
    const asked: string[] = [];
    const holidays: HolidaySource = (date, country, subdivision) => {
      asked.push(`${date} ${country} ${subdivision}`);
      return date === '2024-07-04' ? { name: 'Independence Day' } : undefined;
    };
    const timeZone = 'America/Chicago';
    const within = { start: '2024-07-04T00:00', end: '2024-07-06T00:00' };
    const slots = findFreeSlots([], { ...search, within, timeZone, country: 'US', state: 'US-IL', holidays });
    expect(starts(slots, timeZone)).toEqual(['05.07.2024, 9 Uhr']);
    expect(asked).toEqual(['2024-07-04 US US-IL', '2024-07-05 US US-IL']);
  });

  it('asks about Austria only where kommunal knows no holiday', () => {
    const asked: string[] = [];
    const holidays: HolidaySource = (date) => {
      asked.push(date);
      return date === '2024-11-15' ? { name: 'Leopolditag' } : undefined;
    };
    const within = { start: '2024-11-01T00:00', end: '2024-11-16T00:00' };
    const timeZone = 'Europe/Vienna';
    const slots = findFreeSlots([], { ...search, limit: 20, within, timeZone, country: 'AT', holidays });
    expect(starts(slots, timeZone)).not.toContain('15.11.2024, 9 Uhr');
    expect(starts(slots, timeZone)).not.toContain('01.11.2024, 9 Uhr');
    expect(asked).not.toContain('2024-11-01');
  });

  it('takes the country from the subdivision where none is given', () => {
    const within = { start: '2024-10-31T00:00', end: '2024-11-05T00:00' };
    const timeZone = 'Europe/Vienna';
    expect(starts(findFreeSlots([], { ...search, within, timeZone, state: 'AT-9' }), timeZone)).toEqual([
      '31.10.2024, 9 Uhr',
      '04.11.2024, 9 Uhr',
    ]);
    const holidays: HolidaySource = (date, country) =>
      country === 'US' && date === '2024-07-04' ? { name: 'Independence Day' } : undefined;
    const chicago = findFreeSlots([], {
      ...search,
      within: { start: '2024-07-04T00:00', end: '2024-07-06T00:00' },
      timeZone: 'America/Chicago',
      state: 'US-IL',
      holidays,
    });
    expect(starts(chicago, 'America/Chicago')).toEqual(['05.07.2024, 9 Uhr']);
  });

  it('refuses a country other than Germany and Austria without a source, in German', () => {
    expect(refusal({ within: { start: '2024-07-01T00:00', end: '2024-07-02T00:00' }, country: 'US' })).toEqual([
      {
        path: [],
        code: 'invalid_option',
        message:
          'Die gesetzlichen Feiertage in den USA kennt kommunal nicht: Mit der Option „country“ „US“ braucht findFreeSlots eine Feiertagsquelle in der Option „holidays“.',
      },
    ]);
  });

  it.each([
    [
      { country: 'at' },
      'Die Option „country“ von findFreeSlots muss ein Ländercode nach ISO 3166-1 wie „AT“ sein, nicht „at“.',
    ],
    [
      { country: 'AT', state: 'DE-BY' },
      'Die Option „state“ von findFreeSlots muss ein Code nach ISO 3166-2, der mit „AT-“ beginnt, wie „US-IL“ sein, nicht „DE-BY“.',
    ],
    [
      { country: 'US', state: 'US-XX', holidays: () => undefined },
      'Die Option „state“ von findFreeSlots muss ein Code nach ISO 3166-2, der mit „US-“ beginnt, wie „US-IL“ sein, nicht „US-XX“.',
    ],
    [
      { country: 'US', holidays: 'date-holidays' },
      'Die Option „holidays“ von findFreeSlots muss eine Feiertagsquelle (eine Funktion) sein, nicht „date-holidays“.',
    ],
  ])('refuses %j', (options, message) => {
    expect(refusal({ within: { start: '2024-07-01T00:00', end: '2024-07-02T00:00' }, ...options })).toEqual([
      { path: [], code: 'invalid_option', message },
    ]);
  });

  it('refuses Austria before 26 July 1967 without a source', () => {
    expect(
      refusal({
        within: { start: '1967-07-20T00:00', end: '1967-07-30T00:00' },
        country: 'AT',
        timeZone: 'Europe/Vienna',
      }),
    ).toEqual([
      {
        path: [],
        code: 'invalid_range',
        message:
          'Die Feiertage in Österreich kennt kommunal ab dem 26. Juli 1967, das Zeitfenster von findFreeSlots beginnt aber schon am „1967-07-20T00:00“: Für frühere Tage braucht es eine Feiertagsquelle in der Option „holidays“.',
      },
    ]);
  });
});
