import { DEFAULT_TIME_ZONE } from '../format/options.js';
import type { Dataset } from '../model/dataset.js';
import type { ProgrammeItem } from '../model/programmeItem.js';
import { indexOf } from '../query/datasetIndex.js';
import { instantOf } from '../time/readTemporal.js';
import { timeZoneOfId } from '../validate/places.js';
import type { DatedScheduleItem } from './scheduleItem.js';

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
  /** How long an item without an end lasts; default 60 minutes. Such items get `endApproximate: true`. */
  readonly defaultDurationMinutes?: number | undefined;
}

/**
 * Turns a dataset into its schedule: every programme item of every exchange and every session of
 * every measure, with wall-clock times read as instants in the zone of the venue's municipality,
 * else of the host (exchanges) or of the organisation's or measure's municipality. Ids are
 * `exchangeId/itemId` and `measureId/sessionId`, so they are unique across the dataset. An item
 * without an end lasts `defaultDurationMinutes`; it and an end „gegen 10 Uhr“ are `endApproximate`.
 *
 * @param dataset - A dataset from {@link parseDataset}.
 * @param options - `defaultDurationMinutes` (default 60).
 * @returns The items, by start, then id.
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
export function scheduleOf(dataset: Dataset, options: ScheduleOfOptions = {}): DatedScheduleItem[] {
  const duration = (options.defaultDurationMinutes ?? 60) * 60_000;
  const { municipalities, venues, organisations } = indexOf(dataset);
  const zoneOf = (municipalityId: string | undefined): string =>
    timeZoneOfId(municipalities, municipalityId) ?? DEFAULT_TIME_ZONE;
  const items: DatedScheduleItem[] = [];
  const add = (
    entry: ProgrammeItem,
    id: string,
    fallbackMunicipalityId: string | undefined,
    owner: { readonly exchangeId?: string; readonly measureId?: string },
  ) => {
    const venue = entry.venueId === undefined ? undefined : venues.get(entry.venueId);
    const municipalityId = venue?.municipalityId ?? fallbackMunicipalityId;
    const zone = zoneOf(municipalityId);
    const start = instantOf(entry.start, zone);
    const end = entry.end === undefined ? start + duration : instantOf(entry.end, zone);
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
