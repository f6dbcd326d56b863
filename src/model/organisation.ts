import * as z from 'zod';
import { EmailSchema, IdSchema, PartialDateSchema, TextSchema, UrlSchema } from './formats.js';

/**
 * Schema of an organisation's kind: `authority` (Amt, Behörde), `ministry`, `agency` (e.g. a
 * Welcome Center), `association` (Verein), `network`, `foundation` (Stiftung) or `other`.
 *
 * @example
 * ```ts
 * import { OrganisationKindSchema } from 'kommunal';
 *
 * OrganisationKindSchema.safeParse('verein').success; // => false
 * ```
 */
export const OrganisationKindSchema = z.enum([
  'authority',
  'ministry',
  'agency',
  'association',
  'network',
  'foundation',
  'other',
]);

/**
 * An organisation's kind; see {@link OrganisationKindSchema}.
 *
 * @example
 * ```ts
 * import type { OrganisationKind } from 'kommunal';
 *
 * const kind: OrganisationKind = 'association';
 * kind; // => 'association'
 * ```
 */
export type OrganisationKind = z.infer<typeof OrganisationKindSchema>;

/**
 * Schema of an organisation: an office of a municipality, a ministry, an association, a network.
 * `parentId` places it inside another (Abteilung → Amt → Dezernat); `venueId` gives its address.
 *
 * @example
 * ```ts
 * import { OrganisationSchema } from 'kommunal';
 *
 * const office = OrganisationSchema.parse({
 *   id: 'amt-soziale-arbeit',
 *   name: 'Amt für Soziale Arbeit',
 *   kind: 'authority',
 *   municipalityId: 'wiesbaden',
 * });
 * office.kind; // => 'authority'
 * ```
 */
export const OrganisationSchema = z
  .strictObject({
    id: IdSchema,
    name: TextSchema,
    acronym: TextSchema.optional(),
    kind: OrganisationKindSchema,
    municipalityId: IdSchema.optional(),
    parentId: IdSchema.optional(),
    venueId: IdSchema.optional(),
    since: PartialDateSchema.optional(),
    until: PartialDateSchema.optional(),
    website: UrlSchema.optional(),
    email: EmailSchema.optional(),
    phone: TextSchema.optional(),
    notes: TextSchema.optional(),
  })
  .readonly();

/**
 * An organisation; see {@link OrganisationSchema}.
 *
 * @example
 * ```ts
 * import type { Organisation } from 'kommunal';
 *
 * const zefas: Organisation = { id: 'zefas', name: 'Zentrum für Fachkräftesicherung und Gute Arbeit', acronym: 'ZEFAS', kind: 'agency' };
 * zefas.acronym; // => 'ZEFAS'
 * ```
 */
export type Organisation = z.infer<typeof OrganisationSchema>;
