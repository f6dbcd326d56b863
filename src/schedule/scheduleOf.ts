import { KommunalValidationError, prefixIssues } from '../errors/KommunalValidationError.js';
import { optionOf, readInteger, readLocale, readOptions } from '../errors/options.js';
import { formatPersonName } from '../format/formatPersonName.js';
import { formatVenue } from '../format/formatVenue.js';
import type { Locale } from '../i18n/catalogue.js';
import { SCHEDULE_ITEM_MESSAGES } from '../i18n/scheduleItems.js';
import type { Dataset } from '../model/dataset.js';
import { ISO_DATE_PATTERN } from '../model/patterns.js';
import { itemTimeZone } from '../places/itemMunicipality.js';
import type { DatasetIndex, ProgrammeEntry } from '../query/datasetIndex.js';
import { isSupportedInstant } from '../time/calendar.js';
import { instantOf } from '../time/readTemporal.js';
import { type DatedScheduleItem, type ItemPeriod, type ItemPlace, unsupportedMessage } from './scheduleItem.js';
import { datasetIndex } from './scheduleOptions.js';

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
  /**
   * The language of errors and of the `skipped` messages: `'de'` (default) or `'en'`. The items'
   * names and places are German either way, as {@link formatPersonName} and {@link formatVenue}
   * write them.
   */
  readonly locale?: Locale | undefined;
}

/**
 * A programme item or session that {@link scheduleOf} leaves out of the schedule, because the
 * sources give it no time: `no-start` where it has no `start` at all, `no-time` where its `start`
 * is a day without a time (`2024-04-16`). The item stays in the dataset; only the schedule, which
 * places items at instants, cannot hold it.
 *
 * @example
 * ```ts
 * import type { SkippedScheduleItem } from 'kommunal';
 *
 * const skipped: SkippedScheduleItem = {
 *   id: 'fachkraefte/empfang',
 *   exchangeId: 'fachkraefte',
 *   path: ['exchanges', 0, 'programme', 1],
 *   reason: 'no-time',
 *   message: 'Der Termin „Empfang im Rathaus“ („fachkraefte/empfang“) am 16. April 2024 hat keine Uhrzeit und steht nicht im Zeitplan.',
 * };
 * skipped.reason; // => 'no-time'
 * ```
 *
 * @category Scheduling
 */
export interface SkippedScheduleItem {
  /** The id it would have on the schedule: `exchangeId/itemId` or `measureId/sessionId`. */
  readonly id: string;
  /** The exchange whose programme item it is. */
  readonly exchangeId?: string | undefined;
  /** The measure whose session it is. */
  readonly measureId?: string | undefined;
  /** Where it is in the dataset: `['exchanges', 0, 'programme', 1]`. */
  readonly path: readonly (string | number)[];
  /** `no-start`: no `start`; `no-time`: a `start` that is a day without a time. */
  readonly reason: 'no-start' | 'no-time';
  /** A sentence for people, German unless the call asked for `locale: 'en'`. */
  readonly message: string;
}

/**
 * What {@link scheduleOf} returns: the schedule's items as an array, which also carries the items
 * it left out as its own property `skipped`, as a `RegExp` match array carries `index` and `groups`.
 * `skipped` is not enumerable, so spreading, `JSON.stringify` and deep equality see the items alone.
 *
 * @example
 * ```ts
 * import { parseDataset, type ScheduleOfResult, scheduleOf } from 'kommunal';
 *
 * const dataset = parseDataset({
 *   municipalities: [{ id: 'chemnitz', name: 'Chemnitz', kind: 'city', country: 'DE', state: 'DE-SN' }],
 *   exchanges: [{
 *     id: 'bnt-10', kind: 'network-meeting', title: '10. Bundesnetzwerktreffen', hostId: 'chemnitz', guestIds: [],
 *     programme: [{ id: 'grussworte', title: 'Grußworte' }],
 *   }],
 * });
 * const schedule: ScheduleOfResult = scheduleOf(dataset);
 * schedule.length; // => 0
 * schedule.skipped.map((item) => item.reason); // => ['no-start']
 * ```
 *
 * @category Scheduling
 */
export type ScheduleOfResult = DatedScheduleItem[] & { readonly skipped: readonly SkippedScheduleItem[] };

const FN = 'scheduleOf';

/** The options, each read once: `defaultDurationMinutes` in milliseconds, and the locale of errors. */
function readScheduleOptions(options: unknown): { readonly duration: number; readonly locale: Locale } {
  const given = readOptions(FN, options);
  const locale = readLocale(FN, given);
  const minutes = { min: 1, max: 10_080, fallback: 60 };
  const value = optionOf(FN, given, 'defaultDurationMinutes', locale);
  return { duration: readInteger(FN, 'defaultDurationMinutes', value, minutes, locale) * 60_000, locale };
}

