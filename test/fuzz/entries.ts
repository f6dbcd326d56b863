// One fuzz entry per exported function of `kommunal`, `kommunal/format` and `kommunal/holidays`,
// and one per exported zod schema's `safeParse`: how to call it, what it returns, and well-formed
// arguments with every documented option set, from which the suite makes hostile calls.
// fuzz.test.ts fails when an export has no entry here, so a new export must be added.
import * as format from '../../src/format/index.js';
import * as holidays from '../../src/holidays/index.js';
import * as kommunal from '../../src/index.js';
import { agreeingDecision } from '../arbitraries.js';
import { frozenSeedsJson, seedsJson } from '../seeds.js';
import type { FailureCategory, ResultShape } from './contract.js';
import type { CallShape } from './inputs.js';
import {
  BOOLEAN,
  BOOLEAN_OR_FUNCTION,
  COUNTRY,
  DATE_STYLE,
  DAY,
  FUNCTION,
  GERMAN_STATE,
  INSTANT,
  LOCALE,
  NEAR,
  NOT_NEGATIVE,
  NOUN,
  NUMBERS,
  OBJECT,
  PARTNERSHIP_KINDS,
  POSITIVE,
  REQUIRED_OBJECT,
  REQUIRED_POSITIVE,
  ROLE,
  STRING,
  STRINGS,
  TIME_SEPARATOR,
  TIME_STYLE,
  TIME_ZONE,
  WHOLE_FROM_ONE,
  YEAR,
} from './rules.js';

/** How the fuzz suite calls one export and what it expects back. */
export interface FuzzEntry extends CallShape {
  /** The export's name; `Name.safeParse` for a schema. */
  readonly name: string;
  readonly call: (...args: unknown[]) => unknown;
  readonly returns: ResultShape;
  /** Documented never to throw (`safeParse…`): even a KommunalValidationError breaks the contract. */
  readonly neverThrows?: boolean;
  /** Categories not counted as failures, each with its reason in a comment where it is set. */
  readonly tolerate?: readonly FailureCategory[];
  /** Runs relative to the default (1); slow entries get fewer. */
  readonly weight?: number;
}

/** The modules whose exports must all have an entry. */
export const MODULES: Readonly<Record<string, Record<string, unknown>>> = {
  kommunal,
  'kommunal/format': format,
  'kommunal/holidays': holidays,
};

const {
  KommunalValidationError,
  detectConflicts,
  exchangesOf,
  findFreeSlots,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatDayCount,
  formatGrowth,
  formatKind,
  formatMonth,
  formatOrdinal,
  formatPersonName,
  formatQuantity,
  formatSalutation,
  formatSince,
  formatTime,
  formatTimeRange,
  formatTimeZone,
  formatVenue,
  grantsOf,
  isPublicHoliday,
  isValidAgs,
  isValidArs,
  isValidPostalCode,
  isValidTimeZone,
  measuresOf,
  parseAgs,
  parseArs,
  parseDataset,
  parseGermanDate,
  partnersOf,
  partnershipNetwork,
  publicHolidayOn,
  publicHolidays,
  reciprocalChain,
  safeParseDataset,
  scheduleOf,
  toICalendar,
  toJsonLd,
  yearsSince,
} = kommunal;

// Well-formed data. The parsed dataset is frozen and shared, as apps keep it; a call that changes
// something inside it gets a mutable copy (inputs.ts).
const seeds = frozenSeedsJson();
const dataset = parseDataset(seedsJson());
const scheduled = scheduleOf(dataset);

const instant = () => new Date(Date.UTC(2024, 3, 15, 7, 30));
const items = () => [
  ...structuredClone(scheduled.slice(0, 3)),
  {
    id: 'a',
    title: 'Begrüßung',
    start: '2024-04-15T09:00+02:00',
    end: '2024-04-15T10:00+02:00',
    personIds: ['sabine-herrmann', 'daniela-less'],
    venueId: 'wiesbaden-konradinerallee-11',
    room: '4.161',
    municipalityId: 'wiesbaden',
    exchangeId: 'wiesbaden-2024-04',
    endApproximate: true,
  },
  {
    id: 'b',
    title: 'Fachgespräch',
    start: new Date('2024-04-15T07:30:00Z'),
    end: new Date('2024-04-15T09:00:00Z'),
    personIds: ['sabine-herrmann'],
    venueId: 'wiesbaden-konradinerallee-11',
    room: '4.161',
    municipalityId: 'wien',
    measureId: 'wetzlar-steuerungsgruppe',
  },
  { id: 'c', start: '2024-04-20T09:00Z', end: '2024-04-22T09:00Z', personIds: ['daniela-less'] },
];
const workingHours = () => ({ start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5] });

