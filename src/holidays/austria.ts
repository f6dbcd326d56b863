import { type CalendarDate, DAY, toIsoDate, utcMillis, utcWallClock } from '../time/calendar.js';
import { easterSunday } from './easterSunday.js';

// Austria's public holidays, the most frequent partner country's: the days of rest of the whole
// federation that the Feiertagsruhegesetz 1957, Art. I § 1 Abs. 1, lists in the version in force
// since 26 July 1967 (BGBl. Nr. 264/1967, which added the Nationalfeiertag; unchanged in the
// version of BGBl. I Nr. 22/2019). Karfreitag was a holiday only for the members of four churches
// (§ 1 Abs. 2 until 21 March 2019) and is none of the whole country. See docs/decisions.md.

/** The first day of the list: the day BGBl. Nr. 264/1967 came into force. Earlier days are not known. */
export const FIRST_AUSTRIAN_DAY = '1967-07-26';

/** An Austrian public holiday: its day and its name as the Act writes it. */
export interface AustrianHoliday {
  readonly date: string;
  readonly name: string;
}

/** The fixed days, month and day, with the Act's names. */
const FIXED: readonly (readonly [number, number, string])[] = [
  [1, 1, 'Neujahr'],
  [1, 6, 'Heilige Drei Könige'],
  [5, 1, 'Staatsfeiertag'],
  [8, 15, 'Mariä Himmelfahrt'],
  [10, 26, 'Nationalfeiertag'],
  [11, 1, 'Allerheiligen'],
  [12, 8, 'Mariä Empfängnis'],
  [12, 25, 'Weihnachten'],
  [12, 26, 'Stephanstag'],
];

/** The days that follow Easter, in days after Easter Sunday. */
const MOVABLE: readonly (readonly [number, string])[] = [
  [1, 'Ostermontag'],
  [39, 'Christi Himmelfahrt'],
  [50, 'Pfingstmontag'],
  [60, 'Fronleichnam'],
];

/**
 * Austria's public holidays in a year of the Gregorian calendar, by date; in 1967 those from
 * 26 July, none before. Two on one day (Christi Himmelfahrt on 1 May, as in 2008) are both listed.
 */
export function austrianHolidays(year: number): AustrianHoliday[] {
  const easter = utcMillis(easterSunday(year));
  const days: AustrianHoliday[] = [
    ...FIXED.map(([month, day, name]) => ({ date: toIsoDate({ year, month, day } as CalendarDate), name })),
    ...MOVABLE.map(([after, name]) => ({ date: toIsoDate(utcWallClock(easter + after * DAY)), name })),
  ];
  return days
    .filter((holiday) => holiday.date >= FIRST_AUSTRIAN_DAY)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