/** An instant of a programme entry's field, read in `zone`; its problem with the entry's path. */
function instantAt(entry: ProgrammeEntry, field: 'start' | 'end', zone: string, locale: Locale): number {
  try {
    return instantOf(entry[field], zone, locale);
  } catch (error) {
    if (error instanceof KommunalValidationError) throw prefixIssues(error, [...entry.path, field], locale);
    throw error;
  }
}

/**
 * What items of one dataset share, written once per call: a municipality as an item's `place`, a
 * person's name, an exchange's days. Items that share one get the same object, which the schedule
 * functions then read once.
 */
class ItemFacts {
  private readonly places = new Map<string, ItemPlace>();
  private readonly names = new Map<string, string>();
  private readonly periods = new Map<string, ItemPeriod>();

  constructor(private readonly index: DatasetIndex) {}

  /** The municipality as an item's `place`: name, country, Land, zone and the holidays it declares. */
  place(municipalityId: string | undefined): ItemPlace | undefined {
    if (municipalityId === undefined) return undefined;
    let place = this.places.get(municipalityId);
    if (place === undefined) {
      const known = this.index.places.get(municipalityId);
      if (known === undefined) return undefined;
      const { name, country, state, holidays, ags, holidaysNotKept } = known;
      // The index is kept per dataset for later calls: what an app does to the items it gets must
      // not reach it, so each call hands out copies.
      const own = holidays.map(({ date, name: holiday }) => ({ date, name: holiday }));
      place = { name, country, state, timeZone: itemTimeZone(known.zone), holidays: own };
      // The key and the holidays not kept decide which local public holidays hold there; only where given.
      if (ags !== undefined) place = { ...place, ags };
      if (holidaysNotKept !== undefined) place = { ...place, holidaysNotKept: [...holidaysNotKept] };
      this.places.set(municipalityId, place);
    }
    return place;
  }

  /** The people's names as formatPersonName writes them, in the order of their ids. */
  personNames(personIds: readonly string[]): string[] {
    return personIds.map((id) => {
      let name = this.names.get(id);
      if (name === undefined) {
        const person = this.index.persons.get(id);
        // A dataset from parseDataset knows every person it names.
        name = person === undefined ? id : formatPersonName(person);
        this.names.set(id, name);
      }
      return name;
    });
  }

  /** The venue down to the room, as formatVenue writes it. */
  location(venueId: string | undefined, room: string | undefined): string | undefined {
    const venue = venueId === undefined ? undefined : this.index.venues.get(venueId);
    return venue === undefined ? undefined : formatVenue(venue, { room });
  }

  /** The exchange's first and last day and title, in its host's calendar. */
  period(exchangeId: string): ItemPeriod | undefined {
    let period = this.periods.get(exchangeId);
    if (period === undefined) {
      const known = this.index.periods.get(exchangeId);
      if (known === undefined) return undefined;
      const timeZone = itemTimeZone(
        known.hostMunicipalityId === undefined ? undefined : this.index.places.get(known.hostMunicipalityId)?.zone,
      );
      period = { start: known.startDate, end: known.endDate, title: known.title, timeZone };
      this.periods.set(exchangeId, period);
    }
    return period;
  }
}

/**
 * Turns a dataset into its schedule: every programme item of every exchange and every session of
 * every measure, with wall-clock times read as instants in the zone of the venue's municipality,
 * else of the host (exchanges) or of the organisation's or measure's municipality. Ids are
 * `exchangeId/itemId` and `measureId/sessionId`, so they are unique across the dataset. An item
 * without an end lasts `defaultDurationMinutes`; it and an end „gegen 10 Uhr“ are `endApproximate`.
 *
 * An item without a time (no `start`, or a `start` that is only a day) cannot be placed at an
 * instant: it is left out, and the result lists it in its own property `skipped` (see
 * {@link ScheduleOfResult}), with a message in `locale`. An exchange dated to a year or month only
 * gives its items a `period` from the first day of its start to the last day of its end (else of
 * its start); one without a date gives none.
 *
 * Each item carries what the conflict checks and calendars need without the dataset: `place` (its
 * municipality's name, country, Land, zone and declared holidays), `personNames` (as
 * {@link formatPersonName} writes them), `location` (the venue down to the room, as
 * {@link formatVenue} writes it) and, for an exchange, `period` (its days and title, in the host's
 * calendar). So `detectConflicts(scheduleOf(dataset))` finds holidays, travel times and items
 * outside their exchange with no second argument.
 *
 * @param dataset - A dataset from {@link parseDataset}. It is not changed.
 * @param options - `defaultDurationMinutes` (whole minutes from 1 to 10,080; default 60).
 * @returns The items, by start, then id; `skipped` lists the items without a time, in dataset order.
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
 * welcome?.place; // => { name: 'Wiesbaden', country: 'DE', state: 'DE-HE', timeZone: 'Europe/Berlin', holidays: [] }
 * welcome?.period; // => { start: '2024-04-15', end: '2024-04-18', title: 'Fachkräfteaustausch', timeZone: 'Europe/Berlin' }
 *
 * // An item known only to its day stays out of the schedule, and is listed as skipped:
 * const later = parseDataset({
 *   municipalities: [{ id: 'wiesbaden', name: 'Wiesbaden', kind: 'state-capital', country: 'DE', state: 'DE-HE' }],
 *   exchanges: [{
 *     id: 'fachkraefte', kind: 'professional-exchange', title: 'Fachkräfteaustausch', hostId: 'wiesbaden', guestIds: [],
 *     startDate: '2024-04',
 *     programme: [{ id: 'empfang', title: 'Empfang im Rathaus', start: '2024-04-16' }],
 *   }],
 * });
 * scheduleOf(later).skipped[0]?.message; // => 'Der Termin „Empfang im Rathaus“ („fachkraefte/empfang“) am 16. April 2024 hat keine Uhrzeit und steht nicht im Zeitplan.'
 * scheduleOf(later, { locale: 'en' }).skipped[0]?.reason; // => 'no-time'
 * ```
 *
 * @category Scheduling
 */
