import { fail } from '../errors/KommunalValidationError.js';
import { FORMAT_MESSAGES } from '../i18n/formatting.js';
import { germanNumber } from '../time/germanNumber.js';

const WORDS = [
  'ein',
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'elf',
  'zwölf',
] as const;

/** The longest day count written: a hundred years (36,525 days). */
export const MAX_DAY_COUNT = 36_525;

/**
 * The adjective for an event's length in days: `zweitägig`, `viertägig`. Numbers up to twelve are
 * written as words, larger ones in digits with a hyphen (`14-tägig`), as Duden recommends; from
 * five digits on, grouped in threes by a narrow no-break space (U+202F), as DIN 5008 and Duden
 * group numbers (`36 525-tägig`). Decline it yourself where it stands before a noun (`eine
 * zweitägige Fortbildung`).
 *
 * @param days - A whole number of days, from 1 to 36,525 (a hundred years).
 * @returns The adjective in its base form.
 * @throws {@link KommunalValidationError} if `days` is not a whole number from 1 to 36,525.
 *
 * @example
 * ```ts
 * import { formatDayCount } from 'kommunal';
 *
 * formatDayCount(2); // => 'zweitägig'
 * formatDayCount(4); // => 'viertägig'
 * formatDayCount(14); // => '14-tägig'
 * formatDayCount(36525); // => '36\u202f525-tägig'
 * formatDayCount(1e21); // throws KommunalValidationError
 * `eine ${formatDayCount(2)}e Fortbildung`; // => 'eine zweitägige Fortbildung'
 * ```
 *
 * @category Formatting
 */
export function formatDayCount(days: number): string {
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAY_COUNT) {
    fail('invalid_number', FORMAT_MESSAGES.de.notADayCount(days, MAX_DAY_COUNT));
  }
  const word = WORDS[days - 1];
  return word === undefined ? `${germanNumber(days)}-tägig` : `${word}tägig`;
}