const DATE_INPUTS = [
  () => '2024-04-15',
  () => '2024-04-15T09:30',
  () => '2024-04-15T07:30:00Z',
  () => '2024-04-15T09:30:00.250+02:00',
  instant,
];
const TIME_INPUTS = DATE_INPUTS.slice(1);

const STATES = ['DE-BY', 'DE-HE', 'DE-BE', 'DE-SN'];
const ZONES = ['Europe/Berlin', 'America/Chicago', 'UTC', 'Asia/Kolkata'];

/** Argument lists from every combination of the given makers (each a list of choices). */
function combos(...parts: readonly (readonly (() => unknown)[])[]): (() => unknown[])[] {
  let lists: (() => unknown)[][] = [[]];
  for (const part of parts) lists = lists.flatMap((list) => part.map((make) => [...list, make]));
  return lists.map((list) => () => list.map((make) => make()));
}

const values = (...list: unknown[]) => list.map((value) => () => structuredClone(value));

const ENTRIES_OF_FUNCTIONS: readonly FuzzEntry[] = [
  // Formatting.
  {
    name: 'formatDate',
    call: (...args) => formatDate(...(args as Parameters<typeof formatDate>)),
    params: ['value', 'options'],
    bases: combos(
      [...DATE_INPUTS, ...values('2024-04', '2024')],
      values({ style: 'numeric', timeZone: 'Europe/Berlin' }, { style: 'full', timeZone: 'America/Chicago' }, {}),
    ),
    options: { 1: { style: DATE_STYLE, timeZone: TIME_ZONE } },
    returns: 'string',
  },
  {
    name: 'formatDateRange',
    call: (...args) => formatDateRange(...(args as Parameters<typeof formatDateRange>)),
    params: ['start', 'end', 'options'],
    bases: combos(
      values('2024-04-15', '2024-03-28T10:00', '2024-02', '2014'),
      values('2024-04-18', '2025-01-02T10:00Z', '2025-04', '2026'),
      values({ style: 'long', timeZone: 'Europe/Berlin' }, { style: 'full', timeZone: 'UTC' }, { style: 'numeric' }),
    ),
    options: { 2: { style: DATE_STYLE, timeZone: TIME_ZONE } },
    returns: 'string',
  },
  {
    name: 'formatDateTime',
    call: (...args) => formatDateTime(...(args as Parameters<typeof formatDateTime>)),
    params: ['value', 'options'],
    bases: combos(
      TIME_INPUTS,
      values({ style: 'numeric', dateStyle: 'long', timeZone: 'Europe/Berlin', showTimeZone: true }, {}),
    ),
    options: {
      1: {
        style: TIME_STYLE,
        dateStyle: DATE_STYLE,
        timeSeparator: TIME_SEPARATOR,
        timeZone: TIME_ZONE,
        showTimeZone: BOOLEAN,
      },
    },
    returns: 'string',
  },
  {
    name: 'formatDayCount',
    call: (...args) => formatDayCount(...(args as Parameters<typeof formatDayCount>)),
    params: ['days'],
    bases: combos(values(1, 3, 14)),
    returns: 'string',
  },
  {
    name: 'formatGrowth',
    call: (...args) => formatGrowth(...(args as Parameters<typeof formatGrowth>)),
    params: ['series', 'options'],
    bases: combos(
      values(
        [
          { date: '2023-09', value: 150, qualifier: 'more-than' },
          { date: '2014', value: 11 },
        ],
        [
          { date: '2014-03-01', value: 1500.5, qualifier: 'about' },
          { date: '2014-03', value: 0 },
          { date: '2020', value: 1e21, qualifier: 'fewer-than' },
        ],
      ),
      values(
        { noun: { singular: 'Anlaufstelle', plural: 'Anlaufstellen' }, numbers: 'digits', locale: 'en' },
        { noun: 'Teilnehmende', numbers: 'words' },
        {},
      ),
    ),
    options: { 1: { noun: NOUN, numbers: NUMBERS, locale: LOCALE } },
    returns: 'string',
  },
  {
    name: 'formatKind',
    call: (...args) => formatKind(...(args as Parameters<typeof formatKind>)),
    params: ['kind'],
    bases: combos(values('town-twinning', 'other', 'yearly', 'eu')),
    returns: 'string',
  },
  {
    name: 'formatMonth',
    call: (...args) => formatMonth(...(args as Parameters<typeof formatMonth>)),
    params: ['value', 'options'],
    bases: combos([() => '2024-04', ...DATE_INPUTS], values({ timeZone: 'Asia/Kolkata' }, {})),
    options: { 1: { timeZone: TIME_ZONE } },
    returns: 'string',
  },
  {
    name: 'formatOrdinal',
    call: (...args) => formatOrdinal(...(args as Parameters<typeof formatOrdinal>)),
    params: ['value'],
    bases: combos(values(0, 9, 2024)),
    returns: 'string',
  },
  {
    name: 'formatPersonName',
    call: (...args) => formatPersonName(...(args as Parameters<typeof formatPersonName>)),
    params: ['person', 'options'],
    bases: combos(
      [() => dataset.persons?.[0], () => seeds.persons[1]],
      [() => [{ withRole: true, organisation: dataset.organisations }], ...values({ withRole: true }, {})],
    ),
    options: { 1: { withRole: BOOLEAN } },
    returns: 'string',
  },
  {
    name: 'formatQuantity',
    call: (...args) => formatQuantity(...(args as Parameters<typeof formatQuantity>)),
    params: ['quantity', 'options'],
    bases: combos(
      values({ value: 150, qualifier: 'more-than' }, { value: 1 }, { value: 1500.5, qualifier: 'about' }),
      values(
        { noun: { singular: 'Anlaufstelle', plural: 'Anlaufstellen' }, locale: 'en' },
        { noun: 'Teilnehmende' },
        {},
      ),
    ),
    options: { 1: { noun: NOUN, locale: LOCALE } },
    returns: 'string',
  },
  {
    name: 'formatSalutation',
    call: (...args) => formatSalutation(...(args as Parameters<typeof formatSalutation>)),
    params: ['person', 'options'],
    bases: combos(
      [() => ({ ...seeds.persons[1], salutation: 'Frau' }), () => dataset.persons?.[0]],
      values({ letter: true }, {}),
    ),
    options: { 1: { letter: BOOLEAN } },
    returns: 'string',
  },
  {
    name: 'formatSince',
    call: (...args) => formatSince(...(args as Parameters<typeof formatSince>)),
    params: ['value', 'options'],
    bases: combos([() => '1997', () => '2024-02', ...DATE_INPUTS], values({ timeZone: 'Asia/Kolkata' }, {})),
    options: { 1: { timeZone: TIME_ZONE } },
    returns: 'string',
  },
  {
    name: 'formatTime',
    call: (...args) => formatTime(...(args as Parameters<typeof formatTime>)),
    params: ['value', 'options'],
    bases: combos(TIME_INPUTS, values({ style: 'numeric', timeZone: 'America/Chicago', showTimeZone: true }, {})),
    options: { 1: { style: TIME_STYLE, timeSeparator: TIME_SEPARATOR, timeZone: TIME_ZONE, showTimeZone: BOOLEAN } },
    returns: 'string',
  },
  {
    name: 'formatTimeRange',
    call: (...args) => formatTimeRange(...(args as Parameters<typeof formatTimeRange>)),
    params: ['start', 'end', 'options'],
    bases: combos(
      values('2024-04-15T09:00', '2024-10-26T23:30+02:00'),
      values('2024-04-15T10:30', '2024-10-27T04:00+01:00', '2024-04-16T08:00Z'),
      values({ style: 'short', timeZone: 'Europe/Berlin', showTimeZone: true }, { style: 'numeric' }),
    ),
    options: { 2: { style: TIME_STYLE, timeSeparator: TIME_SEPARATOR, timeZone: TIME_ZONE, showTimeZone: BOOLEAN } },
    returns: 'string',
  },
  {
    name: 'formatTimeZone',
    call: (...args) => formatTimeZone(...(args as Parameters<typeof formatTimeZone>)),
    params: ['value', 'options'],
    bases: combos(TIME_INPUTS, values(...ZONES.map((timeZone) => ({ timeZone })), {})),
    options: { 1: { timeZone: TIME_ZONE } },
    returns: 'string',
  },
  {
    name: 'formatVenue',
    call: (...args) => formatVenue(...(args as Parameters<typeof formatVenue>)),
    params: ['venue', 'options'],
    bases: combos([() => dataset.venues?.[0], () => seeds.venues[1]], values({ room: '4.162' }, {})),
    options: { 1: { room: STRING } },
    returns: 'string',
  },
  {
    name: 'parseGermanDate',
    call: (...args) => parseGermanDate(...(args as Parameters<typeof parseGermanDate>)),
    params: ['text', 'options'],
    bases: combos(
      values('15.04.2024', 'Montag, den 15. April 2024', '1. Jänner 2025', 'Am Montag, den 15. April'),
      values({ near: '2024-01-01' }, {}),
    ),
    options: { 1: { near: NEAR } },
    returns: 'string',
  },
  {
    name: 'yearsSince',
    call: (...args) => yearsSince(...(args as Parameters<typeof yearsSince>)),
    params: ['since', 'on', 'options'],
    bases: combos(
      values('1990', '1990-05', '1990-05-03'),
      [() => '2024-04-15', instant],
      values({ timeZone: 'Europe/Berlin' }, {}),
    ),
    options: { 2: { timeZone: TIME_ZONE } },
    returns: 'number',
  },
  // Holidays.
  {
    name: 'publicHolidays',
    call: (...args) => publicHolidays(...(args as Parameters<typeof publicHolidays>)),
    params: ['year', 'state'],
    bases: combos(values(1990, 2024, 9999), values(...STATES)),
    returns: 'array',
  },
  {
    name: 'publicHolidayOn',
    call: (...args) => publicHolidayOn(...(args as Parameters<typeof publicHolidayOn>)),
    params: ['date', 'state'],
    bases: combos(values('2024-10-03', '2024-11-20', '2024-04-15'), values(...STATES)),
    returns: 'object or undefined',
  },
  {
    name: 'isPublicHoliday',
    call: (...args) => isPublicHoliday(...(args as Parameters<typeof isPublicHoliday>)),
    params: ['date', 'state'],
    bases: combos(values('2024-12-25', '2024-04-15'), values(...STATES)),
    returns: 'boolean',
  },
  // Validation.
  {
    name: 'isValidTimeZone',
    call: (...args) => isValidTimeZone(...(args as Parameters<typeof isValidTimeZone>)),
    params: ['timeZone'],
    bases: combos(values(...ZONES)),
    returns: 'boolean',
  },
  {
    name: 'isValidAgs',
    call: (...args) => isValidAgs(...(args as Parameters<typeof isValidAgs>)),
    params: ['ags'],
    bases: combos(values('06414000', '02000000')),
    returns: 'boolean',
  },
  {
    name: 'parseAgs',
    call: (...args) => parseAgs(...(args as Parameters<typeof parseAgs>)),
    params: ['ags'],
    bases: combos(values('06414000', '14511000')),
    returns: 'object or undefined',
  },
  {
    name: 'isValidArs',
    call: (...args) => isValidArs(...(args as Parameters<typeof isValidArs>)),
    params: ['ars'],
    bases: combos(values('065320023023', '120605003154')),
    returns: 'boolean',
  },
  {
    name: 'parseArs',
    call: (...args) => parseArs(...(args as Parameters<typeof parseArs>)),
    params: ['ars'],
    bases: combos(values('065320023023', '120605003154')),
    returns: 'object or undefined',
  },
  {
    name: 'isValidPostalCode',
    call: (...args) => isValidPostalCode(...(args as Parameters<typeof isValidPostalCode>)),
    params: ['code', 'country'],
    bases: combos(values('65183', 'SW1A 1AA', '1010'), values('DE', 'GB', 'AT', 'BR')),
    returns: 'boolean',
  },
  {
    name: 'parseDataset',
    call: (...args) => parseDataset(...(args as Parameters<typeof parseDataset>)),
    params: ['input', 'options'],
    bases: combos([seedsJson, frozenSeedsJson], values({ locale: 'en', today: '2026-12-01' }, {})),
    options: { 1: { locale: LOCALE, today: DAY } },
    returns: 'object',
    weight: 0.5,
  },
  {
    name: 'safeParseDataset',
    call: (...args) => safeParseDataset(...(args as Parameters<typeof safeParseDataset>)),
    params: ['input', 'options'],
    bases: combos([seedsJson, frozenSeedsJson], values({ locale: 'de', today: '2026-12-01' }, {})),
    options: { 1: { locale: LOCALE, today: DAY } },
    returns: 'object',
    neverThrows: true,
    weight: 0.5,
  },
  // Queries.
  {
    name: 'exchangesOf',
    call: (...args) => exchangesOf(...(args as Parameters<typeof exchangesOf>)),
    params: ['dataset', 'municipalityId', 'options'],
    bases: combos([() => dataset], values('wiesbaden', 'wien'), values({ role: 'host' }, { role: 'guest' }, {})),
    options: { 2: { role: ROLE } },
    returns: 'array',
  },
  {
    name: 'grantsOf',
    call: (...args) => grantsOf(...(args as Parameters<typeof grantsOf>)),
    params: ['dataset', 'recipientId', 'options'],
    bases: combos([() => dataset], values('wetteraukreis'), values({ year: 2016 }, {})),
    options: { 2: { year: YEAR } },
    returns: 'array',
  },
  {
    name: 'measuresOf',
    call: (...args) => measuresOf(...(args as Parameters<typeof measuresOf>)),
    params: ['dataset', 'organisationOrMunicipalityId'],
    bases: combos([() => dataset], values('wetzlar-stadtverwaltung', 'wetzlar')),
    returns: 'array',
  },
  {
    name: 'partnersOf',
    call: (...args) => partnersOf(...(args as Parameters<typeof partnersOf>)),
    params: ['dataset', 'municipalityId', 'options'],
    bases: combos(
      [() => dataset],
      values('chicago', 'wiesbaden'),
      values({ on: '2024-04-15', kinds: ['town-twinning'] }, {}),
    ),
    options: { 2: { on: DAY, kinds: PARTNERSHIP_KINDS } },
    returns: 'array',
  },
  {
    name: 'partnershipNetwork',
    call: (...args) => partnershipNetwork(...(args as Parameters<typeof partnershipNetwork>)),
    params: ['dataset', 'municipalityId', 'options'],
    bases: combos(
      [() => dataset],
      values('hamburg'),
      values({ depth: 3, on: '2024-04-15', kinds: ['town-twinning'] }, { depth: 1 }),
    ),
    options: { 2: { depth: WHOLE_FROM_ONE, on: DAY, kinds: PARTNERSHIP_KINDS } },
    returns: 'array',
  },
  {
    name: 'reciprocalChain',
    call: (...args) => reciprocalChain(...(args as Parameters<typeof reciprocalChain>)),
    params: ['dataset', 'exchangeId'],
    bases: combos([() => dataset], values('wiesbaden-2024-04', 'wien-2024-02')),
    returns: 'array',
  },
  // Scheduling.
  {
    name: 'scheduleOf',
    call: (...args) => scheduleOf(...(args as Parameters<typeof scheduleOf>)),
    params: ['dataset', 'options'],
    bases: combos([() => dataset], values({ defaultDurationMinutes: 90 }, { locale: 'en' }, {})),
    options: { 1: { defaultDurationMinutes: POSITIVE, locale: LOCALE } },
    returns: 'array',
  },
  {
    name: 'detectConflicts',
    call: (...args) => detectConflicts(...(args as Parameters<typeof detectConflicts>)),
    params: ['items', 'options'],
    bases: combos(
      [items],
      [
        () => ({
          dataset,
          locale: 'en',
          weekends: true,
          holidays: true,
          travelBufferMinutes: 45,
          workingHours: workingHours(),
          timeZone: 'Europe/Berlin',
        }),
        () => ({ dataset }),
        () => ({}),
      ],
    ),
    options: {
      1: {
        dataset: OBJECT,
        locale: LOCALE,
        weekends: BOOLEAN,
        holidays: BOOLEAN_OR_FUNCTION,
        travelBufferMinutes: NOT_NEGATIVE,
        workingHours: OBJECT,
        timeZone: TIME_ZONE,
        maxConflicts: WHOLE_FROM_ONE,
      },
    },
    returns: 'array',
  },
  {
    name: 'findFreeSlots',
    call: (...args) => findFreeSlots(...(args as Parameters<typeof findFreeSlots>)),
    params: ['items', 'options'],
    bases: combos(
      [items, () => []],
      [
        () => ({
          personIds: ['sabine-herrmann'],
          venueId: 'wiesbaden-konradinerallee-11',
          room: '4.161',
          durationMinutes: 60,
          within: { start: '2024-04-15T08:00', end: '2024-04-19T18:00' },
          maxWindowDays: 30,
          workingHours: workingHours(),
          state: 'DE-HE',
          timeZone: 'Europe/Berlin',
          limit: 5,
          stepMinutes: 30,
          locale: 'en',
        }),
        () => ({ durationMinutes: 30, within: { start: instant(), end: '2024-04-16T18:00Z' } }),
      ],
    ),
    options: {
      1: {
        personIds: STRINGS,
        venueId: STRING,
        room: STRING,
        durationMinutes: REQUIRED_POSITIVE,
        within: REQUIRED_OBJECT,
        maxWindowDays: WHOLE_FROM_ONE,
        workingHours: OBJECT,
        state: GERMAN_STATE,
        country: COUNTRY,
        holidays: FUNCTION,
        timeZone: TIME_ZONE,
        limit: WHOLE_FROM_ONE,
        stepMinutes: POSITIVE,
        locale: LOCALE,
      },
    },
    returns: 'array',
  },
  {
    name: 'toICalendar',
    call: (...args) => toICalendar(...(args as Parameters<typeof toICalendar>)),
    params: ['items', 'options'],
    bases: combos(
      [items, () => structuredClone(scheduled)],
      [
        () => ({
          dataset,
          name: 'Programm; Austausch',
          uidDomain: 'example.org',
          now: instant(),
          timeZone: 'Europe/Berlin',
          locale: 'en',
        }),
        () => ({ now: instant() }),
      ],
    ),
    options: {
      1: { dataset: OBJECT, name: STRING, uidDomain: STRING, now: INSTANT, timeZone: TIME_ZONE, locale: LOCALE },
    },
    returns: 'string',
  },
  // Websites.
  {
    name: 'toJsonLd',
    call: (...args) => toJsonLd(...(args as Parameters<typeof toJsonLd>)),
    params: ['dataset', 'id', 'options'],
    bases: combos(
      [() => dataset],
      values('wiesbaden-2024-04', 'bundesnetzwerktreffen-9', 'wetteraukreis-diversity-tag-2017'),
      values({ locale: 'en' }, {}),
    ),
    options: { 2: { locale: LOCALE } },
    returns: 'object',
  },
  // The error class: apps construct it to report problems of their own in the same shape.
  {
    name: 'KommunalValidationError',
    call: (...args) => new KommunalValidationError(...(args as ConstructorParameters<typeof KommunalValidationError>)),
    params: ['issues'],
    bases: combos(
      values(
        [
          {
            path: ['exchanges', 0, 'startDate'],
            code: 'invalid_date',
            message: '„2024-02-30“ ist kein gültiges Datum.',
          },
        ],
        [
          { path: [], code: 'custom', message: 'Eins.' },
          { path: ['a'], code: 'custom', message: 'Zwei.' },
        ],
      ),
    ),
    returns: 'object',
  },
];

