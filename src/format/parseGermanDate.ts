import { fail, KommunalValidationError } from '../errors/KommunalValidationError.js';
import { failOption } from '../errors/options.js';
import { FORMAT_MESSAGES } from '../i18n/formatting.js';
import { PARSE_DATE_MESSAGES } from '../i18n/parseDate.js';
import { type CalendarDate, daysFromCivil, daysInMonth, toIsoDate, weekday } from '../time/calendar.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../time/germanNames.js';
import { calendarDateOf, checkedDate, type DateInput } from '../time/readTemporal.js';
import { DEFAULT_TIME_ZONE, optionOf, readFormatOptions } from './options.js';
import { weekdayName, writeDate } from './write.js';

// Month spellings found in German and Austrian texts, lower-case, mapped to their number.
const MONTHS = new Map<string, number>([
  ...MONTH_NAMES.map((name, index) => [name.toLowerCase(), index + 1] as const),
  ...(
    [
      ['jan', 1],
      ['jänner', 1],
      ['jän', 1],
      ['feb', 2],
      ['febr', 2],
      ['feber', 2],
      ['mär', 3],
      ['mrz', 3],
      ['maerz', 3],
      ['apr', 4],
      ['jun', 6],
      ['jul', 7],
      ['aug', 8],
      ['sep', 9],
      ['sept', 9],
      ['okt', 10],
      ['nov', 11],
      ['dez', 12],
    ] as const
  ).map(([name, month]) => [name, month] as const),
]);

const WEEKDAYS = new Map<string, number>([
  ...WEEKDAY_NAMES.map((name, index) => [name.toLowerCase(), index] as const),
  ...WEEKDAY_NAMES.map((name, index) => [name.slice(0, 2).toLowerCase(), index] as const),
]);

const LETTERS = '[A-Za-zÄÖÜäöüß]+';
// [1] weekday, [2] day, then [3] month in digits and [4] its year, or [5] month in words and [6] its
// year. „am“ and „den“ are the words press releases put before a date („Am Montag, den 15. April“).
// A year is any run of digits here, so that a two-digit year gets its own error, not the general one.
const PATTERN = new RegExp(
  `^(?:am\\s+)?(?:(?!(?:den|am)\\s)(${LETTERS})\\.?,?\\s+)?(?:den\\s+)?(\\d{1,2})\\.\\s*(?:(\\d{1,2})\\.(?:\\s*(\\d+))?|(${LETTERS})\\.?(?:\\s+(\\d+))?)$`,
  'i',
);

/** How many years either side of `near` a date without a year may lie: enough for every weekday of 29 February. */
const SEARCH_YEARS = 50;

/**
 * Options for {@link parseGermanDate}.
 *
 * @example
 * ```ts
 * import { type ParseGermanDateOptions, parseGermanDate } from 'kommunal';
 *
 * const pressRelease: ParseGermanDateOptions = { near: '2024-04-02' };
 * parseGermanDate('1. Mai', pressRelease); // => '2024-05-01'
 * ```
 *
 * @category Formatting
 */
export interface ParseGermanDateOptions {
  /**
   * A day near the date meant (the date of the press release), for texts without a year: a
   * calendar date `YYYY-MM-DD`, or a `Date` or ISO instant, taken on the calendar of
   * `Europe/Berlin`. Without a year the date nearest to it is chosen; see {@link parseGermanDate}.
   */
  readonly near?: DateInput | undefined;
}

/**
 * Reads a date as Germans write it and returns the ISO calendar date. Accepts digits
 * (`15.04.2024`, `15.4.2024`), month names and their usual abbreviations (`15. April 2024`,
 * `15. Apr. 2024`, Austrian `Jänner`), a leading weekday (`Montag, den 15. April 2024`,
 * `Mo., 15.04.2024`), which must then be the right one, and a leading „am“ as press releases
 * write it (`Am Montag, den 15. April`).
 *
 * A year has four digits. A two-digit year (`15.04.24`) is refused as ambiguous: the century is
 * not in the text, and no option guesses it. A date without a year (`1. Mai`, `15.04.`) needs
 * `near`, the day it is written near (a press release's date):
 * - with a weekday, the year is the one in which the day falls on that weekday, nearest to `near`;
 * - without one, the date is the one nearest to `near`.
 *
 * „Nearest“ counts days between the date and `near`; of two dates equally near, the later one is
 * taken. Years from 50 before to 50 after `near`'s year are searched (29 February falls on each
 * weekday at least once in any 41 years), within the years 1–9999.
 *
 * @param text - The date as written.
 * @param options - `near`: a day near the date, needed for a date without a year.
 * @returns The date as `YYYY-MM-DD`.
 * @throws {@link KommunalValidationError} if the text is no German date, the date does not exist, the weekday is wrong, the year has two digits, or the year is missing and `near` is not given; the message names the text.
 *
 * @example
 * ```ts
 * import { parseGermanDate } from 'kommunal';
 *
 * parseGermanDate('15.04.2024'); // => '2024-04-15'
 * parseGermanDate('Montag, den 15. April 2024'); // => '2024-04-15'
 * parseGermanDate('3. Jänner 2025'); // => '2025-01-03'
 * parseGermanDate('Montag, den 15. April', { near: '2024-01-01' }); // => '2024-04-15'
 * parseGermanDate('Am Montag, den 15. April', { near: '2029-01-01' }); // => '2030-04-15'
 * parseGermanDate('1. Mai', { near: '2024-12-20' }); // => '2025-05-01'
 * parseGermanDate('1. Mai'); // throws KommunalValidationError
 * parseGermanDate('15.04.24'); // throws KommunalValidationError
 * parseGermanDate('Dienstag, 15. April 2024'); // throws KommunalValidationError
 * parseGermanDate('30.02.2024'); // throws KommunalValidationError
 * ```
 *
 * @category Formatting
 */
