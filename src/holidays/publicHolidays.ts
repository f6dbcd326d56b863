import { fail, KommunalValidationError } from '../errors/KommunalValidationError.js';
import { HOLIDAY_MESSAGES } from '../i18n/holidays.js';
import { type GermanState, type GermanStateLetters, germanStateOf } from '../places/germanStates.js';
import { pad2, toIsoDate } from '../time/calendar.js';
import { readTemporal } from '../time/readTemporal.js';
import { type Day, easter, fixed, repentanceDay } from './days.js';
import { type LocalArea, localRules, localStatus } from './localHolidays.js';

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
 * A public holiday: its day, its German name, and where it holds. `scope` tells the two kinds
 * apart: a {@link StatewideHoliday} holds in the whole Land, a {@link LocalPublicHoliday} in some
 * of its municipalities only, which it names by their official keys.
 *
 * @example
 * ```ts
 * import { type PublicHoliday, publicHolidays } from 'kommunal';
 *
 * const where = (holiday: PublicHoliday) => (holiday.scope === 'statewide' ? ['DE-BY'] : holiday.municipalities);
 * publicHolidays(2024, 'DE-BY').filter((holiday) => holiday.date === '2024-08-08').map(where); // => [['09761000']]
 * ```
 *
 * @category Holidays
 */
export type PublicHoliday = StatewideHoliday | LocalPublicHoliday;

/**
 * A public holiday of the whole Land, as its Feiertagsgesetz names it.
 *
 * @example
 * ```ts
 * import type { StatewideHoliday } from 'kommunal';
 *
 * const holiday: StatewideHoliday = { date: '2024-10-03', name: 'Tag der Deutschen Einheit', scope: 'statewide' };
 * holiday.name; // => 'Tag der Deutschen Einheit'
 * ```
 *
 * @category Holidays
 */
export interface StatewideHoliday {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** Its German name: `Tag der Deutschen Einheit`. */
  readonly name: string;
  readonly scope: 'statewide';
}

/**
 * A public holiday of some municipalities of a Land only (Mariä Himmelfahrt in Bavaria's
 * Catholic-majority municipalities, the Augsburger Hohes Friedensfest, Fronleichnam in parts of
 * Sachsen and Thüringen), and where it holds, by Amtlicher Gemeindeschlüssel (AGS): a key of 8
 * digits is one municipality, one of 2, 3 or 5 digits every municipality of its Land,
 * Regierungsbezirk or Kreis. Plain, frozen lists, JSON-serialisable.
 *
 * @example
 * ```ts
 * import { type LocalPublicHoliday, publicHolidays } from 'kommunal';
 *
 * const peace = publicHolidays(2024, 'DE-BY').find((holiday) => holiday.date === '2024-08-08') as LocalPublicHoliday;
 * [peace.name, peace.scope, peace.certain]; // => ['Augsburger Hohes Friedensfest', 'local', false]
 * peace.municipalities; // => ['09761000']
 * peace.note; // => 'BayFTG Art. 1 Abs. 2: nur in der Stadt Augsburg.'
 * ```
 *
 * @category Holidays
 */
export interface LocalPublicHoliday extends LocalArea {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** Its German name: `Mariä Himmelfahrt`. */
  readonly name: string;
  readonly scope: 'local';
  /**
   * Whether it surely holds where the call asked: for the municipality `ags`, `true` where it holds
   * in the whole municipality and `false` where it may (`inPartOnly`, `unknown`); without `ags`
   * always `false`, since it does not hold in the whole Land.
   */
  readonly certain: boolean;
}

/**
 * Options of {@link publicHolidays}, {@link publicHolidayOn} and {@link isPublicHoliday}.
 *
 * @example
 * ```ts
 * import { isPublicHoliday, type PublicHolidayOptions } from 'kommunal';
 *
 * const augsburg: PublicHolidayOptions = { ags: '09761000' };
 * isPublicHoliday('2024-08-08', 'DE-BY', augsburg); // => true
 * isPublicHoliday('2024-08-08', 'DE-BY'); // => false
 * ```
 *
 * @category Holidays
 */
