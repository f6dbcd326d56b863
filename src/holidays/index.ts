/**
 * `kommunal/holidays`: German public holidays of every Land, without zod. Everything here is also
 * exported from `kommunal`; import from this path in apps that never validate a dataset, so that
 * they run without zod installed in Node, Deno or Bun, where nothing tree-shakes.
 *
 * @packageDocumentation
 */

export type { KommunalIssue, KommunalIssueCode } from '../errors/KommunalValidationError.js';
export { KommunalValidationError } from '../errors/KommunalValidationError.js';
export { GERMAN_STATES } from '../places/germanStates.js';
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
} from './publicHolidays.js';
