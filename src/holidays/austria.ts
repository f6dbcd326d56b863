import { toIsoDate } from '../time/calendar.js';
import { type Day, easter, fixed } from './days.js';

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

/** The Act's days, as the German Länder's are named (days.ts), with the Act's names. */
const RULES: readonly { readonly name: string; readonly day: Day }[] = [
  { name: 'Neujahr', day: fixed(1, 1) },
  { name: 'Heilige Drei Könige', day: fixed(1, 6) },
  { name: 'Staatsfeiertag', day: fixed(5, 1) },
  { name: 'Mariä Himmelfahrt', day: fixed(8, 15) },
  { name: 'Nationalfeiertag', day: fixed(10, 26) },
  { name: 'Allerheiligen', day: fixed(11, 1) },
  { name: 'Mariä Empfängnis', day: fixed(12, 8) },
  { name: 'Weihnachten', day: fixed(12, 25) },
  { name: 'Stephanstag', day: fixed(12, 26) },
  { name: 'Ostermontag', day: easter(1) },
  { name: 'Christi Himmelfahrt', day: easter(39) },
  { name: 'Pfingstmontag', day: easter(50) },
  { name: 'Fronleichnam', day: easter(60) },
];

/**
 * Austria's public holidays in a year of the Gregorian calendar, by date; in 1967 those from
 * 26 July, none before. Two on one day (Christi Himmelfahrt on 1 May, as in 2008) are both listed.
 */
export function austrianHolidays(year: number): AustrianHoliday[] {
  const days = RULES.map(({ name, day }) => ({ date: toIsoDate(day(year)), name }));
  return days
    .filter((holiday) => holiday.date >= FIRST_AUSTRIAN_DAY)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
