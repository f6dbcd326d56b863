import * as z from 'zod';
import type { KommunalIssue } from '../errors/KommunalValidationError.js';
import { unreadableIssue } from '../errors/options.js';
import type { Locale } from '../i18n/catalogue.js';
import { KIND_OF_COLLECTION, VALIDATION_MESSAGES } from '../i18n/validation.js';
import { CommitteeSchema } from '../model/committee.js';
import { COLLECTIONS, type CollectionName, type Dataset, DatasetSchema } from '../model/dataset.js';
import { ExchangeSchema } from '../model/exchange.js';
import { FundingProgrammeSchema, GrantSchema } from '../model/funding.js';
import { MeasureSchema } from '../model/measure.js';
import { MembershipSchema } from '../model/membership.js';
import { MunicipalitySchema } from '../model/municipality.js';
import { OrganisationSchema } from '../model/organisation.js';
import { PartnershipSchema } from '../model/partnership.js';
import { PersonSchema } from '../model/person.js';
import { VenueSchema } from '../model/venue.js';
import { isArray, isRecord } from '../time/quote.js';
import type { Entries } from './context.js';
import type { IssueList } from './issueList.js';
import { type ListGuard, listGuard } from './listBudget.js';
import { errorMap, fromZodIssue } from './zodIssues.js';

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
  memberships: MembershipSchema,
  committees: CommitteeSchema,
};

// The dataset without its collections, which are read one entity at a time: zod would read a
// collection whole, with an issue object per broken entity and no bound on their number.
let frame: { readonly schema: z.ZodType<Record<string, unknown>>; readonly guard: ListGuard } | undefined;
let guards: { readonly [K in CollectionName]: ListGuard } | undefined;

function frameOf(): NonNullable<typeof frame> {
  if (frame === undefined) {
    const schema = DatasetSchema.unwrap().extend(
      Object.fromEntries(COLLECTIONS.map((collection) => [collection, z.unknown().optional()])),
    ) as unknown as z.ZodType<Record<string, unknown>>;
    frame = { schema, guard: listGuard(schema) };
  }
  return frame;
}

function guardsOf(): NonNullable<typeof guards> {
  guards ??= Object.fromEntries(
    COLLECTIONS.map((collection) => [collection, listGuard(ENTITY_SCHEMAS[collection])]),
  ) as unknown as NonNullable<typeof guards>;
  return guards;
}

/** The ids as written in the input, with the indexes of their entities, also where an entity's shape is wrong. */
export interface RawIds {
  readonly ids: string[];
  readonly indexes: number[];
}

/** What the shape check found, for the meaning checks. */
export interface Shape {
  /** The dataset, frozen, if nothing was wrong with its shape. */
  readonly data: Dataset | undefined;
  /** The entities whose shape is right. */
  readonly entries: Entries;
  /** Every id as written, so that one broken entity is not reported again at each reference to it. */
  readonly rawIds: { readonly [K in CollectionName]: RawIds };
}

/**
 * Runs a schema as zod's own parse functions do, but without finalising issues: the parsed value
 * and how many issues there are. `safeParse` costs a context object per call, and on failure the
 * sentence of every issue and an error (about 2 µs per broken entity); `_zod.run`, which every zod
 * 4 parse function calls, only finds them. Entities whose issues will be listed are parsed again
 * with `safeParse` for their sentences.
 */
function run(schema: z.ZodType, value: unknown, context: object): z.core.ParsePayload {
  const result = schema._zod.run({ value, issues: [] }, context as z.core.ParseContextInternal);
  if (result instanceof Promise) throw new TypeError('asynchronous schema');
  return result;
}

/**
 * The indexes at which a list that has holes holds entries, in order. A list built in code may
 * claim billions of entries and hold a few; reading every index would take minutes.
 */
function presentIndexes(list: readonly unknown[], length: number): number[] {
  const indexes: number[] = [];
  for (const key of Object.keys(list)) {
    const index = Number(key);
    if (Number.isInteger(index) && index >= 0 && index < length && String(index) === key) indexes.push(index);
  }
  return indexes.sort((a, b) => a - b);
}

/** The first of the sorted `indexes` after `index`, or `end`. */
function nextIndex(indexes: readonly number[], index: number, end: number): number {
  let low = 0;
  let high = indexes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((indexes[middle] as number) <= index) low = middle + 1;
    else high = middle;
  }
  return indexes[low] ?? end;
}

interface Reader {
  readonly locale: Locale;
  readonly issues: IssueList;
  readonly params: { readonly error: z.core.$ZodErrorMap };
  // One context for the whole dataset, as a single zod parse would have; zod keeps state in it.
  readonly context: { readonly async: false };
}

function report(reader: Reader, path: KommunalIssue['path'], code: KommunalIssue['code'], message: string): void {
  reader.issues.add({ path, code, message });
}

