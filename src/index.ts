/**
 * `kommunal`: municipalities, partnerships, exchanges, funding and integration measures, with
 * German date formatting as German public bodies write it.
 *
 * @categoryDescription Guides
 * How the pieces fit together: the data model, German dates, scheduling, and the decisions behind
 * them with their figures.
 *
 * @categoryDescription Data model
 * The entities of a dataset (municipalities, organisations, persons, venues, partnerships,
 * exchanges, funding and measures), each a zod schema and the type inferred from it.
 *
 * @categoryDescription Validation
 * Reading a dataset and checking what its schema cannot: references, dates, keys, places. Errors
 * are data: every problem as `{ path, code, message }`, in German or English.
 *
 * @categoryDescription Queries
 * Questions to a parsed dataset: a municipality's partners, exchanges, grants and measures, and the
 * network of partnerships around it.
 *
 * @categoryDescription Scheduling
 * Programme items on one timeline: conflicts, free slots, an iCalendar file, and schema.org JSON-LD
 * that shows an exchange or a measure as an event on a web page.
 *
 * @categoryDescription Formatting
 * Dates, times, ranges, names and places written as German public bodies write them (DIN 5008,
 * Duden), and German dates read back. Also exported from `kommunal/format`, which loads no zod.
 *
 * @categoryDescription Holidays
 * The public holidays of each German Land. Also exported from `kommunal/holidays`, which loads no zod.
 *
 * @packageDocumentation
 */

