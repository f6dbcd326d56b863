// A Map, so that a country such as `constructor` or `__proto__` finds nothing of Object.prototype.
const PATTERNS: ReadonlyMap<string, RegExp> = new Map(
  Object.entries({
    DE: /^(?!00)\d{5}$/,
    AT: /^[1-9]\d{3}$/,
    CH: /^[1-9]\d{3}$/,
    LI: /^94(?:8[5-9]|9[0-8])$/,
    US: /^\d{5}(?:-\d{4})?$/,
    FR: /^\d{5}$/,
    IT: /^\d{5}$/,
    ES: /^\d{5}$/,
    PL: /^\d{2}-\d{3}$/,
    NL: /^[1-9]\d{3} ?[A-Z]{2}$/,
    BE: /^[1-9]\d{3}$/,
    LU: /^\d{4}$/,
    DK: /^\d{4}$/,
    CZ: /^\d{3} ?\d{2}$/,
    GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/,
    JP: /^\d{3}-\d{4}$/,
    CN: /^\d{6}$/,
    MA: /^\d{5}$/,
    ZA: /^\d{4}$/,
  }),
);

const OTHER = /^[A-Za-z0-9][A-Za-z0-9 -]{0,10}[A-Za-z0-9]$/;

/**
 * Whether a postal code fits its country: Germany five digits not beginning with `00`, Austria
 * and Switzerland four digits, the United States five digits or ZIP+4, and the formats of other
 * countries kommunal knows (most of the EU, the UK, Japan, China, Morocco, South Africa). For other
 * countries any code of 2 to 12 letters, digits, spaces and hyphens is accepted.
 *
 * @param code - The postal code as written.
 * @param country - ISO 3166-1 alpha-2 code of its country, in either case.
 * @returns `true` if the code fits; `false` for anything else, also when `code` is no string or
 * `country` no two-letter code (`constructor`, `__proto__`, a number). Never throws.
 *
 * @example
 * ```ts
 * import { isValidPostalCode } from 'kommunal';
 *
 * isValidPostalCode('65189', 'DE'); // => true
 * isValidPostalCode('00123', 'DE'); // => false
 * isValidPostalCode('1010', 'AT'); // => true
 * isValidPostalCode('60602-1234', 'US'); // => true
 * ```
 *
 * @category Validation
 */
export function isValidPostalCode(code: string, country: string): boolean {
  if (typeof code !== 'string' || typeof country !== 'string' || !/^[A-Za-z]{2}$/.test(country)) return false;
  return (PATTERNS.get(country.toUpperCase()) ?? OTHER).test(code);
}
