import { type KommunalIssue, KommunalValidationError } from '../errors/KommunalValidationError.js';
import { type Locale, unreadableIssue } from '../errors/options.js';
import { type Expected, QUERY_MESSAGES } from '../i18n/queries.js';
import type { Dataset } from '../model/dataset.js';
import type { Exchange } from '../model/exchange.js';
import type { Grant } from '../model/funding.js';
import type { Measure } from '../model/measure.js';
import type { Municipality } from '../model/municipality.js';
import type { Organisation } from '../model/organisation.js';
import type { Partnership } from '../model/partnership.js';
import { PARTIAL_DATE_PATTERN } from '../model/patterns.js';
import type { Person } from '../model/person.js';
import type { Venue } from '../model/venue.js';
import { timeZoneOf } from '../places/countries.js';
import { hostMunicipalityId, itemMunicipalityId, measureMunicipalityId } from '../places/itemMunicipality.js';
import { isArray, isRecord } from '../time/quote.js';
import { exchangeFrame } from '../validate/dates.js';
import { copyTexts, type IssueList, issueList, throwIssues } from './readData.js';

/** A municipality as the schedule functions read it: checked and copied when the index is built. */
export interface Place {
  readonly name: string;
  readonly country: string;
  readonly state: string | undefined;
  /** The zone its wall clocks are read in, if it has one (see `timeZoneOf`). */
  readonly zone: string | undefined;
  readonly holidays: readonly { readonly date: string; readonly name: string }[];
  /** Its Amtlicher Gemeindeschlüssel, where given: the local public holidays of its Land that hold there follow from it. */
  readonly ags?: string | undefined;
  /** Names of local public holidays of its Land that the dataset declares do not hold there. */
  readonly holidaysNotKept?: readonly string[] | undefined;
}

/**
 * An exchange's period, as the schedule functions read it: the days it certainly lies within, from
 * the first day of its start to the last day of its end (else of its start), `YYYY-MM-DD`. An
 * exchange without a start has none.
 */
export interface Period {
  readonly title: string;
  readonly hostId: string;
  /** The municipality whose calendar the period is read in: the host, or an organisation host's municipality. */
  readonly hostMunicipalityId: string | undefined;
  readonly startDate: string;
  readonly endDate: string;
}

/** A programme item of an exchange or a session of a measure, checked and copied. */
export interface ProgrammeEntry {
  readonly id: string;
  readonly title: string;
  /** Wall-clock times as the dataset writes them; `start` may be a day alone, or missing. */
  readonly start: string | undefined;
  readonly end: string | undefined;
  readonly endApproximate: boolean | undefined;
  readonly venueId: string | undefined;
  readonly room: string | undefined;
  readonly personIds: readonly string[] | undefined;
  /** The exchange whose programme it belongs to, or the measure whose session it is. */
  readonly exchangeId: string | undefined;
  readonly measureId: string | undefined;
  /**
   * Where it takes place: its venue's municipality; without a venue the dataset knows, the
   * exchange's host, else the organisation's or the measure's municipality.
   */
  readonly municipalityId: string | undefined;
  /** The venue's room where the entry names none. */
  readonly venueRoom: string | undefined;
  /** Where it is in the dataset (`['exchanges', 0, 'programme', 2]`), for messages. */
  readonly path: readonly (string | number)[];
}

