import { type KommunalIssue, KommunalValidationError } from '../errors/KommunalValidationError.js';
import { failOption, optionOf, readLocale, readOptions, unreadableIssue } from '../errors/options.js';
import type { Locale } from '../i18n/catalogue.js';
import { QUERY_MESSAGES } from '../i18n/queries.js';
import { VALIDATION_MESSAGES } from '../i18n/validation.js';
import { COLLECTIONS, type Dataset } from '../model/dataset.js';
import { ISO_DATE_PATTERN } from '../model/patterns.js';
import { toIsoDate } from '../time/calendar.js';
import { isArray } from '../time/quote.js';
import { wallClockAt } from '../time/zonedTime.js';
import { checkLinks } from './checkLinks.js';
import { checkPlaces } from './checkPlaces.js';
import { checkProvenance } from './checkProvenance.js';
import { checkRecords } from './checkRecords.js';
import { checkShape } from './checkShape.js';
import { checkTimes } from './checkTimes.js';
import { type CheckContext, createContext } from './context.js';
import { createIssueList } from './issueList.js';

/**
 * Options for {@link parseDataset} and {@link safeParseDataset}.
 *
 * @example
 * ```ts
 * import { type ParseDatasetOptions, safeParseDataset } from 'kommunal';
 *
 * const options: ParseDatasetOptions = { locale: 'en' };
 * safeParseDataset({ municipalities: [] }, options).success; // => true
 * ```
 *
 * @category Validation
 */
export interface ParseDatasetOptions {
  /** Language of the messages: `de` (default) or `en`; anything else is an `invalid_option` issue. */
  readonly locale?: Locale | undefined;
  /**
   * The day a `status` is checked against, `YYYY-MM-DD`: an event marked `held` that begins after
   * it, or one marked `planned` that ended before it, is a notice. Default: the current day in
   * Germany (`Europe/Berlin`). Pass it wherever the result must not change with the day it runs on.
   */
  readonly today?: string | undefined;
}

/**
 * What {@link safeParseDataset} returns: the parsed dataset, or the error listing every problem;
 * either way `notices`, the `info` issues: things to change that do not make a dataset invalid (a
 * Landkreis's key written as eight digits, `06440000`, where its Kreisschlüssel is `06440`). Like
 * the error, they list at most 1,000 and then count the rest.
 *
 * @example
 * ```ts
 * import { type SafeParseDatasetResult, safeParseDataset } from 'kommunal';
 *
 * const result: SafeParseDatasetResult = safeParseDataset({ municipalities: 'keine' });
 * result.success; // => false
 * ```
 *
 * @category Validation
 */
export type SafeParseDatasetResult =
  | { readonly success: true; readonly data: Dataset; readonly notices: readonly KommunalIssue[] }
  | { readonly success: false; readonly error: KommunalValidationError; readonly notices: readonly KommunalIssue[] };

const NO_NOTICES: readonly KommunalIssue[] = Object.freeze([]);

/** The `today` option: a day that exists, `YYYY-MM-DD`, or the current day in Germany, asked for only when needed. */
function readToday(fn: string, options: object, locale: Locale): () => string {
  const value = optionOf(fn, options, 'today', locale);
  if (value === undefined) {
    let today: string | undefined;
    return () => {
      today ??= toIsoDate(wallClockAt(Date.now(), 'Europe/Berlin'));
      return today;
    };
  }
  if (typeof value === 'string' && ISO_DATE_PATTERN.test(value)) return () => value;
  return failOption(fn, 'today', value, QUERY_MESSAGES[locale].aDay, locale);
}