// Well-formed values of every exported schema.
const SCHEMA_SAMPLES: Readonly<Record<string, () => unknown>> = {
  DatasetSchema: () => seeds,
  ExchangeSchema: () => seeds.exchanges[1],
  ExchangeKindSchema: () => 'conference',
  EventStatusSchema: () => 'held',
  FundingLevelSchema: () => 'state',
  FundingProgrammeSchema: () => seeds.fundingProgrammes[0],
  GrantSchema: () => seeds.grants[0],
  MoneySchema: () => ({ value: 1500.5, currency: 'EUR' }),
  MeasureSchema: () => seeds.measures[0],
  MeasureKindSchema: () => 'training',
  RecurrenceSchema: () => 'yearly',
  LocalHolidaySchema: () => ({ date: '08-08', name: 'Augsburger Friedensfest' }),
  MunicipalitySchema: () => seeds.municipalities[0],
  MunicipalityKindSchema: () => 'city',
  OrganisationSchema: () => seeds.organisations[0],
  OrganisationKindSchema: () => 'authority',
  PartnershipSchema: () => seeds.partnerships[1],
  PartnershipKindSchema: () => 'friendship',
  PersonSchema: () => seeds.persons[0],
  SalutationSchema: () => 'Frau',
  RoleSchema: () => seeds.persons[0].roles[0],
  ProgrammeItemSchema: () => seeds.exchanges[1].programme[0],
  QuantitySchema: () => ({ value: 150, qualifier: 'more-than' }),
  QuantityQualifierSchema: () => 'about',
  QuantitySeriesSchema: () => [
    { date: '2014', value: 11 },
    { date: '2023-09', value: 150, qualifier: 'more-than' },
  ],
  VenueSchema: () => seeds.venues[0],
  LanguageCodeSchema: () => 'prs',
  DelegationSchema: () => ({
    municipalityId: 'wien',
    description: 'Fachkräfte der Wiener Kinder- und Jugendhilfe',
    size: { value: 12, qualifier: 'about' },
    members: ['daniela-less'],
    leaderId: 'daniela-less',
    languages: ['de', 'en'],
    interpreters: [],
  }),
  ProgrammeItemRoleSchema: () => 'greeting',
  CouncilDecisionSchema: () => ({ date: '1993-11', body: 'Bürgerschaft', reference: 'Drs. 14/4711' }),
  MembershipSchema: () => seeds.memberships[0],
  CommitteeKindSchema: () => 'advisory-board',
  CommitteeSchema: () => ({
    id: 'integrationsbeirat',
    name: 'Integrationsbeirat der Stadt Wetzlar',
    kind: 'advisory-board',
    municipalityId: 'wetzlar',
    memberIds: ['daniela-less'],
    since: '2011',
  }),
  GrantDecisionSchema: agreeingDecision,
  SourceSchema: () => ({
    title: 'Fachkräfteaustausch mit Wien',
    publisher: 'Landeshauptstadt Wiesbaden',
    date: '2024-04',
    url: 'https://www.wiesbaden.de/',
  }),
};

