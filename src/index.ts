/**
 * `kommunal`: municipalities, partnerships, exchanges, funding and integration measures, with
 * German date formatting as German public bodies write it.
 *
 * @packageDocumentation
 */

export type { KommunalIssue, KommunalIssueCode } from './errors/KommunalValidationError.js';
export { KommunalValidationError } from './errors/KommunalValidationError.js';
export { type FormatDateOptions, formatDate } from './format/formatDate.js';
export { formatDateRange } from './format/formatDateRange.js';
export { type FormatDateTimeOptions, formatDateTime } from './format/formatDateTime.js';
export { formatDayCount } from './format/formatDayCount.js';
export { formatMonth } from './format/formatMonth.js';
export { formatOrdinal } from './format/formatOrdinal.js';
export { type FormatTimeOptions, formatTime } from './format/formatTime.js';
export { formatTimeRange } from './format/formatTimeRange.js';
export { formatTimeZone } from './format/formatTimeZone.js';
export type { DateStyle, TimeStyle, TimeZoneOptions } from './format/options.js';
export { parseGermanDate } from './format/parseGermanDate.js';
export { yearsSince } from './format/yearsSince.js';
export { isValidTimeZone } from './time/isValidTimeZone.js';
export type { DateInput } from './time/readTemporal.js';
