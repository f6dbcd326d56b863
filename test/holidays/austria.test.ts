// Austria's public holidays, built in for conflict detection and free slots: the days the
// Feiertagsruhegesetz 1957 (Art. I § 1 Abs. 1, as in force since 26 July 1967) lists, checked
// against date-holidays as an independent oracle (the dates of its `public` holidays).
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { austrianHolidays, FIRST_AUSTRIAN_DAY } from '../../src/holidays/austria.js';

function oracle(year: number): string[] {
  return new Holidays('AT')
    .getHolidays(year)
    .filter((holiday) => holiday.type === 'public')
    .map((holiday) => holiday.date.slice(0, 10))
    .sort();
}

describe('austrianHolidays', () => {
  it('agrees with date-holidays for every year 1990–2100', () => {
    const differences: string[] = [];
    for (let year = 1990; year <= 2100; year += 1) {
      const ours = austrianHolidays(year).map((holiday) => holiday.date);
      const theirs = oracle(year);
      if (ours.join() !== theirs.join()) differences.push(`${year}: ${ours.join()} ≠ ${theirs.join()}`);
    }
    expect(differences).toEqual([]);
  });

  it('names the thirteen days as the Act does', () => {
    expect(austrianHolidays(2024)).toEqual([
      { date: '2024-01-01', name: 'Neujahr' },
      { date: '2024-01-06', name: 'Heilige Drei Könige' },
      { date: '2024-04-01', name: 'Ostermontag' },
      { date: '2024-05-01', name: 'Staatsfeiertag' },
      { date: '2024-05-09', name: 'Christi Himmelfahrt' },
      { date: '2024-05-20', name: 'Pfingstmontag' },
      { date: '2024-05-30', name: 'Fronleichnam' },
      { date: '2024-08-15', name: 'Mariä Himmelfahrt' },
      { date: '2024-10-26', name: 'Nationalfeiertag' },
      { date: '2024-11-01', name: 'Allerheiligen' },
      { date: '2024-12-08', name: 'Mariä Empfängnis' },
      { date: '2024-12-25', name: 'Weihnachten' },
      { date: '2024-12-26', name: 'Stephanstag' },
    ]);
  });

  it('lists no Karfreitag: it was a holiday of four churches only, never of the whole country', () => {
    // date-holidays marks it `optional` until 2018.
    const goodFriday = new Holidays('AT').getHolidays(2018).find((holiday) => holiday.name === 'Karfreitag');
    expect(goodFriday?.type).toBe('optional');
    for (const year of [1990, 2018, 2019, 2024]) {
      expect(austrianHolidays(year).map((holiday) => holiday.name)).not.toContain('Karfreitag');
    }
  });

  it('lists both holidays where two fall on one day, as 1 May 2008', () => {
    expect(austrianHolidays(2008).filter((holiday) => holiday.date === '2008-05-01')).toEqual([
      { date: '2008-05-01', name: 'Staatsfeiertag' },
      { date: '2008-05-01', name: 'Christi Himmelfahrt' },
    ]);
  });

  it('begins on 26 July 1967, when the Nationalfeiertag became a day of rest', () => {
    expect(FIRST_AUSTRIAN_DAY).toBe('1967-07-26');
    expect(austrianHolidays(1967)[0]).toEqual({ date: '1967-08-15', name: 'Mariä Himmelfahrt' });
    expect(austrianHolidays(1967).map((holiday) => holiday.name)).toContain('Nationalfeiertag');
    expect(austrianHolidays(1966)).toEqual([]);
  });
});
