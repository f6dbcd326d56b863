import { fail, KommunalValidationError } from '../errors/KommunalValidationError.js';
import { type Locale, readInteger, readOptions } from '../errors/options.js';
import { DEFAULT_TIME_ZONE } from '../format/options.js';
import type { Dataset } from '../model/dataset.js';
import type { ProgrammeItem } from '../model/programmeItem.js';
import { indexOf } from '../query/datasetIndex.js';
import { isSupportedInstant } from '../time/calendar.js';
import { quote, show } from '../time/quote.js';
import { instantOf } from '../time/readTemporal.js';
import { MESSAGES as VALIDATION_MESSAGES } from '../validate/messages.js';
import { timeZoneOfId } from '../validate/places.js';
import { type DatedScheduleItem, type IssueList, issueList, throwIssues } from './scheduleItem.js';

/**
 * Options for {@link scheduleOf}.
 *
 * @example
 * ```ts
 * import type { ScheduleOfOptions } from 'kommunal';
 *
 * const options: ScheduleOfOptions = { defaultDurationMinutes: 90 };
 * options.defaultDurationMinutes; // => 90
 * ```
 *
 * @category Scheduling
 */
export interface ScheduleOfOptions {
  /**
   * How long an item without an end lasts, in whole minutes from 1 to 10,080 (a week); default 60.
   * Such items get `endApproximate: true`.
   */
  readonly defaultDurationMinutes?: number | undefined;
}

/** What a field of an entity must be, as the schedule functions read it. */
type Field = 'text' | 'text?' | 'boolean?' | 'ids' | 'ids?';

const PROGRAMME_ITEM: Readonly<Record<string, Field>> = {
  id: 'text',
  title: 'text',
  start: 'text',
  end: 'text?',
  endApproximate: 'boolean?',
  venueId: 'text?',
  room: 'text?',
  personIds: 'ids?',
};

/**
 * The collections the schedule functions read, the fields they and the dataset's index read of
 * each entity, and the lists inside an entity with the fields of their entries.
 */
const COLLECTIONS: readonly {
  readonly name: string;
  readonly required?: boolean;
  readonly fields: Readonly<Record<string, Field>>;
  readonly nested?: { readonly name: string; readonly fields: Readonly<Record<string, Field>> };
}[] = [
  {
    name: 'municipalities',
    required: true,
    fields: { id: 'text', name: 'text', country: 'text', state: 'text?', timeZone: 'text?' },
    nested: { name: 'holidays', fields: { date: 'text', name: 'text' } },
  },
  { name: 'organisations', fields: { id: 'text', municipalityId: 'text?' } },
  { name: 'persons', fields: { id: 'text', title: 'text?', givenName: 'text', familyName: 'text' } },
  {
    name: 'venues',
    fields: {
      id: 'text',
      name: 'text?',
      municipalityId: 'text',
      streetAddress: 'text',
      postalCode: 'text',
      locality: 'text',
      building: 'text?',
      floor: 'text?',
      room: 'text?',
    },
  },
  { name: 'partnerships', fields: { id: 'text', municipalityIds: 'ids' } },
  {
    name: 'exchanges',
    fields: {
      id: 'text',
      title: 'text',
      hostId: 'text',
      guestIds: 'ids',
      startDate: 'text',
      endDate: 'text',
      reciprocates: 'text?',
    },
    nested: { name: 'programme', fields: PROGRAMME_ITEM },
  },
  { name: 'grants', fields: { id: 'text', recipientId: 'text', startDate: 'text' } },
  {
    name: 'measures',
    fields: { id: 'text', organisationId: 'text?', municipalityId: 'text?', partnerIds: 'ids?' },
    nested: { name: 'sessions', fields: PROGRAMME_ITEM },
  },
];

const EXPECTED: Record<Locale, Record<Field | 'list' | 'object', string>> = {
  de: {
    text: 'ein Text',
    'text?': 'ein Text',
    'boolean?': 'true oder false',
    ids: 'eine Liste von Ids',
    'ids?': 'eine Liste von Ids',
    list: 'eine Liste',
    object: 'ein Objekt',
  },
  en: {
    text: 'a string',
    'text?': 'a string',
    'boolean?': 'true or false',
    ids: 'a list of ids',
    'ids?': 'a list of ids',
    list: 'a list',
    object: 'an object',
  },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return !Array.isArray(value);
  } catch {
    // Array.isArray throws for a revoked proxy, which is no record either.
    return false;
  }
}

