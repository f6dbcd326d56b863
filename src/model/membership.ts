import * as z from 'zod';
import { IdSchema, PartialDateSchema, TextSchema } from './formats.js';
import { PROVENANCE_FIELDS } from './provenance.js';
import { readonlyCopy } from './readonlyCopy.js';

/**
 * Schema of a membership in a network: an organisation or a municipality (exactly one of
 * `organisationId` and `municipalityId`) belongs to a network organisation (`networkId`, an
 * organisation of kind `network`) from `since` until `until` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`);
 * `founding` marks a founding member. A network is not its members' parent: `parentId` nests an
 * office in its authority, a membership joins it to a network.
 *
 * @example
 * ```ts
 * import { MembershipSchema } from 'kommunal';
 *
 * const membership = MembershipSchema.parse({
 *   organisationId: 'welcome-center-sachsen',
 *   networkId: 'iq-netzwerk',
 *   since: '2015',
 *   founding: true,
 * });
 * membership.founding; // => true
 * MembershipSchema.safeParse({ organisationId: 'wcs' }).success; // => false
 * ```
 *
 * @category Data model
 */
export const MembershipSchema = readonlyCopy(
  z.strictObject({
    /** Unique among the memberships, where given. */
    id: IdSchema.optional(),
    /** The member, if an organisation; this or `municipalityId`, not both. */
    organisationId: IdSchema.optional(),
    /** The member, if a municipality; this or `organisationId`, not both. */
    municipalityId: IdSchema.optional(),
    /** The network, an organisation of kind `network`. */
    networkId: IdSchema,
    /** When it joined: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    since: PartialDateSchema.optional(),
    /** When it left: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    until: PartialDateSchema.optional(),
    /** A founding member (Gründungsmitglied). */
    founding: z.boolean().optional(),
    /** What the sources leave open, or an assumption made. */
    notes: TextSchema.optional(),
    ...PROVENANCE_FIELDS,
  }),
);

/**
 * A membership in a network; see {@link MembershipSchema}.
 *
 * @example
 * ```ts
 * import type { Membership } from 'kommunal';
 *
 * const membership: Membership = { municipalityId: 'wetzlar', networkId: 'kommunen-der-vielfalt', since: '2011' };
 * membership.networkId; // => 'kommunen-der-vielfalt'
 * ```
 *
 * @category Data model
 * @interface
 */
export type Membership = z.infer<typeof MembershipSchema>;
