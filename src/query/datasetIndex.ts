import { KommunalValidationError } from '../errors/KommunalValidationError.js';
import type { Locale } from '../errors/options.js';
import type { CollectionName, Dataset } from '../model/dataset.js';
import type { Exchange } from '../model/exchange.js';
import type { Grant } from '../model/funding.js';
import type { Measure } from '../model/measure.js';
import type { Municipality } from '../model/municipality.js';
import type { Organisation } from '../model/organisation.js';
import type { Partnership } from '../model/partnership.js';
import { PARTIAL_DATE_PATTERN } from '../model/patterns.js';
import type { Person } from '../model/person.js';
import type { Venue } from '../model/venue.js';
import { type Expected, QUERY_MESSAGES } from './messages.js';

/** Lookups queries and the schedule need, built once per dataset. */
export interface DatasetIndex {
  readonly municipalities: ReadonlyMap<string, Municipality>;
  readonly organisations: ReadonlyMap<string, Organisation>;
  readonly persons: ReadonlyMap<string, Person>;
  readonly venues: ReadonlyMap<string, Venue>;
  readonly exchanges: ReadonlyMap<string, Exchange>;
  readonly partnershipsOf: ReadonlyMap<string, readonly Partnership[]>;
  readonly exchangesOf: ReadonlyMap<string, readonly Exchange[]>;
  readonly returnVisitsOf: ReadonlyMap<string, readonly Exchange[]>;
  readonly grantsOf: ReadonlyMap<string, readonly Grant[]>;
  readonly measuresOf: ReadonlyMap<string, readonly Measure[]>;
}

// Parsed datasets are frozen, so an index stays true for as long as its dataset lives; a WeakMap
// lets both be collected together. Callers see only faster answers. A dataset built in code (typed
// as `Dataset`, not from parseDataset) is indexed too, once; changing it afterwards is not seen.
const indexes = new WeakMap<object, DatasetIndex>();

// The schema's `IsoDateSchema` is zod's own `z.iso.date()`; the index needs only the form.
const DATE = /^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])$/;
const PARTIAL_DATE = PARTIAL_DATE_PATTERN;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads what the index and the queries read from a dataset, and refuses what they could not use:
 * a dataset from parseDataset always passes; one built in code passes if those fields have the
 * types the schema gives them. The first problem ends the check (`Problem`), with where it is.
 */
class Problem {
  constructor(
    readonly where: string,
    readonly value: unknown,
    readonly expected: Expected,
  ) {}
}

/** Where the check is, for a value that throws when read. */
interface Cursor {
  where: string;
}

function list(cursor: Cursor, dataset: Record<string, unknown>, key: CollectionName): readonly unknown[] {
  cursor.where = key;
  const value = dataset[key];
  if (value === undefined && key !== 'municipalities') return [];
  if (!Array.isArray(value)) throw new Problem(key, value, 'list');
  return value;
}

function entity(cursor: Cursor, where: string, value: unknown): Record<string, unknown> & { readonly id: string } {
  cursor.where = where;
  if (!isRecord(value)) throw new Problem(where, value, 'object');
  const id = value['id'];
  if (typeof id !== 'string' || id === '') throw new Problem(`${where}.id`, id, 'id');
  return value as Record<string, unknown> & { readonly id: string };
}

function text(value: Record<string, unknown>, where: string, key: string, optional = false): string | undefined {
  const field = value[key];
  if ((optional && field === undefined) || typeof field === 'string') return field as string | undefined;
  throw new Problem(`${where}.${key}`, field, 'text');
}

function matching(value: Record<string, unknown>, where: string, key: string, pattern: RegExp, optional = false): void {
  const field = value[key];
  if (optional && field === undefined) return;
  if (typeof field !== 'string' || !pattern.test(field)) {
    throw new Problem(`${where}.${key}`, field, pattern === DATE ? 'date' : 'partialDate');
  }
}

function ids(value: Record<string, unknown>, where: string, key: string, optional = false, pair = false): void {
  const field = value[key];
  if (optional && field === undefined) return;
  const expected = pair ? 'pair' : 'ids';
  if (!Array.isArray(field) || (pair && field.length !== 2)) throw new Problem(`${where}.${key}`, field, expected);
  for (let index = 0; index < field.length; index += 1) {
    if (typeof field[index] !== 'string') throw new Problem(`${where}.${key}.${index}`, field[index], 'text');
  }
}

