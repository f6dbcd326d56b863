import { fail } from '../errors/KommunalValidationError.js';
import { HOLIDAY_MESSAGES } from '../i18n/holidays.js';
import { type GermanState, type GermanStateLetters, germanStateOf } from '../places/germanStates.js';
import { type CalendarDate, DAY, toIsoDate, utcMillis, utcWallClock, weekday } from '../time/calendar.js';
import { readTemporal } from '../time/readTemporal.js';
import { easterSunday } from './easterSunday.js';

export type { GermanState };

/**
 * The first year whose public holidays kommunal knows: 1990, the year of German unity. Earlier
 * years are refused, since the Länder's holiday laws before then differ in East and West.
 *
 * @example
 * ```ts
 * import { FIRST_HOLIDAY_YEAR, publicHolidays } from 'kommunal';
 *
 * FIRST_HOLIDAY_YEAR; // => 1990
 * publicHolidays(FIRST_HOLIDAY_YEAR, 'DE-HE').length; // => 11
 * ```
 *
 * @category Holidays
 */
export const FIRST_HOLIDAY_YEAR = 1990;

/** The last year kommunal reads at all (see `MAX_INSTANT`). */
const LAST_HOLIDAY_YEAR = 9999;

/**
 * A public holiday: its day and its German name.
 *
 * @example
 * ```ts
 * import type { PublicHoliday } from 'kommunal';
 *
 * const holiday: PublicHoliday = { date: '2024-10-03', name: 'Tag der Deutschen Einheit' };
 * holiday.name; // => 'Tag der Deutschen Einheit'
 * ```
 *
 * @category Holidays
 */
export interface PublicHoliday {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** Its German name: `Tag der Deutschen Einheit`. */
  readonly name: string;
}

type Day = (year: number) => CalendarDate;

interface Rule {
  readonly name: string;
  readonly day: Day;
  /** Where it holds: Länder as their two letters, or every Land. */
  readonly states: readonly GermanStateLetters[] | 'all';
  readonly from?: number;
  readonly until?: number;
  readonly onlyIn?: readonly number[];
}

const fixed =
  (month: number, day: number): Day =>
  (year) => ({ year, month, day });

const easter =
  (offset: number): Day =>
  (year) => {
    const sunday = easterSunday(year);
    return utcWallClock(utcMillis(sunday) + offset * DAY);
  };

// The Wednesday before 23 November: Buß- und Bettag.
const repentanceDay: Day = (year) => {
  const back = (weekday({ year, month: 11, day: 22 }) + 4) % 7;
  return { year, month: 11, day: 22 - back };
};

// Each Land's Feiertagsgesetz, as in force in the years given (sources in docs/decisions.md).
const RULES: readonly Rule[] = [
  { name: 'Neujahr', day: fixed(1, 1), states: 'all' },
  { name: 'Heilige Drei Könige', day: fixed(1, 6), states: ['BW', 'BY', 'ST'] },
  { name: 'Internationaler Frauentag', day: fixed(3, 8), states: ['BE'], from: 2019 },
  { name: 'Internationaler Frauentag', day: fixed(3, 8), states: ['MV'], from: 2023 },
  { name: 'Karfreitag', day: easter(-2), states: 'all' },
  { name: 'Ostersonntag', day: easter(0), states: ['BB'] },
  { name: 'Ostermontag', day: easter(1), states: 'all' },
  { name: 'Tag der Arbeit', day: fixed(5, 1), states: 'all' },
  { name: 'Tag der Befreiung', day: fixed(5, 8), states: ['BE'], onlyIn: [2020, 2025] },
  { name: 'Christi Himmelfahrt', day: easter(39), states: 'all' },
  { name: 'Pfingstsonntag', day: easter(49), states: ['BB'] },
  { name: 'Pfingstmontag', day: easter(50), states: 'all' },
  { name: 'Fronleichnam', day: easter(60), states: ['BW', 'BY', 'HE', 'NW', 'RP', 'SL'] },
  { name: 'Mariä Himmelfahrt', day: fixed(8, 15), states: ['SL'] },
  { name: '75. Jahrestag des Volksaufstandes in der DDR', day: fixed(6, 17), states: ['BE'], onlyIn: [2028] },
  { name: 'Weltkindertag', day: fixed(9, 20), states: ['TH'], from: 2019 },
  { name: 'Tag der Deutschen Einheit', day: fixed(10, 3), states: 'all' },
  { name: 'Reformationstag', day: fixed(10, 31), states: ['BB', 'MV', 'SN', 'ST', 'TH'] },
  { name: 'Reformationstag', day: fixed(10, 31), states: ['HB', 'HH', 'NI', 'SH'], from: 2018 },
  {
    name: 'Reformationstag',
    day: fixed(10, 31),
    states: ['BW', 'BY', 'BE', 'HB', 'HE', 'HH', 'NI', 'NW', 'RP', 'SL', 'SH'],
    onlyIn: [2017],
  },
  { name: 'Allerheiligen', day: fixed(11, 1), states: ['BW', 'BY', 'NW', 'RP', 'SL'] },
  // Every Land's until 1994, Sachsen's alone since: one rule a year, so the day is listed once.
  { name: 'Buß- und Bettag', day: repentanceDay, states: ['SN'], from: 1995 },
  { name: 'Buß- und Bettag', day: repentanceDay, states: 'all', until: 1994 },
  { name: '1. Weihnachtstag', day: fixed(12, 25), states: 'all' },
  { name: '2. Weihnachtstag', day: fixed(12, 26), states: 'all' },
];

