import { KommunalValidationError } from '../errors/KommunalValidationError.js';
import { failOption, type Locale, readLocale, readOptions, readTextList, unreadableIssue } from '../errors/options.js';
import { QUERY_MESSAGES } from '../i18n/queries.js';
import { PARTNERSHIP_KINDS } from '../model/partnershipKinds.js';
import { ISO_DATE_PATTERN } from '../model/patterns.js';

/**
 * Options every query takes: the language of its error messages.
 *
 * @example
 * ```ts
 * import { type QueryOptions, measuresOf } from 'kommunal';
 *
 * const options: QueryOptions = { locale: 'en' };
 * try {
 *   measuresOf(null as never, 'wetzlar', options);
 * } catch (error) {
 *   (error as Error).message; // => 'measuresOf expects a dataset from parseDataset, not null.'
 * }
 * ```
 *
 * @category Queries
 */
export interface QueryOptions {
  /** Language of error messages: `de` (default) or `en`. */
  readonly locale?: Locale | undefined;
}

/** A query's options as an object, and the language they ask for; anything else is an `invalid_option` error. */
export function readQueryOptions(fn: string, options: unknown): { options: object; locale: Locale } {
  const read = readOptions(fn, options);
  return { options: read, locale: readLocale(fn, read) };
}

/** An id argument: any string (an unknown id answers empty); anything else is an error. */
export function readId(fn: string, parameter: string, value: unknown, locale: Locale): string {
  if (typeof value === 'string') return value;
  throw new KommunalValidationError(
    [{ path: [], code: 'invalid_type', message: QUERY_MESSAGES[locale].notAnId(fn, parameter, value) }],
    { locale },
  );
}

/** The `on` option: a day `YYYY-MM-DD` that exists, in the years 1–9999, or `undefined`. */
export function readDay(fn: string, value: unknown, locale: Locale): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && ISO_DATE_PATTERN.test(value)) return value;
  return failOption(fn, 'on', value, QUERY_MESSAGES[locale].aDay, locale);
}

const KINDS: ReadonlySet<unknown> = new Set(PARTNERSHIP_KINDS);

/** The `kinds` option: a list of partnership kinds (possibly empty), or `undefined` for all. */
export function readKinds(fn: string, value: unknown, locale: Locale): ReadonlySet<string> | undefined {
  if (value === undefined) return undefined;
  const kinds = readTextList(fn, 'kinds', value, locale);
  for (const [index, kind] of kinds.entries()) {
    if (!KINDS.has(kind)) failOption(fn, `kinds[${index}]`, kind, QUERY_MESSAGES[locale].aPartnershipKind, locale);
  }
  return new Set(kinds);
}

/**
 * Runs a query, so that whatever the caller's objects throw while they are read (a getter, a Proxy
 * trap) reaches the caller as a {@link KommunalValidationError}, never as their own exception:
 * options and the dataset's structure are read by readers that name what threw; this catches what
 * a dataset built in code throws when a query reads an entity again.
 */
export function runQuery<T>(fn: string, options: unknown, query: (options: object, locale: Locale) => T): T {
  let locale: Locale = 'de';
  try {
    const read = readQueryOptions(fn, options);
    locale = read.locale;
    return query(read.options, locale);
  } catch (error) {
    if (error instanceof KommunalValidationError) throw error;
    throw new KommunalValidationError([unreadableIssue([], error, locale)], { locale });
  }
}
