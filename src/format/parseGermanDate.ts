import { fail } from '../errors/KommunalValidationError.js';
import { FORMAT_MESSAGES } from '../i18n/formatting.js';
import { toIsoDate } from '../time/calendar.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../time/germanNames.js';
import { checkedDate } from '../time/readTemporal.js';
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
const PATTERN = new RegExp(
  `^(?:(?!den\\s)(${LETTERS})\\.?,?\\s+)?(?:den\\s+)?(\\d{1,2})\\.\\s*(?:(\\d{1,2})\\.\\s*|(${LETTERS})\\.?\\s+)(\\d{4})$`,
  'i',
);

/**
 * Reads a date as Germans write it and returns the ISO calendar date. Accepts digits
 * (`15.04.2024`, `15.4.2024`), month names and their usual abbreviations (`15. April 2024`,
 * `15. Apr. 2024`, Austrian `Jänner`), and a leading weekday (`Montag, den 15. April 2024`,
 * `Mo., 15.04.2024`), which must then be the right one. Years need four digits.
 *
 * @param text - The date as written.
 * @returns The date as `YYYY-MM-DD`.
 * @throws {@link KommunalValidationError} if the text is no German date, the date does not exist, or the weekday is wrong; the message names the text.
 *
 * @example
 * ```ts
 * import { parseGermanDate } from 'kommunal';
 *
 * parseGermanDate('15.04.2024'); // => '2024-04-15'
 * parseGermanDate('Montag, den 15. April 2024'); // => '2024-04-15'
 * parseGermanDate('3. Jänner 2025'); // => '2025-01-03'
 * parseGermanDate('Dienstag, 15. April 2024'); // throws KommunalValidationError
 * parseGermanDate('30.02.2024'); // throws KommunalValidationError
 * ```
 *
 * @category Formatting
 */
export function parseGermanDate(text: string): string {
  if (typeof text !== 'string') {
    fail('invalid_type', FORMAT_MESSAGES.de.notAText(text));
  }
  const normalised = text.replace(/\s+/g, ' ').trim();
  const match = PATTERN.exec(normalised);
  const monthWord = match?.[4]?.toLowerCase();
  const month = monthWord === undefined ? Number(match?.[3]) : MONTHS.get(monthWord);
  if (!match || month === undefined) {
    fail('invalid_date', FORMAT_MESSAGES.de.notAGermanDate(text));
  }
  const date = checkedDate(text, Number(match[5]), month, Number(match[2]), 'de');
  const weekdayWord = match[1]?.toLowerCase();
  if (weekdayWord !== undefined) {
    const named = WEEKDAYS.get(weekdayWord);
    if (named === undefined) {
      fail('invalid_date', FORMAT_MESSAGES.de.notAWeekday(text, match[1] ?? ''));
    }
    const actual = weekdayName(date);
    if (WEEKDAY_NAMES[named] !== actual) {
      fail(
        'invalid_date',
        FORMAT_MESSAGES.de.wrongWeekday(text, writeDate(date, 'long'), actual, WEEKDAY_NAMES[named] ?? ''),
      );
    }
  }
  return toIsoDate(date);
}
