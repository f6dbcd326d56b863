import * as z from 'zod';
import { IdSchema, IsoDateSchema, TextSchema, UrlSchema } from './formats.js';

/**
 * Schema of the level a funding programme comes from: `eu`, `federal` (Bund), `state` (Land),
 * `district` (Kreis), `municipal` (Kommune) or `foundation` (Stiftung).
 *
 * @example
 * ```ts
 * import { FundingLevelSchema } from 'kommunal';
 *
 * FundingLevelSchema.parse('state'); // => 'state'
 * ```
 */
export const FundingLevelSchema = z.enum(['eu', 'federal', 'state', 'district', 'municipal', 'foundation']);

/**
 * A funding level; see {@link FundingLevelSchema}.
 *
 * @example
 * ```ts
 * import type { FundingLevel } from 'kommunal';
 *
 * const level: FundingLevel = 'federal';
 * level; // => 'federal'
 * ```
 */
export type FundingLevel = z.infer<typeof FundingLevelSchema>;

/**
 * Schema of a funding programme, such as Hessen's „WIR – Wegweisende Integrationsansätze
 * Realisieren“, funded by an organisation (`funderId`, usually a ministry).
 *
 * @example
 * ```ts
 * import { FundingProgrammeSchema } from 'kommunal';
 *
 * const wir = FundingProgrammeSchema.parse({
 *   id: 'wir',
 *   name: 'Wegweisende Integrationsansätze Realisieren',
 *   acronym: 'WIR',
 *   funderId: 'hmsi',
 *   level: 'state',
 * });
 * wir.acronym; // => 'WIR'
 * ```
 */
export const FundingProgrammeSchema = z
  .strictObject({
    id: IdSchema,
    name: TextSchema,
    acronym: TextSchema.optional(),
    funderId: IdSchema,
    level: FundingLevelSchema,
    startDate: IsoDateSchema.optional(),
    endDate: IsoDateSchema.optional(),
    url: UrlSchema.optional(),
    notes: TextSchema.optional(),
  })
  .readonly();

/**
 * A funding programme; see {@link FundingProgrammeSchema}.
 *
 * @example
 * ```ts
 * import type { FundingProgramme } from 'kommunal';
 *
 * const programme: FundingProgramme = { id: 'wir', name: 'WIR', funderId: 'hmsi', level: 'state' };
 * programme.level; // => 'state'
 * ```
 */
export type FundingProgramme = z.infer<typeof FundingProgrammeSchema>;

/**
 * Schema of an amount of money: a value in the currency's main unit and an ISO 4217 code.
 *
 * @example
 * ```ts
 * import { MoneySchema } from 'kommunal';
 *
 * MoneySchema.parse({ value: 45000, currency: 'EUR' }).value; // => 45000
 * MoneySchema.safeParse({ value: -1, currency: 'EUR' }).success; // => false
 * ```
 */
export const MoneySchema = z
  .strictObject({
    value: z.number().nonnegative(),
    currency: z.stringFormat('currency', /^[A-Z]{3}$/),
  })
  .readonly();

/**
 * An amount of money; see {@link MoneySchema}.
 *
 * @example
 * ```ts
 * import type { Money } from 'kommunal';
 *
 * const amount: Money = { value: 45000, currency: 'EUR' };
 * amount.currency; // => 'EUR'
 * ```
 */
export type Money = z.infer<typeof MoneySchema>;

/**
 * Schema of a grant: a programme funds a recipient (a municipality or an organisation) from
 * `startDate` to `endDate`; a programme funding a post year by year has one grant per year.
 *
 * @example
 * ```ts
 * import { GrantSchema } from 'kommunal';
 *
 * const grant = GrantSchema.parse({
 *   id: 'wir-wetterau-2017',
 *   programmeId: 'wir',
 *   recipientId: 'wetteraukreis',
 *   startDate: '2017-01-01',
 *   endDate: '2017-12-31',
 *   purpose: 'WIR-Koordination',
 * });
 * grant.purpose; // => 'WIR-Koordination'
 * ```
 */
export const GrantSchema = z
  .strictObject({
    id: IdSchema,
    programmeId: IdSchema,
    recipientId: IdSchema,
    startDate: IsoDateSchema,
    endDate: IsoDateSchema,
    amount: MoneySchema.optional(),
    purpose: TextSchema.optional(),
    notes: TextSchema.optional(),
  })
  .readonly();

/**
 * A grant; see {@link GrantSchema}.
 *
 * @example
 * ```ts
 * import type { Grant } from 'kommunal';
 *
 * const grant: Grant = { id: 'g', programmeId: 'wir', recipientId: 'wetteraukreis', startDate: '2014-03-01', endDate: '2014-12-31' };
 * grant.startDate; // => '2014-03-01'
 * ```
 */
export type Grant = z.infer<typeof GrantSchema>;
