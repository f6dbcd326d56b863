import * as z from 'zod';
import { IdListSchema, IdSchema, PartialDateSchema, TextSchema } from './formats.js';
import { PARTNERSHIP_KINDS } from './partnershipKinds.js';
import { PROVENANCE_FIELDS } from './provenance.js';
import { readonlyCopy } from './readonlyCopy.js';

/**
 * Schema of a partnership's kind: `town-twinning` (Städtepartnerschaft), `friendship`
 * (Städtefreundschaft), `project-partnership` (Projektpartnerschaft) or `sister-city` (a link
 * between two cities outside Germany as their countries name it, such as a US Sister City:
 * „Städtepartnerschaft (Sister City)“).
 *
 * @example
 * ```ts
 * import { PartnershipKindSchema } from 'kommunal';
 *
 * PartnershipKindSchema.options; // => ['town-twinning', 'friendship', 'project-partnership', 'sister-city']
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
 * Schema of the council decision (Ratsbeschluss) a partnership rests on: when (`YYYY`, `YYYY-MM`
 * or `YYYY-MM-DD`), which body decided (`Stadtverordnetenversammlung`, `Gemeinderat`) and, where
 * known, the decision's reference (Drucksache, Beschlussnummer).
 *
 * @example
 * ```ts
 * import { CouncilDecisionSchema } from 'kommunal';
 *
 * CouncilDecisionSchema.parse({ date: '1993-11', body: 'Bürgerschaft', reference: 'Drs. 14/4711' }).body; // => 'Bürgerschaft'
 * CouncilDecisionSchema.safeParse({ body: 'Gemeinderat' }).success; // => false
 * ```
 *
 * @category Data model
 */
export const CouncilDecisionSchema = readonlyCopy(
  z.strictObject({
    /** When it was decided: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    date: PartialDateSchema,
    /** The body that decided: `Stadtverordnetenversammlung`, `Gemeinderat`, `Kreistag`. */
    body: TextSchema,
    /** Its reference: a Drucksache or a decision's number. */
    reference: TextSchema.optional(),
  }),
);

/**
 * A council decision; see {@link CouncilDecisionSchema}.
 *
 * @example
 * ```ts
 * import type { CouncilDecision } from 'kommunal';
 *
 * const decision: CouncilDecision = { date: '1994', body: 'Bürgerschaft' };
 * decision.date; // => '1994'
 * ```
 *
 * @category Data model
 * @interface
 */
export type CouncilDecision = z.infer<typeof CouncilDecisionSchema>;

/**
 * Schema of a partnership between exactly two municipalities, optionally with the years it began
 * and ended (`since`, `until` take `YYYY`, `YYYY-MM` or `YYYY-MM-DD`), the organisations that
 * carry it (`carriedBy`: a Partnerschaftsverein, an office) and the council decision it rests on.
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
    /** Town twinning (Städtepartnerschaft), friendship, project partnership or sister city. */
    kind: PartnershipKindSchema,
    /** The two municipalities, different from each other. */
    municipalityIds: readonlyCopy(z.tuple([IdSchema, IdSchema])),
    /** When it began: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    since: PartialDateSchema.optional(),
    /** When it ended, if it has: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    until: PartialDateSchema.optional(),
    /** The organisations that carry it: a Partnerschaftsverein, an office for international relations. */
    carriedBy: IdListSchema.optional(),
    /** The council decision it rests on. */
    councilDecision: CouncilDecisionSchema.optional(),
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
