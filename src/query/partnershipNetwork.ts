import { failOption, optionOf } from '../errors/options.js';
import { QUERY_MESSAGES } from '../i18n/queries.js';
import type { Dataset } from '../model/dataset.js';
import type { Municipality } from '../model/municipality.js';
import { indexOf } from './datasetIndex.js';
import { isActiveOn, otherEnd, type PartnersOfOptions } from './partnersOf.js';
import { readDay, readId, readKinds, runQuery } from './queryOptions.js';

const FN = 'partnershipNetwork';

/**
 * A municipality reached through partnerships, with how many steps it lies away and the
 * partnership through which it was first reached.
 *
 * @example
 * ```ts
 * import type { NetworkMember } from 'kommunal';
 *
 * const member: NetworkMember = { municipality: { id: 'osaka', name: 'Osaka', kind: 'city', country: 'JP' }, depth: 2, via: 'chicago-osaka' };
 * member.depth; // => 2
 * ```
 *
 * @category Queries
 */
export interface NetworkMember {
  /** The municipality reached. */
  readonly municipality: Municipality;
  /** 1 for a direct partner, 2 for a partner's partner, … */
  readonly depth: number;
  /** Id of the partnership that first reached it. */
  readonly via: string;
}

/**
 * Options for {@link partnershipNetwork}: how far to go, and the filters of {@link partnersOf}.
 *
 * @example
 * ```ts
 * import type { PartnershipNetworkOptions } from 'kommunal';
 *
 * const options: PartnershipNetworkOptions = { depth: 2, kinds: ['town-twinning'] };
 * options.depth; // => 2
 * ```
 *
 * @category Queries
 */
export interface PartnershipNetworkOptions extends PartnersOfOptions {
  /**
   * How many partnerships to follow from the start: a whole number, at least 1. Any depth is
   * allowed: the walk ends when it reaches no new municipality, so a depth beyond the network costs
   * no more than the whole network (each municipality and partnership is looked at once).
   */
  readonly depth: number;
}

/**
 * The municipalities reachable from one through partnerships, nearest first (breadth-first),
 * each listed once at the smallest depth; the start itself is not listed.
 *
 * @param dataset - A dataset from {@link parseDataset}. One built in code is checked once, as far as
 * the query reads it, and indexed; changes to it after the first query are not seen.
 * @param municipalityId - Where to start.
 * @param options - `depth` (required), `on`/`kinds` as for {@link partnersOf}, and `locale` of error
 * messages (default `de`).
 * @returns The members of the network, by depth, then in the order found.
 * @throws {@link KommunalValidationError} for a `dataset` that is not one from parseDataset (as far
 * as the query reads it), an id that is not a string, or an option outside its documented values.
 *
 * @example
 * ```ts
 * import { parseDataset, partnershipNetwork } from 'kommunal';
 *
 * const dataset = parseDataset({
 *   municipalities: [
 *     { id: 'hamburg', name: 'Hamburg', kind: 'city-state', country: 'DE', state: 'DE-HH' },
 *     { id: 'chicago', name: 'Chicago', kind: 'city', country: 'US', timeZone: 'America/Chicago' },
 *     { id: 'osaka', name: 'Osaka', kind: 'city', country: 'JP' },
 *   ],
 *   partnerships: [
 *     { id: 'hamburg-chicago', kind: 'town-twinning', municipalityIds: ['hamburg', 'chicago'] },
 *     { id: 'chicago-osaka', kind: 'town-twinning', municipalityIds: ['chicago', 'osaka'] },
 *   ],
 * });
 * partnershipNetwork(dataset, 'hamburg', { depth: 2 }).map((m) => `${m.municipality.name} (${m.depth})`); // => ['Chicago (1)', 'Osaka (2)']
 * partnershipNetwork(dataset, 'hamburg', { depth: 1 }).length; // => 1
 * ```
 *
 * @category Queries
 */
export function partnershipNetwork(
  dataset: Dataset,
  municipalityId: string,
  options: PartnershipNetworkOptions,
): NetworkMember[] {
  return runQuery(FN, options, (read, locale) => {
    const depth = optionOf(FN, read, 'depth', locale);
    if (typeof depth !== 'number' || !Number.isInteger(depth) || depth < 1) {
      failOption(FN, 'depth', depth, QUERY_MESSAGES[locale].aDepth, locale);
    }
    const on = readDay(FN, optionOf(FN, read, 'on', locale), locale);
    const kinds = readKinds(FN, optionOf(FN, read, 'kinds', locale), locale);
    const index = indexOf(dataset, FN, locale);
    const start = readId(FN, 'municipalityId', municipalityId, locale);
    const seen = new Set([start]);
    const members: NetworkMember[] = [];
    let frontier = [start];
    for (let step = 1; step <= depth && frontier.length > 0; step += 1) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const partnership of index.partnershipsOf.get(id) ?? []) {
          if (kinds !== undefined && !kinds.has(partnership.kind)) continue;
          if (!isActiveOn(partnership, on)) continue;
          const partnerId = otherEnd(partnership, id);
          const municipality = index.municipalities.get(partnerId);
          if (municipality === undefined || seen.has(partnerId)) continue;
          seen.add(partnerId);
          next.push(partnerId);
          members.push({ municipality, depth: step, via: partnership.id });
        }
      }
      frontier = next;
    }
    return members;
  });
}
