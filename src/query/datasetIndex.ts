import type { Dataset } from '../model/dataset.js';
import type { Exchange } from '../model/exchange.js';
import type { Grant } from '../model/funding.js';
import type { Measure } from '../model/measure.js';
import type { Municipality } from '../model/municipality.js';
import type { Organisation } from '../model/organisation.js';
import type { Partnership } from '../model/partnership.js';
import type { Person } from '../model/person.js';
import type { Venue } from '../model/venue.js';

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
// lets both be collected together. Callers see only faster answers.
const indexes = new WeakMap<Dataset, DatasetIndex>();

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

function byId<T extends { readonly id: string }>(list: readonly T[] | undefined): Map<string, T> {
  return new Map((list ?? []).map((entity) => [entity.id, entity]));
}

function byStart<T extends { readonly startDate: string }>(map: Map<string, T[]>): Map<string, T[]> {
  for (const list of map.values())
    list.sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  return map;
}

function build(dataset: Dataset): DatasetIndex {
  const partnershipsOf = new Map<string, Partnership[]>();
  for (const partnership of dataset.partnerships ?? []) {
    for (const id of partnership.municipalityIds) push(partnershipsOf, id, partnership);
  }
  const exchangesOf = new Map<string, Exchange[]>();
  const returnVisitsOf = new Map<string, Exchange[]>();
  for (const exchange of dataset.exchanges ?? []) {
    push(exchangesOf, exchange.hostId, exchange);
    for (const id of exchange.guestIds) push(exchangesOf, id, exchange);
    if (exchange.reciprocates !== undefined) push(returnVisitsOf, exchange.reciprocates, exchange);
  }
  const grantsOf = new Map<string, Grant[]>();
  for (const grant of dataset.grants ?? []) push(grantsOf, grant.recipientId, grant);
  const measuresOf = new Map<string, Measure[]>();
  for (const measure of dataset.measures ?? []) {
    for (const id of [measure.organisationId, measure.municipalityId, ...(measure.partnerIds ?? [])]) {
      if (id !== undefined) push(measuresOf, id, measure);
    }
  }
  return {
    municipalities: byId(dataset.municipalities),
    organisations: byId(dataset.organisations),
    persons: byId(dataset.persons),
    venues: byId(dataset.venues),
    exchanges: byId(dataset.exchanges),
    partnershipsOf,
    exchangesOf: byStart(exchangesOf),
    returnVisitsOf: byStart(returnVisitsOf),
    grantsOf: byStart(grantsOf),
    measuresOf,
  };
}

const EMPTY: DatasetIndex = build({ municipalities: [] });

/** The index of a dataset, built on first use; without a dataset, an empty one. */
export function indexOf(dataset: Dataset | undefined): DatasetIndex {
  if (dataset === undefined) return EMPTY;
  let index = indexes.get(dataset);
  if (index === undefined) {
    index = build(dataset);
    indexes.set(dataset, index);
  }
  return index;
}
