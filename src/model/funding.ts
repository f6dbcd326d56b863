import * as z from 'zod';
import { IdSchema, PartialDateSchema, TextSchema, UrlSchema } from './formats.js';
import { PROVENANCE_FIELDS } from './provenance.js';
import { readonlyCopy } from './readonlyCopy.js';

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
 *
 * @category Data model
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
 *
 * @category Data model
 * @useDeclaredType
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
 *
 * @category Data model
 */
export const FundingProgrammeSchema = readonlyCopy(
  z.strictObject({
    /** Unique among the funding programmes. */
    id: IdSchema,
    /** Its full name: `WIR – Wegweisende Integrationsansätze Realisieren`. */
    name: TextSchema,
    /** Its short name: `WIR`. */
    acronym: TextSchema.optional(),
    /** The organisation that funds it, usually a ministry. */
    funderId: IdSchema,
    /** Where the money comes from: EU, Bund, Land, Kreis, Kommune or a foundation. */
    level: FundingLevelSchema,
    /** First day it funds, included: `YYYY-MM-DD`, or `YYYY-MM` or `YYYY` at the precision known. */
    startDate: PartialDateSchema.optional(),
    /** Last day it funds, included, at any precision like `startDate`. */
    endDate: PartialDateSchema.optional(),
    /** The programme's page. */
    url: UrlSchema.optional(),
    /** What the sources leave open, or an assumption made. */
    notes: TextSchema.optional(),
    ...PROVENANCE_FIELDS,
  }),
);

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
 *
 * @category Data model
 * @interface
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
 *
 * @category Data model
 */
export const MoneySchema = readonlyCopy(
  z.strictObject({
    /** Amount in the currency's main unit: `1500.5` euros, not cents. */
    value: z.number().nonnegative(),
    /** ISO 4217 code: `EUR`. */
    currency: z.stringFormat('currency', /^[A-Z]{3}$/),
  }),
);

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
 *
 * @category Data model
 * @interface
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
 * GrantSchema.parse({ id: 'wir-2015', programmeId: 'wir', recipientId: 'wetteraukreis', startDate: '2015', endDate: '2015' }).endDate; // => '2015'
 * ```
 *
 * @category Data model
 */
export const GrantSchema = readonlyCopy(
  z.strictObject({
    /** Unique among the grants. */
    id: IdSchema,
    /** The funding programme that gives it. */
    programmeId: IdSchema,
    /** The municipality or organisation that receives it (Zuwendungsempfänger). */
    recipientId: IdSchema,
    /**
     * First day funded, included; inside the programme's dates. `YYYY-MM` or `YYYY` where only the
     * month or year is known: a grant from `2015` to `2015` runs all 2015.
     */
    startDate: PartialDateSchema,
    /** Last day funded, included, at any precision like `startDate`; inside the programme's dates. */
    endDate: PartialDateSchema,
    /** How much. */
    amount: MoneySchema.optional(),
    /** What it pays for: `Integrationsbeauftragte (Stelle)`. */
    purpose: TextSchema.optional(),
    /** What the sources leave open, or an assumption made. */
    notes: TextSchema.optional(),
    ...PROVENANCE_FIELDS,
  }),
);

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
 *
 * @category Data model
 * @interface
 */
export type Grant = z.infer<typeof GrantSchema>;
