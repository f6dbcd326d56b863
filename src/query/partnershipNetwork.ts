import type { Dataset } from '../model/dataset.js';
import type { Municipality } from '../model/municipality.js';
import { indexOf } from './datasetIndex.js';
import { isActiveOn, otherEnd, type PartnersOfOptions } from './partnersOf.js';

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
  /** How many partnerships to follow from the start; at least 1. */
  readonly depth: number;
}

/**
 * The municipalities reachable from one through partnerships, nearest first (breadth-first),
 * each listed once at the smallest depth; the start itself is not listed.
 *
 * @param dataset - A dataset from {@link parseDataset}.
 * @param municipalityId - Where to start.
 * @param options - `depth` (required), and `on`/`kinds` as for {@link partnersOf}.
 * @returns The members of the network, by depth, then in the order found.
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
  const index = indexOf(dataset);
  const seen = new Set([municipalityId]);
  const members: NetworkMember[] = [];
  let frontier = [municipalityId];
  for (let depth = 1; depth <= options.depth && frontier.length > 0; depth += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const partnership of index.partnershipsOf.get(id) ?? []) {
        if (options.kinds !== undefined && !options.kinds.includes(partnership.kind)) continue;
        if (!isActiveOn(partnership, options.on)) continue;
        const partnerId = otherEnd(partnership, id);
        const municipality = index.municipalities.get(partnerId);
        if (municipality === undefined || seen.has(partnerId)) continue;
        seen.add(partnerId);
        next.push(partnerId);
        members.push({ municipality, depth, via: partnership.id });
      }
    }
    frontier = next;
  }
  return members;
}