/** Lookups queries and the schedule need, built once per dataset. */
export interface DatasetIndex {
  readonly municipalities: ReadonlyMap<string, Municipality>;
  readonly organisations: ReadonlyMap<string, Organisation>;
  readonly persons: ReadonlyMap<string, Person>;
  readonly venues: ReadonlyMap<string, Venue>;
  readonly exchanges: ReadonlyMap<string, Exchange>;
  readonly measures: ReadonlyMap<string, Measure>;
  readonly partnershipsOf: ReadonlyMap<string, readonly Partnership[]>;
  readonly exchangesOf: ReadonlyMap<string, readonly Exchange[]>;
  readonly returnVisitsOf: ReadonlyMap<string, readonly Exchange[]>;
  readonly grantsOf: ReadonlyMap<string, readonly Grant[]>;
  readonly measuresOf: ReadonlyMap<string, readonly Measure[]>;
  /** Per municipality id: what the schedule functions read of it. */
  readonly places: ReadonlyMap<string, Place>;
  /** Per exchange id: its period. */
  readonly periods: ReadonlyMap<string, Period>;
  /** Every programme item of every exchange, then every session of every measure, in dataset order. */
  readonly programme: readonly ProgrammeEntry[];
}

// Parsed datasets are frozen, so an index stays true for as long as its dataset lives; a WeakMap
// lets both be collected together. Callers see only faster answers. A dataset built in code (typed
// as `Dataset`, not from parseDataset) is indexed too, once; changing it afterwards is not seen.
const indexes = new WeakMap<object, DatasetIndex>();

/** What a field's value must be: every {@link Expected} but the containers, which are read around fields. */
type FieldKind = Exclude<Expected, 'object' | 'list' | 'date'>;

/** What a field must be, as the queries and the schedule functions read it; `?` where it may be missing. */
type Field = FieldKind | 'text?' | 'partialDate?' | 'ids?' | 'boolean?';

/** A field that is read: its name, what it must be, and whether it may be missing. */
interface Rule {
  readonly name: string;
  readonly expected: FieldKind;
  readonly optional: boolean;
}

/** The fields of an entity that are read, and a list inside it with the fields of its entries. */
interface Shape {
  readonly rules: readonly Rule[];
  readonly nested?: { readonly name: string; readonly shape: Shape };
}

function shapeOf(fields: readonly (readonly [name: string, field: Field])[], nested?: Shape['nested']): Shape {
  const rules = fields.map(([name, field]): Rule => {
    const optional = field.endsWith('?');
    return { name, expected: (optional ? field.slice(0, -1) : field) as FieldKind, optional };
  });
  return nested === undefined ? { rules } : { rules, nested };
}

const PROGRAMME_ITEM = shapeOf([
  ['id', 'id'],
  ['title', 'text'],
  ['start', 'text?'],
  ['end', 'text?'],
  ['endApproximate', 'boolean?'],
  ['venueId', 'text?'],
  ['room', 'text?'],
  ['personIds', 'ids?'],
]);

/** Every collection, with what is read of its entities: by the index, the queries and the schedule functions. */
type Collection =
  | 'municipalities'
  | 'organisations'
  | 'persons'
  | 'venues'
  | 'partnerships'
  | 'exchanges'
  | 'grants'
  | 'measures';

const SHAPES: readonly (readonly [name: Collection, shape: Shape])[] = [
  [
    'municipalities',
    shapeOf(
      [
        ['id', 'id'],
        ['name', 'text'],
        ['country', 'text'],
        ['state', 'text?'],
        ['timeZone', 'text?'],
        ['ags', 'text?'],
        ['holidaysNotKept', 'ids?'],
      ],
      {
        name: 'holidays',
        shape: shapeOf([
          ['date', 'text'],
          ['name', 'text'],
        ]),
      },
    ),
  ],
  [
    'organisations',
    shapeOf([
      ['id', 'id'],
      ['municipalityId', 'text?'],
    ]),
  ],
  [
    'persons',
    shapeOf([
      ['id', 'id'],
      ['title', 'text?'],
      ['givenName', 'text'],
      ['familyName', 'text'],
    ]),
  ],
  [
    'venues',
    shapeOf([
      ['id', 'id'],
      ['name', 'text?'],
      ['municipalityId', 'text'],
      ['streetAddress', 'text'],
      ['postalCode', 'text'],
      ['locality', 'text'],
      ['building', 'text?'],
      ['floor', 'text?'],
      ['room', 'text?'],
    ]),
  ],
  [
    'partnerships',
    shapeOf([
      ['id', 'id'],
      ['municipalityIds', 'pair'],
      ['kind', 'text'],
      ['since', 'partialDate?'],
      ['until', 'partialDate?'],
    ]),
  ],
  [
    'exchanges',
    shapeOf(
      [
        ['id', 'id'],
        ['title', 'text'],
        ['hostId', 'text'],
        ['coHostIds', 'ids?'],
        ['guestIds', 'ids'],
        ['startDate', 'partialDate?'],
        ['endDate', 'partialDate?'],
        ['reciprocates', 'text?'],
      ],
      { name: 'programme', shape: PROGRAMME_ITEM },
    ),
  ],
  [
    'grants',
    shapeOf([
      ['id', 'id'],
      ['recipientId', 'text'],
      ['startDate', 'partialDate'],
      ['endDate', 'partialDate'],
    ]),
  ],
  [
    'measures',
    shapeOf(
      [
        ['id', 'id'],
        ['organisationId', 'text?'],
        ['municipalityId', 'text?'],
        ['partnerIds', 'ids?'],
      ],
      { name: 'sessions', shape: PROGRAMME_ITEM },
    ),
  ],
];

