import { failOption, optionOf } from '../errors/options.js';
import { QUERY_MESSAGES } from '../i18n/queries.js';
import type { Dataset } from '../model/dataset.js';
import type { Exchange } from '../model/exchange.js';
import { indexOf } from './datasetIndex.js';
import { type QueryOptions, readId, runQuery } from './queryOptions.js';

const FN = 'exchangesOf';

/**
 * Options for {@link exchangesOf}.
 *
 * @example
 * ```ts
 * import type { ExchangesOfOptions } from 'kommunal';
 *
 * const options: ExchangesOfOptions = { role: 'host' };
 * options.role; // => 'host'
 * ```
 *
 * @category Queries
 */
export interface ExchangesOfOptions extends QueryOptions {
  /** Only exchanges it hosted or co-hosted (`host`), or visited (`guest`); default both. */
  readonly role?: 'host' | 'guest' | undefined;
}

/**
 * The exchanges a municipality or organisation took part in, as host, co-host (`coHostIds`) or
 * guest, by start date: by the first day of `startDate`, a year before its months and a month
 * before its days (`2025` before `2025-10`), exchanges without a date last, in the dataset's
 * order. It filters by no date.
 *
 * @param dataset - A dataset from {@link parseDataset}. One built in code is checked once, as far as
 * the query reads it, and indexed; changes to it after the first query are not seen.
 * @param municipalityId - The municipality, or an organisation (a Welcome Center that hosts).
 * @param options - `role`: only as host or only as guest; `locale` of error messages (default `de`).
 * @returns The exchanges, earliest first; empty for an unknown id.
 * @throws {@link KommunalValidationError} for a `dataset` that is not one from parseDataset (as far
 * as the query reads it), an id that is not a string, or a `role` other than `host` and `guest`.
 *
 * @example
 * ```ts
 * import { exchangesOf, parseDataset } from 'kommunal';
 *
 * const dataset = parseDataset({
 *   municipalities: [
 *     { id: 'wiesbaden', name: 'Wiesbaden', kind: 'state-capital', country: 'DE', state: 'DE-HE' },
 *     { id: 'wien', name: 'Wien', kind: 'city-state', country: 'AT', state: 'AT-9' },
 *   ],
 *   exchanges: [
 *     { id: 'in-wiesbaden', kind: 'professional-exchange', title: 'Gegenbesuch', hostId: 'wiesbaden', guestIds: ['wien'], startDate: '2024-04-15', endDate: '2024-04-18', reciprocates: 'in-wien' },
 *     { id: 'in-wien', kind: 'professional-exchange', title: 'Besuch', hostId: 'wien', guestIds: ['wiesbaden'], startDate: '2024-02-12', endDate: '2024-02-15' },
 *   ],
 * });
 * exchangesOf(dataset, 'wiesbaden').map((exchange) => exchange.id); // => ['in-wien', 'in-wiesbaden']
 * exchangesOf(dataset, 'wiesbaden', { role: 'host' }).map((exchange) => exchange.id); // => ['in-wiesbaden']
 * ```
 *
 * @category Queries
 */
export function exchangesOf(dataset: Dataset, municipalityId: string, options?: ExchangesOfOptions): Exchange[] {
  return runQuery(FN, options, (read, locale) => {
    const role = optionOf(FN, read, 'role', locale);
    if (role !== undefined && role !== 'host' && role !== 'guest') {
      failOption(FN, 'role', role, QUERY_MESSAGES[locale].aRole, locale);
    }
    const index = indexOf(dataset, FN, locale);
    const id = readId(FN, 'municipalityId', municipalityId, locale);
    const exchanges = index.exchangesOf.get(id) ?? [];
    switch (role) {
      case undefined:
        return [...exchanges];
      case 'host':
        return exchanges.filter((exchange) => exchange.hostId === id || exchange.coHostIds?.includes(id) === true);
      case 'guest':
        return exchanges.filter((exchange) => exchange.guestIds.includes(id));
      default:
        return role satisfies never;
    }
  });
}
