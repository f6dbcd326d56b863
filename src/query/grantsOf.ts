import { optionOf, readInteger } from '../errors/options.js';
import type { Dataset } from '../model/dataset.js';
import type { Grant } from '../model/funding.js';
import { firstDay, lastDay } from '../validate/dates.js';
import { indexOf } from './datasetIndex.js';
import { type QueryOptions, readId, runQuery } from './queryOptions.js';

const FN = 'grantsOf';

/**
 * Options for {@link grantsOf}.
 *
 * @example
 * ```ts
 * import type { GrantsOfOptions } from 'kommunal';
 *
 * const options: GrantsOfOptions = { year: 2017 };
 * options.year; // => 2017
 * ```
 *
 * @category Queries
 */
export interface GrantsOfOptions extends QueryOptions {
  /**
   * Only grants that may run at some time in this year, a whole number from 1 to 9999: those whose
   * period overlaps the year. A start or end of a year or month counts as all its days, so a grant
   * from `2016-10` to `2017` is in 2016 and in 2017.
   */
  readonly year?: number | undefined;
}

/**
 * The grants a municipality or organisation received, by start date (the first day of a year or
 * month; a year before its months and a month before its days).
 *
 * @param dataset - A dataset from {@link parseDataset}. One built in code is checked once, as far as
 * the query reads it, and indexed; changes to it after the first query are not seen.
 * @param recipientId - A municipality or organisation.
 * @param options - `year`: only grants whose period overlaps that year (a partial date counting as
 * all its days); `locale` of error messages (default `de`).
 * @returns The grants, earliest first; empty for an unknown id.
 * @throws {@link KommunalValidationError} for a `dataset` that is not one from parseDataset (as far
 * as the query reads it), an id that is not a string, or a `year` that is not a whole number from 1 to 9999.
 *
 * @example
 * ```ts
 * import { grantsOf, parseDataset } from 'kommunal';
 *
 * const dataset = parseDataset({
 *   municipalities: [{ id: 'wetteraukreis', name: 'Wetteraukreis', kind: 'district', country: 'DE', state: 'DE-HE', ags: '06440' }],
 *   organisations: [{ id: 'hmsi', name: 'Hessisches Ministerium für Soziales und Integration', kind: 'ministry' }],
 *   fundingProgrammes: [{ id: 'wir', name: 'WIR', funderId: 'hmsi', level: 'state' }],
 *   grants: [
 *     { id: 'wir-2014', programmeId: 'wir', recipientId: 'wetteraukreis', startDate: '2014-03-01', endDate: '2014-12-31' },
 *     { id: 'wir-2017', programmeId: 'wir', recipientId: 'wetteraukreis', startDate: '2017-01-01', endDate: '2017-12-31' },
 *     { id: 'wir-2018', programmeId: 'wir', recipientId: 'wetteraukreis', startDate: '2017-12', endDate: '2018' },
 *   ],
 * });
 * grantsOf(dataset, 'wetteraukreis').length; // => 3
 * grantsOf(dataset, 'wetteraukreis', { year: 2017 }).map((grant) => grant.id); // => ['wir-2017', 'wir-2018']
 * grantsOf(dataset, 'wetteraukreis', { year: 2018 }).map((grant) => grant.id); // => ['wir-2018']
 * ```
 *
 * @category Queries
 */
export function grantsOf(dataset: Dataset, recipientId: string, options?: GrantsOfOptions): Grant[] {
  return runQuery(FN, options, (read, locale) => {
    const given = optionOf(FN, read, 'year', locale);
    const year = given === undefined ? undefined : readInteger(FN, 'year', given, { min: 1, max: 9999 }, locale);
    const index = indexOf(dataset, FN, locale);
    const grants = index.grantsOf.get(readId(FN, 'recipientId', recipientId, locale)) ?? [];
    if (year === undefined) return [...grants];
    const first = `${String(year).padStart(4, '0')}-01-01`;
    const last = `${String(year).padStart(4, '0')}-12-31`;
    // Overlap: the grant's first possible day is not after the year, its last not before it.
    return grants.filter((grant) => firstDay(grant.startDate) <= last && lastDay(grant.endDate) >= first);
  });
}
