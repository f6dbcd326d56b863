import { type KommunalIssue, KommunalValidationError } from '../errors/KommunalValidationError.js';
import { failOption, optionOf, readLocale, readOptions, unreadableIssue } from '../errors/options.js';
import type { Locale } from '../i18n/catalogue.js';
import { QUANTITY_MESSAGES } from '../i18n/quantities.js';
import type { Quantity, QuantityQualifier } from '../model/quantity.js';
import { QUANTITY_QUALIFIERS } from '../model/quantityQualifiers.js';
import { DIGIT_GROUP_SEPARATOR } from '../time/germanNumber.js';
import { isRecord } from '../time/quote.js';

const FN = 'formatQuantity';

/**
 * The noun a count is followed by: one text for every number (`'Teilnehmende'`, written as given),
 * or its singular and plural (`{ singular: 'Anlaufstelle', plural: 'Anlaufstellen' }`), of which
 * the singular follows exactly 1 and the plural every other number (`0 Anlaufstellen`, `1,5
 * Tonnen`), whatever the qualifier: „mehr als 1 Anlaufstelle“ is read „mehr als eine
 * Anlaufstelle“.
 *
 * @example
 * ```ts
 * import { formatQuantity, type QuantityNoun } from 'kommunal';
 *
 * const offices: QuantityNoun = { singular: 'Anlaufstelle', plural: 'Anlaufstellen' };
 * formatQuantity({ value: 1 }, { noun: offices }); // => '1 Anlaufstelle'
 * formatQuantity({ value: 50, qualifier: 'more-than' }, { noun: offices }); // => 'mehr als 50 Anlaufstellen'
 * ```
 *
 * @category Formatting
 */
export type QuantityNoun = string | { readonly singular: string; readonly plural: string };

/**
 * Options for {@link formatQuantity}.
 *
 * @example
 * ```ts
 * import { type FormatQuantityOptions, formatQuantity } from 'kommunal';
 *
 * const options: FormatQuantityOptions = { noun: 'participants', locale: 'en' };
 * formatQuantity({ value: 150, qualifier: 'more-than' }, options); // => 'more than 150 participants'
 * ```
 *
 * @category Formatting
 */
export interface FormatQuantityOptions {
  /** The noun after the number; see {@link QuantityNoun}. None by default. */
  readonly noun?: QuantityNoun | undefined;
  /** The language: `de` (the default) or `en`; errors are written in it too. */
  readonly locale?: Locale | undefined;
}

/**
 * Writes a count or amount as a text gives it, with its qualifier before the number: „mehr als
 * 150“, „rund 20“, „mindestens 50“, „höchstens 30“, „weniger als 10“, and the number alone where
 * it is exact. Numbers are written in digits, as figures in lists and tables are; from five digits
 * on, the digits are grouped in threes by a narrow no-break space (U+202F), as DIN 5008 and Duden
 * group numbers (`36 525`; `1500` stays whole), with a decimal comma (`1500,5`). In English
 * (`locale: 'en'`): „more than 150“, „about 20“, „at least“, „at most“, „fewer than“, with commas
 * between groups of three from four digits on (`1,500`).
 *
 * @param quantity - `{ value, qualifier? }`: a finite number ≥ 0 and, where the text hedges it,
 * `about`, `at-least`, `more-than`, `at-most` or `fewer-than`.
 * @param options - `noun`: the noun after the number (see {@link QuantityNoun}); `locale`: `de` (default) or `en`.
 * @returns The quantity as text.
 * @throws {@link KommunalValidationError} if `quantity` is no object, its value no finite number ≥ 0,
 * its qualifier none of the five, or an option is invalid (`noun` no text with a letter or
 * `{ singular, plural }`, `locale` neither `de` nor `en`).
 *
 * @example
 * ```ts
 * import { formatQuantity } from 'kommunal';
 *
 * formatQuantity({ value: 150, qualifier: 'more-than' }); // => 'mehr als 150'
 * formatQuantity({ value: 150, qualifier: 'more-than' }, { noun: 'Teilnehmende' }); // => 'mehr als 150 Teilnehmende'
 * formatQuantity({ value: 20, qualifier: 'about' }, { noun: 'Integrationslotsinnen und -lotsen' }); // => 'rund 20 Integrationslotsinnen und -lotsen'
 * formatQuantity({ value: 50, qualifier: 'at-least' }); // => 'mindestens 50'
 * formatQuantity({ value: 30, qualifier: 'at-most' }); // => 'höchstens 30'
 * formatQuantity({ value: 10, qualifier: 'fewer-than' }); // => 'weniger als 10'
 * formatQuantity({ value: 150 }); // => '150'
 * formatQuantity({ value: 45000.5 }); // => '45\u202f000,5'
 * formatQuantity({ value: 1500, qualifier: 'about' }, { locale: 'en' }); // => 'about 1,500'
 * formatQuantity({ value: -1 }); // throws KommunalValidationError
 * ```
 *
 * @category Formatting
 */
export function formatQuantity(quantity: Quantity, options?: FormatQuantityOptions): string {
  const read = readOptions(FN, options);
  const locale = readLocale(FN, read);
  const noun = readNoun(FN, optionOf(FN, read, 'noun', locale), locale);
  const checked = readQuantity(quantity, [], locale, QUANTITY_MESSAGES[locale].notAQuantity);
  return writeQuantity(checked, noun, locale, digitsOf);
}

