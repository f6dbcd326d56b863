import { KommunalValidationError } from '../errors/KommunalValidationError.js';
import { failOption, optionOf, readLocale, readOptions, unreadableIssue } from '../errors/options.js';
import type { Locale } from '../i18n/catalogue.js';
import { QUANTITY_MESSAGES } from '../i18n/quantities.js';
import { PARTIAL_DATE_PATTERN } from '../model/patterns.js';
import type { QuantitySeries } from '../model/quantity.js';
import { MAX_LIST_LENGTH } from '../model/readonlyCopy.js';
import { isArray, isRecord } from '../time/quote.js';
import {
  type CheckedQuantity,
  digitsOf,
  type QuantityNoun,
  readField,
  readNoun,
  readQuantityFields,
  writeQuantity,
} from './formatQuantity.js';

const FN = 'formatGrowth';

// Zero and two to twelve; one is left in digits, since its word must agree with the noun's gender
// and case („von einer Anlaufstelle“, „von einem Standort“), which kommunal does not know.
const GERMAN_WORDS: ReadonlyMap<number, string> = new Map([
  [0, 'null'],
  [2, 'zwei'],
  [3, 'drei'],
  [4, 'vier'],
  [5, 'fünf'],
  [6, 'sechs'],
  [7, 'sieben'],
  [8, 'acht'],
  [9, 'neun'],
  [10, 'zehn'],
  [11, 'elf'],
  [12, 'zwölf'],
]);

/**
 * Options for {@link formatGrowth}.
 *
 * @example
 * ```ts
 * import { type FormatGrowthOptions, formatGrowth } from 'kommunal';
 *
 * const options: FormatGrowthOptions = { noun: 'Anlaufstellen', numbers: 'digits' };
 * formatGrowth([{ date: '2014', value: 11 }, { date: '2023', value: 50, qualifier: 'more-than' }], options); // => 'von 11 auf mehr als 50 Anlaufstellen'
 * ```
 *
 * @category Formatting
 */
export interface FormatGrowthOptions {
  /** The noun after the last number, as {@link formatQuantity} takes it. None by default. */
  readonly noun?: QuantityNoun | undefined;
  /**
   * `words` (the default): in German, the whole numbers zero and two to twelve in words („von elf
   * auf mehr als 150“), as running text often writes them (Duden); `digits`: every number in
   * digits („von 11 auf mehr als 150“), as Duden advises where numbers are compared or lists and
   * tables hold them. English always writes digits.
   */
  readonly numbers?: 'words' | 'digits' | undefined;
  /** The language: `de` (the default) or `en`; errors are written in it too. */
  readonly locale?: Locale | undefined;
}

/** A series entry, checked, with its place in the list. */
interface CheckedEntry extends CheckedQuantity {
  readonly date: string;
}

/**
 * Writes how a count grew (or shrank) from the first entry of a dated series to the last: „von
 * elf auf mehr als 150“. The entries are taken in date order (`2014` before `2014-03` before
 * `2014-03-01`), whatever their order in the list; of entries with the same date, the first
 * listed counts as the start and the last listed as the end. Each number is written as
 * {@link formatQuantity} writes it, with its qualifier („von rund 20 auf mindestens 40“); the
 * noun follows the last number only. In German, zero and two to twelve are words unless
 * `numbers: 'digits'`.
 *
 * @param series - At least two entries `{ date, value, qualifier? }`, dated `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * @param options - `noun`: the noun after the last number; `numbers`: `words` (default) or `digits`; `locale`: `de` (default) or `en`.
 * @returns The growth as text.
 * @throws {@link KommunalValidationError} if `series` is no list, has fewer than two entries or
 * more than 10,000,000, an entry is no object or has a date, value or qualifier that is not as
 * described, or an option is invalid.
 *
 * @example
 * ```ts
 * import { formatGrowth } from 'kommunal';
 *
 * const offices = [
 *   { date: '2023-09', value: 150, qualifier: 'more-than' },
 *   { date: '2014', value: 11 },
 * ] as const;
 * formatGrowth(offices); // => 'von elf auf mehr als 150'
 * formatGrowth(offices, { noun: 'Teilnehmende' }); // => 'von elf auf mehr als 150 Teilnehmende'
 * formatGrowth(offices, { numbers: 'digits' }); // => 'von 11 auf mehr als 150'
 * formatGrowth(offices, { locale: 'en', noun: 'participants' }); // => 'from 11 to more than 150 participants'
 * formatGrowth([{ date: '2014', value: 11 }]); // throws KommunalValidationError
 * ```
 *
 * @category Formatting
 */
