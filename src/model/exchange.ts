import * as z from 'zod';
import { EventStatusSchema } from './eventStatus.js';
import { IdListSchema, IdSchema, LanguageCodeSchema, PartialDateSchema, TextSchema, UrlSchema } from './formats.js';
import { ProgrammeItemSchema } from './programmeItem.js';
import { PROVENANCE_FIELDS } from './provenance.js';
import { QuantitySchema } from './quantity.js';
import { readonlyCopy } from './readonlyCopy.js';

/**
 * Schema of an exchange's kind: `professional-exchange` (Fachkräfteaustausch),
 * `delegation-visit` (Delegationsbesuch), `conference` (Fachkonferenz), `network-meeting`
 * (Netzwerktreffen), `youth-exchange` (Jugendaustausch) or `school-exchange` (Schüleraustausch).
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
  'youth-exchange',
  'school-exchange',
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
 * Schema of a delegation: the people one municipality or organisation sends to an exchange, or
 * receives there. `members` and `interpreters` are ids of persons; `leaderId` names the person who
 * leads it, one of `members` where they are listed. `size` is how many they were, as the text gives it
 * („eine zwölfköpfige Delegation“, „rund 20 Personen“); `languages` are the languages spoken in it
 * (ISO 639 codes, `de`, `ar`, `prs`).
 *
 * @example
 * ```ts
 * import { DelegationSchema } from 'kommunal';
 *
 * const delegation = DelegationSchema.parse({
 *   municipalityId: 'wien',
 *   description: 'Fachkräfte der Wiener Kinder- und Jugendhilfe',
 *   size: { value: 12 },
 *   members: ['becher', 'huber'],
 *   leaderId: 'becher',
 *   languages: ['de', 'en'],
 * });
 * delegation.leaderId; // => 'becher'
 * DelegationSchema.safeParse({ languages: ['Deutsch'] }).success; // => false
 * ```
 *
 * @category Data model
 */
export const DelegationSchema = readonlyCopy(
  z.strictObject({
    /** The municipality it comes from or represents. */
    municipalityId: IdSchema.optional(),
    /** The organisation it comes from or represents. */
    organisationId: IdSchema.optional(),
    /** Who it is, in words: `Fachkräfte der Wiener Kinder- und Jugendhilfe`. */
    description: TextSchema.optional(),
    /** How many people it had, exact or as the text hedges it. */
    size: QuantitySchema.optional(),
    /** Its members, ids of persons of the dataset. */
    members: IdListSchema.optional(),
    /** The person who leads it; one of `members` where they are given. */
    leaderId: IdSchema.optional(),
    /** The languages spoken in it, as ISO 639 codes. */
    languages: readonlyCopy(z.array(LanguageCodeSchema)).optional(),
    /** Its interpreters, ids of persons of the dataset. */
    interpreters: IdListSchema.optional(),
  }),
);

/**
 * A delegation; see {@link DelegationSchema}.
 *
 * @example
 * ```ts
 * import type { Delegation } from 'kommunal';
 *
 * const delegation: Delegation = { organisationId: 'welcome-center-sachsen', size: { value: 5, qualifier: 'about' } };
 * delegation.size?.qualifier; // => 'about'
 * ```
 *
 * @category Data model
 * @interface
 */
export type Delegation = z.infer<typeof DelegationSchema>;

/**
 * A count that is exact, a whole number ≥ 0, or known only roughly as a {@link Quantity}: „mehr
 * als 150“ is `{ value: 150, qualifier: 'more-than' }`.
 */
const CountSchema = z.union([z.int().nonnegative(), QuantitySchema]);

/**
 * Schema of an exchange: a host receives guests from `startDate` to `endDate` (both included).
 * Host, co-hosts, guests and organisers are municipalities or organisations (a Welcome Center as
 * host; „alle Welcome Center eines Bundeslandes als Gastgeber“ as co-hosts). Where the host is an
 * organisation, its `municipalityId` gives the zone the programme's wall clocks are read in;
 * without one, `Europe/Berlin`. `reciprocates` names the exchange this one returns (a
 * Gegenbesuch), `edition` numbers a recurring meeting (the 9 in „9. Bundesnetzwerktreffen“).
 * `attendance` counts are whole numbers, or {@link Quantity} objects where the text hedges them
 * („mehr als 150 Teilnehmende“).
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
 *   aims: ['Methoden der Wohnungslosenhilfe vergleichen'],
 *   attendance: { participants: { value: 20, qualifier: 'about' } },
 * });
 * exchange.guestIds; // => ['wien']
 * ExchangeSchema.parse({ id: 'bnt-10', kind: 'network-meeting', title: '10. Bundesnetzwerktreffen', hostId: 'x', guestIds: [] }).startDate; // => undefined
 * ExchangeSchema.parse({ id: 'bnt-8', kind: 'network-meeting', title: '8. Bundesnetzwerktreffen', hostId: 'x', guestIds: [], startDate: '2022-10' }).startDate; // => '2022-10'
 * exchange.attendance?.participants; // => { value: 20, qualifier: 'about' }
 * ```
 *
 * @category Data model
 */
export const ExchangeSchema = readonlyCopy(
  z.strictObject({
    /** Unique among the exchanges. */
    id: IdSchema,
    /** Professional exchange, delegation visit, conference, network meeting, youth or school exchange. */
    kind: ExchangeKindSchema,
    /** What the exchange is called: `Fachkräfteaustausch Wiesbaden – Wien`. */
    title: TextSchema,
    /**
     * The municipality or organisation that receives the guests; an organisation's
     * `municipalityId` gives the zone of the programme (none: `Europe/Berlin`).
     */
    hostId: IdSchema,
    /** Further hosts, municipalities or organisations: „alle Welcome Center eines Bundeslandes als Gastgeber“. */
    coHostIds: IdListSchema.optional(),
    /** The visiting municipalities or organisations. */
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
    /** What it aims at (Ziele des Austauschs), one sentence each. */
    aims: readonlyCopy(z.array(TextSchema)).optional(),
    /** The number of a recurring meeting: 9 for the „9. Bundesnetzwerktreffen“. */
    edition: z.int().positive().optional(),
    /** The municipalities or organisations that organise it. */
    organiserIds: IdListSchema.optional(),
    /** The delegations that came or received them, with members, leader and languages. */
    delegations: readonlyCopy(z.array(DelegationSchema)).optional(),
    /** The earlier exchange this one returns (Gegenbesuch), with host and guests swapped. */
    reciprocates: IdSchema.optional(),
    /** Its programme items, inside `startDate`–`endDate` in the host's calendar. */
    programme: readonlyCopy(z.array(ProgrammeItemSchema)).optional(),
    /** How many came. */
    attendance: readonlyCopy(
      z.strictObject({
        /** Number of participants: a whole number, or a {@link Quantity} where the text hedges it. */
        participants: CountSchema.optional(),
        /** Number of organisations represented: a whole number, or a {@link Quantity}. */
        organisations: CountSchema.optional(),
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