export interface PublicHolidayOptions {
  /**
   * The municipality asked about, by its Amtlicher Gemeindeschlüssel (8 digits, in the Land given):
   * its local holidays count, other municipalities' do not. Without it, the answer is for the
   * whole Land.
   */
  readonly ags?: string | undefined;
}

interface Rule {
  readonly name: string;
  readonly day: Day;
  /** Where it holds: Länder as their two letters, or every Land. */
  readonly states: readonly GermanStateLetters[] | 'all';
  readonly from?: number;
  readonly until?: number;
  readonly onlyIn?: readonly number[];
}

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
  // Berlin's FTG § 1 Abs. 1 as amended by the Viertes Gesetz zur Änderung des Gesetzes über die
  // Sonn- und Feiertage of 10 July 2024 (GVBl. 2024 Nr. 28 S. 460), Art. 1: 8 May 2025, 17 June 2028.
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
 * The `ags` option, an own property of a plain object: 8 digits that begin with the Land's two, or
 * `undefined`. Read here rather than with the schedule's option helpers, whose messages an app that
 * imports only the holidays would download.
 */
function readAgs(fn: string, options: unknown, state: GermanState): string | undefined {
  if (options === undefined) return undefined;
  let ags: unknown;
  try {
    if (typeof options !== 'object' || options === null || Array.isArray(options)) {
      fail('invalid_option', HOLIDAY_MESSAGES.de.notOptions(fn, options));
    }
    ags = Object.hasOwn(options, 'ags') ? (options as { readonly ags?: unknown }).ags : undefined;
  } catch (error) {
    // A getter or Proxy trap of the caller's that throws, or a revoked Proxy.
    if (error instanceof KommunalValidationError) throw error;
    fail('invalid_option', HOLIDAY_MESSAGES.de.unreadableAgs(fn));
  }
  if (ags === undefined) return undefined;
  const land = germanStateOf(state);
  if (typeof ags !== 'string' || !/^\d{8}$/.test(ags) || !ags.startsWith(land?.agsPrefix ?? '')) {
    fail('invalid_option', HOLIDAY_MESSAGES.de.notAnAgs(fn, ags, land?.name ?? '', land?.agsPrefix ?? ''));
  }
  return ags;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_HOLIDAY_YEAR || year > LAST_HOLIDAY_YEAR) {
    fail('invalid_number', HOLIDAY_MESSAGES.de.unsupportedYear(year, FIRST_HOLIDAY_YEAR, LAST_HOLIDAY_YEAR));
  }
}

