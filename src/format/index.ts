/**
 * `kommunal/format`: German date and time formatting as German public bodies write it, without
 * zod. Everything here is also exported from `kommunal`; import from this path in apps that never
 * validate a dataset, so that they run without zod installed in Node, Deno or Bun, where nothing
 * tree-shakes.
 *
 * @packageDocumentation
 */

export type { KommunalIssue, KommunalIssueCode } from '../errors/KommunalValidationError.js';
export { KommunalValidationError } from '../errors/KommunalValidationError.js';
export { isValidTimeZone } from '../time/canonicalTimeZone.js';
export type { DateInput } from '../time/readTemporal.js';
export { type FormatDateOptions, formatDate } from './formatDate.js';
export { formatDateRange } from './formatDateRange.js';
export { type FormatDateTimeOptions, formatDateTime } from './formatDateTime.js';
export { formatDayCount } from './formatDayCount.js';
export { type FormatGrowthOptions, formatGrowth } from './formatGrowth.js';
export { formatKind, type Kind } from './formatKind.js';
export { formatMonth } from './formatMonth.js';
export { formatOrdinal } from './formatOrdinal.js';
export { type FormatPersonNameOptions, formatPersonName, type OrganisationName } from './formatPersonName.js';
export { type FormatQuantityOptions, formatQuantity, type QuantityNoun } from './formatQuantity.js';
export { type FormatSalutationOptions, formatSalutation } from './formatSalutation.js';
export { formatSince } from './formatSince.js';
export { type FormatTimeOptions, formatTime } from './formatTime.js';
export { formatTimeRange } from './formatTimeRange.js';
export type { FormatTimeZoneOptions } from './formatTimeZone.js';
export { formatTimeZone } from './formatTimeZone.js';
export { type FormatVenueOptions, formatVenue } from './formatVenue.js';
export type { DateStyle, TimeSeparator, TimeStyle, TimeZoneOptions } from './options.js';
export { type ParseGermanDateOptions, parseGermanDate } from './parseGermanDate.js';
export { yearsSince } from './yearsSince.js';
