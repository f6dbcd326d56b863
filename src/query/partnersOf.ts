import { optionOf } from '../errors/options.js';
import type { Dataset } from '../model/dataset.js';
import type { Municipality } from '../model/municipality.js';
import type { Partnership } from '../model/partnership.js';
import { firstDay, lastDay } from '../validate/dates.js';
import { indexOf } from './datasetIndex.js';
import { type QueryOptions, readDay, readId, readKinds, runQuery } from './queryOptions.js';

const FN = 'partnersOf';

/**
 * Options for {@link partnersOf}.
 *
 * @example
 * ```ts
 * import type { PartnersOfOptions } from 'kommunal';
 *
 * const options: PartnersOfOptions = { on: '2017-06-13', kinds: ['town-twinning'] };
 * options.on; // => '2017-06-13'
 * ```
 *
 * @category Queries
 */
export interface PartnersOfOptions extends QueryOptions {
  /**
   * Only partnerships that may be active on this day (`YYYY-MM-DD`, years 1–9999): `since` and
   * `until` count as all the days of their year or month, so the day overlaps the period the dates
   * allow (`since: '2011'` is active from 1 January 2011, `until: '2020'` to 31 December 2020).
   */
  readonly on?: string | undefined;
  /** Only partnerships of these kinds (`town-twinning`, `friendship`, `project-partnership`); default all. */
  readonly kinds?: readonly Partnership['kind'][] | undefined;
}

/** Whether a partnership is active on a day, reading `since`/`until` at their precision. */
export function isActiveOn(partnership: Partnership, day: string | undefined): boolean {
  if (day === undefined) return true;
  if (partnership.since !== undefined && day < firstDay(partnership.since)) return false;
  return partnership.until === undefined || day <= lastDay(partnership.until);
}

/** The municipality at the other end of a partnership. */
export function otherEnd(partnership: Partnership, municipalityId: string): string {
  const [first, second] = partnership.municipalityIds;
  return first === municipalityId ? second : first;
}

/**
 * The partner municipalities of a municipality, in the order of the dataset's partnerships.
 *
 * @param dataset - A dataset from {@link parseDataset}. One built in code is checked once, as far as
 * the query reads it, and indexed; changes to it after the first query are not seen.
 * @param municipalityId - The municipality whose partners are wanted.
 * @param options - `on`: only partnerships that may be active that day (it overlaps the period
 * `since`/`until` allow, a year or month counting as all its days); `kinds`: only these kinds;
 * `locale` of error messages (default `de`).
 * @returns The partners; empty for an unknown id.
 * @throws {@link KommunalValidationError} for a `dataset` that is not one from parseDataset (as far
 * as the query reads it), an id that is not a string, or an option outside its documented values.
 *
 * @example
 * ```ts
 * import { parseDataset, partnersOf } from 'kommunal';
 *
 * const dataset = parseDataset({
 *   municipalities: [
 *     { id: 'chicago', name: 'Chicago', kind: 'city', country: 'US', timeZone: 'America/Chicago' },
 *     { id: 'hamburg', name: 'Hamburg', kind: 'city-state', country: 'DE', state: 'DE-HH' },
 *     { id: 'osaka', name: 'Osaka', kind: 'city', country: 'JP' },
 *   ],
 *   partnerships: [
 *     { id: 'p1', kind: 'town-twinning', municipalityIds: ['chicago', 'hamburg'], since: '1994' },
 *     { id: 'p2', kind: 'town-twinning', municipalityIds: ['osaka', 'chicago'], since: '1973' },
 *   ],
 * });
 * partnersOf(dataset, 'chicago').map((m) => m.name); // => ['Hamburg', 'Osaka']
 * partnersOf(dataset, 'chicago', { on: '1990-01-01' }).map((m) => m.name); // => ['Osaka']
 * ```
 *
 * @category Queries
 */
export function partnersOf(dataset: Dataset, municipalityId: string, options?: PartnersOfOptions): Municipality[] {
  return runQuery(FN, options, (read, locale) => {
    const on = readDay(FN, optionOf(FN, read, 'on', locale), locale);
    const kinds = readKinds(FN, optionOf(FN, read, 'kinds', locale), locale);
    const index = indexOf(dataset, FN, locale);
    const id = readId(FN, 'municipalityId', municipalityId, locale);
    const seen = new Set<Municipality>();
    const partners: Municipality[] = [];
    for (const partnership of index.partnershipsOf.get(id) ?? []) {
      if (kinds !== undefined && !kinds.has(partnership.kind)) continue;
      if (!isActiveOn(partnership, on)) continue;
      const partner = index.municipalities.get(otherEnd(partnership, id));
      if (partner !== undefined && !seen.has(partner)) {
        seen.add(partner);
        partners.push(partner);
      }
    }
    return partners;
  });
}
