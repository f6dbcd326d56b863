// Public holidays of every Land and every year 1995–2100, checked against date-holidays as an
// independent oracle (dates of its `public` holidays); the names follow the Länder's laws.
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import {
  FIRST_HOLIDAY_YEAR,
  type GermanState,
  isPublicHoliday,
  KommunalValidationError,
  publicHolidayOn,
  publicHolidays,
} from '../../src/index.js';
import { GERMAN_STATES } from '../../src/places/germanStates.js';
import { issueOf } from '../issues.js';

const STATES: readonly GermanState[] = GERMAN_STATES.map((state) => state.code);

function oracle(year: number, state: GermanState): string[] {
  return new Holidays('DE', state.slice(3))
    .getHolidays(year)
    .filter((holiday) => holiday.type === 'public')
    .map((holiday) => holiday.date.slice(0, 10))
    .sort();
}

describe('publicHolidays', () => {
  it.each(STATES)('agrees with date-holidays in %s for every year 1995–2100', (state) => {
    const differences: string[] = [];
    for (let year = 1995; year <= 2100; year += 1) {
      const ours = publicHolidays(year, state)
        .filter((holiday) => holiday.scope === 'statewide')
        .map((holiday) => holiday.date);
      const theirs = oracle(year, state);
      if (ours.join() !== theirs.join()) differences.push(`${year}: ${ours.join()} ≠ ${theirs.join()}`);
    }
    expect(differences).toEqual([]);
  });

  it('knows the holidays introduced or held once', () => {
    const names = (year: number, state: GermanState) => publicHolidays(year, state).map((holiday) => holiday.name);
    expect(names(2017, 'DE-BW')).toContain('Reformationstag');
    expect(names(2016, 'DE-NI')).not.toContain('Reformationstag');
    expect(names(2018, 'DE-NI')).toContain('Reformationstag');
    expect(names(2018, 'DE-BE')).not.toContain('Internationaler Frauentag');
    expect(names(2019, 'DE-BE')).toContain('Internationaler Frauentag');
    expect(names(2022, 'DE-MV')).not.toContain('Internationaler Frauentag');
    expect(names(2023, 'DE-MV')).toContain('Internationaler Frauentag');
    expect(names(2019, 'DE-TH')).toContain('Weltkindertag');
    expect(names(2020, 'DE-BE')).toContain('Tag der Befreiung');
    expect(names(2021, 'DE-BE')).not.toContain('Tag der Befreiung');
    expect(names(2025, 'DE-BE')).toContain('Tag der Befreiung');
    expect(names(1994, 'DE-HE')).toContain('Buß- und Bettag');
    expect(names(1995, 'DE-HE')).not.toContain('Buß- und Bettag');
  });

  it('computes Buß- und Bettag as the Wednesday before 23 November', () => {
    const days = [2017, 2018, 2022, 2023, 2024, 2025].map(
      (year) =>
        publicHolidayOn(`${year}-11-${{ 2017: 22, 2018: 21, 2022: 16, 2023: 22, 2024: 20, 2025: 19 }[year]}`, 'DE-SN')
          ?.name,
    );
    expect(days).toEqual(Array(6).fill('Buß- und Bettag'));
  });

  it('answers for single days', () => {
    expect(isPublicHoliday('2024-05-30', 'DE-HE')).toBe(true);
    expect(isPublicHoliday('2024-05-30', 'DE-NI')).toBe(false);
    expect(publicHolidayOn('2024-05-30T10:00', 'DE-HE')).toEqual({
      date: '2024-05-30',
      name: 'Fronleichnam',
      scope: 'statewide',
    });
  });

  it('refuses an unknown Land, a year before 1990 and what is not a date', () => {
    expect(() => publicHolidays(2024, 'DE-XX' as GermanState)).toThrow(
      '„DE-XX“ ist kein deutsches Land: Erwartet wird ein Code wie „DE-HE“.',
    );
    expect(() => publicHolidays(2024, 'AT-9' as GermanState)).toThrow('ist kein deutsches Land');
    expect(() => publicHolidays(1989, 'DE-BE')).toThrow(
      '1989 ist kein unterstütztes Jahr: Erwartet wird ein Jahr von 1990 bis 9999.',
    );
    expect(() => isPublicHoliday('30.10.2024', 'DE-BE')).toThrow(
      '„30.10.2024“ ist kein Datum: Erwartet wird „JJJJ-MM-TT“.',
    );
  });

  it('refuses days that do not exist and text after the date', () => {
    expect(() => isPublicHoliday('2024-02-30', 'DE-HE')).toThrow(
      '„2024-02-30“ ist kein gültiges Datum: Der Februar 2024 hat 29 Tage.',
    );
    expect(() => isPublicHoliday('2024-13-01', 'DE-HE')).toThrow('Es gibt keinen Monat 13');
    expect(() => isPublicHoliday('2024-12-25junk', 'DE-HE')).toThrow(
      '„2024-12-25junk“ ist kein Datum: Erwartet wird „JJJJ-MM-TT“.',
    );
    expect(() => publicHolidayOn('2024-12-25T10:00junk', 'DE-HE')).toThrow('ist kein ISO-8601-Datum');
    expect(() => publicHolidayOn('2024-12-25T25:00', 'DE-HE')).toThrow('keine gültige Uhrzeit');
    for (const value of [new Date('2024-12-25T12:00:00Z'), 20241225, null, undefined, Symbol('day'), {}]) {
      expect(issueOf(() => isPublicHoliday(value as never, 'DE-HE'))?.code).toBe('invalid_date');
    }
  });

  it('reads a wall-clock time on the date it shows, an instant on its date in Germany', () => {
    expect(isPublicHoliday('2024-12-24T23:30', 'DE-HE')).toBe(false);
    expect(isPublicHoliday('2024-12-25T00:30', 'DE-HE')).toBe(true);
    // 23:30 UTC on 30 October is 00:30 on 31 October in Saxony, 23:30 on 26 December 01:30 on the 27th.
    expect(publicHolidayOn('2024-10-30T23:30:00Z', 'DE-SN')).toEqual({
      date: '2024-10-31',
      name: 'Reformationstag',
      scope: 'statewide',
    });
    expect(isPublicHoliday('2024-10-30T23:30:00Z', 'DE-SN')).toBe(true);
    expect(isPublicHoliday('2024-10-30T22:30:00Z', 'DE-SN')).toBe(false);
    expect(isPublicHoliday('2024-12-26T23:30:00Z', 'DE-HE')).toBe(false);
    expect(isPublicHoliday('2024-12-25T00:30:00+14:00', 'DE-HE')).toBe(false);
    expect(isPublicHoliday('2024-12-25T14:30:00+14:00', 'DE-HE')).toBe(true);
    expect(() => publicHolidayOn('9999-12-31T23:30:00Z', 'DE-HE')).toThrow(KommunalValidationError);
  });

  it('looks Länder up among the sixteen only, never on a prototype', () => {
    for (const state of ['constructor', '__proto__', 'toString', 'DE-constructor', 'DE-__proto__', 'DE-', 'de-he']) {
      expect(issueOf(() => publicHolidays(2024, state as GermanState))).toEqual({
        path: [],
        code: 'invalid_value',
        message: `„${state}“ ist kein deutsches Land: Erwartet wird ein Code wie „DE-HE“.`,
      });
      expect(issueOf(() => isPublicHoliday('2024-12-25', state as GermanState))?.code).toBe('invalid_value');
    }
    for (const state of [undefined, null, 42, {}, Symbol('Land')]) {
      expect(issueOf(() => publicHolidays(2024, state as never))?.code).toBe('invalid_value');
    }
  });

  it('takes whole years from 1990 to 9999', () => {
    expect(publicHolidays(9999, 'DE-BY').length).toBeGreaterThan(10);
    for (const year of [1989, 10_000, 2024.5, Number.NaN, Number.POSITIVE_INFINITY, 1e21, '2024', null]) {
      expect(issueOf(() => publicHolidays(year as number, 'DE-BY'))?.code).toBe('invalid_number');
    }
    expect(() => publicHolidayOn('1989-12-25', 'DE-BY')).toThrow('1989 ist kein unterstütztes Jahr');
  });
});

