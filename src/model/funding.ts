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
 *   goals: ['Interkulturelle Öffnung der Verwaltung'],
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
    /** What it aims at (Förderziele), one sentence each. */
    goals: readonlyCopy(z.array(TextSchema)).optional(),
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
 * Schema of a funding decision (Zuwendungsbescheid): when it was issued (`date`), its file number,
 * the period it funds (`period`, `YYYY`, `YYYY-MM` or `YYYY-MM-DD` at either end), the amount
 * granted and, where the decision states them, the eligible costs (zuwendungsfähige Ausgaben), the
 * funding rate as a share (`0.9` for 90 %, above 0 and at most 1), the recipient's own contribution
 * (Eigenanteil), when the proof of use (Verwendungsnachweis) is due and the budget year
 * (Haushaltsjahr). {@link parseDataset} checks that the numbers agree: rate × eligible costs is the
 * amount to the cent, eligible costs − amount is the own contribution, and all sums are in one
 * currency.
 *
 * @example
 * ```ts
 * import { GrantDecisionSchema } from 'kommunal';
 *
 * const decision = GrantDecisionSchema.parse({
 *   date: '2017-02-15',
 *   fileNumber: 'II 5 – 53a 12.03',
 *   period: { startDate: '2017', endDate: '2017' },
 *   amount: { value: 40500, currency: 'EUR' },
 *   eligibleCosts: { value: 45000, currency: 'EUR' },
 *   fundingRate: 0.9,
 *   ownContribution: { value: 4500, currency: 'EUR' },
 *   proofOfUseDue: '2018-06-30',
 *   budgetYear: 2017,
 * });
 * decision.fundingRate; // => 0.9
 * GrantDecisionSchema.safeParse({ ...decision, fundingRate: 90 }).success; // => false
 * ```
 *
 * @category Data model
 */
export const GrantDecisionSchema = readonlyCopy(
  z.strictObject({
    /** When it was issued: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    date: PartialDateSchema,
    /** Its file number (Aktenzeichen), as written. */
    fileNumber: TextSchema.optional(),
    /** The period it funds (Bewilligungszeitraum), both ends included. */
    period: readonlyCopy(
      z.strictObject({
        /** First day funded: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
        startDate: PartialDateSchema,
        /** Last day funded, not before `startDate`. */
        endDate: PartialDateSchema,
      }),
    ),
    /** The sum granted. */
    amount: MoneySchema,
    /** The eligible costs (zuwendungsfähige Ausgaben) the rate applies to. */
    eligibleCosts: MoneySchema.optional(),
    /** The funding rate (Förderquote) as a share: above 0, at most 1; `0.9` is 90 %. */
    fundingRate: z.number().positive().max(1).optional(),
    /** The recipient's own contribution (Eigenanteil). */
    ownContribution: MoneySchema.optional(),
    /** When the proof of use (Verwendungsnachweis) is due, not before the period's start. */
    proofOfUseDue: PartialDateSchema.optional(),
    /** The budget year (Haushaltsjahr) the money comes from. */
    budgetYear: z.int().min(1).max(9999).optional(),
  }),
);

/**
 * A funding decision; see {@link GrantDecisionSchema}.
 *
 * @example
 * ```ts
 * import type { GrantDecision } from 'kommunal';
 *
 * const decision: GrantDecision = {
 *   date: '2014-02',
 *   period: { startDate: '2014-03', endDate: '2014-12' },
 *   amount: { value: 30000, currency: 'EUR' },
 * };
 * decision.period.startDate; // => '2014-03'
 * ```
 *
 * @category Data model
 * @interface
 */
export type GrantDecision = z.infer<typeof GrantDecisionSchema>;

/**
 * Schema of a grant: a programme funds a recipient (a municipality or an organisation) from
 * `startDate` to `endDate`; a programme funding a post year by year has one grant per year.
 * `appliedOn` is when the recipient applied; `decisions` are the funding decisions
 * (Zuwendungsbescheide), a first one and any that change it.
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
    /** When the recipient applied: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    appliedOn: PartialDateSchema.optional(),
    /** The funding decisions (Zuwendungsbescheide) that grant it, first and changing ones. */
    decisions: readonlyCopy(z.array(GrantDecisionSchema)).optional(),
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
