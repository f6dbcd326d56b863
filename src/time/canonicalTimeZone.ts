import { fail } from '../errors/KommunalValidationError.js';
import type { Locale } from '../i18n/catalogue.js';
import { TIME_MESSAGES } from '../i18n/time.js';
import { remember } from './boundedCache.js';

/**
 * The longest zone name read. The longest IANA name is 32 characters
 * (`America/Argentina/ComodRivadavia`); longer text is refused before Intl sees it.
 */
export const MAX_TIME_ZONE_NAME_LENGTH = 100;

// What every name of the tz database is made of, links such as `Etc/GMT+1` and `EST5EDT` included.
// Offsets such as "+01:00", which newer runtimes accept, are not IANA names; and with ASCII only,
// `toLowerCase` folds case exactly as Intl compares names (no Kelvin sign becomes a "k").
const NAME = /^[A-Za-z][A-Za-z0-9/_+-]*$/;

/** How many names each of the two maps below keeps: a few hundred zones exist, names are short. */
export const CACHED_NAMES = 1000;

// Given name → canonical name, so that a name used again costs one lookup; and the same by the name
// in lower case, so that case variants of one zone (Intl accepts any case) cost no Intl call and
// no more memory than the limit. Only names Intl accepts are kept.
const byName = new Map<string, string>();
const byFoldedName = new Map<string, string>();

/**
 * The runtime's canonical name of a time zone (`europe/berlin` → `Europe/Berlin`), or `undefined`
 * when `name` is no IANA zone the runtime knows. Every cache keyed by zone names uses this name.
 * Intl decides what is canonical: on Node 20 links resolve to CLDR's names (`Asia/Kolkata` →
 * `Asia/Calcutta`, `US/Central` → `America/Chicago`, `Etc/UTC` → `UTC`); newer runtimes keep a
 * link's own name and only fix its case.
 */
export function canonicalTimeZone(name: unknown): string | undefined {
  if (typeof name !== 'string') return undefined;
  const known = byName.get(name);
  if (known !== undefined) return known;
  if (name.length > MAX_TIME_ZONE_NAME_LENGTH || !NAME.test(name)) return undefined;
  const folded = name.toLowerCase();
  let canonical = byFoldedName.get(folded);
  if (canonical === undefined) {
    try {
      canonical = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    } catch {
      return undefined;
    }
    remember(byFoldedName, folded, canonical, CACHED_NAMES);
  }
  // The canonical name is what later calls pass on, so it is remembered as well.
  if (canonical !== name) remember(byName, canonical, canonical, CACHED_NAMES);
  return remember(byName, name, canonical, CACHED_NAMES);
}

/**
 * Whether the runtime knows `timeZone` as an IANA time zone name (`Europe/Berlin`, `America/Chicago`, `UTC`).
 *
 * Intl accepts names in any letter case (`europe/berlin`), and so does kommunal. Names longer than
 * 100 characters and anything but a string are refused without asking Intl.
 *
 * @param timeZone - The name to check.
 * @returns `true` if dates can be shown and computed in that zone.
 *
 * @example
 * ```ts
 * import { isValidTimeZone } from 'kommunal';
 *
 * isValidTimeZone('Europe/Vienna'); // => true
 * isValidTimeZone('Europe/Wiesbaden'); // => false
 * isValidTimeZone('europe/vienna'); // => true
 * ```
 *
 * @category Validation
 */
export function isValidTimeZone(timeZone: string): boolean {
  return canonicalTimeZone(timeZone) !== undefined;
}

/** The canonical name of a zone, or an `invalid_time_zone` error in `locale` naming what was given. */
export function assertTimeZone(timeZone: unknown, locale: Locale): string {
  const canonical = canonicalTimeZone(timeZone);
  if (canonical === undefined) fail('invalid_time_zone', TIME_MESSAGES[locale].unknownTimeZone(timeZone));
  return canonical;
}
