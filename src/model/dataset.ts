import * as z from 'zod';
import { ExchangeSchema } from './exchange.js';
import { TextSchema } from './formats.js';
import { FundingProgrammeSchema, GrantSchema } from './funding.js';
import { MeasureSchema } from './measure.js';
import { MunicipalitySchema } from './municipality.js';
import { OrganisationSchema } from './organisation.js';
import { PartnershipSchema } from './partnership.js';
import { PersonSchema } from './person.js';
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
 */
export const DatasetSchema = z
  .strictObject({
    /** The JSON Schema this file follows, for editors; ignored by kommunal. */
    $schema: z.string().optional(),
    title: TextSchema.optional(),
    notes: z.array(TextSchema).readonly().optional(),
    municipalities: z.array(MunicipalitySchema).readonly(),
    organisations: z.array(OrganisationSchema).readonly().optional(),
    persons: z.array(PersonSchema).readonly().optional(),
    venues: z.array(VenueSchema).readonly().optional(),
    partnerships: z.array(PartnershipSchema).readonly().optional(),
    exchanges: z.array(ExchangeSchema).readonly().optional(),
    fundingProgrammes: z.array(FundingProgrammeSchema).readonly().optional(),
    grants: z.array(GrantSchema).readonly().optional(),
    measures: z.array(MeasureSchema).readonly().optional(),
  })
  .readonly();

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
 */
export type Dataset = z.infer<typeof DatasetSchema>;

/**
 * The collections of a dataset, each a list of entities with an `id`, in the order kommunal reports
 * problems in.
 *
 * @example
 * ```ts
 * import { COLLECTIONS, parseDataset } from 'kommunal';
 *
 * const dataset = parseDataset({ municipalities: [{ id: 'wetzlar', name: 'Wetzlar', kind: 'city', country: 'DE' }] });
 * COLLECTIONS.map((collection) => dataset[collection]?.length ?? 0); // => [1, 0, 0, 0, 0, 0, 0, 0, 0]
 * ```
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
 */
export type CollectionName = (typeof COLLECTIONS)[number];
