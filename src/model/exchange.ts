import * as z from 'zod';
import { IdListSchema, IdSchema, IsoDateSchema, TextSchema, UrlSchema } from './formats.js';
import { ProgrammeItemSchema } from './programmeItem.js';

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
 */
export type ExchangeKind = z.infer<typeof ExchangeKindSchema>;

/**
 * Schema of an exchange: a host municipality receives guest municipalities from `startDate` to
 * `endDate` (both included). `reciprocates` names the exchange this one returns (a Gegenbesuch),
 * `edition` numbers a recurring meeting (the 9 in „9. Bundesnetzwerktreffen“).
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
 * ```
 */
export const ExchangeSchema = z
  .strictObject({
    id: IdSchema,
    kind: ExchangeKindSchema,
    title: TextSchema,
    hostId: IdSchema,
    guestIds: IdListSchema,
    startDate: IsoDateSchema,
    endDate: IsoDateSchema,
    topics: z.array(TextSchema).readonly().optional(),
    edition: z.int().positive().optional(),
    organiserIds: IdListSchema.optional(),
    reciprocates: IdSchema.optional(),
    programme: z.array(ProgrammeItemSchema).readonly().optional(),
    attendance: z
      .strictObject({
        participants: z.int().nonnegative().optional(),
        organisations: z.int().nonnegative().optional(),
      })
      .readonly()
      .optional(),
    url: UrlSchema.optional(),
    notes: TextSchema.optional(),
  })
  .readonly();

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
 */
export type Exchange = z.infer<typeof ExchangeSchema>;