/** The holidays of a Land in a year, for one municipality (`ags`) or, without it, for the whole Land. */
function holidaysOf(year: number, state: GermanState, ags: string | undefined): PublicHoliday[] {
  const land = lettersOf(state);
  checkYear(year);
  const holidays: PublicHoliday[] = [];
  for (const rule of RULES) {
    if (!holds(rule, year, land)) continue;
    const date = toIsoDate(rule.day(year));
    holidays.push({ date, name: rule.name, scope: 'statewide' });
  }
  for (const rule of localRules(year, land)) {
    const where = rule.area;
    const status = ags === undefined ? 'unknown' : localStatus(where, ags);
    if (status === 'none') continue;
    holidays.push({
      date: toIsoDate(rule.day(year)),
      name: rule.name,
      scope: 'local',
      ...where,
      certain: status === 'holds',
    });
  }
  // Stable: on a day with two holidays, the statewide and the laws' order first.
  return holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The public holidays of a German Land in a year: the statewide ones its Feiertagsgesetz names
 * (the nine of every Land, and Heilige Drei Könige, Fronleichnam, Reformationstag, Allerheiligen,
 * Buß- und Bettag in Sachsen, Frauentag in Berlin since 2019 and in Mecklenburg-Vorpommern since
 * 2023, Weltkindertag in Thüringen since 2019, …, including those held once: Reformationstag 2017
 * everywhere, Berlin's 8 May 2020 and 2025 and 17 June 2028), and the local ones some
 * of its municipalities keep (`scope: 'local'`, with where they hold): Mariä Himmelfahrt and the
 * Augsburger Hohes Friedensfest in Bavaria, Fronleichnam in parts of Sachsen and Thüringen.
 *
 * With `ags`, the list is for that municipality: its Land's statewide holidays, and the local ones
 * that hold there (`certain: true`) or may (`certain: false`: only in some Ortsteile, or where
 * kommunal's lists cannot say). Two holidays on one day (Tag der Arbeit and Christi Himmelfahrt
 * on 1 May 2008) are two entries.
 *
 * @param year - A whole year from 1990 (German unity) to 9999.
 * @param state - The Land, e.g. `DE-HE`: one of the 16 codes of ISO 3166-2:DE.
 * @param options - `ags`: the municipality's Amtlicher Gemeindeschlüssel (8 digits).
 * @returns The holidays, by date; statewide before local on one day.
 * @throws {@link KommunalValidationError} for an unknown Land (`invalid_value`), a year that is no whole number from 1990 to 9999 (`invalid_number`), or an `ags` that is no 8-digit key of the Land (`invalid_option`).
 *
 * @example
 * ```ts
 * import { publicHolidays } from 'kommunal';
 *
 * publicHolidays(2024, 'DE-HE').length; // => 10
 * publicHolidays(2024, 'DE-HE')[8]; // => { date: '2024-12-25', name: '1. Weihnachtstag', scope: 'statewide' }
 * publicHolidays(2025, 'DE-BE').map((holiday) => holiday.date).includes('2025-05-08'); // => true
 * publicHolidays(2008, 'DE-BY').filter((holiday) => holiday.date === '2008-05-01').map((holiday) => holiday.name); // => ['Tag der Arbeit', 'Christi Himmelfahrt']
 * publicHolidays(2024, 'DE-BY', { ags: '09761000' }).filter((holiday) => holiday.scope === 'local').map((holiday) => holiday.name); // => ['Augsburger Hohes Friedensfest', 'Mariä Himmelfahrt']
 * ```
 *
 * @category Holidays
 */
export function publicHolidays(year: number, state: GermanState, options?: PublicHolidayOptions): PublicHoliday[] {
  lettersOf(state);
  return holidaysOf(year, state, readAgs('publicHolidays', options, state));
}

/** The day a date or time stands for in Germany: an instant is read in Europe/Berlin, a wall-clock time as written. */
function germanDay(date: unknown): string {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}(?:T|$)/.test(date)) {
    fail('invalid_date', HOLIDAY_MESSAGES.de.notADay(date));
  }
  // The whole string must be valid, not only the date it begins with.
  const temporal = readTemporal(date, 'de');
  switch (temporal.kind) {
    case 'date':
      return toIsoDate(temporal.date);
    case 'wall':
      return toIsoDate(temporal.clock);
    case 'instant':
      return berlinDate(temporal.millis);
  }
}

/** Formats instants as days in Germany, made once (Intl, rather than kommunal's zone code for every zone). */
let berlinDays: Intl.DateTimeFormat | undefined;

/** The date an instant falls on in Germany (Europe/Berlin), `YYYY-MM-DD`. */
function berlinDate(millis: number): string {
  berlinDays ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const parts: Record<string, string> = {};
  for (const { type, value } of berlinDays.formatToParts(millis)) parts[type] = value;
  return `${(parts['year'] ?? '').padStart(4, '0')}-${pad2(Number(parts['month']))}-${pad2(Number(parts['day']))}`;
}

/** The holidays on one day, for the Land or the municipality `ags`. */
function holidaysOn(fn: string, date: string, state: GermanState, options: unknown): PublicHoliday[] {
  lettersOf(state);
  const day = germanDay(date);
  const ags = readAgs(fn, options, state);
  return holidaysOf(Number(day.slice(0, 4)), state, ags).filter((holiday) => holiday.date === day);
}