function fits(value: unknown, field: Field): boolean {
  switch (field) {
    case 'text':
      return typeof value === 'string';
    case 'text?':
      return value === undefined || typeof value === 'string';
    case 'boolean?':
      return value === undefined || typeof value === 'boolean';
    default: {
      if (value === undefined) return field === 'ids?';
      if (!Array.isArray(value)) return false;
      // Up to the first entry that is no text: a sparse array may claim billions of entries.
      for (let entry = 0; entry < value.length; entry += 1) if (typeof value[entry] !== 'string') return false;
      return true;
    }
  }
}

/** Adds a problem of the dataset at `path`: it is not what `expected` says. */
function misfit(issues: IssueList, path: (string | number)[], expected: string, value: unknown, locale: Locale) {
  issues.add(path, 'invalid_type', () =>
    locale === 'de'
      ? `Erwartet wird ein Datensatz aus parseDataset: ${path.join('.')} muss ${expected} sein, nicht ${show(value, 'de')}.`
      : `Expected a dataset from parseDataset: ${path.join('.')} must be ${expected}, not ${show(value, 'en')}.`,
  );
}

/** Checks an entity's fields and returns it as a record, or adds a problem and returns undefined. */
function checkEntity(
  entity: unknown,
  path: (string | number)[],
  fields: Readonly<Record<string, Field>>,
  issues: IssueList,
  locale: Locale,
): Record<string, unknown> | undefined {
  if (!isRecord(entity)) {
    misfit(issues, path, EXPECTED[locale].object, entity, locale);
    return undefined;
  }
  for (const [field, type] of Object.entries(fields)) {
    const value = entity[field];
    if (!fits(value, type)) misfit(issues, [...path, field], EXPECTED[locale][type], value, locale);
  }
  return entity;
}

/**
 * Checks that a value has the shape of a dataset from {@link parseDataset} wherever the schedule
 * functions read it (its collections, the fields they use, programme items and sessions), so
 * that an object of another shape is a {@link KommunalValidationError} listing every misfit,
 * never a TypeError. It does not check what parseDataset checks beyond that.
 */
export function readDataset(value: unknown, locale: Locale): Dataset {
  if (!isRecord(value)) {
    const message =
      locale === 'de'
        ? `${show(value, 'de')} ist kein Datensatz: erwartet wird ein Datensatz aus parseDataset.`
        : `${show(value, 'en')} is not a dataset: expected a dataset from parseDataset.`;
    throw new KommunalValidationError([{ path: [], code: 'invalid_type', message }], { locale });
  }
  const issues = issueList();
  // A getter or proxy trap of the caller's that throws makes its collection or entity unreadable.
  const unreadable = (path: (string | number)[], error: unknown) => {
    if (error instanceof KommunalValidationError) throw error;
    issues.add(path, 'invalid_type', () => VALIDATION_MESSAGES[locale].unreadable(error));
  };
  for (const { name, required, fields, nested } of COLLECTIONS) {
    let list: unknown;
    let length = 0;
    try {
      list = value[name];
      if (list === undefined && required !== true) continue;
      if (!Array.isArray(list)) {
        misfit(issues, [name], EXPECTED[locale].list, list, locale);
        continue;
      }
      length = list.length;
    } catch (error) {
      unreadable([name], error);
      continue;
    }
    for (let index = 0; index < length; index += 1) {
      try {
        const entity = checkEntity((list as unknown[])[index], [name, index], fields, issues, locale);
        const inner = nested === undefined ? undefined : entity?.[nested.name];
        if (nested === undefined || inner === undefined) continue;
        if (!Array.isArray(inner)) {
          misfit(issues, [name, index, nested.name], EXPECTED[locale].list, inner, locale);
          continue;
        }
        for (let entry = 0; entry < inner.length; entry += 1) {
          checkEntity(inner[entry], [name, index, nested.name, entry], nested.fields, issues, locale);
        }
      } catch (error) {
        unreadable([name, index], error);
      }
    }
  }
  throwIssues(issues, locale);
  return value as unknown as Dataset;
}

/** `defaultDurationMinutes` in milliseconds; options that cannot be read are an `invalid_option` error. */
function readDuration(options: unknown): number {
  try {
    const given = readOptions('scheduleOf', options) as ScheduleOfOptions;
    const minutes = { min: 1, max: 10_080, fallback: 60 };
    return readInteger('scheduleOf', 'defaultDurationMinutes', given.defaultDurationMinutes, minutes, 'de') * 60_000;
  } catch (error) {
    if (error instanceof KommunalValidationError) throw error;
    const message = VALIDATION_MESSAGES.de.unreadable(error);
    throw new KommunalValidationError([{ path: [], code: 'invalid_option', message }]);
  }
}

