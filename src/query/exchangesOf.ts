import type { Dataset } from '../model/dataset.js';
import type { Exchange } from '../model/exchange.js';
import { indexOf } from './datasetIndex.js';

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
export interface ExchangesOfOptions {
  /** Only exchanges it hosted (`host`) or visited (`guest`); default both. */
  readonly role?: 'host' | 'guest' | undefined;
}

/**
 * The exchanges a municipality took part in, as host or guest, by start date.
 *
 * @param dataset - A dataset from {@link parseDataset}.
 * @param municipalityId - The municipality.
 * @param options - `role`: only as host or only as guest.
 * @returns The exchanges, earliest first; empty for an unknown id.
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
export function exchangesOf(dataset: Dataset, municipalityId: string, options: ExchangesOfOptions = {}): Exchange[] {
  const exchanges = indexOf(dataset).exchangesOf.get(municipalityId) ?? [];
  switch (options.role) {
    case undefined:
      return [...exchanges];
    case 'host':
      return exchanges.filter((exchange) => exchange.hostId === municipalityId);
    case 'guest':
      return exchanges.filter((exchange) => exchange.guestIds.includes(municipalityId));
    default:
      return options.role satisfies never;
  }
}
