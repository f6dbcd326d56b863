import * as z from 'zod';
import { CommitteeSchema } from './committee.js';
import { ExchangeSchema } from './exchange.js';
import { TextSchema } from './formats.js';
import { FundingProgrammeSchema, GrantSchema } from './funding.js';
import { MeasureSchema } from './measure.js';
import { MembershipSchema } from './membership.js';
import { MunicipalitySchema } from './municipality.js';
import { OrganisationSchema } from './organisation.js';
import { PartnershipSchema } from './partnership.js';
import { PersonSchema } from './person.js';
import { readonlyCopy } from './readonlyCopy.js';
import { VenueSchema } from './venue.js';

/**
 * Schema of a dataset, the JSON interchange format: one object with a collection per kind of
 * entity. Only `municipalities` is required. This schema checks shape only; {@link parseDataset}
 * also checks meaning (references, dates, keys) and reports every problem at once.
 *
 * @example
 * ```ts
 * import { DatasetSchema } from 'kommunal';
 *
 * DatasetSchema.safeParse({ municipalities: [] }).success; // => true
 * DatasetSchema.safeParse({ municipalities: [], towns: [] }).success; // => false
 * ```
 *
 * @category Data model
 */
export const DatasetSchema = readonlyCopy(
  z.strictObject({
    /** The JSON Schema this file follows, for editors; ignored by kommunal. */
    $schema: z.string().optional(),
    /** A name for the dataset, for people. */
    title: TextSchema.optional(),
    /** Remarks on the dataset as a whole: its sources, what it leaves open. */
    notes: readonlyCopy(z.array(TextSchema)).optional(),
    /** Gemeinden, Städte, Landkreise and foreign cities; the one required collection. */
    municipalities: readonlyCopy(z.array(MunicipalitySchema)),
    /** Offices, ministries, associations and networks. */
    organisations: readonlyCopy(z.array(OrganisationSchema)).optional(),
    /** People taking part in exchanges and measures. */
    persons: readonlyCopy(z.array(PersonSchema)).optional(),
    /** Addresses where exchanges and measures take place. */
    venues: readonlyCopy(z.array(VenueSchema)).optional(),
    /** Town twinnings and other partnerships, each between two municipalities. */
    partnerships: readonlyCopy(z.array(PartnershipSchema)).optional(),
    /** Visits, professional exchanges, conferences and network meetings. */
    exchanges: readonlyCopy(z.array(ExchangeSchema)).optional(),
    /** Programmes that give grants. */
    fundingProgrammes: readonlyCopy(z.array(FundingProgrammeSchema)).optional(),
    /** What a funding programme gives a municipality or an organisation. */
    grants: readonlyCopy(z.array(GrantSchema)).optional(),
    /** Integration measures: trainings, workshops, steering groups, volunteer programmes and more. */
    measures: readonlyCopy(z.array(MeasureSchema)).optional(),
    /** Memberships of organisations and municipalities in networks. */
    memberships: readonlyCopy(z.array(MembershipSchema)).optional(),
    /** Councils' committees, advisory boards and working groups. */
    committees: readonlyCopy(z.array(CommitteeSchema)).optional(),
  }),
);

/**
 * A dataset; see {@link DatasetSchema}. Parsed datasets are frozen.
 *
 * @example
 * ```ts
 * import type { Dataset } from 'kommunal';
 *
 * const dataset: Dataset = {
 *   municipalities: [{ id: 'wetzlar', name: 'Wetzlar', kind: 'city', country: 'DE', state: 'DE-HE', ags: '06532023' }],
 * };
 * dataset.municipalities.length; // => 1
 * ```
 *
 * @category Data model
 * @interface
 */
export type Dataset = z.infer<typeof DatasetSchema>;

/**
 * The collections of a dataset, each a list of entities with an `id` (optional for memberships),
 * in the order kommunal reports problems in.
 *
 * @example
 * ```ts
 * import { COLLECTIONS, parseDataset } from 'kommunal';
 *
 * const dataset = parseDataset({ municipalities: [{ id: 'wetzlar', name: 'Wetzlar', kind: 'city', country: 'DE' }] });
 * COLLECTIONS.map((collection) => dataset[collection]?.length ?? 0); // => [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
 * ```
 *
 * @category Data model
 */
export const COLLECTIONS = [
  'municipalities',
  'organisations',
  'persons',
  'venues',
  'partnerships',
  'exchanges',
  'fundingProgrammes',
  'grants',
  'measures',
  'memberships',
  'committees',
] as const;

/**
 * The name of a dataset's collection.
 *
 * @example
 * ```ts
 * import type { CollectionName } from 'kommunal';
 *
 * const collection: CollectionName = 'exchanges';
 * collection; // => 'exchanges'
 * ```
 *
 * @category Data model
 */
export type CollectionName = (typeof COLLECTIONS)[number];
