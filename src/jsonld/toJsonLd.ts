import { KommunalValidationError, prefixIssues } from '../errors/KommunalValidationError.js';
import type { Locale } from '../errors/options.js';
import { JSON_LD_MESSAGES, type JsonLdOwner } from '../i18n/jsonLd.js';
import { type Expected, QUERY_MESSAGES } from '../i18n/queries.js';
import type { CollectionName, Dataset } from '../model/dataset.js';
import { ISO_DATE_PATTERN, PARTIAL_DATE_PATTERN } from '../model/patterns.js';
import { hostMunicipalityId, itemTimeZone, measureMunicipalityId } from '../places/itemMunicipality.js';
import { type DatasetIndex, indexOf, type ProgrammeEntry } from '../query/datasetIndex.js';
import { type QueryOptions, readId, runQuery } from '../query/queryOptions.js';
import { copyTexts } from '../query/readData.js';
import { utcWallClock } from '../time/calendar.js';
import { offsetMillis } from '../time/offsets.js';
import { isArray, isRecord } from '../time/quote.js';
import { instantOf, zonedClockAt } from '../time/readTemporal.js';

/**
 * Options for {@link toJsonLd}.
 *
 * @example
 * ```ts
 * import type { ToJsonLdOptions } from 'kommunal';
 *
 * const options: ToJsonLdOptions = { locale: 'en' };
 * options.locale; // => 'en'
 * ```
 *
 * @category Scheduling
 */
export interface ToJsonLdOptions extends QueryOptions {}

/**
 * A postal address as schema.org's `PostalAddress` writes it: street, postal code, locality and
 * country (ISO 3166-1 alpha-2, as schema.org recommends). A place known only as a municipality has
 * its locality and country alone.
 *
 * @example
 * ```ts
 * import type { JsonLdPostalAddress } from 'kommunal';
 *
 * const address: JsonLdPostalAddress = { '@type': 'PostalAddress', streetAddress: 'Konradinerallee 11', postalCode: '65189', addressLocality: 'Wiesbaden', addressCountry: 'DE' };
 * address.addressCountry; // => 'DE'
 * ```
 *
 * @category Scheduling
 */
export interface JsonLdPostalAddress {
  readonly '@type': 'PostalAddress';
  readonly streetAddress?: string;
  readonly postalCode?: string;
  readonly addressLocality: string;
  readonly addressCountry?: string;
}

/**
 * A place as schema.org's `Place`: a venue with its name (where the dataset gives one) and address,
 * or a municipality.
 *
 * @example
 * ```ts
 * import type { JsonLdPlace } from 'kommunal';
 *
 * const place: JsonLdPlace = { '@type': 'Place', name: 'Chemnitz', address: { '@type': 'PostalAddress', addressLocality: 'Chemnitz', addressCountry: 'DE' } };
 * place.address.addressLocality; // => 'Chemnitz'
 * ```
 *
 * @category Scheduling
 */
export interface JsonLdPlace {
  readonly '@type': 'Place';
  readonly name?: string;
  readonly address: JsonLdPostalAddress;
}

/**
 * An organiser or performer as schema.org writes it: an organisation of the dataset as
 * `Organization` (its acronym as `alternateName`, its website as `url`), a municipality as
 * `GovernmentOrganization`.
 *
 * @example
 * ```ts
 * import type { JsonLdOrganization } from 'kommunal';
 *
 * const zefas: JsonLdOrganization = { '@type': 'Organization', name: 'Zentrum für Fachkräftesicherung und Gute Arbeit', alternateName: 'ZEFAS' };
 * zefas.alternateName; // => 'ZEFAS'
 * ```
 *
 * @category Scheduling
 */
export interface JsonLdOrganization {
  readonly '@type': 'Organization' | 'GovernmentOrganization';
  readonly name: string;
  readonly alternateName?: string;
  readonly url?: string;
}

/**
 * A programme item of an exchange or a session of a measure, as a schema.org `Event` inside
 * {@link JsonLdEvent}'s `subEvent`: its start with the offset of its place's zone where it has a
 * time (`2024-04-15T09:00:00+02:00`), its day where it has none, no start where the dataset names
 * none.
 *
 * @example
 * ```ts
 * import type { JsonLdSubEvent } from 'kommunal';
 *
 * const welcome: JsonLdSubEvent = { '@type': 'Event', name: 'Begrüßung', startDate: '2024-04-15T09:00:00+02:00' };
 * welcome.startDate; // => '2024-04-15T09:00:00+02:00'
 * ```
 *
 * @category Scheduling
 */