/** The values of an entity's fields as read, by name: the fields its {@link Shape} names, in that order. */
type Values = Readonly<Record<string, unknown>>;

/** An entity as read: the caller's object, its fields' values, and its list's entries. */
interface Read {
  readonly entity: object;
  readonly values: Values;
  readonly nested: readonly Values[];
}

const NONE: readonly Values[] = Object.freeze([]);

/** One structural check of a dataset: for whom, and the problems found. */
interface Check {
  readonly fn: string;
  readonly locale: Locale;
  readonly issues: IssueList;
}

/** Adds a problem: the value at `path` is not what `expected` says. */
function misfit(check: Check, path: readonly (string | number)[], value: unknown, expected: Expected): void {
  const { fn, locale, issues } = check;
  // Past the problems a report lists, counted only: a list may hold millions of wrong entries.
  if (issues.full) issues.skip();
  else issues.add(path, 'invalid_type', () => QUERY_MESSAGES[locale].notADataset(fn, path.join('.'), value, expected));
}

/**
 * One field's value if it is what `rule` says (lists copied), or a problem added at the entity's
 * `path` and the field's name, and `undefined`.
 */
function readField(check: Check, path: readonly (string | number)[], rule: Rule, value: unknown): unknown {
  const { expected } = rule;
  if (value === undefined && rule.optional) return undefined;
  switch (expected) {
    case 'id':
    case 'text':
      if (typeof value === 'string' && (expected === 'text' || value !== '')) return value;
      break;
    case 'partialDate':
      if (typeof value === 'string' && PARTIAL_DATE_PATTERN.test(value)) return value;
      break;
    case 'boolean':
      if (typeof value === 'boolean') return value;
      break;
    case 'ids':
    case 'pair': {
      const texts: string[] = [];
      const read = copyTexts(value, texts);
      if (typeof read === 'number') {
        if (expected !== 'pair' || read === 2) return texts;
        misfit(check, [...path, rule.name], value, expected);
      } else if (read.at === undefined) misfit(check, [...path, rule.name], value, expected);
      else misfit(check, [...path, rule.name, read.at], read.value, 'text');
      return undefined;
    }
  }
  misfit(check, [...path, rule.name], value, expected);
  return undefined;
}

/**
 * An entity's fields as `shape` says, each read once; a getter or Proxy trap that throws is a
 * problem of that field. `undefined` if the entity has any problem.
 */