describe('the years 1990–1994, before date-holidays', () => {
  it('begin at FIRST_HOLIDAY_YEAR, the one limit every function reads', () => {
    expect(FIRST_HOLIDAY_YEAR).toBe(1990);
    expect(publicHolidays(FIRST_HOLIDAY_YEAR, 'DE-HE').length).toBeGreaterThan(0);
    expect(issueOf(() => publicHolidays(FIRST_HOLIDAY_YEAR - 1, 'DE-HE'))?.message).toBe(
      '1989 ist kein unterstütztes Jahr: Erwartet wird ein Jahr von 1990 bis 9999.',
    );
  });

  it('list each holiday once in every Land, Buß- und Bettag in Sachsen included', () => {
    for (const state of STATES) {
      for (let year = FIRST_HOLIDAY_YEAR; year <= 2100; year += 1) {
        // Two holidays may share a day (Christi Himmelfahrt on 1 May 2008); one holiday is listed once.
        const holidays = publicHolidays(year, state).map((holiday) => `${holiday.date} ${holiday.name}`);
        expect(new Set(holidays).size, `${state} ${year}`).toBe(holidays.length);
      }
    }
    const repentance = (year: number, state: GermanState) =>
      publicHolidays(year, state).filter((holiday) => holiday.name === 'Buß- und Bettag').length;
    expect([1990, 1994, 1995, 2024].map((year) => repentance(year, 'DE-SN'))).toEqual([1, 1, 1, 1]);
    expect([1990, 1994, 1995, 2024].map((year) => repentance(year, 'DE-HE'))).toEqual([1, 1, 0, 0]);
  });
});
