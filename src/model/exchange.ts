import * as z from 'zod';
import { EventStatusSchema } from './eventStatus.js';
import { IdListSchema, IdSchema, PartialDateSchema, TextSchema, UrlSchema } from './formats.js';
import { ProgrammeItemSchema } from './programmeItem.js';
import { PROVENANCE_FIELDS } from './provenance.js';
import { readonlyCopy } from './readonlyCopy.js';

/**
 * Schema of an exchange's kind: `professional-exchange` (Fachkräfteaustausch),
 * `delegation-visit` (Delegationsbesuch), `conference` (Fachkonferenz) or `network-meeting`
 * (Netzwerktreffen).
 *
 * @example
 * ```ts
 * import { ExchangeKindSchema } from 'kommunal';
 *
 * ExchangeKindSchema.safeParse('network-meeting').success; // => true
 * ```
 *
 * @category Data model
 */
export const ExchangeKindSchema = z.enum([
  'professional-exchange',
  'delegation-visit',
  'conference',
  'network-meeting',
]);

/**
 * An exchange's kind; see {@link ExchangeKindSchema}.
 *
 * @example
 * ```ts
 * import type { ExchangeKind } from 'kommunal';
 *
 * const kind: ExchangeKind = 'conference';
 * kind; // => 'conference'
 * ```
 *
 * @category Data model
 * @useDeclaredType
 */
export type ExchangeKind = z.infer<typeof ExchangeKindSchema>;

/**
 * Schema of an exchange: a host municipality receives guest municipalities from `startDate` to
 * `endDate` (both included). `reciprocates` names the exchange this one returns (a Gegenbesuch),
 * `edition` numbers a recurring meeting (the 9 in „9. Bundesnetzwerktreffen“).
 *
 * The dates may be known to the year or the month only (`2025`, `2025-10`), and may both be left
 * out while an exchange is planned without a date. `startDate` alone says the exchange lies
 * somewhere in that period; `endDate` needs a `startDate` (parseDataset reports `missing_start`).
 *
 * @example
 * ```ts
 * import { ExchangeSchema } from 'kommunal';
 *
 * const exchange = ExchangeSchema.parse({
 *   id: 'wiesbaden-2024-04',
 *   kind: 'professional-exchange',
 *   title: 'Fachkräfteaustausch Wiesbaden–Wien',
 *   hostId: 'wiesbaden',
 *   guestIds: ['wien'],
 *   startDate: '2024-04-15',
 *   endDate: '2024-04-18',
 *   reciprocates: 'wien-2024-02',
 * });
 * exchange.guestIds; // => ['wien']
 * ExchangeSchema.parse({ id: 'bnt-10', kind: 'network-meeting', title: '10. Bundesnetzwerktreffen', hostId: 'x', guestIds: [] }).startDate; // => undefined
 * ExchangeSchema.parse({ id: 'bnt-8', kind: 'network-meeting', title: '8. Bundesnetzwerktreffen', hostId: 'x', guestIds: [], startDate: '2022-10' }).startDate; // => '2022-10'
 * ```
 *
 * @category Data model
 */
export const ExchangeSchema = readonlyCopy(
  z.strictObject({
    /** Unique among the exchanges. */
    id: IdSchema,
    /** Professional exchange, delegation visit, conference or network meeting. */
    kind: ExchangeKindSchema,
    /** What the exchange is called: `Fachkräfteaustausch Wiesbaden – Wien`. */
    title: TextSchema,
    /** The municipality that receives the guests. */
    hostId: IdSchema,
    /** The visiting municipalities. */
    guestIds: IdListSchema,
    /**
     * First day, included: `YYYY-MM-DD`, or `YYYY-MM` or `YYYY` where only the month or year is
     * known; left out where no date is known yet.
     */
    startDate: PartialDateSchema.optional(),
    /** Last day, included, at any precision like `startDate`; not before it, and only with it. */
    endDate: PartialDateSchema.optional(),
    /** What it is about: `Integration`, `Wohnungslosenhilfe`. */
    topics: readonlyCopy(z.array(TextSchema)).optional(),
    /** The number of a recurring meeting: 9 for the „9. Bundesnetzwerktreffen“. */
    edition: z.int().positive().optional(),
    /** The organisations that organise it. */
    organiserIds: IdListSchema.optional(),
    /** The earlier exchange this one returns (Gegenbesuch), with host and guests swapped. */
    reciprocates: IdSchema.optional(),
    /** Its programme items, inside `startDate`–`endDate` in the host's calendar. */
    programme: readonlyCopy(z.array(ProgrammeItemSchema)).optional(),
    /** How many came. */
    attendance: readonlyCopy(
      z.strictObject({
        /** Number of participants. */
        participants: z.int().nonnegative().optional(),
        /** Number of organisations represented. */
        organisations: z.int().nonnegative().optional(),
      }),
    ).optional(),
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
 * An exchange; see {@link ExchangeSchema}.
 *
 * @example
 * ```ts
 * import type { Exchange } from 'kommunal';
 *
 * const meeting: Exchange = {
 *   id: 'bnt-9',
 *   kind: 'network-meeting',
 *   title: 'Bundesnetzwerktreffen der Welcome Center',
 *   edition: 9,
 *   hostId: 'chemnitz',
 *   guestIds: [],
 *   startDate: '2023-09-20',
 *   endDate: '2023-09-21',
 * };
 * meeting.edition; // => 9
 * ```
 *
 * @category Data model
 * @interface
 */
export type Exchange = z.infer<typeof ExchangeSchema>;