function readEntity(check: Check, path: readonly (string | number)[], value: unknown, shape: Shape): Read | undefined {
  if (!isRecord(value)) {
    misfit(check, path, value, 'object');
    return undefined;
  }
  const found = check.issues.total;
  const { rules } = shape;
  const values: Record<string, unknown> = {};
  let at = 0;
  try {
    for (; at < rules.length; at += 1) {
      const rule = rules[at] as Rule;
      values[rule.name] = readField(check, path, rule, value[rule.name]);
    }
  } catch (error) {
    const where = [...path, (rules[at] as Rule).name];
    check.issues.add(where, 'invalid_type', () => unreadableIssue(where, error, check.locale).message);
    return undefined;
  }
  const inner = shape.nested;
  const nested: Values[] | readonly Values[] = inner === undefined ? NONE : [];
  if (inner !== undefined) {
    const listPath = [...path, inner.name];
    eachEntry(
      check,
      listPath,
      () => value[inner.name],
      true,
      (entry, index) => {
        const read = readEntity(check, [...listPath, index], entry, inner.shape);
        if (read !== undefined) (nested as Values[]).push(read.values);
      },
    );
  }
  return check.issues.total === found ? { entity: value, values, nested } : undefined;
}

/**
 * Reads a list in the dataset and hands each entry to `visit`, reading each once, up to its first
 * hole (included: it is a missing entity) or entry that cannot be read: a sparse list claiming
 * billions of entries ends there. Not a list is a problem (a missing optional one is empty).
 */
function eachEntry(
  check: Check,
  path: readonly (string | number)[],
  read: () => unknown,
  optional: boolean,
  visit: (entry: unknown, index: number) => void,
): void {
  let index = -1;
  try {
    const list = read();
    if (list === undefined && optional) return;
    if (!isArray(list)) {
      misfit(check, path, list, 'list');
      return;
    }
    const length = list.length;
    for (index = 0; index < length; index += 1) {
      const entry: unknown = list[index];
      visit(entry, index);
      if (entry === undefined && !(index in list)) return;
    }
  } catch (error) {
    const at = index < 0 ? path : [...path, index];
    check.issues.add(at, 'invalid_type', () => unreadableIssue(at, error, check.locale).message);
  }
}

/**
 * Reads every entity of every collection and hands each that fits to the builder at once, so that
 * what is read and not kept dies young; throws every problem found (at most 1,000 and a count).
 */
function readDataset(dataset: Readonly<Record<string, unknown>>, check: Check): DatasetIndex {
  const builder = indexBuilder();
  for (const [name, shape] of SHAPES) {
    const add = builder[name];
    eachEntry(
      check,
      [name],
      () => dataset[name],
      name !== 'municipalities',
      (entry, index) => {
        const read = readEntity(check, [name, index], entry, shape);
        if (read !== undefined && check.issues.total === 0) add(read, index);
      },
    );
  }
  throwIssues(check.issues, check.locale);
  return builder.finish();
}

const text = (values: Values, name: string) => values[name] as string;
const maybe = (values: Values, name: string) => values[name] as string | undefined;

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/** An entity with the day it starts, for lists in order of start. */
interface Dated {
  readonly entity: object;
  readonly startDate: string | undefined;
}

/**
 * Order of start: by the first day of `startDate`, a year before its months and a month before its
 * days (`2024` before `2024-01` before `2024-01-01`, which the text order gives), entities without a
 * start last. The sort is stable, so equal starts keep the dataset's order.
 */
function compareStarts(a: Dated, b: Dated): number {
  if (a.startDate === b.startDate) return 0;
  if (a.startDate === undefined) return 1;
  if (b.startDate === undefined) return -1;
  return a.startDate < b.startDate ? -1 : 1;
}

/** Lists of entities by a key, each list sorted by the entities' `startDate` as read. */
function byStart<T>(lists: Map<string, Dated[]>): Map<string, T[]> {
  const sorted = new Map<string, T[]>();
  for (const [key, list] of lists) {
    list.sort(compareStarts);
    sorted.set(
      key,
      list.map((dated) => dated.entity as T),
    );
  }
  return sorted;
}

/** Where a venue lies and its room, as read. */
type VenueSite = { readonly municipalityId: string; readonly room: string | undefined };

