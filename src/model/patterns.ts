// Patterns of the data model that code without zod needs too (the queries check datasets built in
// code against them); the schemas in formats.ts use the same expressions. No lookahead, so that
// validators of the shipped JSON Schema whose regular expressions have none (RE2) read them too.

/** A year from 0001 to 9999: kommunal reads no other (see `isSupportedInstant`). */
const YEAR = '(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)';

/** Years with a 29 February: multiples of 4 that are not of 100, and multiples of 400 (0400 … 9600). */
const LEAP_YEAR = '(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)';

const MONTH = '(?:0[1-9]|1[0-2])';
const DAY = '(?:0[1-9]|[12][0-9]|3[01])';

/** A day that exists, `YYYY-MM-DD`, in the years 0001–9999: months have their lengths, leap years their 29 February. */
export const ISO_DATE_SOURCE = `(?:${YEAR}-(?:(?:0[13578]|1[02])-${DAY}|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|${LEAP_YEAR}-02-29)`;

/** ISO calendar date `YYYY-MM-DD` of a day that exists, in the years 0001–9999. */
export const ISO_DATE_PATTERN = new RegExp(`^${ISO_DATE_SOURCE}$`);

/** A year, a month or a day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` ("seit 2011"), in the years 0001–9999. */
export const PARTIAL_DATE_PATTERN = new RegExp(`^${YEAR}(?:-${MONTH}(?:-${DAY})?)?$`);

/** A local holiday: `MM-DD` for every year, or `YYYY-MM-DD` for one year (0001–9999). */
export const HOLIDAY_DATE_PATTERN = new RegExp(`^(?:${YEAR}-)?${MONTH}-${DAY}$`);

/** The time of a wall-clock time after its day: `T09:30`, optionally with `Z` or an offset `±HH:mm`. */
const TIME_SOURCE = 'T(?:[01][0-9]|2[0-3]):[0-5][0-9](?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])?';

/**
 * A wall-clock time `YYYY-MM-DDTHH:mm` on a day that exists, in the years 0001–9999, optionally
 * with `Z` or an offset `±HH:mm`: what zod's `z.iso.datetime({ local: true, offset: true,
 * precision: -1 })` accepts, without the year 0000.
 */
export const WALL_CLOCK_TIME_PATTERN = new RegExp(`^${ISO_DATE_SOURCE}${TIME_SOURCE}$`);

/**
 * A programme item's start: a wall-clock time as {@link WALL_CLOCK_TIME_PATTERN}, or only its day
 * `YYYY-MM-DD` where the sources name no time.
 */
export const DAY_OR_WALL_CLOCK_TIME_PATTERN = new RegExp(`^${ISO_DATE_SOURCE}(?:${TIME_SOURCE})?$`);