export interface JsonLdSubEvent {
  readonly '@type': 'Event';
  readonly name: string;
  readonly description?: string;
  readonly startDate?: string;
  readonly endDate?: string;
  readonly location?: JsonLdPlace;
  readonly performer?: JsonLdOrganization | readonly JsonLdOrganization[];
}

/**
 * What {@link toJsonLd} returns: a schema.org `Event` (an exchange, or a measure without sessions)
 * or `EventSeries` (a measure with sessions), plain JSON data for a
 * `<script type="application/ld+json">` element. Only what the dataset says is written: a field it
 * lacks is left out.
 *
 * @example
 * ```ts
 * import type { JsonLdEvent } from 'kommunal';
 *
 * const event: JsonLdEvent = {
 *   '@context': 'https://schema.org',
 *   '@type': 'Event',
 *   name: 'Bundesnetzwerktreffen der Welcome Center',
 *   startDate: '2023-09-20',
 *   endDate: '2023-09-21',
 *   eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
 *   location: { '@type': 'Place', name: 'Chemnitz', address: { '@type': 'PostalAddress', addressLocality: 'Chemnitz', addressCountry: 'DE' } },
 * };
 * JSON.stringify(event).length > 0; // => true
 * ```
 *
 * @category Scheduling
 */
export interface JsonLdEvent {
  readonly '@context': 'https://schema.org';
  readonly '@type': 'Event' | 'EventSeries';
  readonly name: string;
  readonly description?: string;
  /** `YYYY-MM-DD`, or `YYYY-MM` or `YYYY` where the dataset knows no more (ISO 8601 reduced precision). */
  readonly startDate: string;
  readonly endDate?: string;
  readonly eventStatus?: 'https://schema.org/EventScheduled' | 'https://schema.org/EventCancelled';
  readonly eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode';
  readonly location: JsonLdPlace | readonly JsonLdPlace[];
  readonly organizer?: JsonLdOrganization | readonly JsonLdOrganization[];
  readonly performer?: JsonLdOrganization | readonly JsonLdOrganization[];
  /** Language codes (ISO 639, which BCP 47 takes as they are): `de`, or `['de', 'ar']`. */
  readonly inLanguage?: string | readonly string[];
  readonly url?: string;
  readonly subEvent?: readonly JsonLdSubEvent[];
}

const FN = 'toJsonLd';

/**
 * One value, or several as a list: JSON-LD reads both alike, and Google's examples write a single
 * value without a list.
 */
type OneOrMore<T> = T | readonly T[];

/**
 * At most this many programme items or sessions become `subEvent`s: a web page's markup, not a
 * database dump. More is an error (`too_big`), since leaving some out would tell search engines
 * that they do not exist.
 */
export const MAX_SUB_EVENTS = 10_000;

/** At most this many delegations are read for their languages. */
const MAX_DELEGATIONS = 10_000;

const STATUS: Readonly<Record<string, JsonLdEvent['eventStatus']>> = {
  planned: 'https://schema.org/EventScheduled',
  confirmed: 'https://schema.org/EventScheduled',
  held: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
};

/** The roles of a programme item whose contributors give it: they perform. At a `visit` they are visited. */
const PERFORMING_ROLES: ReadonlySet<unknown> = new Set([
  'greeting',
  'speech',
  'presentation',
  'discussion',
  'workshop',
]);

const LANGUAGE = /^[a-z]{2,3}$/;

type Path = readonly (string | number)[];

/** What one call reads with: the dataset, its index, and the language of its errors. */
interface Reading {
  readonly dataset: Dataset;
  readonly index: DatasetIndex;
  readonly locale: Locale;
}

/** An entity of the dataset with the path to it, for messages. */
interface Located {
  readonly entity: Readonly<Record<string, unknown>>;
  readonly path: () => Path;
}

function misfit(reading: Reading, path: Path, value: unknown, expected: Expected): never {
  const message = QUERY_MESSAGES[reading.locale].notADataset(FN, path.join('.'), value, expected);
  throw new KommunalValidationError([{ path, code: 'invalid_type', message }], { locale: reading.locale });
}