export type { KommunalIssue, KommunalIssueCode } from './errors/KommunalValidationError.js';
export { KommunalValidationError } from './errors/KommunalValidationError.js';
export { type FormatDateOptions, formatDate } from './format/formatDate.js';
export { formatDateRange } from './format/formatDateRange.js';
export { type FormatDateTimeOptions, formatDateTime } from './format/formatDateTime.js';
export { formatDayCount } from './format/formatDayCount.js';
export { type FormatGrowthOptions, formatGrowth } from './format/formatGrowth.js';
export { formatKind, type Kind } from './format/formatKind.js';
export { formatMonth } from './format/formatMonth.js';
export { formatOrdinal } from './format/formatOrdinal.js';
export { type FormatPersonNameOptions, formatPersonName, type OrganisationName } from './format/formatPersonName.js';
export { type FormatQuantityOptions, formatQuantity, type QuantityNoun } from './format/formatQuantity.js';
export { type FormatSalutationOptions, formatSalutation } from './format/formatSalutation.js';
export { formatSince } from './format/formatSince.js';
export { type FormatTimeOptions, formatTime } from './format/formatTime.js';
export { formatTimeRange } from './format/formatTimeRange.js';
export type { FormatTimeZoneOptions } from './format/formatTimeZone.js';
export { formatTimeZone } from './format/formatTimeZone.js';
export { type FormatVenueOptions, formatVenue } from './format/formatVenue.js';
export type { DateStyle, TimeSeparator, TimeStyle, TimeZoneOptions } from './format/options.js';
export { type ParseGermanDateOptions, parseGermanDate } from './format/parseGermanDate.js';
export { yearsSince } from './format/yearsSince.js';
export {
  FIRST_HOLIDAY_YEAR,
  type GermanState,
  isPublicHoliday,
  type LocalPublicHoliday,
  type PublicHoliday,
  type PublicHolidayOptions,
  publicHolidayOn,
  publicHolidays,
  type StatewideHoliday,
} from './holidays/publicHolidays.js';
export type { Locale } from './i18n/catalogue.js';
export {
  type JsonLdEvent,
  type JsonLdOrganization,
  type JsonLdPlace,
  type JsonLdPostalAddress,
  type JsonLdSubEvent,
  type ToJsonLdOptions,
  toJsonLd,
} from './jsonld/toJsonLd.js';
export { type Committee, type CommitteeKind, CommitteeKindSchema, CommitteeSchema } from './model/committee.js';
export { COLLECTIONS, type CollectionName, type Dataset, DatasetSchema } from './model/dataset.js';
export { type EventStatus, EventStatusSchema } from './model/eventStatus.js';
export {
  type Delegation,
  DelegationSchema,
  type Exchange,
  type ExchangeKind,
  ExchangeKindSchema,
  ExchangeSchema,
} from './model/exchange.js';
export { type LanguageCode, LanguageCodeSchema } from './model/formats.js';
export {
  type FundingLevel,
  FundingLevelSchema,
  type FundingProgramme,
  FundingProgrammeSchema,
  type Grant,
  type GrantDecision,
  GrantDecisionSchema,
  GrantSchema,
  type Money,
  MoneySchema,
} from './model/funding.js';
export {
  type Measure,
  type MeasureKind,
  MeasureKindSchema,
  MeasureSchema,
  type Recurrence,
  RecurrenceSchema,
} from './model/measure.js';
export { type Membership, MembershipSchema } from './model/membership.js';
export {
  type LocalHoliday,
  LocalHolidaySchema,
  type Municipality,
  type MunicipalityKind,
  MunicipalityKindSchema,
  MunicipalitySchema,
} from './model/municipality.js';
export {
  type Organisation,
  type OrganisationKind,
  OrganisationKindSchema,
  OrganisationSchema,
} from './model/organisation.js';
export {
  type CouncilDecision,
  CouncilDecisionSchema,
  type Partnership,
  type PartnershipKind,
  PartnershipKindSchema,
  PartnershipSchema,
} from './model/partnership.js';
export { type Person, PersonSchema, type Role, RoleSchema, type Salutation, SalutationSchema } from './model/person.js';
export {
  type ProgrammeItem,
  type ProgrammeItemRole,
  ProgrammeItemRoleSchema,
  ProgrammeItemSchema,
} from './model/programmeItem.js';
export { type Source, SourceSchema } from './model/provenance.js';
export {
  type Quantity,
  type QuantityQualifier,
  QuantityQualifierSchema,
  QuantitySchema,
  type QuantitySeries,
  QuantitySeriesSchema,
} from './model/quantity.js';
export { type Venue, VenueSchema } from './model/venue.js';
export { GERMAN_STATES, REGIERUNGSBEZIRKE } from './places/germanStates.js';
export { type ExchangesOfOptions, exchangesOf } from './query/exchangesOf.js';
export { type GrantsOfOptions, grantsOf } from './query/grantsOf.js';
export { measuresOf } from './query/measuresOf.js';
export { type NetworkMember, type PartnershipNetworkOptions, partnershipNetwork } from './query/partnershipNetwork.js';
export { type PartnersOfOptions, partnersOf } from './query/partnersOf.js';
export type { QueryOptions } from './query/queryOptions.js';
export { reciprocalChain } from './query/reciprocalChain.js';
export type {
  Conflict,
  ConflictBase,
  ConflictPerson,
  ConflictPlace,
  NotCheckedConflict,
  OutsideExchangePeriodConflict,
  OutsideWorkingHoursConflict,
  PersonDoubleBookedConflict,
  PublicHolidayAbroad,
  PublicHolidayConflict,
  TravelTimeConflict,
  TruncatedConflict,
  VenueDoubleBookedConflict,
  WeekendConflict,
} from './schedule/conflicts/conflict.js';
export {
  CONFLICT_KINDS,
  type ConflictKind,
  type ConflictSeverity,
  type ConflictSeverityOf,
} from './schedule/conflicts/kinds.js';
export { type DetectConflictsOptions, detectConflicts } from './schedule/detectConflicts.js';
export { type FindFreeSlotsOptions, type FreeSlot, findFreeSlots } from './schedule/findFreeSlots.js';
export type { DatedScheduleItem, ItemPeriod, ItemPlace, ScheduleItem } from './schedule/scheduleItem.js';
export {
  type ScheduleOfOptions,
  type ScheduleOfResult,
  type SkippedScheduleItem,
  scheduleOf,
} from './schedule/scheduleOf.js';
export type { HolidaySource } from './schedule/scheduleOptions.js';
export { type ToICalendarOptions, toICalendar } from './schedule/toICalendar.js';
export type { WorkingHours } from './schedule/workingHours.js';
export { isValidTimeZone } from './time/canonicalTimeZone.js';
export type { DateInput } from './time/readTemporal.js';
export { type AgsLevel, type AgsParts, isValidAgs, parseAgs } from './validate/ags.js';
export { type ArsMembership, type ArsParts, isValidArs, parseArs } from './validate/ars.js';
export {
  type ParseDatasetOptions,
  parseDataset,
  type SafeParseDatasetResult,
  safeParseDataset,
} from './validate/parseDataset.js';
export { isValidPostalCode } from './validate/postalCode.js';
