import { KommunalValidationError, prefixIssues } from '../errors/KommunalValidationError.js';
import { failOption, type Locale, optionOf } from '../errors/options.js';
import { HOLIDAY_SOURCE_MESSAGES } from '../i18n/holidaySource.js';
import { SCHEDULE_ITEM_MESSAGES } from '../i18n/scheduleItems.js';
import type { Dataset } from '../model/dataset.js';
import { type DatasetIndex, indexOf } from '../query/datasetIndex.js';
import { isRecord } from '../time/quote.js';

// Options that several schedule functions take, read one way.

/** A dataset given to `fn` as its option `dataset`, and its index (see {@link indexOf}). */
export interface DatasetOption {
  readonly dataset: Dataset | undefined;
  readonly index: DatasetIndex;
}

/**
 * The `dataset` option of `fn`: not given, or a dataset whose index can be built. Anything but an
 * object is an `invalid_option` error; an object not shaped like a dataset from parseDataset is
 * the index's error, with paths that begin at `dataset`.
 */
export function readDatasetOption(fn: string, options: object, locale: Locale): DatasetOption {
  const dataset = optionOf(fn, options, 'dataset', locale);
  if (dataset === undefined) return { dataset, index: indexOf(undefined, fn, locale) };
  if (!isRecord(dataset)) {
    return failOption(fn, 'dataset', dataset, SCHEDULE_ITEM_MESSAGES[locale].aDataset, locale);
  }
  return { dataset: dataset as Dataset, index: datasetIndex(dataset as Dataset, fn, locale, ['dataset']) };
}

/** The index of a dataset (see {@link indexOf}), with the paths of its problems beginning at `prefix`. */
export function datasetIndex(
  dataset: Dataset,
  fn: string,
  locale: Locale,
  prefix: readonly (string | number)[],
): DatasetIndex {
  try {
    return indexOf(dataset, fn, locale);
  } catch (error) {
    if (error instanceof KommunalValidationError && prefix.length > 0) throw prefixIssues(error, prefix, locale);
    throw error;
  }
}

/**
 * A source of public holidays for places outside Germany, for the option `holidays` of
 * {@link detectConflicts} and {@link findFreeSlots}: asked for one day (`YYYY-MM-DD` in the place's
 * local time) in one country (ISO 3166-1 alpha-2, `US`) and, where the place gives one, its
 * subdivision (ISO 3166-2 as the place's `state` writes it, `US-IL`). It returns `{ name }` for a
 * public holiday and `undefined` for none. kommunal asks it at most once per day, country and
 * subdivision in one call; what it throws, and any other return, is a
 * {@link KommunalValidationError} (`invalid_option`) naming the call. It is given strings only, so
 * it cannot change what kommunal reads.
 *
 * @example
 * ```ts
 * import { detectConflicts, type HolidaySource } from 'kommunal';
 *
 * const usHolidays: HolidaySource = (date, countryCode) =>
 *   countryCode === 'US' && date === '2017-07-04' ? { name: 'Independence Day' } : undefined;
 * const chicago = { name: 'Chicago', country: 'US', state: 'US-IL', timeZone: 'America/Chicago' };
 * const conflicts = detectConflicts(
 *   [{ id: 'a', start: '2017-07-04T10:00-05:00', end: '2017-07-04T11:00-05:00', place: chicago }],
 *   { holidays: usHolidays },
 * );
 * conflicts.map((conflict) => conflict.message); // => ['„a“ (Dienstag, 4. Juli 2017, 10–11 Uhr Ortszeit Chicago) fällt auf einen Feiertag in den USA: Independence Day.']
 * ```
 *
 * @category Scheduling
 */
export type HolidaySource = (
  date: string,
  countryCode: string,
  subdivision?: string,
) => { readonly name: string } | undefined;

/**
 * The option `holidays` as a source, or `undefined` where it is none. `booleans`: whether `true`
 * and `false` are values of the option too (detectConflicts, where they switch the check).
 */
export function readHolidaySource(
  fn: string,
  value: unknown,
  booleans: boolean,
  locale: Locale,
): HolidaySource | undefined {
  if (typeof value === 'function') return value as HolidaySource;
  if (value === undefined || (booleans && typeof value === 'boolean')) return undefined;
  const messages = HOLIDAY_SOURCE_MESSAGES[locale];
  return failOption(fn, 'holidays', value, booleans ? messages.checkOrSource : messages.source, locale);
}

/**
 * A holiday source as one call asks it: each day, country and subdivision once, the answer kept
 * for the rest of the call (and no longer: the cache belongs to the call, so it is bounded by it).
 */
export class HolidaysAbroad {
  private readonly answers = new Map<string, string | null>();

  constructor(
    private readonly fn: string,
    private readonly source: HolidaySource,
    private readonly locale: Locale,
  ) {}

  /** The name of the public holiday on `date` in the place, or `undefined`. */
  nameOn(date: string, country: string, subdivision: string | undefined): string | undefined {
    const key = `${date}\u0000${country}\u0000${subdivision ?? ''}`;
    let name = this.answers.get(key);
    if (name === undefined) {
      name = this.ask(date, country, subdivision);
      this.answers.set(key, name);
    }
    return name ?? undefined;
  }

  private ask(date: string, country: string, subdivision: string | undefined): string | null {
    const { fn, locale } = this;
    const messages = HOLIDAY_SOURCE_MESSAGES[locale];
    // Without a subdivision the source gets two arguments, as its type allows.
    const args = subdivision === undefined ? [date, country] : [date, country, subdivision];
    let answer: unknown;
    let name: unknown;
    let named = false;
    try {
      // Called as a plain function: `this` inside it is undefined, not kommunal's object.
      const source = this.source;
      answer = subdivision === undefined ? source(date, country) : source(date, country, subdivision);
      if (answer === undefined) return null;
      named = isRecord(answer);
      name = named ? (answer as Readonly<Record<string, unknown>>)['name'] : undefined;
    } catch (error) {
      const message = messages.threw(fn, args, error);
      throw new KommunalValidationError([{ path: [], code: 'invalid_option', message }], { locale });
    }
    if (typeof name === 'string' && name.trim() !== '') return name;
    const message = messages.malformed(fn, args, named ? name : answer, named);
    throw new KommunalValidationError([{ path: [], code: 'invalid_option', message }], { locale });
  }
}