export function formatGrowth(series: QuantitySeries, options?: FormatGrowthOptions): string {
  const read = readOptions(FN, options);
  const locale = readLocale(FN, read);
  const noun = readNoun(FN, optionOf(FN, read, 'noun', locale), locale);
  const numbers = readNumbers(optionOf(FN, read, 'numbers', locale), locale);
  const { first, last } = firstAndLast(series, locale);
  const writeNumber =
    numbers === 'words' && locale === 'de'
      ? (value: number) => GERMAN_WORDS.get(value) ?? digitsOf(value, locale)
      : digitsOf;
  return QUANTITY_MESSAGES[locale].growth(
    writeQuantity(first, undefined, locale, writeNumber),
    writeQuantity(last, noun, locale, writeNumber),
  );
}

function readNumbers(value: unknown, locale: Locale): 'words' | 'digits' {
  if (value === undefined || value === 'words') return 'words';
  if (value === 'digits') return 'digits';
  return failOption(FN, 'numbers', value, QUANTITY_MESSAGES[locale].aNumbersStyle, locale);
}

function fail(
  path: readonly (string | number)[],
  code: 'invalid_type' | 'invalid_format' | 'too_small' | 'too_big',
  message: string,
  locale: Locale,
): never {
  throw new KommunalValidationError([{ path, code, message }], { locale });
}

/** Every entry read once and checked; the earliest and the latest by date. */
function firstAndLast(series: unknown, locale: Locale): { first: CheckedEntry; last: CheckedEntry } {
  const messages = QUANTITY_MESSAGES[locale];
  if (!isArray(series)) return fail([], 'invalid_type', messages.notASeries(series), locale);
  const length = readLength(series, locale);
  if (length > MAX_LIST_LENGTH) return fail([], 'too_big', messages.tooManyEntries(length, MAX_LIST_LENGTH), locale);
  if (length < 2) return fail([], 'too_small', messages.tooFewEntries(length), locale);
  let first: CheckedEntry | undefined;
  let last: CheckedEntry | undefined;
  for (let index = 0; index < length; index += 1) {
    const entry = readEntry(series, index, locale);
    if (first === undefined || entry.date < first.date) first = entry;
    if (last === undefined || entry.date >= last.date) last = entry;
  }
  return { first: first as CheckedEntry, last: last as CheckedEntry };
}

function readLength(series: readonly unknown[], locale: Locale): number {
  try {
    return series.length;
  } catch {
    return fail([], 'invalid_type', QUANTITY_MESSAGES[locale].notASeries(series), locale);
  }
}

function readEntry(series: readonly unknown[], index: number, locale: Locale): CheckedEntry {
  const messages = QUANTITY_MESSAGES[locale];
  let entry: unknown;
  try {
    entry = series[index];
  } catch (error) {
    throw new KommunalValidationError([unreadableIssue([index], error, locale)], { locale });
  }
  if (!isRecord(entry)) return fail([index], 'invalid_type', messages.notAnEntry(entry), locale);
  const date = readField(entry, 'date', [index], locale);
  const quantity = readQuantityFields(entry, [index], locale);
  if (typeof date !== 'string' || !PARTIAL_DATE_PATTERN.test(date)) {
    return fail([index, 'date'], 'invalid_format', messages.notADate(date), locale);
  }
  return { ...quantity, date };
}