function refuse(
  reading: Reading,
  path: Path,
  code: 'missing_start' | 'missing_location' | 'too_big' | 'unresolved_reference' | 'invalid_value',
  message: string,
): never {
  throw new KommunalValidationError([{ path, code, message }], { locale: reading.locale });
}

/** A text field of an entity, read once; missing where `optional`, else a misfit. */
function text(reading: Reading, at: Located, field: string, optional: true): string | undefined;
function text(reading: Reading, at: Located, field: string, optional: false): string;
function text(reading: Reading, at: Located, field: string, optional: boolean): string | undefined {
  const value = at.entity[field];
  if (typeof value === 'string') return value;
  if (value === undefined && optional) return undefined;
  return misfit(reading, [...at.path(), field], value, 'text');
}

/** A list of ids or codes of an entity, copied; missing is empty. */
function texts(reading: Reading, at: Located, field: string): readonly string[] {
  const value = at.entity[field];
  if (value === undefined) return [];
  const into: string[] = [];
  const read = copyTexts(value, into);
  if (typeof read === 'number') return into.slice(0, read);
  const path = read.at === undefined ? [...at.path(), field] : [...at.path(), field, read.at];
  return misfit(reading, path, read.value, read.at === undefined ? 'ids' : 'text');
}

/** Where an entity is in its collection, for the path of a message: found only when a message needs it. */
function pathTo(dataset: Dataset, collection: CollectionName, entity: object): () => Path {
  return () => {
    const list: unknown = (dataset as Readonly<Record<string, unknown>>)[collection];
    if (isArray(list)) {
      const length = list.length;
      for (let at = 0; at < length; at += 1) if (list[at] === entity) return [collection, at];
    }
    return [collection];
  };
}

/**
 * Writes an exchange or a measure as schema.org JSON-LD for a web page: the `Event` (or, for a
 * measure with sessions, the `EventSeries`) that Google's Event rich results read, with `name`,
 * `startDate` and `endDate`, `eventStatus`, `eventAttendanceMode`, `location` as a `Place` with a
 * `PostalAddress`, `organizer`, `performer`, `inLanguage`, `description`, `url`, and a `subEvent`
 * for each programme item or session. It writes only what the dataset says:
 *
 * - Dates as the dataset gives them: an exchange's `startDate`/`endDate` and a measure's
 *   `since`/`until` as days, or as a month or year (`2025-10`, ISO 8601's reduced precision) where
 *   no more is known. A programme item with a time gets it with the offset of its place's zone
 *   (`2024-04-15T09:00:00+02:00`), one with only a day gets the day, one without a start none; an
 *   item without an end gets no `endDate`.
 * - `location`: the venues the programme or sessions name (one `Place`, or a list); without any,
 *   the municipality of the host (exchanges) or of the responsible organisation, else the measure's.
 * - `organizer`: an exchange's `organiserIds`; a measure's organisation, else its municipality.
 * - `performer`: the contributors of programme items that they give (role greeting, speech,
 *   presentation, discussion or workshop), on each item and, together, on the event. People are
 *   never written: `personIds` say who takes part, not who performs.
 * - `eventStatus`: planned, confirmed and held are `EventScheduled`, cancelled `EventCancelled`;
 *   none where the dataset gives no status (Google then assumes `EventScheduled`).
 * - `inLanguage`: a measure's `languages`, an exchange's delegations' languages; no default.
 *
 * @param dataset - A dataset from {@link parseDataset}. It is not changed.
 * @param id - The id of an exchange or a measure.
 * @param options - `locale` of error messages: `de` (default) or `en`.
 * @returns A new plain object; `JSON.stringify` writes it as it is.
 * @throws {@link KommunalValidationError} for an id that names no exchange and no measure
 *   (`unresolved_reference`) or both (`invalid_value`); for an event without a date
 *   (`missing_start`: Google requires `startDate`, and kommunal invents none) or without any place
 *   (`missing_location`); for more than 10,000 programme items or sessions (`too_big`); and for a
 *   `dataset` not shaped like one from parseDataset, as far as toJsonLd reads it (a reference to
 *   nothing, a status or language code the model does not know, a time the clocks skip).
 *
 * @example
 * ```ts
 * import { parseDataset, toJsonLd } from 'kommunal';
 *
 * const dataset = parseDataset({
 *   municipalities: [{ id: 'wiesbaden', name: 'Wiesbaden', kind: 'state-capital', country: 'DE', state: 'DE-HE' }],
 *   organisations: [{ id: 'amt', name: 'Amt für Soziale Arbeit', kind: 'authority', municipalityId: 'wiesbaden' }],
 *   venues: [{ id: 'k11', municipalityId: 'wiesbaden', streetAddress: 'Konradinerallee 11', postalCode: '65189', locality: 'Wiesbaden' }],
 *   exchanges: [{
 *     id: 'fachkraefte', kind: 'professional-exchange', title: 'Fachkräfteaustausch Wiesbaden–Wien', hostId: 'wiesbaden', guestIds: [],
 *     startDate: '2024-04-15', endDate: '2024-04-18', organiserIds: ['amt'], status: 'held',
 *     programme: [{ id: 'begruessung', title: 'Begrüßung', start: '2024-04-15T09:00', end: '2024-04-15T10:00', venueId: 'k11' }],
 *   }],
 * });
 * const event = toJsonLd(dataset, 'fachkraefte');
 * event.startDate; // => '2024-04-15'
 * event.eventStatus; // => 'https://schema.org/EventScheduled'
 * event.location; // => { '@type': 'Place', address: { '@type': 'PostalAddress', streetAddress: 'Konradinerallee 11', postalCode: '65189', addressLocality: 'Wiesbaden', addressCountry: 'DE' } }
 * event.organizer; // => { '@type': 'Organization', name: 'Amt für Soziale Arbeit' }
 * event.subEvent?.[0]?.startDate; // => '2024-04-15T09:00:00+02:00'
 * event.subEvent?.[0]?.endDate; // => '2024-04-15T10:00:00+02:00'
 *
 * // For the page: <script type="application/ld+json">…</script>
 * JSON.stringify(event).startsWith('{"@context":"https://schema.org","@type":"Event"'); // => true
 * ```
 *
 * @category Scheduling
 */