interface SafeParser {
  safeParse: (value: unknown) => unknown;
}

const isSchema = (value: unknown): value is SafeParser =>
  typeof value === 'object' && value !== null && typeof (value as Partial<SafeParser>).safeParse === 'function';

/** The names of exported zod schemas: exports with a `safeParse` method. */
export function schemaNames(): string[] {
  return Object.entries(kommunal)
    .filter(([, value]) => isSchema(value))
    .map(([name]) => `${name}.safeParse`);
}

const ENTRIES_OF_SCHEMAS: readonly FuzzEntry[] = Object.entries(SCHEMA_SAMPLES).map(([name, sample]) => {
  const schema = (kommunal as Record<string, unknown>)[name];
  if (!isSchema(schema)) throw new Error(`${name} is not an exported schema of kommunal`);
  return {
    name: `${name}.safeParse`,
    call: (value) => schema.safeParse(value),
    params: ['value'],
    // A fresh copy per call: a call may change the copy, never the frozen seeds.
    bases: [() => [structuredClone(sample())], () => [sample()]],
    returns: 'object',
    neverThrows: true,
    // zod's own safeParse lets the input's own exceptions (a getter, a Proxy trap, a revoked
    // Proxy) out; that is zod's documented behaviour, and safeParseDataset, kommunal's reader of
    // outside data, is fuzzed without this allowance.
    tolerate: ['input exception'],
    weight: name === 'DatasetSchema' ? 0.5 : 0.25,
  } satisfies FuzzEntry;
});

/** Every entry: exported functions first, then schemas. */
export const ENTRIES: readonly FuzzEntry[] = [...ENTRIES_OF_FUNCTIONS, ...ENTRIES_OF_SCHEMAS];
