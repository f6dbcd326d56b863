import * as z from 'zod';
import { IdListSchema, IdSchema, PartialDateSchema, TextSchema, UrlSchema } from './formats.js';
import { ProgrammeItemSchema } from './programmeItem.js';

/**
 * Schema of a measure's kind: `training` (Fortbildung), `workshop`, `steering-group`
 * (Steuerungsgruppe), `volunteer-programme` (e.g. Integrationslotsen), `mission-statement`
 * (Leitbild), `monitoring`, `action-day` (Aktionstag), `event`, `counselling` (Beratung) or `other`.
 *
 * @example
 * ```ts
 * import { MeasureKindSchema } from 'kommunal';
 *
 * MeasureKindSchema.safeParse('volunteer-programme').success; // => true
 * ```
 */
export const MeasureKindSchema = z.enum([
  'training',
  'workshop',
  'steering-group',
  'volunteer-programme',
  'mission-statement',
  'monitoring',
  'action-day',
  'event',
  'counselling',
  'other',
]);

/**
 * A measure's kind; see {@link MeasureKindSchema}.
 *
 * @example
 * ```ts
 * import type { MeasureKind } from 'kommunal';
 *
 * const kind: MeasureKind = 'steering-group';
 * kind; // => 'steering-group'
 * ```
 */
export type MeasureKind = z.infer<typeof MeasureKindSchema>;

/**
 * Schema of how often a measure takes place: `once`, `weekly`, `monthly`, `quarterly`, `yearly`.
 *
 * @example
 * ```ts
 * import { RecurrenceSchema } from 'kommunal';
 *
 * RecurrenceSchema.parse('yearly'); // => 'yearly'
 * ```
 */
export const RecurrenceSchema = z.enum(['once', 'weekly', 'monthly', 'quarterly', 'yearly']);

/**
 * How often a measure takes place; see {@link RecurrenceSchema}.
 *
 * @example
 * ```ts
 * import type { Recurrence } from 'kommunal';
 *
 * const recurrence: Recurrence = 'quarterly';
 * recurrence; // => 'quarterly'
 * ```
 */
export type Recurrence = z.infer<typeof RecurrenceSchema>;

/**
 * Schema of an integration measure, run by an organisation or a municipality (at least one of
 * `organisationId` and `municipalityId`), with partners (organisations or municipalities),
 * optionally funded by a grant and with dated sessions.
 *
 * @example
 * ```ts
 * import { MeasureSchema } from 'kommunal';
 *
 * const training = MeasureSchema.parse({
 *   id: 'wetzlar-fortbildung-ik',
 *   kind: 'training',
 *   title: 'Fortbildung „Interkulturelle Kompetenz“',
 *   organisationId: 'wetzlar-verwaltung',
 *   recurrence: 'yearly',
 *   durationDays: 2,
 * });
 * training.durationDays; // => 2
 * ```
 */
export const MeasureSchema = z
  .strictObject({
    id: IdSchema,
    kind: MeasureKindSchema,
    title: TextSchema,
    organisationId: IdSchema.optional(),
    municipalityId: IdSchema.optional(),
    partnerIds: IdListSchema.optional(),
    since: PartialDateSchema.optional(),
    until: PartialDateSchema.optional(),
    recurrence: RecurrenceSchema.optional(),
    durationDays: z.int().positive().optional(),
    grantId: IdSchema.optional(),
    sessions: z.array(ProgrammeItemSchema).readonly().optional(),
    audience: TextSchema.optional(),
    topics: z.array(TextSchema).readonly().optional(),
    description: TextSchema.optional(),
    url: UrlSchema.optional(),
    notes: TextSchema.optional(),
  })
  .readonly();

/**
 * A measure; see {@link MeasureSchema}.
 *
 * @example
 * ```ts
 * import type { Measure } from 'kommunal';
 *
 * const group: Measure = { id: 'sg', kind: 'steering-group', title: 'Ämterübergreifende Steuerungsgruppe', municipalityId: 'wetzlar', since: '2011' };
 * group.since; // => '2011'
 * ```
 */
export type Measure = z.infer<typeof MeasureSchema>;