export function toJsonLd(dataset: Dataset, id: string, options?: ToJsonLdOptions): JsonLdEvent {
  return runQuery(FN, options, (_read, locale) => {
    const index = indexOf(dataset, FN, locale);
    const wanted = readId(FN, 'id', id, locale);
    const reading: Reading = { dataset, index, locale };
    const messages = JSON_LD_MESSAGES[locale];
    const exchange = index.exchanges.get(wanted);
    const measure = index.measures.get(wanted);
    if (exchange !== undefined && measure !== undefined) {
      refuse(reading, [], 'invalid_value', messages.ambiguousId(wanted));
    }
    if (exchange !== undefined) {
      return exchangeEvent(reading, { entity: exchange, path: pathTo(dataset, 'exchanges', exchange) });
    }
    if (measure !== undefined) {
      return measureEvent(reading, { entity: measure, path: pathTo(dataset, 'measures', measure) });
    }
    return refuse(reading, [], 'unresolved_reference', messages.unknownId(wanted));
  });
}

function exchangeEvent(reading: Reading, exchange: Located): JsonLdEvent {
  const { index } = reading;
  const id = text(reading, exchange, 'id', false);
  const owner: JsonLdOwner = { kind: 'exchange', id, title: text(reading, exchange, 'title', false) };
  const startDate = partialDate(reading, exchange, 'startDate');
  if (startDate === undefined) {
    refuse(
      reading,
      [...exchange.path(), 'startDate'],
      'missing_start',
      JSON_LD_MESSAGES[reading.locale].noStart(owner),
    );
  }
  const entries = index.programme.filter((entry) => entry.exchangeId === id);
  const subEvents = subEventsOf(reading, exchange, 'programme', entries, owner);
  const hostId = text(reading, exchange, 'hostId', false);
  // A host is a municipality, or an organisation whose municipality is the place: the schedule's rule.
  const hostOrganisation = index.organisations.has(hostId)
    ? { municipalityId: organisationMunicipality(reading, hostId) }
    : undefined;
  const hostPlace = hostMunicipalityId(hostId, index.places.has(hostId), hostOrganisation);
  return event(reading, {
    type: 'Event',
    owner,
    at: exchange,
    startDate,
    endDate: partialDate(reading, exchange, 'endDate'),
    description: undefined,
    fallbackPlace: hostPlace,
    organizers: texts(reading, exchange, 'organiserIds').map((id, position) => ({
      id,
      field: ['organiserIds', position],
    })),
    languages: delegationLanguages(reading, exchange),
    subEvents,
  });
}

