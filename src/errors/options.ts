import type { Locale } from '../i18n/catalogue.js';
import { germanNumber } from '../time/germanNumber.js';
import { isArray, show, showThrown } from '../time/quote.js';
import { type KommunalIssue, KommunalValidationError } from './KommunalValidationError.js';

export type { Locale };

/** Throws a {@link KommunalValidationError} for an option a caller passed: `invalid_option`, naming option and value. */
export function failOption(fn: string, option: string, value: unknown, expected: string, locale: Locale): never {
  const message =
    locale === 'en'
      ? `The option "${option}" of ${fn} must be ${expected}, not ${show(value, 'en')}.`
      : `Die Option „${option}“ von ${fn} muss ${expected} sein, nicht ${show(value, 'de')}.`;
  throw new KommunalValidationError([{ path: [], code: 'invalid_option', message }]);
}

/**
 * One option's value, read as an own property. A getter or Proxy trap of the caller's that throws
 * is an `invalid_option` error naming the option (as `label`, e.g. `within.start`), never the
 * caller's own exception.
 */
export function optionOf(fn: string, options: object, name: string, locale: Locale = 'de', label = name): unknown {
  try {
    return Object.hasOwn(options, name) ? (options as Readonly<Record<string, unknown>>)[name] : undefined;
  } catch (error) {
    return failUnreadable(fn, label, error, locale);
  }
}

/** Throws the `invalid_option` error for an option that threw while kommunal read it. */
function failUnreadable(fn: string, option: string, error: unknown, locale: Locale): never {
  const message =
    locale === 'en'
      ? `The option "${option}" of ${fn} cannot be read: reading it throws ${showThrown(error, 'en')}.`
      : `Die Option „${option}“ von ${fn} lässt sich nicht lesen: Beim Lesen wird ${showThrown(error, 'de')} geworfen.`;
  throw new KommunalValidationError([{ path: [], code: 'invalid_option', message }]);
}

/**
 * The language an options object asks for: `de` when it names none. Anything but `de` or `en` is an
 * `invalid_option` error, in German, since the caller's language is unknown.
 */
export function readLocale(fn: string, options: object): Locale {
  const value = optionOf(fn, options, 'locale');
  if (value === undefined || value === 'de') return 'de';
  if (value === 'en') return 'en';
  return failOption(fn, 'locale', value, '„de“ oder „en“', 'de');
}

/**
 * An options argument as a plain object: `undefined` becomes `{}`; `null`, arrays, revoked Proxies
 * and other values are an `invalid_option` error. JavaScript callers and JSON from outside do not
 * obey types.
 */
export function readOptions(fn: string, options: unknown): object {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null) return failOption(fn, 'options', options, 'ein Objekt', 'de');
  let array: boolean;
  try {
    array = Array.isArray(options);
  } catch (error) {
    // Array.isArray throws only for a revoked Proxy, on which every operation throws.
    return failUnreadable(fn, 'options', error, 'de');
  }
  return array ? failOption(fn, 'options', options, 'ein Objekt', 'de') : options;
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
    const expected =
      locale === 'en'
        ? `a whole number from ${range.min} to ${range.max}`
        : `eine ganze Zahl von ${germanNumber(range.min)} bis ${germanNumber(range.max)}`;
    return failOption(fn, option, value, expected, locale);
  }
  return value;
}

/** A `true`/`false` option, or `fallback` when it is not given. */
export function readBoolean(fn: string, option: string, value: unknown, fallback: boolean, locale: Locale): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  return failOption(fn, option, value, locale === 'en' ? 'true or false' : 'true oder false', locale);
}

/**
 * The issue for a value of the caller's that threw while kommunal read it (a getter, a Proxy
 * trap): `invalid_type` at its path, naming what was thrown, never rethrowing it.
 */
export function unreadableIssue(path: readonly (string | number)[], error: unknown, locale: Locale): KommunalIssue {
  const message =
    locale === 'en'
      ? `This value cannot be read: reading it throws ${showThrown(error, 'en')}.`
      : `Dieser Wert lässt sich nicht lesen: Beim Lesen wird ${showThrown(error, 'de')} geworfen.`;
  return { path, code: 'invalid_type', message };
}

/**
 * A list-of-texts option (ids, kinds), copied: each entry read once, up to the first that is no
 * text, so a sparse list claiming billions of entries ends at its first hole. Anything but a list
 * is an `invalid_option` error naming the option, an entry that is no text one naming
 * `option[index]`, and an entry or length that throws while read one saying it cannot be read.
 */
export function readTextList(fn: string, option: string, value: unknown, locale: Locale): readonly string[] {
  if (!isArray(value)) {
    return failOption(fn, option, value, locale === 'en' ? 'a list of strings' : 'eine Liste von Texten', locale);
  }
  const texts: string[] = [];
  let at = -1;
  try {
    const length = value.length;
    for (at = 0; at < length; at += 1) {
      const entry: unknown = value[at];
      if (typeof entry !== 'string') {
        return failOption(fn, `${option}[${at}]`, entry, locale === 'en' ? 'a string' : 'ein Text', locale);
      }
      texts.push(entry);
    }
  } catch (error) {
    if (error instanceof KommunalValidationError) throw error;
    return failUnreadable(fn, at < 0 ? option : `${option}[${at}]`, error, locale);
  }
  return texts;
}