/** A quantity read once and checked. */
export interface CheckedQuantity {
  readonly value: number;
  readonly qualifier: QuantityQualifier | undefined;
}

/** A noun's two forms, checked. */
export interface CheckedNoun {
  readonly singular: string;
  readonly plural: string;
}

type Path = readonly (string | number)[];

/** Reads one field of the caller's object; a getter or Proxy trap that throws is an issue at its path. */
export function readField(record: object, key: string, path: Path, locale: Locale): unknown {
  try {
    return (record as Readonly<Record<string, unknown>>)[key];
  } catch (error) {
    throw new KommunalValidationError([unreadableIssue([...path, key], error, locale)], { locale });
  }
}

/**
 * `value` and `qualifier` of a quantity (or of a series entry at `path`), each read once; every
 * problem of the two is listed.
 */
export function readQuantityFields(record: object, path: Path, locale: Locale): CheckedQuantity {
  const messages = QUANTITY_MESSAGES[locale];
  const value = readField(record, 'value', path, locale);
  const qualifier = readField(record, 'qualifier', path, locale);
  const issues: KommunalIssue[] = [];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    issues.push({ path: [...path, 'value'], code: 'invalid_number', message: messages.notAValue(value) });
  }
  if (qualifier !== undefined && !QUANTITY_QUALIFIERS.includes(qualifier as QuantityQualifier)) {
    issues.push({ path: [...path, 'qualifier'], code: 'invalid_value', message: messages.notAQualifier(qualifier) });
  }
  if (issues.length > 0) throw new KommunalValidationError(issues, { locale });
  return { value: value as number, qualifier: qualifier as QuantityQualifier | undefined };
}

function readQuantity(value: unknown, path: Path, locale: Locale, notOne: (value: unknown) => string): CheckedQuantity {
  if (!isRecord(value)) {
    throw new KommunalValidationError([{ path, code: 'invalid_type', message: notOne(value) }], { locale });
  }
  return readQuantityFields(value, path, locale);
}

const SAYS_SOMETHING = /\S/;

/** The `noun` option: a text with something in it, or `{ singular, plural }` of such texts. */
export function readNoun(fn: string, value: unknown, locale: Locale): CheckedNoun | undefined {
  if (value === undefined) return undefined;
  const expected = QUANTITY_MESSAGES[locale].aNoun;
  if (typeof value === 'string') {
    return SAYS_SOMETHING.test(value)
      ? { singular: value, plural: value }
      : failOption(fn, 'noun', value, expected, locale);
  }
  if (!isRecord(value)) return failOption(fn, 'noun', value, expected, locale);
  const singular = optionOf(fn, value, 'singular', locale, 'noun.singular');
  const plural = optionOf(fn, value, 'plural', locale, 'noun.plural');
  if (typeof singular !== 'string' || !SAYS_SOMETHING.test(singular)) {
    return failOption(fn, 'noun.singular', singular, expected, locale);
  }
  if (typeof plural !== 'string' || !SAYS_SOMETHING.test(plural)) {
    return failOption(fn, 'noun.plural', plural, expected, locale);
  }
  return { singular, plural };
}

/** Qualifier, number and noun, each where there is one, separated by spaces. */
export function writeQuantity(
  quantity: CheckedQuantity,
  noun: CheckedNoun | undefined,
  locale: Locale,
  writeNumber: (value: number, locale: Locale) => string,
): string {
  const parts: string[] = [];
  if (quantity.qualifier !== undefined) parts.push(QUANTITY_MESSAGES[locale].qualifiers[quantity.qualifier]);
  parts.push(writeNumber(quantity.value, locale));
  // Only exactly one takes the singular: „1 Tonne“, but „1,5 Tonnen“ and „0 Tonnen“.
  if (noun !== undefined) parts.push(quantity.value === 1 ? noun.singular : noun.plural);
  return parts.join(' ');
}

/**
 * The decimal digits of a finite number ≥ 0, without the exponent JavaScript writes below 1e-6
 * and from 1e21 on: `1e21` is `1000000000000000000000`, `1.5e-7` is `0.00000015`.
 */
function plainDigits(value: number): string {
  const text = String(value);
  const match = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) return text;
  const digits = `${match[1]}${match[2] ?? ''}`;
  const point = 1 + Number(match[3]);
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${digits}${'0'.repeat(point - digits.length)}`;
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

function grouped(digits: string, separator: string, from: number): string {
  if (digits.length < from) return digits;
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return groups.join(separator);
}

/**
 * A number in digits as the language writes it: German groups from five digits on by a narrow
 * no-break space and writes a decimal comma (as `germanNumber` does for whole numbers); English
 * groups from four digits on by commas and writes a decimal point.
 */
export function digitsOf(value: number, locale: Locale): string {
  const [whole = '0', fraction] = plainDigits(value).split('.');
  return locale === 'de'
    ? `${grouped(whole, DIGIT_GROUP_SEPARATOR, 5)}${fraction === undefined ? '' : `,${fraction}`}`
    : `${grouped(whole, ',', 4)}${fraction === undefined ? '' : `.${fraction}`}`;
}
