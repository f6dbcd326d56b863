// One message catalogue per area, German and English side by side: src/i18n/<area>.ts. The
// compiler refuses a key that one language lacks, and test/i18n walks every key in both.

/**
 * The language of messages: German (`de`, the default) or English (`en`).
 *
 * @example
 * ```ts
 * import { type Locale, safeParseDataset } from 'kommunal';
 *
 * const locale: Locale = 'en';
 * const result = safeParseDataset(null, { locale });
 * result.success ? '' : result.error.issues[0]?.message; // => 'null is not a dataset: expected an object with at least "municipalities".'
 * ```
 *
 * @category Validation
 */
export type Locale = 'de' | 'en';

/** The languages kommunal writes in, in the order the catalogue test walks them. */
export const LOCALES = ['de', 'en'] as const satisfies readonly Locale[];

/** One area's messages in German and English: the same keys, the same kinds of value. */
export interface Catalogue<T extends object> {
  readonly de: T;
  readonly en: T;
}

/**
 * Declares one area's messages. The English side must have exactly the German side's keys, each
 * of the same type (a text, or a function of the same arguments), so a message added in one
 * language only is a compile error. Returned frozen.
 */
export function catalogue<T extends object>(messages: { readonly de: T; readonly en: NoInfer<T> }): Catalogue<T> {
  return Object.freeze({ de: Object.freeze(messages.de), en: Object.freeze(messages.en) });
}