/** Reads one collection entity by entity: holes, oversized entities and unreadable values are issues. */
function readCollection<K extends CollectionName>(
  reader: Reader,
  collection: K,
  list: readonly unknown[],
  entries: { value: unknown; index: number }[],
  rawIds: RawIds,
): void {
  const { issues, params } = reader;
  const messages = VALIDATION_MESSAGES[reader.locale];
  const schema = ENTITY_SCHEMAS[collection];
  const guard = guardsOf()[collection];
  const length = list.length;
  let present: number[] | undefined;
  for (let index = 0; index < length; index += 1) {
    const listed = issues.accepts(collection, index);
    try {
      const item = list[index];
      if (item === undefined && !(index in list)) {
        // A hole: reported as zod reports a missing entity, and skipped to the next entry.
        present ??= presentIndexes(list, length);
        const next = nextIndex(present, index, length);
        let hole = index;
        for (; hole < next && issues.accepts(collection, hole); hole += 1) {
          report(reader, [collection, hole], 'invalid_type', messages.required([collection, hole]));
        }
        issues.count(next - hole);
        index = next - 1;
        continue;
      }
      if (isRecord(item)) {
        const id = item['id'];
        if (typeof id === 'string' && id !== '') {
          rawIds.ids.push(id);
          rawIds.indexes.push(index);
        }
      }
      const overrun = guard(item);
      if (overrun !== undefined) {
        if (listed) {
          report(
            reader,
            [collection, index, ...overrun.path],
            'too_big',
            messages.tooManyEntries(overrun.length, KIND_OF_COLLECTION[collection]),
          );
        } else issues.count(1);
        continue;
      }
      const result = run(schema, item, reader.context);
      if (result.issues.length === 0) entries.push({ value: result.value, index });
      else if (!listed) issues.count(result.issues.length);
      else {
        // Again, for the sentences. Input whose getters answer differently the second time may pass now.
        const parsed = schema.safeParse(item, params);
        if (parsed.success) entries.push({ value: parsed.data, index });
        else for (const issue of parsed.error.issues) issues.add(fromZodIssue(issue, [collection, index]));
      }
    } catch (error) {
      // A getter or proxy trap that throws, or zod running out of stack: the entity cannot be read.
      reader.issues.add(unreadableIssue([collection, index], error, reader.locale));
    }
  }
}

/**
 * The dataset's own fields (`title`, `notes`, unknown keys), checked by zod: the parsed fields,
 * `undefined` where they have issues, or `null` where the input cannot be read at all.
 */
function readFrame(reader: Reader, input: Record<string, unknown>): Record<string, unknown> | undefined | null {
  const messages = VALIDATION_MESSAGES[reader.locale];
  const { schema, guard } = frameOf();
  try {
    const overrun = guard(input);
    if (overrun !== undefined) {
      report(reader, overrun.path, 'too_big', messages.tooManyEntries(overrun.length, undefined));
      return undefined;
    }
    const result = schema.safeParse(input, reader.params);
    if (result.success) return result.data;
    for (const issue of result.error.issues) reader.issues.add(fromZodIssue(issue));
    return undefined;
  } catch (error) {
    reader.issues.add(unreadableIssue([], error, reader.locale));
    return null;
  }
}

/**
 * Checks a dataset's shape with the zod schemas of {@link DatasetSchema}, one entity at a time, and
 * reports into `issues`. Whatever the input holds (getters that throw, proxies, holes, lists
 * claiming billions of entries, entities with millions of broken entries), it returns, after work
 * bounded by the entries the input really holds.
 */
export function checkShape(input: Record<string, unknown>, locale: Locale, issues: IssueList): Shape {
  const reader: Reader = { locale, issues, params: { error: errorMap(locale) }, context: { async: false } };
  const messages = VALIDATION_MESSAGES[locale];
  const before = issues.total;
  const fields = readFrame(reader, input);
  const entries = {} as Record<CollectionName, { value: unknown; index: number }[]>;
  const rawIds = {} as Record<CollectionName, RawIds>;
  for (const collection of COLLECTIONS) {
    entries[collection] = [];
    rawIds[collection] = { ids: [], indexes: [] };
    if (fields === null) continue;
    let list: unknown;
    try {
      list = input[collection];
      if (list === undefined) {
        if (collection === 'municipalities')
          report(reader, [collection], 'invalid_type', messages.required([collection]));
        continue;
      }
      if (!isArray(list)) {
        report(reader, [collection], 'invalid_type', messages.wrongType(list, messages.types['array'] ?? ''));
        continue;
      }
    } catch (error) {
      reader.issues.add(unreadableIssue([collection], error, locale));
      continue;
    }
    readCollection(reader, collection, list, entries[collection], rawIds[collection]);
  }
  let data: Dataset | undefined;
  if (fields !== undefined && fields !== null && issues.total === before) {
    const dataset: Record<string, unknown> = {};
    for (const key of Object.keys(fields)) {
      const collection = fields[key] !== undefined && (COLLECTIONS as readonly string[]).includes(key);
      dataset[key] = collection
        ? Object.freeze(entries[key as CollectionName].map((entry) => entry.value))
        : fields[key];
    }
    data = Object.freeze(dataset) as unknown as Dataset;
  }
  return { data, entries: entries as unknown as Entries, rawIds };
}