function holds(rule: Rule, year: number, land: GermanStateLetters): boolean {
  if (rule.states !== 'all' && !rule.states.includes(land)) return false;
  if (rule.onlyIn !== undefined) return rule.onlyIn.includes(year);
  return (rule.from === undefined || year >= rule.from) && (rule.until === undefined || year <= rule.until);
}

/** The Land's two letters, or a German error naming what was given. */
function lettersOf(state: unknown): GermanStateLetters {
  const known = germanStateOf(state);
  if (known === undefined) fail('invalid_value', HOLIDAY_MESSAGES.de.notAGermanState(state));
  return known.code.slice(3) as GermanStateLetters;
}

/**
 * The statewide public holidays of a German Land in a year, as its Feiertagsgesetz names them:
 * the nine holidays of every Land, and those of some Länder (Heilige Drei Könige, Fronleichnam,
 * Reformationstag, Allerheiligen, Buß- und Bettag in Sachsen, Frauentag in Berlin since 2019 and
 * in Mecklenburg-Vorpommern since 2023, Weltkindertag in Thüringen since 2019, …), including
 * those held once (Reformationstag 2017 everywhere; Berlin's 8 May 2020 and 2025 and 17 June 2028). Holidays only
 * some municipalities keep (Mariä Himmelfahrt in Bavaria, the Augsburger Friedensfest) are not
 * statewide: a dataset declares them on the municipality.
 *
 * @param year - A whole year from 1990 (German unity) to 9999.
 * @param state - The Land, e.g. `DE-HE`: one of the 16 codes of ISO 3166-2:DE.
 * @returns The holidays, by date.
 * @throws {@link KommunalValidationError} for an unknown Land (`invalid_value`) or a year that is no whole number from 1990 to 9999 (`invalid_number`).
 *
 * @example
 * ```ts
 * import { publicHolidays } from 'kommunal';
 *
 * publicHolidays(2024, 'DE-HE').length; // => 10
 * publicHolidays(2024, 'DE-HE')[8]; // => { date: '2024-12-25', name: '1. Weihnachtstag' }
 * publicHolidays(2025, 'DE-BE').map((holiday) => holiday.date).includes('2025-05-08'); // => true
 * ```
 *
 * @category Holidays
 */
export function publicHolidays(year: number, state: GermanState): PublicHoliday[] {
  const land = lettersOf(state);
  if (!Number.isInteger(year) || year < FIRST_HOLIDAY_YEAR || year > LAST_HOLIDAY_YEAR) {
    fail('invalid_number', HOLIDAY_MESSAGES.de.unsupportedYear(year, FIRST_HOLIDAY_YEAR, LAST_HOLIDAY_YEAR));
  }
  const holidays = RULES.filter((rule) => holds(rule, year, land)).map((rule) => ({
    date: toIsoDate(rule.day(year)),
    name: rule.name,
  }));
  return holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The statewide public holiday on a day in a German Land, if there is one (see
 * {@link publicHolidays}).
 *
 * @param date - The day, `YYYY-MM-DD`. A longer ISO 8601 string (`2024-05-30T10:00`, or an instant
 *   with `Z` or an offset) is read whole and its date counts as written, without a zone. A `Date` is
 *   no day and is refused.
 * @param state - The Land, e.g. `DE-SN`.
 * @returns The holiday, or `undefined` on a working day.
 * @throws {@link KommunalValidationError} for an unknown Land, or a date that does not exist (`2024-02-30`), has text after it, or lies before 1990.
 *
 * @example
 * ```ts
 * import { publicHolidayOn } from 'kommunal';
 *
 * publicHolidayOn('2024-11-20', 'DE-SN')?.name; // => 'Buß- und Bettag'
 * publicHolidayOn('2024-11-20', 'DE-HE'); // => undefined
 * publicHolidayOn('2024-02-30', 'DE-HE'); // throws KommunalValidationError
 * ```
 *
 * @category Holidays
 */
export function publicHolidayOn(date: string, state: GermanState): PublicHoliday | undefined {
  const day = isoDay(date);
  return publicHolidays(Number(day.slice(0, 4)), state).find((holiday) => holiday.date === day);
}

/**
 * Whether a day is a statewide public holiday in a German Land (see {@link publicHolidays}).
 *
 * @param date - The day, `YYYY-MM-DD` (or a longer ISO 8601 string, as {@link publicHolidayOn} reads it).
 * @param state - The Land, e.g. `DE-BE`.
 * @returns `true` on a public holiday.
 * @throws {@link KommunalValidationError} as {@link publicHolidayOn} does.
 *
 * @example
 * ```ts
 * import { isPublicHoliday } from 'kommunal';
 *
 * isPublicHoliday('2024-03-08', 'DE-BE'); // => true
 * isPublicHoliday('2024-03-08', 'DE-HE'); // => false
 * isPublicHoliday('2017-10-31', 'DE-BY'); // => true
 * isPublicHoliday('2024-12-25junk', 'DE-BY'); // throws KommunalValidationError
 * ```
 *
 * @category Holidays
 */
export function isPublicHoliday(date: string, state: GermanState): boolean {
  return publicHolidayOn(date, state) !== undefined;
}

function isoDay(date: unknown): string {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}(?:T|$)/.test(date)) {
    fail('invalid_date', HOLIDAY_MESSAGES.de.notADay(date));
  }
  // The whole string must be valid, not only the date it begins with.
  readTemporal(date, 'de');
  return date.slice(0, 10);
}