export function parseGermanDate(text: string, options?: ParseGermanDateOptions): string {
  const read = readFormatOptions('parseGermanDate', options);
  const near = readNear(optionOf('parseGermanDate', read, 'near', 'de'));
  if (typeof text !== 'string') {
    fail('invalid_type', FORMAT_MESSAGES.de.notAText(text));
  }
  const normalised = text.replace(/\s+/g, ' ').trim();
  const match = PATTERN.exec(normalised);
  const monthWord = match?.[5]?.toLowerCase();
  const month = monthWord === undefined ? Number(match?.[3]) : MONTHS.get(monthWord);
  if (!match || month === undefined) {
    fail('invalid_date', FORMAT_MESSAGES.de.notAGermanDate(text));
  }
  const day = Number(match[2]);
  const yearDigits = match[4] ?? match[6];
  const weekdayWord = match[1];
  const named = weekdayWord === undefined ? undefined : namedWeekday(text, weekdayWord);
  if (yearDigits === undefined) {
    if (near === undefined) fail('invalid_date', PARSE_DATE_MESSAGES.de.yearMissing(text));
    return toIsoDate(nearestDate(text, day, month, named, near));
  }
  if (yearDigits.length === 2) fail('invalid_date', PARSE_DATE_MESSAGES.de.twoDigitYear(text, yearDigits));
  if (yearDigits.length !== 4) fail('invalid_date', FORMAT_MESSAGES.de.notAGermanDate(text));
  const date = checkedDate(text, Number(yearDigits), month, day, 'de');
  if (named !== undefined && weekday(date) !== named) {
    fail(
      'invalid_date',
      FORMAT_MESSAGES.de.wrongWeekday(text, writeDate(date, 'long'), weekdayName(date), WEEKDAY_NAMES[named] ?? ''),
    );
  }
  return toIsoDate(date);
}

/** The `near` option as a calendar date, or `undefined` where it is not given. */
function readNear(value: unknown): CalendarDate | undefined {
  if (value === undefined) return undefined;
  try {
    return calendarDateOf(value, DEFAULT_TIME_ZONE, 'de');
  } catch (error) {
    if (!(error instanceof KommunalValidationError)) throw error;
    return failOption('parseGermanDate', 'near', value, PARSE_DATE_MESSAGES.de.aNearDate, 'de');
  }
}

/** The weekday a word names (0 = Sunday), or an error naming the word. */
function namedWeekday(text: string, word: string): number {
  const named = WEEKDAYS.get(word.toLowerCase());
  if (named === undefined) fail('invalid_date', FORMAT_MESSAGES.de.notAWeekday(text, word));
  return named;
}

/**
 * The date with this day and month nearest to `near` (on weekday `named` where one is given): the
 * fewest days away, the later of two equally near, within {@link SEARCH_YEARS} years either side.
 */
function nearestDate(text: string, day: number, month: number, named: number | undefined, near: CalendarDate) {
  // A day no year has (31 April, 30 February) is refused with the month's length in near's year.
  if (month < 1 || month > 12 || day < 1 || day > (month === 2 ? 29 : daysInMonth(2001, month))) {
    checkedDate(text, near.year, month, day, 'de');
  }
  const from = Math.max(1, near.year - SEARCH_YEARS);
  const to = Math.min(9999, near.year + SEARCH_YEARS);
  const nearDays = daysFromCivil(near);
  let best: CalendarDate | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let year = from; year <= to; year += 1) {
    if (day > daysInMonth(year, month)) continue;
    const candidate = { year, month, day };
    if (named !== undefined && weekday(candidate) !== named) continue;
    const distance = Math.abs(daysFromCivil(candidate) - nearDays);
    // Years ascend, so `<=` keeps the later of two equally near dates.
    if (distance <= bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // Unreached for the years 1–9999, where every window searched holds each weekday of each day; kept
  // so that a wider range of years could not return nothing silently.
  if (best === undefined) {
    const dayMonth = `${day}. ${MONTH_NAMES[month - 1] ?? ''}`;
    fail(
      'invalid_date',
      PARSE_DATE_MESSAGES.de.noMatchingYear(text, dayMonth, WEEKDAY_NAMES[named ?? 0] ?? '', from, to),
    );
  }
  return best;
}