function measureEvent(reading: Reading, measure: Located): JsonLdEvent {
  const id = text(reading, measure, 'id', false);
  const owner: JsonLdOwner = { kind: 'measure', id, title: text(reading, measure, 'title', false) };
  const startDate = partialDate(reading, measure, 'since');
  if (startDate === undefined) {
    refuse(reading, [...measure.path(), 'since'], 'missing_start', JSON_LD_MESSAGES[reading.locale].noStart(owner));
  }
  const entries = reading.index.programme.filter((entry) => entry.measureId === id);
  const subEvents = subEventsOf(reading, measure, 'sessions', entries, owner);
  const organisationId = text(reading, measure, 'organisationId', true);
  const municipalityId = text(reading, measure, 'municipalityId', true);
  const responsible =
    organisationId === undefined
      ? municipalityId === undefined
        ? undefined
        : { id: municipalityId, field: ['municipalityId'] }
      : { id: organisationId, field: ['organisationId'] };
  const fallbackPlace = measureMunicipalityId(
    organisationId === undefined ? undefined : organisationMunicipality(reading, organisationId),
    municipalityId,
  );
  return event(reading, {
    type: subEvents.length > 0 ? 'EventSeries' : 'Event',
    owner,
    at: measure,
    startDate,
    endDate: partialDate(reading, measure, 'until'),
    description: text(reading, measure, 'description', true),
    fallbackPlace,
    organizers: responsible === undefined ? [] : [responsible],
    languages: languages(reading, measure, 'languages'),
    subEvents,
  });
}

/** What an exchange and a measure give {@link event}, each read in its own way. */
interface EventFacts {
  readonly type: JsonLdEvent['@type'];
  readonly owner: JsonLdOwner;
  readonly at: Located;
  readonly startDate: string;
  readonly endDate: string | undefined;
  readonly description: string | undefined;
  /** The municipality whose place stands for the event where no venue is named. */
  readonly fallbackPlace: string | undefined;
  /** The ids of the organisers, each with the field of the entity that names it. */
  readonly organizers: readonly { readonly id: string; readonly field: Path }[];
  readonly languages: readonly string[];
  readonly subEvents: readonly WrittenSubEvent[];
}

/** A sub-event with the ids behind it, so that the event can gather venues and performers once each. */
interface WrittenSubEvent {
  readonly json: JsonLdSubEvent;
  readonly venueId: string | undefined;
  readonly performerIds: readonly string[];
}

function event(reading: Reading, facts: EventFacts): JsonLdEvent {
  const { at, owner, subEvents } = facts;
  const messages = JSON_LD_MESSAGES[reading.locale];
  const organizers = facts.organizers.map(({ id, field }) => agent(reading, id, () => [...at.path(), ...field]));
  // Each performer was found on an item already, so the item's field would name an unknown one first.
  const performers = unique(subEvents.flatMap((sub) => sub.performerIds)).map((id) =>
    agent(reading, id, () => at.path()),
  );
  const venueIds = unique(subEvents.map((sub) => sub.venueId));
  let location: OneOrMore<JsonLdPlace> | undefined;
  if (venueIds.length > 0) {
    location = oneOrMore(venueIds.map((venueId) => venuePlace(reading, venueId) as JsonLdPlace));
  } else if (facts.fallbackPlace !== undefined) {
    location = municipalityPlace(reading, facts.fallbackPlace);
  }
  if (location === undefined) refuse(reading, at.path(), 'missing_location', messages.noLocation(owner));
  const status = text(reading, at, 'status', true);
  const eventStatus = status === undefined ? undefined : STATUS[status];
  if (status !== undefined && eventStatus === undefined) {
    const path = [...at.path(), 'status'];
    refuse(reading, path, 'invalid_value', messages.notAStatus(path.join('.'), status));
  }
  const url = text(reading, at, 'url', true);
  // Literal order is the order JSON.stringify writes: the facts a reader looks for first.
  return {
    '@context': 'https://schema.org',
    '@type': facts.type,
    name: owner.title,
    ...(facts.description === undefined ? {} : { description: facts.description }),
    startDate: facts.startDate,
    ...(facts.endDate === undefined ? {} : { endDate: facts.endDate }),
    ...(eventStatus === undefined ? {} : { eventStatus }),
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location,
    ...(organizers.length === 0 ? {} : { organizer: oneOrMore(organizers) }),
    ...(performers.length === 0 ? {} : { performer: oneOrMore(performers) }),
    ...(facts.languages.length === 0 ? {} : { inLanguage: oneOrMore(facts.languages) }),
    ...(url === undefined ? {} : { url }),
    ...(subEvents.length === 0 ? {} : { subEvent: subEvents.map((sub) => sub.json) }),
  };
}

