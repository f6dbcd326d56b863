import * as z from 'zod';
import { IdSchema, PartialDateSchema, TextSchema } from './formats.js';
import { PARTNERSHIP_KINDS } from './partnershipKinds.js';
import { PROVENANCE_FIELDS } from './provenance.js';
import { readonlyCopy } from './readonlyCopy.js';

/**
 * Schema of a partnership's kind: `town-twinning` (Städtepartnerschaft), `friendship`
 * (Städtefreundschaft) or `project-partnership` (Projektpartnerschaft).
 *
 * @example
 * ```ts
 * import { PartnershipKindSchema } from 'kommunal';
 *
 * PartnershipKindSchema.options; // => ['town-twinning', 'friendship', 'project-partnership']
 * ```
 *
 * @category Data model
 */
export const PartnershipKindSchema = z.enum(PARTNERSHIP_KINDS);

/**
 * A partnership's kind; see {@link PartnershipKindSchema}.
 *
 * @example
 * ```ts
 * import type { PartnershipKind } from 'kommunal';
 *
 * const kind: PartnershipKind = 'town-twinning';
 * kind; // => 'town-twinning'
 * ```
 *
 * @category Data model
 * @useDeclaredType
 */
export type PartnershipKind = z.infer<typeof PartnershipKindSchema>;

/**
 * Schema of a partnership between exactly two municipalities, optionally with the years it began
 * and ended (`since`, `until` take `YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
 *
 * @example
 * ```ts
 * import { PartnershipSchema } from 'kommunal';
 *
 * PartnershipSchema.safeParse({ id: 'p', kind: 'town-twinning', municipalityIds: ['hamburg'] }).success; // => false
 * PartnershipSchema.parse({ id: 'p', kind: 'town-twinning', municipalityIds: ['hamburg', 'chicago'], since: '1994' }).since; // => '1994'
 * ```
 *
 * @category Data model
 */
export const PartnershipSchema = readonlyCopy(
  z.strictObject({
    /** Unique among the partnerships. */
    id: IdSchema,
    /** Town twinning (Städtepartnerschaft), friendship or project partnership. */
    kind: PartnershipKindSchema,
    /** The two municipalities, different from each other. */
    municipalityIds: readonlyCopy(z.tuple([IdSchema, IdSchema])),
    /** When it began: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    since: PartialDateSchema.optional(),
    /** When it ended, if it has: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    until: PartialDateSchema.optional(),
    /** What the sources leave open, or an assumption made. */
    notes: TextSchema.optional(),
    ...PROVENANCE_FIELDS,
  }),
);

/**
 * A partnership; see {@link PartnershipSchema}.
 *
 * @example
 * ```ts
 * import type { Partnership } from 'kommunal';
 *
 * const partnership: Partnership = { id: 'hamburg-chicago', kind: 'town-twinning', municipalityIds: ['hamburg', 'chicago'] };
 * partnership.municipalityIds.length; // => 2
 * ```
 *
 * @category Data model
 * @interface
 */
export type Partnership = z.infer<typeof PartnershipSchema>;
