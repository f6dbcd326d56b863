import * as z from 'zod';
import { EventStatusSchema } from './eventStatus.js';
import { IdListSchema, IdSchema, LanguageCodeSchema, PartialDateSchema, TextSchema, UrlSchema } from './formats.js';
import { ProgrammeItemSchema } from './programmeItem.js';
import { PROVENANCE_FIELDS } from './provenance.js';
import { QuantitySchema } from './quantity.js';
import { readonlyCopy } from './readonlyCopy.js';

/**
 * Schema of a measure's kind: `training` (Fortbildung), `workshop`, `steering-group`
 * (Steuerungsgruppe), `volunteer-programme` (e.g. Integrationslotsen), `mission-statement`
 * (Leitbild), `monitoring`, `action-day` (Aktionstag), `event`, `counselling` (Beratung),
 * `integration-conference` (Integrationskonferenz), `concept` (Integrationskonzept) or `other`.
 *
 * @example
 * ```ts
 * import { MeasureKindSchema } from 'kommunal';
 *
 * MeasureKindSchema.safeParse('volunteer-programme').success; // => true
 * ```
 *
 * @category Data model
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
  'integration-conference',
  'concept',
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
 *
 * @category Data model
 * @useDeclaredType
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
 *
 * @category Data model
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
 *
 * @category Data model
 * @useDeclaredType
 */
export type Recurrence = z.infer<typeof RecurrenceSchema>;

/**
 * Schema of an integration measure, run by an organisation or a municipality (at least one of
 * `organisationId` and `municipalityId`), with partners (organisations or municipalities),
 * optionally funded by a grant and with dated sessions. `volunteers` and `participants` count
 * people as texts give them („rund 20 Integrationslotsinnen und -lotsen“), `languages` are the
 * languages it is offered in (ISO 639 codes).
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
 *   participants: { value: 15, qualifier: 'at-most' },
 *   languages: ['de'],
 * });
 * training.durationDays; // => 2
 * training.participants; // => { value: 15, qualifier: 'at-most' }
 * ```
 *
 * @category Data model
 */
export const MeasureSchema = readonlyCopy(
  z.strictObject({
    /** Unique among the measures. */
    id: IdSchema,
    /** Training, workshop, steering group and the other kinds of {@link MeasureKindSchema}. */
    kind: MeasureKindSchema,
    /** What the measure is called. */
    title: TextSchema,
    /** The organisation responsible; this or `municipalityId` is required. */
    organisationId: IdSchema.optional(),
    /** The municipality responsible; this or `organisationId` is required. */
    municipalityId: IdSchema.optional(),
    /** Organisations and municipalities that take part. */
    partnerIds: IdListSchema.optional(),
    /** When it began: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    since: PartialDateSchema.optional(),
    /** When it ended: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    until: PartialDateSchema.optional(),
    /** How often it takes place. */
    recurrence: RecurrenceSchema.optional(),
    /** How many days each occurrence lasts. */
    durationDays: z.int().positive().optional(),
    /** The grant that funds it. */
    grantId: IdSchema.optional(),
    /** Its dated sessions, inside `since`–`until`. */
    sessions: readonlyCopy(z.array(ProgrammeItemSchema)).optional(),
    /** Whom it is for: `Beschäftigte der Stadtverwaltung`. */
    audience: TextSchema.optional(),
    /** How many volunteers take part: „rund 20 Integrationslotsinnen und -lotsen“. */
    volunteers: QuantitySchema.optional(),
    /** How many people take part. */
    participants: QuantitySchema.optional(),
    /** The languages it is offered in, as ISO 639 codes: `de`, `ar`, `prs`. */
    languages: readonlyCopy(z.array(LanguageCodeSchema)).optional(),
    /** What it is about. */
    topics: readonlyCopy(z.array(TextSchema)).optional(),
    /** What happens, in a few sentences. */
    description: TextSchema.optional(),
    /** A page about it. */
    url: UrlSchema.optional(),
    /** What the sources leave open, or an assumption made. */
    notes: TextSchema.optional(),
    /** Planned, confirmed, held or cancelled; left out where the sources do not say. */
    status: EventStatusSchema.optional(),
    ...PROVENANCE_FIELDS,
  }),
);

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
 *
 * @category Data model
 * @interface
 */
export type Measure = z.infer<typeof MeasureSchema>;
