import type { Locale } from '../i18n/catalogue.js';
import { OPTION_MESSAGES } from '../i18n/options.js';
import { isArray } from '../time/quote.js';
import { type KommunalIssue, KommunalValidationError } from './KommunalValidationError.js';

export type { Locale };

/** Throws a {@link KommunalValidationError} for an option a caller passed: `invalid_option`, naming option and value. */
export function failOption(fn: string, option: string, value: unknown, expected: string, locale: Locale): never {
  const message = OPTION_MESSAGES[locale].invalidOption(fn, option, value, expected);
  throw new KommunalValidationError([{ path: [], code: 'invalid_option', message }]);
}

/**
 * One option's value, read as an own property. A getter or Proxy trap of the caller's that throws
 * is an `invalid_option` error naming the option (as `label`, e.g. `within.start`), never the
 * caller's own exception.
 */
export function optionOf(fn: string, options: object, name: string, locale: Locale, label = name): unknown {
  try {
    return Object.hasOwn(options, name) ? (options as Readonly<Record<string, unknown>>)[name] : undefined;
  } catch (error) {
    return failUnreadable(fn, label, error, locale);
  }
}

/** Throws the `invalid_option` error for an option that threw while kommunal read it. */
function failUnreadable(fn: string, option: string, error: unknown, locale: Locale): never {
  const message = OPTION_MESSAGES[locale].unreadableOption(fn, option, error);
  throw new KommunalValidationError([{ path: [], code: 'invalid_option', message }]);
}

/**
 * The language an options object asks for: `de` when it names none. Anything but `de` or `en` is an
 * `invalid_option` error, in German, since the caller's language is unknown.
 */
export function readLocale(fn: string, options: object): Locale {
  const value = optionOf(fn, options, 'locale', 'de');
  if (value === undefined || value === 'de') return 'de';
  if (value === 'en') return 'en';
  return failOption(fn, 'locale', value, OPTION_MESSAGES.de.deOrEn, 'de');
}

/**
 * An options argument as a plain object: `undefined` becomes `{}`; `null`, arrays, revoked Proxies
 * and other values are an `invalid_option` error. JavaScript callers and JSON from outside do not
 * obey types.
 */
export function readOptions(fn: string, options: unknown): object {
  if (options === undefined) return {};
  const expected = OPTION_MESSAGES.de.anObject;
  if (typeof options !== 'object' || options === null) return failOption(fn, 'options', options, expected, 'de');
  let array: boolean;
  try {
    array = Array.isArray(options);
  } catch (error) {
    // Array.isArray throws only for a revoked Proxy, on which every operation throws.
    return failUnreadable(fn, 'options', error, 'de');
  }
  return array ? failOption(fn, 'options', options, expected, 'de') : options;
}

/**
 * A whole number option within `[min, max]`; when it is not given, `fallback`, or an error naming
 * the option if there is no fallback (a required option).
 */
export function readInteger(
  fn: string,
  option: string,
  value: unknown,
  range: { readonly min: number; readonly max: number; readonly fallback?: number },
  locale: Locale,
): number {
  if (value === undefined && range.fallback !== undefined) return range.fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < range.min || value > range.max) {
    return failOption(fn, option, value, OPTION_MESSAGES[locale].aWholeNumber(range.min, range.max), locale);
  }
  return value;
}

/** A `true`/`false` option, or `fallback` when it is not given. */
export function readBoolean(fn: string, option: string, value: unknown, fallback: boolean, locale: Locale): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  return failOption(fn, option, value, OPTION_MESSAGES[locale].trueOrFalse, locale);
}

/**
 * The issue for a value of the caller's that threw while kommunal read it (a getter, a Proxy
 * trap): `invalid_type` at its path, naming what was thrown, never rethrowing it.
 */
export function unreadableIssue(path: readonly (string | number)[], error: unknown, locale: Locale): KommunalIssue {
  return { path, code: 'invalid_type', message: OPTION_MESSAGES[locale].unreadableValue(error) };
}

/**
 * A list-of-texts option (ids, kinds), copied: each entry read once, up to the first that is no
 * text, so a sparse list claiming billions of entries ends at its first hole. Anything but a list
 * is an `invalid_option` error naming the option, an entry that is no text one naming
 * `option[index]`, and an entry or length that throws while read one saying it cannot be read.
 */
export function readTextList(fn: string, option: string, value: unknown, locale: Locale): readonly string[] {
  if (!isArray(value)) {
    return failOption(fn, option, value, OPTION_MESSAGES[locale].aListOfTexts, locale);
  }
  const texts: string[] = [];
  let at = -1;
  try {
    const length = value.length;
    for (at = 0; at < length; at += 1) {
      const entry: unknown = value[at];
      if (typeof entry !== 'string') {
        return failOption(fn, `${option}[${at}]`, entry, OPTION_MESSAGES[locale].aText, locale);
      }
      texts.push(entry);
    }
  } catch (error) {
    if (error instanceof KommunalValidationError) throw error;
    return failUnreadable(fn, at < 0 ? option : `${option}[${at}]`, error, locale);
  }
  return texts;
}
