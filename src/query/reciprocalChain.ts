import type { Dataset } from '../model/dataset.js';
import type { Exchange } from '../model/exchange.js';
import { type DatasetIndex, indexOf } from './datasetIndex.js';
import { type QueryOptions, readId, runQuery } from './queryOptions.js';

const FN = 'reciprocalChain';

/**
 * The chain of visits and return visits an exchange belongs to: from the first visit, through
 * each Gegenbesuch that returns the one before, to the latest. Where one visit was returned more
 * than once, the chain follows the earliest return.
 *
 * @param dataset - A dataset from {@link parseDataset}. One built in code is checked once, as far as
 * the query reads it, and indexed; changes to it after the first query are not seen.
 * @param exchangeId - Any exchange of the chain.
 * @param options - `locale` of error messages (default `de`).
 * @returns The chain, first visit first; empty for an unknown id.
 * @throws {@link KommunalValidationError} for a `dataset` that is not one from parseDataset (as far
 * as the query reads it), or an id that is not a string.
 *
 * @example
 * ```ts
 * import { parseDataset, reciprocalChain } from 'kommunal';
 *
 * const dataset = parseDataset({
 *   municipalities: [
 *     { id: 'wiesbaden', name: 'Wiesbaden', kind: 'state-capital', country: 'DE', state: 'DE-HE' },
 *     { id: 'wien', name: 'Wien', kind: 'city-state', country: 'AT', state: 'AT-9' },
 *   ],
 *   exchanges: [
 *     { id: 'in-wien', kind: 'professional-exchange', title: 'Besuch', hostId: 'wien', guestIds: ['wiesbaden'], startDate: '2024-02-12', endDate: '2024-02-15' },
 *     { id: 'in-wiesbaden', kind: 'professional-exchange', title: 'Gegenbesuch', hostId: 'wiesbaden', guestIds: ['wien'], startDate: '2024-04-15', endDate: '2024-04-18', reciprocates: 'in-wien' },
 *   ],
 * });
 * reciprocalChain(dataset, 'in-wiesbaden').map((exchange) => exchange.id); // => ['in-wien', 'in-wiesbaden']
 * reciprocalChain(dataset, 'in-wien').length; // => 2
 * ```
 *
 * @category Queries
 */
export function reciprocalChain(dataset: Dataset, exchangeId: string, options?: QueryOptions): Exchange[] {
  return runQuery(FN, options, (_, locale) => {
    const index = indexOf(dataset, FN, locale);
    return chainOf(index, readId(FN, 'exchangeId', exchangeId, locale));
  });
}

function chainOf(index: DatasetIndex, exchangeId: string): Exchange[] {
  let first = index.exchanges.get(exchangeId);
  if (first === undefined) return [];
  // A chain can only loop in data that parseDataset refused; `seen` keeps such data from looping here.
  const seen = new Set<string>([first.id]);
  while (first.reciprocates !== undefined) {
    const earlier = index.exchanges.get(first.reciprocates);
    if (earlier === undefined || seen.has(earlier.id)) break;
    seen.add(earlier.id);
    first = earlier;
  }
  const chain = [first];
  const visited = new Set([first.id]);
  for (let next = index.returnVisitsOf.get(first.id)?.[0]; next !== undefined && !visited.has(next.id); ) {
    chain.push(next);
    visited.add(next.id);
    next = index.returnVisitsOf.get(next.id)?.[0];
  }
  return chain;
}