/**
 * The public holiday on a day in a German Land, or in one of its municipalities with `ags`, if
 * there is one (see {@link publicHolidays}): a statewide one, or a local one (`scope: 'local'`,
 * `certain` as {@link publicHolidays} gives it). On a day with two holidays it is one holiday
 * whose name joins both in the laws' order, „Tag der Arbeit und Christi Himmelfahrt“ on 1 May
 * 2008, with the other fields of the first; {@link publicHolidays} lists them apart.
 *
 * @param date - The day, `YYYY-MM-DD`, or a longer ISO 8601 string: a wall-clock time
 *   (`2024-05-30T10:00`) counts on the date it shows; an instant (`Z` or an offset) on its date in
 *   Germany (Europe/Berlin), so `2024-10-30T23:30:00Z` is 31 October. A `Date` is refused.
 * @param state - The Land, e.g. `DE-SN`.
 * @param options - `ags`: the municipality's Amtlicher Gemeindeschlüssel (8 digits).
 * @returns The holiday, or `undefined` on a working day.
 * @throws {@link KommunalValidationError} for an unknown Land, an `ags` that is no key of the Land, or a date that does not exist (`2024-02-30`), has text after it, or lies before 1990.
 *
 * @example
 * ```ts
 * import { publicHolidayOn } from 'kommunal';
 *
 * publicHolidayOn('2024-11-20', 'DE-SN')?.name; // => 'Buß- und Bettag'
 * publicHolidayOn('2024-11-20', 'DE-HE'); // => undefined
 * publicHolidayOn('2024-10-30T23:30:00Z', 'DE-SN')?.name; // => 'Reformationstag'
 * publicHolidayOn('2008-05-01', 'DE-BY')?.name; // => 'Tag der Arbeit und Christi Himmelfahrt'
 * publicHolidayOn('2024-08-15', 'DE-BY', { ags: '09162000' })?.certain; // => true
 * publicHolidayOn('2024-02-30', 'DE-HE'); // throws KommunalValidationError
 * ```
 *
 * @category Holidays
 */
export function publicHolidayOn(
  date: string,
  state: GermanState,
  options?: PublicHolidayOptions,
): PublicHoliday | undefined {
  const [first, ...others] = holidaysOn('publicHolidayOn', date, state, options);
  if (first === undefined || others.length === 0) return first;
  return { ...first, name: [first, ...others].map((holiday) => holiday.name).join(' und ') };
}

/**
 * Whether a day is a public holiday for the whole area asked about: without `ags`, a statewide
 * holiday of the Land, since a local one (Mariä Himmelfahrt in Bavaria) does not hold in the whole
 * Land, so `isPublicHoliday('2024-08-15', 'DE-BY')` is `false`; with `ags`, a statewide holiday or
 * a local one that holds in the whole municipality. Where a local holiday only may hold (some
 * Ortsteile, Bavaria before 2014 outside Ober- and Niederbayern) the answer is `false`: ask {@link publicHolidayOn},
 * whose answer then has `certain: false`.
 *
 * @param date - The day, `YYYY-MM-DD` (or a longer ISO 8601 string, as {@link publicHolidayOn} reads it).
 * @param state - The Land, e.g. `DE-BE`.
 * @param options - `ags`: the municipality's Amtlicher Gemeindeschlüssel (8 digits).
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
 * isPublicHoliday('2024-08-15', 'DE-BY'); // => false
 * isPublicHoliday('2024-08-15', 'DE-BY', { ags: '09162000' }); // => true
 * isPublicHoliday('2024-12-25junk', 'DE-BY'); // throws KommunalValidationError
 * ```
 *
 * @category Holidays
 */
export function isPublicHoliday(date: string, state: GermanState, options?: PublicHolidayOptions): boolean {
  return holidaysOn('isPublicHoliday', date, state, options).some(
    (holiday) => holiday.scope === 'statewide' || holiday.certain,
  );
}