function oneOrMore<T>(values: readonly T[]): OneOrMore<T> {
  return values.length === 1 ? (values[0] as T) : values;
}

function unique(ids: readonly (string | undefined)[]): string[] {
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

/** A partial date field (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as it is, or missing. */
function partialDate(reading: Reading, at: Located, field: string): string | undefined {
  const value = text(reading, at, field, true);
  if (value === undefined || PARTIAL_DATE_PATTERN.test(value)) return value;
  return misfit(reading, [...at.path(), field], value, 'partialDate');
}

/** Language codes of a list field, in their order, each once. */
function languages(reading: Reading, at: Located, field: string): readonly string[] {
  const codes = texts(reading, at, field);
  for (const [position, code] of codes.entries()) {
    if (!LANGUAGE.test(code)) {
      const path = [...at.path(), field, position];
      refuse(reading, path, 'invalid_value', JSON_LD_MESSAGES[reading.locale].notALanguage(path.join('.'), code));
    }
  }
  return unique(codes);
}

/** The languages of an exchange's delegations, in the order they are first named: the languages spoken there. */
function delegationLanguages(reading: Reading, exchange: Located): readonly string[] {
  const list = exchange.entity['delegations'];
  if (list === undefined) return [];
  if (!isArray(list)) return misfit(reading, [...exchange.path(), 'delegations'], list, 'list');
  const found: string[] = [];
  const length = Math.min(list.length, MAX_DELEGATIONS);
  for (let position = 0; position < length; position += 1) {
    const delegation: unknown = list[position];
    const path = () => [...exchange.path(), 'delegations', position];
    if (!isRecord(delegation)) return misfit(reading, path(), delegation, 'object');
    found.push(...languages(reading, { entity: delegation, path }, 'languages'));
  }
  return unique(found);
}

/** The municipality an organisation names, if the dataset knows the organisation and it names one. */
function organisationMunicipality(reading: Reading, organisationId: string): string | undefined {
  const organisation = reading.index.organisations.get(organisationId);
  if (organisation === undefined) return undefined;
  const at: Located = { entity: organisation, path: pathTo(reading.dataset, 'organisations', organisation) };
  return text(reading, at, 'municipalityId', true);
}

/** An organiser or performer: an organisation of the dataset, or a municipality; `where` is the field that names it. */
function agent(reading: Reading, id: string, where: () => Path): JsonLdOrganization {
  const { index } = reading;
  const organisation = index.organisations.get(id);
  if (organisation !== undefined) {
    const at: Located = { entity: organisation, path: pathTo(reading.dataset, 'organisations', organisation) };
    const acronym = text(reading, at, 'acronym', true);
    const website = text(reading, at, 'website', true);
    return {
      '@type': 'Organization',
      name: text(reading, at, 'name', false),
      ...(acronym === undefined ? {} : { alternateName: acronym }),
      ...(website === undefined ? {} : { url: website }),
    };
  }
  const municipality = index.municipalities.get(id);
  if (municipality !== undefined) {
    const place = index.places.get(id);
    const website = text(
      reading,
      { entity: municipality, path: pathTo(reading.dataset, 'municipalities', municipality) },
      'website',
      true,
    );
    return {
      '@type': 'GovernmentOrganization',
      name: place?.name ?? id,
      ...(website === undefined ? {} : { url: website }),
    };
  }
  const path = where();
  const message = JSON_LD_MESSAGES[reading.locale].unknownReference(path.join('.'), id);
  return refuse(reading, path, 'unresolved_reference', message);
}

/** A venue of the dataset as a `Place`; `undefined` for an id the dataset does not know. */
function venuePlace(reading: Reading, venueId: string): JsonLdPlace | undefined {
  const venue = reading.index.venues.get(venueId);
  if (venue === undefined) return undefined;
  const at: Located = { entity: venue, path: pathTo(reading.dataset, 'venues', venue) };
  const name = text(reading, at, 'name', true);
  const country = reading.index.places.get(text(reading, at, 'municipalityId', false))?.country;
  return {
    '@type': 'Place',
    ...(name === undefined ? {} : { name }),
    address: {
      '@type': 'PostalAddress',
      streetAddress: text(reading, at, 'streetAddress', false),
      postalCode: text(reading, at, 'postalCode', false),
      addressLocality: text(reading, at, 'locality', false),
      ...(country === undefined ? {} : { addressCountry: country }),
    },
  };
}

/** A municipality as a `Place`: its name as the locality, and its country. */
function municipalityPlace(reading: Reading, municipalityId: string): JsonLdPlace | undefined {
  const place = reading.index.places.get(municipalityId);
  if (place === undefined) return undefined;
  return {
    '@type': 'Place',
    name: place.name,
    address: { '@type': 'PostalAddress', addressLocality: place.name, addressCountry: place.country },
  };
}

/** The programme items or sessions of an owner, as sub-events in the dataset's order. */
function subEventsOf(
  reading: Reading,
  owner: Located,
  field: 'programme' | 'sessions',
  entries: readonly ProgrammeEntry[],
  ownerFacts: JsonLdOwner,
): readonly WrittenSubEvent[] {
  if (entries.length > MAX_SUB_EVENTS) {
    const message = JSON_LD_MESSAGES[reading.locale].tooManySubEvents(ownerFacts, entries.length, MAX_SUB_EVENTS);
    refuse(reading, [...owner.path(), field], 'too_big', message);
  }
  const items = owner.entity[field];
  return entries.map((entry) => {
    // The index read the item's times and place; its own object gives what the index does not keep.
    const position = entry.path[entry.path.length - 1] as number;
    const item: unknown = isArray(items) ? items[position] : undefined;
    const at: Located = { entity: isRecord(item) ? item : {}, path: () => entry.path };
    return subEvent(reading, entry, at);
  });
}

function subEvent(reading: Reading, entry: ProgrammeEntry, at: Located): WrittenSubEvent {
  const zone = itemTimeZone(
    entry.municipalityId === undefined ? undefined : reading.index.places.get(entry.municipalityId)?.zone,
  );
  const startDate =
    entry.start === undefined ? undefined : jsonLdTime(reading, entry.start, zone, [...entry.path, 'start']);
  const endDate = entry.end === undefined ? undefined : jsonLdTime(reading, entry.end, zone, [...entry.path, 'end']);
  const description = text(reading, at, 'description', true);
  const role = at.entity['role'];
  const contributors = PERFORMING_ROLES.has(role) ? texts(reading, at, 'contributorIds') : [];
  const performerIds = unique(contributors);
  const performers = performerIds.map((id) =>
    agent(reading, id, () => [...entry.path, 'contributorIds', contributors.indexOf(id)]),
  );
  const location = entry.venueId === undefined ? undefined : venuePlace(reading, entry.venueId);
  return {
    json: {
      '@type': 'Event',
      name: entry.title,
      ...(description === undefined ? {} : { description }),
      ...(startDate === undefined ? {} : { startDate }),
      ...(endDate === undefined ? {} : { endDate }),
      ...(location === undefined ? {} : { location }),
      ...(performers.length === 0 ? {} : { performer: oneOrMore(performers) }),
    },
    venueId: location === undefined ? undefined : entry.venueId,
    performerIds,
  };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * A programme time as schema.org's DateTime: the wall clock of the item's zone with its offset
 * (`2024-04-15T09:00:00+02:00`), whatever form the dataset wrote it in; a day alone stays a day. An
 * offset of seconds (local mean time before 1893) has no ISO 8601 form, so such an instant is
 * written in UTC.
 */
function jsonLdTime(reading: Reading, value: string, zone: string, path: Path): string {
  if (ISO_DATE_PATTERN.test(value)) return value;
  const { locale } = reading;
  try {
    const millis = instantOf(value, zone, locale);
    const offset = offsetMillis(zone, millis);
    const minutes = offset / 60_000;
    const clock = Number.isInteger(minutes) ? zonedClockAt(value, millis, zone, locale) : utcWallClock(millis);
    const fraction = clock.millisecond === 0 ? '' : `.${pad(clock.millisecond, 3)}`;
    const time = `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}T${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}${fraction}`;
    if (!Number.isInteger(minutes)) return `${time}Z`;
    const sign = minutes < 0 ? '-' : '+';
    const size = Math.abs(minutes);
    return `${time}${sign}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
  } catch (error) {
    if (error instanceof KommunalValidationError) throw prefixIssues(error, path, locale);
    throw error;
  }
}
