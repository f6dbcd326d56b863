// Public holidays of every Land and every year 1995–2100, checked against date-holidays as an
// independent oracle (dates of its `public` holidays); the names follow the Länder's laws.
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { type GermanState, isPublicHoliday, publicHolidayOn, publicHolidays } from '../../src/index.js';

const STATES: readonly GermanState[] = [
  'DE-BW',
  'DE-BY',
  'DE-BE',
  'DE-BB',
  'DE-HB',
  'DE-HH',
  'DE-HE',
  'DE-MV',
  'DE-NI',
  'DE-NW',
  'DE-RP',
  'DE-SL',
  'DE-SN',
  'DE-ST',
  'DE-SH',
  'DE-TH',
];

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
      const ours = publicHolidays(year, state).map((holiday) => holiday.date);
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
    expect(publicHolidayOn('2024-05-30T10:00', 'DE-HE')).toEqual({ date: '2024-05-30', name: 'Fronleichnam' });
  });

  it('refuses an unknown Land, a year before 1990 and what is not a date', () => {
    expect(() => publicHolidays(2024, 'DE-XX' as GermanState)).toThrow(
      '„DE-XX“ ist kein deutsches Land: erwartet wird ein Code wie „DE-HE“.',
    );
    expect(() => publicHolidays(2024, 'AT-9' as GermanState)).toThrow('ist kein deutsches Land');
    expect(() => publicHolidays(1989, 'DE-BE')).toThrow(
      '1989 ist kein unterstütztes Jahr: erwartet wird ein Jahr von 1990 bis 9999.',
    );
    expect(() => isPublicHoliday('30.10.2024', 'DE-BE')).toThrow(
      '„30.10.2024“ ist kein Datum: erwartet wird „JJJJ-MM-TT“.',
    );
  });
});