function check(input: unknown, locale: Locale, today: () => string): SafeParseDatasetResult {
  // Not `isRecord`: a Proxy that cannot be read is reported as such, with what it threw, by checkShape.
  if (typeof input !== 'object' || input === null || isArray(input)) {
    const issue = { path: [], code: 'invalid_type', message: VALIDATION_MESSAGES[locale].notADataset(input) } as const;
    return { success: false, error: new KommunalValidationError([issue], { locale }), notices: NO_NOTICES };
  }
  const issues = createIssueList();
  const notices = createIssueList();
  const shape = checkShape(input as Record<string, unknown>, locale, issues);
  const ids = Object.fromEntries(
    COLLECTIONS.map((collection) => [collection, new Set(shape.rawIds[collection].ids)]),
  ) as unknown as CheckContext['ids'];
  const context = createContext(shape.entries, ids, locale, issues, notices);
  checkLinks(context, shape.rawIds);
  checkPlaces(context);
  checkTimes(context);
  checkRecords(context);
  checkProvenance(context, today);
  const noticed = Object.freeze(
    notices.result(locale).map((notice) => Object.freeze({ ...notice, path: Object.freeze([...notice.path]) })),
  );
  if (shape.data !== undefined && issues.total === 0) return { success: true, data: shape.data, notices: noticed };
  return { success: false, error: new KommunalValidationError(issues.result(locale), { locale }), notices: noticed };
}

/** Never throws: options that are not `{ locale, today }` and input that cannot be read become the error. */
function run(fn: string, input: unknown, options: unknown): SafeParseDatasetResult {
  let locale: Locale = 'de';
  try {
    const read = readOptions(fn, options);
    locale = readLocale(fn, read);
    return check(input, locale, readToday(fn, read, locale));
  } catch (error) {
    // Every check reports what it cannot read at its own path; this is the last resort.
    if (error instanceof KommunalValidationError) return { success: false, error, notices: NO_NOTICES };
    return {
      success: false,
      error: new KommunalValidationError([unreadableIssue([], error, locale)], { locale }),
      notices: NO_NOTICES,
    };
  }
}

/**
 * Checks a dataset's shape and meaning and returns every problem at once, never throwing.
 * See {@link parseDataset} for what is checked and how many problems are listed.
 *
 * Whatever it is given, it returns: options other than `{ locale: 'de' | 'en', today: 'YYYY-MM-DD' }` are an
 * `invalid_option` issue, and a value that throws when read (a getter, a Proxy trap) is an
 * `invalid_type` issue at its path that names what was thrown.
 *
 * @param input - Anything, typically the result of `JSON.parse`. It is not changed, and nothing in
 * it is frozen, whether parsing succeeds or fails.
 * @param options - `locale` of the messages (default `de`); `today`, the day a `status` is checked
 * against (default: the current day in `Europe/Berlin`).
 * @returns `{ success: true, data, notices }` with the frozen dataset, or `{ success: false, error,
 * notices }`; `notices` are the `info` issues (usually none).
 *
 * @example
 * ```ts
 * import { safeParseDataset } from 'kommunal';
 *
 * const result = safeParseDataset({
 *   municipalities: [{ id: 'wien', name: 'Wien', kind: 'city-state', country: 'AT', state: 'AT-9' }],
 *   exchanges: [
 *     { id: 'x', kind: 'professional-exchange', title: 'Besuch', hostId: 'wien', guestIds: ['wiesbaden'], startDate: '2024-02-12', endDate: '2024-02-10' },
 *   ],
 * });
 * result.success; // => false
 * result.success ? [] : result.error.issues.map((issue) => issue.path.join('.')); // => ['exchanges.0.guestIds.0', 'exchanges.0.endDate']
 * result.success ? '' : result.error.issues[0]?.message; // => '„wiesbaden“ ist keine Kommune oder Organisation in diesem Datensatz.'
 *
 * const kreis = safeParseDataset({
 *   municipalities: [{ id: 'wetterau', name: 'Wetteraukreis', kind: 'district', country: 'DE', state: 'DE-HE', ags: '06440000' }],
 * });
 * kreis.success; // => true
 * kreis.notices.map((notice) => notice.code); // => ['padded_district_key']
 *
 * // A meeting marked as held that has not begun yet: a notice, not an error.
 * const meeting = safeParseDataset(
 *   {
 *     municipalities: [{ id: 'chemnitz', name: 'Chemnitz', kind: 'city', country: 'DE', state: 'DE-SN' }],
 *     exchanges: [
 *       { id: 'bnt-10', kind: 'network-meeting', title: '10. Bundesnetzwerktreffen', hostId: 'chemnitz', guestIds: [], startDate: '2027-09-20', endDate: '2027-09-21', status: 'held' },
 *     ],
 *   },
 *   { today: '2026-12-01' },
 * );
 * meeting.success; // => true
 * meeting.notices[0]?.message; // => 'Der Austausch „bnt-10“ ist als stattgefunden eingetragen („status“: „held“), beginnt aber erst am 20. September 2027; heute ist der 1. Dezember 2026.'
 * ```
 *
 * @category Validation
 */
