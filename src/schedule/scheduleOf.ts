import { KommunalValidationError, prefixIssues } from '../errors/KommunalValidationError.js';
import { optionOf, readInteger, readOptions } from '../errors/options.js';
import { DEFAULT_TIME_ZONE } from '../format/options.js';
import type { Dataset } from '../model/dataset.js';
import type { ProgrammeEntry } from '../query/datasetIndex.js';
import { isSupportedInstant } from '../time/calendar.js';
import { instantOf } from '../time/readTemporal.js';
import { type DatedScheduleItem, unsupportedMessage } from './scheduleItem.js';
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
}

const FN = 'scheduleOf';

/** `defaultDurationMinutes` in milliseconds. */
function readDuration(options: unknown): number {
  const given = readOptions(FN, options);
  const minutes = { min: 1, max: 10_080, fallback: 60 };
  return (
    readInteger(FN, 'defaultDurationMinutes', optionOf(FN, given, 'defaultDurationMinutes'), minutes, 'de') * 60_000
  );
}

/** An instant of a programme entry's field, read in `zone`; its problem with the entry's path. */
function instantAt(entry: ProgrammeEntry, field: 'start' | 'end', zone: string): number {
  try {
    return instantOf(entry[field], zone);
  } catch (error) {
    if (error instanceof KommunalValidationError) throw prefixIssues(error, [...entry.path, field], 'de');
    throw error;
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
  const { places, programme } = datasetIndex(dataset, FN, 'de', []);
  const items: DatedScheduleItem[] = [];
  for (const entry of programme) {
    const { municipalityId } = entry;
    const zone = (municipalityId === undefined ? undefined : places.get(municipalityId)?.zone) ?? DEFAULT_TIME_ZONE;
    const start = instantAt(entry, 'start', zone);
    const end = entry.end === undefined ? start + duration : instantAt(entry, 'end', zone);
    if (!isSupportedInstant(end)) {
      // Only an end computed from the duration: instantOf refuses the years outside 1–9999.
      const message = unsupportedMessage(entry.start, 'de');
      throw new KommunalValidationError([{ path: [...entry.path, 'start'], code: 'invalid_date', message }]);
    }
    const personIds = entry.personIds === undefined ? undefined : [...entry.personIds];
    const room = entry.room ?? entry.venueRoom;
    const endApproximate = entry.end === undefined || entry.endApproximate === true;
    const id = `${entry.exchangeId ?? entry.measureId}/${entry.id}`;
    const { title, venueId } = entry;
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
          },
    );
  }
  return items.sort((a, b) => a.start.getTime() - b.start.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
