// What each documented option certainly does not accept. A call that sets one option to such a
// value, and changes nothing else, must be refused with a KommunalValidationError (`invalid_option`):
// options are checked at run time, and an option left unread or read as its default hides a mistake.
// The rules say only what is wrong for sure; where a function may choose a bound (a maximum depth,
// a longest window) they accept every value a function might allow.
import { types } from 'node:util';

/** Whether a value is certainly not acceptable for an option. */
export type Refuses = (value: unknown) => boolean;

/** `Array.isArray`, which throws for a revoked Proxy: that is no array, and no object either (see isPlainObject). */
function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** An object that is not an array; a revoked Proxy, which cannot be read at all, is none. */
function isPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Whether every entry of an array passes; holes are skipped, as `every` does, but without walking
 * to a `length` of a billion (the look-alikes of hostile.ts claim that many). An array Proxy is not
 * read (its traps may throw) and so not certainly wrong; a revoked one is no array.
 */
/**
 * Whether every entry of a list passes `accepts`. Entries are read through their descriptors, so a
 * getter (which may throw or answer differently each time) counts as "not certainly wrong".
 */
const everyEntry = (value: unknown, accepts: (item: unknown) => boolean) =>
  isArray(value) &&
  (types.isProxy(value) ||
    Object.keys(value).every((key) => {
      const entry = Object.getOwnPropertyDescriptor(value, key);
      return entry === undefined || !('value' in entry) || accepts(entry.value);
    }));

/** An options argument: `undefined` or an object; `null`, arrays and primitives are refused. */
export const OPTIONS_ARGUMENT: Refuses = (value) => value !== undefined && !isPlainObject(value);

const optional =
  (accepts: (value: unknown) => boolean): Refuses =>
  (value) =>
    value !== undefined && !accepts(value);

const oneOf = (...choices: readonly string[]): Refuses =>
  optional((value) => typeof value === 'string' && choices.includes(value));

function isTimeZone(value: unknown): boolean {
  if (typeof value !== 'string' || !/^[A-Za-z]/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function isIsoDay(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return year >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const isPositive = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value > 0;

export const DATE_STYLE = oneOf('numeric', 'long', 'full', 'prose');
export const TIME_SEPARATOR = oneOf(':', '.');
export const TIME_STYLE = oneOf('short', 'numeric');
export const TIME_ZONE = optional(isTimeZone);
export const BOOLEAN = optional((value) => typeof value === 'boolean');
/** detectConflicts' `holidays`: the check on or off, or a source of holidays abroad. */
export const BOOLEAN_OR_FUNCTION = optional((value) => typeof value === 'boolean' || typeof value === 'function');
export const FUNCTION = optional((value) => typeof value === 'function');
export const COUNTRY = optional((value) => typeof value === 'string' && /^[A-Z]{2}$/.test(value));
export const STRING = optional((value) => typeof value === 'string');
export const LOCALE = oneOf('de', 'en');
/** A noun after a count: a text that says something, or an object (whose fields may still be refused). */
export const NOUN = optional((value) => (typeof value === 'string' && /\S/.test(value)) || isPlainObject(value));
export const NUMBERS = oneOf('words', 'digits');
export const ROLE = oneOf('host', 'guest');
export const DAY = optional(isIsoDay);
/** Whether a value may be a Date of any realm; a value whose tag cannot even be read (a revoked or hostile Proxy) may be anything. */
function mayBeDate(value: unknown): boolean {
  try {
    return Object.prototype.toString.call(value) === '[object Date]';
  } catch {
    return true;
  }
}

/** A day or instant to read a date near: a text (which may still be refused) or a Date, of any realm. */
export const NEAR = optional((value) => typeof value === 'string' || mayBeDate(value));
export const PARTNERSHIP_KINDS = optional((value) =>
  everyEntry(value, (kind) => ['town-twinning', 'friendship', 'project-partnership'].includes(kind as string)),
);
export const STRINGS = optional((value) => everyEntry(value, (item) => typeof item === 'string'));
export const YEAR = optional((value) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 9999);
export const WHOLE_FROM_ONE = optional((value) => Number.isInteger(value) && (value as number) >= 1);
export const POSITIVE = optional(isPositive);
export const NOT_NEGATIVE = optional((value) => typeof value === 'number' && Number.isFinite(value) && value >= 0);
export const REQUIRED_POSITIVE: Refuses = (value) => !isPositive(value);
export const OBJECT = optional(isPlainObject);
export const REQUIRED_OBJECT: Refuses = (value) => !isPlainObject(value);
export const REQUIRED_ARRAY: Refuses = (value) => !isArray(value);
export const GERMAN_STATE = oneOf(
  ...['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'].map(
    (land) => `DE-${land}`,
  ),
);
export const INSTANT = optional((value) => {
  if (!types.isDate(value)) return false;
  const millis = Date.prototype.getTime.call(value);
  return millis >= -62_135_596_800_000 && millis <= 253_402_300_799_999;
});