function programmeEntry(
  values: Values,
  path: readonly (string | number)[],
  owner: { readonly exchangeId?: string; readonly measureId?: string; readonly municipalityId: string | undefined },
  sites: ReadonlyMap<string, VenueSite>,
): ProgrammeEntry {
  const venueId = maybe(values, 'venueId');
  const site = venueId === undefined ? undefined : sites.get(venueId);
  return {
    id: text(values, 'id'),
    title: text(values, 'title'),
    start: maybe(values, 'start'),
    end: maybe(values, 'end'),
    endApproximate: values['endApproximate'] as boolean | undefined,
    venueId,
    room: maybe(values, 'room'),
    personIds: values['personIds'] as readonly string[] | undefined,
    exchangeId: owner.exchangeId,
    measureId: owner.measureId,
    municipalityId: itemMunicipalityId(site?.municipalityId, owner.municipalityId),
    venueRoom: site?.room,
    path,
  };
}

/**
 * Builds an index from entities as they are read, one collection after the other in the order of
 * {@link SHAPES}: venues come before the exchanges whose programme they host, organisations before
 * the measures they run.
 */
function indexBuilder(): Record<Collection, (read: Read, index: number) => void> & {
  finish(): DatasetIndex;
} {
  const municipalities = new Map<string, Municipality>();
  const places = new Map<string, Place>();
  const organisations = new Map<string, Organisation>();
  const organisationPlaces = new Map<string, string | undefined>();
  const persons = new Map<string, Person>();
  const venues = new Map<string, Venue>();
  const sites = new Map<string, VenueSite>();
  const partnershipsOf = new Map<string, Partnership[]>();
  const exchanges = new Map<string, Exchange>();
  const exchangesOf = new Map<string, Dated[]>();
  const returnVisitsOf = new Map<string, Dated[]>();
  const periods = new Map<string, Period>();
  const grantsOf = new Map<string, Dated[]>();
  const measures = new Map<string, Measure>();
  const measuresOf = new Map<string, Measure[]>();
  const programme: ProgrammeEntry[] = [];
  const organisationOf = (id: string) =>
    organisationPlaces.has(id) ? { municipalityId: organisationPlaces.get(id) } : undefined;
  return {
    municipalities({ entity, values, nested }) {
      const id = text(values, 'id');
      const timeZone = maybe(values, 'timeZone');
      const country = text(values, 'country');
      municipalities.set(id, entity as Municipality);
      places.set(id, {
        name: text(values, 'name'),
        country,
        state: maybe(values, 'state'),
        zone: timeZoneOf({ timeZone, country } as Municipality),
        holidays: nested.map((holiday) => ({ date: text(holiday, 'date'), name: text(holiday, 'name') })),
        ags: maybe(values, 'ags'),
        holidaysNotKept: values['holidaysNotKept'] as readonly string[] | undefined,
      });
    },
    organisations({ entity, values }) {
      organisations.set(text(values, 'id'), entity as Organisation);
      organisationPlaces.set(text(values, 'id'), maybe(values, 'municipalityId'));
    },
    persons({ entity, values }) {
      persons.set(text(values, 'id'), entity as Person);
    },
    venues({ entity, values }) {
      venues.set(text(values, 'id'), entity as Venue);
      sites.set(text(values, 'id'), { municipalityId: text(values, 'municipalityId'), room: maybe(values, 'room') });
    },
    partnerships({ entity, values }) {
      for (const id of values['municipalityIds'] as string[]) push(partnershipsOf, id, entity as Partnership);
    },
    exchanges({ entity, values, nested }, index) {
      const id = text(values, 'id');
      const hostId = text(values, 'hostId');
      const startDate = maybe(values, 'startDate');
      const dated: Dated = { entity, startDate };
      exchanges.set(id, entity as Exchange);
      push(exchangesOf, hostId, dated);
      for (const coHostId of (values['coHostIds'] as string[] | undefined) ?? []) push(exchangesOf, coHostId, dated);
      for (const guestId of values['guestIds'] as string[]) push(exchangesOf, guestId, dated);
      const reciprocates = maybe(values, 'reciprocates');
      if (reciprocates !== undefined) push(returnVisitsOf, reciprocates, dated);
      const hostPlace = hostMunicipalityId(hostId, municipalities.has(hostId), organisationOf(hostId));
      const frame = exchangeFrame({ startDate, endDate: maybe(values, 'endDate') });
      if (frame !== undefined) {
        periods.set(id, {
          title: text(values, 'title'),
          hostId,
          hostMunicipalityId: hostPlace,
          startDate: frame.first,
          endDate: frame.last,
        });
      }
      const owner = { exchangeId: id, municipalityId: hostPlace };
      for (const [at, entry] of nested.entries()) {
        programme.push(programmeEntry(entry, ['exchanges', index, 'programme', at], owner, sites));
      }
    },
    grants({ entity, values }) {
      push(grantsOf, text(values, 'recipientId'), { entity, startDate: text(values, 'startDate') });
    },
    measures({ entity, values, nested }, index) {
      const organisationId = maybe(values, 'organisationId');
      const municipalityId = maybe(values, 'municipalityId');
      measures.set(text(values, 'id'), entity as Measure);
      for (const id of [organisationId, municipalityId, ...((values['partnerIds'] as string[] | undefined) ?? [])]) {
        if (id !== undefined) push(measuresOf, id, entity as Measure);
      }
      const fallback = measureMunicipalityId(
        organisationId === undefined ? undefined : organisationPlaces.get(organisationId),
        municipalityId,
      );
      const owner = { measureId: text(values, 'id'), municipalityId: fallback };
      for (const [at, entry] of nested.entries()) {
        programme.push(programmeEntry(entry, ['measures', index, 'sessions', at], owner, sites));
      }
    },
    finish: () => ({
      municipalities,
      organisations,
      persons,
      venues,
      exchanges,
      measures,
      partnershipsOf,
      exchangesOf: byStart(exchangesOf),
      returnVisitsOf: byStart(returnVisitsOf),
      grantsOf: byStart(grantsOf),
      measuresOf,
      places,
      periods,
      programme,
    }),
  };
}