export function scheduleOf(dataset: Dataset, options?: ScheduleOfOptions): ScheduleOfResult {
  const { duration, locale } = readScheduleOptions(options);
  const index = datasetIndex(dataset, FN, locale, []);
  const { places, programme } = index;
  const facts = new ItemFacts(index);
  const items: DatedScheduleItem[] = [];
  const skipped: SkippedScheduleItem[] = [];
  for (const entry of programme) {
    if (entry.start === undefined || ISO_DATE_PATTERN.test(entry.start)) {
      skipped.push(skippedItem(entry, entry.start, locale));
      continue;
    }
    const { municipalityId } = entry;
    const zone = itemTimeZone(municipalityId === undefined ? undefined : places.get(municipalityId)?.zone);
    const start = instantAt(entry, 'start', zone, locale);
    const end = entry.end === undefined ? start + duration : instantAt(entry, 'end', zone, locale);
    if (!isSupportedInstant(end)) {
      // Only an end computed from the duration: instantOf refuses the years outside 1–9999.
      const message = unsupportedMessage(entry.start as string, locale);
      throw new KommunalValidationError([{ path: [...entry.path, 'start'], code: 'invalid_date', message }]);
    }
    const personIds = entry.personIds === undefined ? undefined : [...entry.personIds];
    const personNames = personIds === undefined ? undefined : facts.personNames(personIds);
    const room = entry.room ?? entry.venueRoom;
    const endApproximate = entry.end === undefined || entry.endApproximate === true;
    const id = `${entry.exchangeId ?? entry.measureId}/${entry.id}`;
    const { title, venueId } = entry;
    const place = facts.place(municipalityId);
    const location = facts.location(venueId, entry.room);
    // Literals, not a spread of the owner: V8 builds spread objects on a slow path.
    items.push(
      entry.exchangeId === undefined
        ? {
            id,
            title,
            start: new Date(start),
            end: new Date(end),
            personIds,
            venueId,
            room,
            municipalityId,
            endApproximate,
            measureId: entry.measureId,
            place,
            personNames,
            location,
          }
        : {
            id,
            title,
            start: new Date(start),
            end: new Date(end),
            personIds,
            venueId,
            room,
            municipalityId,
            endApproximate,
            exchangeId: entry.exchangeId,
            place,
            personNames,
            location,
            period: facts.period(entry.exchangeId),
          },
    );
  }
  items.sort((a, b) => a.start.getTime() - b.start.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Not enumerable: deep equality, spreading and JSON see the items alone, as before `skipped` existed.
  Object.defineProperty(items, 'skipped', { value: skipped, enumerable: false });
  return items as ScheduleOfResult;
}

/** An entry without a time as {@link SkippedScheduleItem}: `start` is missing or a day. */
function skippedItem(entry: ProgrammeEntry, day: string | undefined, locale: Locale): SkippedScheduleItem {
  const id = `${entry.exchangeId ?? entry.measureId}/${entry.id}`;
  const messages = SCHEDULE_ITEM_MESSAGES[locale];
  const owner = entry.exchangeId === undefined ? { measureId: entry.measureId } : { exchangeId: entry.exchangeId };
  return day === undefined
    ? { id, ...owner, path: [...entry.path], reason: 'no-start', message: messages.skippedNoStart(entry.title, id) }
    : { id, ...owner, path: [...entry.path], reason: 'no-time', message: messages.skippedNoTime(entry.title, id, day) };
}