/**
 * Turns a dataset into its schedule: every programme item of every exchange and every session of
 * every measure, with wall-clock times read as instants in the zone of the venue's municipality,
 * else of the host (exchanges) or of the organisation's or measure's municipality. Ids are
 * `exchangeId/itemId` and `measureId/sessionId`, so they are unique across the dataset. An item
 * without an end lasts `defaultDurationMinutes`; it and an end „gegen 10 Uhr“ are `endApproximate`.
 *
 * @param dataset - A dataset from {@link parseDataset}. It is not changed.
 * @param options - `defaultDurationMinutes` (whole minutes from 1 to 10,080; default 60).
 * @returns The items, by start, then id.
 * @throws {@link KommunalValidationError} when `dataset` is not shaped like a dataset from
 *   parseDataset, an option is not valid (`invalid_option`), or an item's time lies outside the
 *   years 1–9999.
 *
 * @example
 * ```ts
 * import { parseDataset, scheduleOf } from 'kommunal';
 *
 * const dataset = parseDataset({
 *   municipalities: [{ id: 'wiesbaden', name: 'Wiesbaden', kind: 'state-capital', country: 'DE', state: 'DE-HE' }],
 *   exchanges: [{
 *     id: 'fachkraefte', kind: 'professional-exchange', title: 'Fachkräfteaustausch', hostId: 'wiesbaden', guestIds: [],
 *     startDate: '2024-04-15', endDate: '2024-04-18',
 *     programme: [{ id: 'begruessung', title: 'Begrüßung', start: '2024-04-15T09:00' }],
 *   }],
 * });
 * const [welcome] = scheduleOf(dataset);
 * welcome?.id; // => 'fachkraefte/begruessung'
 * welcome?.start.toISOString(); // => '2024-04-15T07:00:00.000Z'
 * welcome?.end.toISOString(); // => '2024-04-15T08:00:00.000Z'
 * welcome?.endApproximate; // => true
 * ```
 *
 * @category Scheduling
 */
export function scheduleOf(dataset: Dataset, options?: ScheduleOfOptions): DatedScheduleItem[] {
  const duration = readDuration(options);
  readDataset(dataset, 'de');
  const { municipalities, venues, organisations } = indexOf(dataset);
  const zoneOf = (municipalityId: string | undefined): string =>
    timeZoneOfId(municipalities, municipalityId) ?? DEFAULT_TIME_ZONE;
  const items: DatedScheduleItem[] = [];
  const supported = (millis: number, value: unknown) => {
    if (!isSupportedInstant(millis)) {
      fail('invalid_date', `${quote(value)} liegt nicht in den Jahren 1 bis 9999 (UTC), die kommunal unterstützt.`);
    }
    return millis;
  };
  const add = (
    entry: ProgrammeItem,
    id: string,
    fallbackMunicipalityId: string | undefined,
    owner: { readonly exchangeId?: string; readonly measureId?: string },
  ) => {
    const venue = entry.venueId === undefined ? undefined : venues.get(entry.venueId);
    const municipalityId = venue?.municipalityId ?? fallbackMunicipalityId;
    const zone = zoneOf(municipalityId);
    const start = supported(instantOf(entry.start, zone), entry.start);
    const end =
      entry.end === undefined
        ? supported(start + duration, entry.start)
        : supported(instantOf(entry.end, zone), entry.end);
    items.push({
      id,
      title: entry.title,
      start: new Date(start),
      end: new Date(end),
      personIds: entry.personIds,
      venueId: entry.venueId,
      room: entry.room ?? venue?.room,
      municipalityId,
      endApproximate: entry.end === undefined || entry.endApproximate === true,
      ...owner,
    });
  };
  for (const exchange of dataset.exchanges ?? []) {
    for (const entry of exchange.programme ?? []) {
      add(entry, `${exchange.id}/${entry.id}`, exchange.hostId, { exchangeId: exchange.id });
    }
  }
  for (const measure of dataset.measures ?? []) {
    const organisation = measure.organisationId === undefined ? undefined : organisations.get(measure.organisationId);
    for (const entry of measure.sessions ?? []) {
      add(entry, `${measure.id}/${entry.id}`, organisation?.municipalityId ?? measure.municipalityId, {
        measureId: measure.id,
      });
    }
  }
  return items.sort((a, b) => a.start.getTime() - b.start.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
