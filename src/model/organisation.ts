import * as z from 'zod';
import { EmailSchema, IdSchema, PartialDateSchema, TextSchema, UrlSchema } from './formats.js';
import { PROVENANCE_FIELDS } from './provenance.js';
import { readonlyCopy } from './readonlyCopy.js';

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
 *
 * @category Data model
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
 *
 * @category Data model
 * @useDeclaredType
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
 *
 * @category Data model
 */
export const OrganisationSchema = readonlyCopy(
  z.strictObject({
    /** Unique among the organisations. */
    id: IdSchema,
    /** Its full name: `Amt für Soziale Arbeit`. */
    name: TextSchema,
    /** Its short name. */
    acronym: TextSchema.optional(),
    /** Authority (Amt), ministry, agency, association (Verein), network, foundation or other. */
    kind: OrganisationKindSchema,
    /** The municipality it belongs to or sits in. */
    municipalityId: IdSchema.optional(),
    /** The organisation it is part of (Abteilung → Amt → Dezernat), without cycles. */
    parentId: IdSchema.optional(),
    /** Its address. */
    venueId: IdSchema.optional(),
    /** When it was founded: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    since: PartialDateSchema.optional(),
    /** When it was dissolved: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    until: PartialDateSchema.optional(),
    /** Its website. */
    website: UrlSchema.optional(),
    /** Its e-mail address. */
    email: EmailSchema.optional(),
    /** Its telephone number, as written. */
    phone: TextSchema.optional(),
    /** What the sources leave open, or an assumption made. */
    notes: TextSchema.optional(),
    ...PROVENANCE_FIELDS,
  }),
);

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
 *
 * @category Data model
 * @interface
 */
export type Organisation = z.infer<typeof OrganisationSchema>;