function checked<T>(
  cursor: Cursor,
  dataset: Record<string, unknown>,
  key: CollectionName,
  fields?: (value: Record<string, unknown>, where: string) => void,
): T[] {
  const entities = list(cursor, dataset, key);
  const result: T[] = [];
  for (let index = 0; index < entities.length; index += 1) {
    const where = `${key}.${index}`;
    const value = entity(cursor, where, entities[index]);
    fields?.(value, where);
    result.push(value as T);
  }
  return result;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

function byId<T extends { readonly id: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((entity) => [entity.id, entity]));
}

function byStart<T extends { readonly startDate: string }>(map: Map<string, T[]>): Map<string, T[]> {
  for (const list of map.values())
    list.sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  return map;
}

function build(dataset: Record<string, unknown>, cursor: Cursor): DatasetIndex {
  const municipalities = checked<Municipality>(cursor, dataset, 'municipalities');
  const organisations = checked<Organisation>(cursor, dataset, 'organisations');
  const persons = checked<Person>(cursor, dataset, 'persons');
  const venues = checked<Venue>(cursor, dataset, 'venues');
  const partnerships = checked<Partnership>(cursor, dataset, 'partnerships', (value, where) => {
    ids(value, where, 'municipalityIds', false, true);
    text(value, where, 'kind');
    matching(value, where, 'since', PARTIAL_DATE, true);
    matching(value, where, 'until', PARTIAL_DATE, true);
  });
  const exchanges = checked<Exchange>(cursor, dataset, 'exchanges', (value, where) => {
    text(value, where, 'hostId');
    ids(value, where, 'guestIds');
    text(value, where, 'reciprocates', true);
    matching(value, where, 'startDate', DATE);
  });
  const grants = checked<Grant>(cursor, dataset, 'grants', (value, where) => {
    text(value, where, 'recipientId');
    matching(value, where, 'startDate', DATE);
    matching(value, where, 'endDate', DATE);
  });
  const measures = checked<Measure>(cursor, dataset, 'measures', (value, where) => {
    text(value, where, 'organisationId', true);
    text(value, where, 'municipalityId', true);
    ids(value, where, 'partnerIds', true);
  });
  cursor.where = '';

  const partnershipsOf = new Map<string, Partnership[]>();
  for (const partnership of partnerships) {
    for (const id of partnership.municipalityIds) push(partnershipsOf, id, partnership);
  }
  const exchangesOf = new Map<string, Exchange[]>();
  const returnVisitsOf = new Map<string, Exchange[]>();
  for (const exchange of exchanges) {
    push(exchangesOf, exchange.hostId, exchange);
    for (const id of exchange.guestIds) push(exchangesOf, id, exchange);
    if (exchange.reciprocates !== undefined) push(returnVisitsOf, exchange.reciprocates, exchange);
  }
  const grantsOf = new Map<string, Grant[]>();
  for (const grant of grants) push(grantsOf, grant.recipientId, grant);
  const measuresOf = new Map<string, Measure[]>();
  for (const measure of measures) {
    for (const id of [measure.organisationId, measure.municipalityId, ...(measure.partnerIds ?? [])]) {
      if (id !== undefined) push(measuresOf, id, measure);
    }
  }
  return {
    municipalities: byId(municipalities),
    organisations: byId(organisations),
    persons: byId(persons),
    venues: byId(venues),
    exchanges: byId(exchanges),
    partnershipsOf,
    exchangesOf: byStart(exchangesOf),
    returnVisitsOf: byStart(returnVisitsOf),
    grantsOf: byStart(grantsOf),
    measuresOf,
  };
}

const EMPTY: DatasetIndex = build({ municipalities: [] }, { where: '' });

/**
 * The index of a dataset, built on first use; without a dataset, an empty one. Anything that is not
 * a dataset, as far as the index reads it (see `build`), is a {@link KommunalValidationError} that
 * names `fn`, in `locale`: a dataset from parseDataset is expected.
 */
export function indexOf(dataset: Dataset | undefined, fn = 'kommunal', locale: Locale = 'de'): DatasetIndex {
  if (dataset === undefined) return EMPTY;
  const messages = QUERY_MESSAGES[locale];
  const refuse = (message: string): never => {
    throw new KommunalValidationError([{ path: [], code: 'invalid_type', message }], { locale });
  };
  const cursor: Cursor = { where: '' };
  let index: DatasetIndex | undefined;
  try {
    if (!isRecord(dataset)) throw new Problem('', dataset, 'object');
    index = indexes.get(dataset);
    if (index === undefined) {
      index = build(dataset, cursor);
      indexes.set(dataset, index);
    }
  } catch (error) {
    if (error instanceof Problem) return refuse(messages.notADataset(fn, error.where, error.value, error.expected));
    return refuse(messages.unreadable(fn, cursor.where, error));
  }
  return index;
}
