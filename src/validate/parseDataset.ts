import type * as z from 'zod';
import { type KommunalIssue, KommunalValidationError } from '../errors/KommunalValidationError.js';
import { COLLECTIONS, type CollectionName, type Dataset, DatasetSchema } from '../model/dataset.js';
import { ExchangeSchema } from '../model/exchange.js';
import { FundingProgrammeSchema, GrantSchema } from '../model/funding.js';
import { MeasureSchema } from '../model/measure.js';
import { MunicipalitySchema } from '../model/municipality.js';
import { OrganisationSchema } from '../model/organisation.js';
import { PartnershipSchema } from '../model/partnership.js';
import { PersonSchema } from '../model/person.js';
import { VenueSchema } from '../model/venue.js';
import { checkLinks } from './checkLinks.js';
import { checkPlaces } from './checkPlaces.js';
import { checkTimes } from './checkTimes.js';
import { type CheckContext, createContext, type Entries } from './context.js';
import { type Locale, MESSAGES } from './messages.js';
import { errorMap, fromZodIssue } from './zodIssues.js';

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
  /** Language of the messages: `de` (default) or `en`. */
  readonly locale?: Locale | undefined;
}

/**
 * What {@link safeParseDataset} returns: the parsed dataset, or the error listing every problem.
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
  | { readonly success: true; readonly data: Dataset }
  | { readonly success: false; readonly error: KommunalValidationError };

const ENTITY_SCHEMAS: { readonly [K in CollectionName]: z.ZodType<NonNullable<Dataset[K]>[number]> } = {
  municipalities: MunicipalitySchema,
  organisations: OrganisationSchema,
  persons: PersonSchema,
  venues: VenueSchema,
  partnerships: PartnershipSchema,
  exchanges: ExchangeSchema,
  fundingProgrammes: FundingProgrammeSchema,
  grants: GrantSchema,
  measures: MeasureSchema,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rawIdsOf(input: Record<string, unknown>): { [K in CollectionName]: (string | undefined)[] } {
  const ids = {} as { [K in CollectionName]: (string | undefined)[] };
  for (const collection of COLLECTIONS) {
    const list = Object.hasOwn(input, collection) ? input[collection] : undefined;
    ids[collection] = Array.isArray(list)
      ? list.map((item) =>
          isRecord(item) && typeof item['id'] === 'string' && item['id'] !== '' ? item['id'] : undefined,
        )
      : [];
  }
  return ids;
}

/** The entities whose shape is right, each with its index in the input. */
function entriesOf(input: Record<string, unknown>, parsed: Dataset | undefined): Entries {
  const entries = {} as Record<CollectionName, { value: unknown; index: number }[]>;
  for (const collection of COLLECTIONS) {
    if (parsed !== undefined) {
      entries[collection] = (parsed[collection] ?? []).map((value, index) => ({ value, index }));
      continue;
    }
    const list = Object.hasOwn(input, collection) ? input[collection] : undefined;
    entries[collection] = [];
    if (!Array.isArray(list)) continue;
    list.forEach((item, index) => {
      const result = ENTITY_SCHEMAS[collection].safeParse(item);
      if (result.success) entries[collection].push({ value: result.data, index });
    });
  }
  return entries as unknown as Entries;
}

const ORDER = new Map<unknown, number>(COLLECTIONS.map((collection, index) => [collection, index]));

/** Input order: by collection, then index, keeping the order checks found them within an entity. */
function compareIssues(a: KommunalIssue, b: KommunalIssue): number {
  const collection = (ORDER.get(a.path[0]) ?? -1) - (ORDER.get(b.path[0]) ?? -1);
  if (collection !== 0) return collection;
  const first = a.path[1];
  const second = b.path[1];
  return typeof first === 'number' && typeof second === 'number' ? first - second : 0;
}

/**
 * Checks a dataset's shape and meaning and returns every problem at once, never throwing.
 * See {@link parseDataset} for what is checked.
 *
 * @param input - Anything, typically the result of `JSON.parse`. It is not changed.
 * @param options - `locale` of the messages (default `de`).
 * @returns `{ success: true, data }` with the frozen dataset, or `{ success: false, error }`.
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
 * result.success ? '' : result.error.issues[0]?.message; // => '„wiesbaden“ ist keine Kommune in diesem Datensatz.'
 * ```
 *
 * @category Validation
 */
export function safeParseDataset(input: unknown, options: ParseDatasetOptions = {}): SafeParseDatasetResult {
  const locale = options.locale ?? 'de';
  if (!isRecord(input)) {
    const issue: KommunalIssue = { path: [], code: 'invalid_type', message: MESSAGES[locale].notADataset(input) };
    return { success: false, error: new KommunalValidationError([issue]) };
  }
  const parsed = DatasetSchema.safeParse(input, { error: errorMap(locale) });
  const issues: KommunalIssue[] = parsed.success ? [] : parsed.error.issues.map((issue) => fromZodIssue(issue));
  const rawIds = rawIdsOf(input);
  const ids = Object.fromEntries(
    COLLECTIONS.map((collection) => [collection, new Set(rawIds[collection].filter((id) => id !== undefined))]),
  ) as unknown as CheckContext['ids'];
  const context = createContext(entriesOf(input, parsed.success ? parsed.data : undefined), ids, locale, issues);
  checkLinks(context, rawIds);
  checkPlaces(context);
  checkTimes(context);
  if (parsed.success && issues.length === 0) return { success: true, data: parsed.data };
  return { success: false, error: new KommunalValidationError(issues.sort(compareIssues)) };
}

/**
 * Parses a dataset in the JSON interchange format and checks it as a whole. Shape: every field
 * of every entity (see {@link DatasetSchema}). Meaning: unique ids; references that resolve to
 * the right kind of entity; ends not before starts; days that exist; programme items inside their
 * exchange (in the host's zone) and sessions inside their measure; wall-clock times that exist in
 * their zone; return visits (`reciprocates`) that follow an earlier visit between the same
 * municipalities with host and guests swapped; partnerships of two different municipalities,
 * listed once; Amtliche Gemeindeschlüssel that fit their Land; Länder that belong to their
 * country; postal codes that fit the country; IANA zones that exist, given where a country has
 * several; grants inside their programme's dates.
 *
 * @param input - Anything, typically the result of `JSON.parse`. It is not changed.
 * @param options - `locale` of the messages (default `de`).
 * @returns The dataset, frozen.
 * @throws {@link KommunalValidationError} listing every problem, each with its `path` into the input.
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
export function parseDataset(input: unknown, options: ParseDatasetOptions = {}): Dataset {
  const result = safeParseDataset(input, options);
  if (!result.success) throw result.error;
  return result.data;
}