export function safeParseDataset(input: unknown, options?: ParseDatasetOptions): SafeParseDatasetResult {
  return run('safeParseDataset', input, options);
}

/**
 * Parses a dataset in the JSON interchange format and checks it as a whole. Shape: every field
 * of every entity (see {@link DatasetSchema}). Meaning: unique ids; references that resolve to
 * the right kind of entity; ends not before starts; days that exist; programme items inside their
 * exchange (in the host's zone) and sessions inside their measure; wall-clock times that exist in
 * their zone; return visits (`reciprocates`) that follow an earlier visit between the same
 * municipalities with host and guests swapped; partnerships of two different municipalities,
 * listed once; official keys that fit their Land and the municipality's kind (a Landkreis its
 * Kreisschlüssel, a Gemeinde its Gemeindeschlüssel) and a Regionalschlüssel that contains the
 * Gemeindeschlüssel; Länder that belong to their country; postal codes that fit the country; IANA
 * zones that exist, given where a country has several, and German time for German municipalities;
 * grants inside their programme's dates; sources' dates that exist, and `assumed` paths that name a
 * field the entity has. What does not make a dataset invalid, such as a
 * Landkreis's key padded to eight digits, or an event marked `held` that has not begun yet,
 * `safeParseDataset` lists in `notices`.
 *
 * Bounds, so that no input can hang or bloat the process: the error lists the first 1,000
 * problems in input order and ends with one issue of code `too_many_issues` that counts the rest
 * („… und 199.000 weitere Probleme.“). The lists of one entity (its guests, programme items, their
 * persons, …) may hold 10,000 entries together, and the dataset's own `notes` as many; an entity
 * with more is one `too_big` issue at the list that passed the bound, and is not read further.
 * Holes in a list are reported like missing entities, and skipped in one step.
 *
 * @param input - Anything, typically the result of `JSON.parse`. It is not changed, and nothing in
 * it is frozen, whether parsing succeeds or fails.
 * @param options - `locale` of the messages (default `de`; anything else is an `invalid_option` error);
 * `today` (`YYYY-MM-DD`, default the current day in `Europe/Berlin`), which only `safeParseDataset`'s
 * notices read.
 * @returns The dataset, frozen.
 * @throws {@link KommunalValidationError} listing every problem (up to 1,000), each with its `path`
 * into the input; never anything else.
 *
 * @example
 * ```ts
 * import { parseDataset } from 'kommunal';
 *
 * const dataset = parseDataset({
 *   municipalities: [
 *     { id: 'hamburg', name: 'Hamburg', kind: 'city-state', country: 'DE', state: 'DE-HH', ags: '02000000' },
 *     { id: 'chicago', name: 'Chicago', kind: 'city', country: 'US', state: 'US-IL', timeZone: 'America/Chicago' },
 *   ],
 *   partnerships: [{ id: 'hh-chi', kind: 'town-twinning', municipalityIds: ['hamburg', 'chicago'], since: '1994' }],
 * });
 * dataset.partnerships?.length; // => 1
 * parseDataset({ municipalities: [{ id: 'x' }] }); // throws KommunalValidationError
 * ```
 *
 * @category Validation
 */
export function parseDataset(input: unknown, options?: ParseDatasetOptions): Dataset {
  const result = run('parseDataset', input, options);
  if (!result.success) throw result.error;
  return result.data;
}