const EMPTY: DatasetIndex = indexBuilder().finish();

/** The issue for a value that is no dataset at all: one that cannot be read (a revoked Proxy) says so. */
function notAnObject(value: unknown, fn: string, locale: Locale): KommunalIssue {
  if (typeof value === 'object' && value !== null) {
    try {
      Object.getPrototypeOf(value);
    } catch (error) {
      return unreadableIssue([], error, locale);
    }
  }
  return { path: [], code: 'invalid_type', message: QUERY_MESSAGES[locale].notADataset(fn, '', value, 'object') };
}

/**
 * The index of a dataset, built on first use and kept while the dataset lives; without a dataset,
 * an empty one. Building it is the one structural check of a dataset: everything the queries and
 * the schedule functions read of it (collections, the fields they use, programme items, sessions
 * and holidays) is read once, checked and, where the schedule needs it, copied. A value that is not
 * shaped like a dataset from parseDataset is a {@link KommunalValidationError} listing every misfit
 * (at most 1,000, then a count), with paths into the dataset, naming `fn` in `locale`.
 */
export function indexOf(dataset: Dataset | undefined, fn: string, locale: Locale): DatasetIndex {
  if (dataset === undefined) return EMPTY;
  // A WeakMap's lookup runs no trap of a Proxy: a known dataset costs nothing more.
  const known = typeof dataset === 'object' && dataset !== null ? indexes.get(dataset) : undefined;
  if (known !== undefined) return known;
  if (!isRecord(dataset)) {
    throw new KommunalValidationError([notAnObject(dataset, fn, locale)], { locale });
  }
  const index = readDataset(dataset, { fn, locale, issues: issueList() });
  indexes.set(dataset, index);
  return index;
}
