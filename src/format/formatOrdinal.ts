import { fail } from '../errors/KommunalValidationError.js';
import { quote } from '../time/quote.js';

/**
 * Writes an ordinal number as German does in digits, with a full stop: the 9 in
 * „9. Bundesnetzwerktreffen“.
 *
 * @param value - A whole number, 0 or more.
 * @returns The number followed by a full stop.
 * @throws {@link KommunalValidationError} if `value` is not a whole number of at least 0.
 *
 * @example
 * ```ts
 * import { formatOrdinal } from 'kommunal';
 *
 * formatOrdinal(9); // => '9.'
 * `${formatOrdinal(10)} Bundesnetzwerktreffen`; // => '10. Bundesnetzwerktreffen'
 * ```
 *
 * @category Formatting
 */
export function formatOrdinal(value: number): string {
  if (!Number.isInteger(value) || value < 0) {
    fail('invalid_number', `${quote(value)} ist keine Ordnungszahl: erwartet wird eine ganze Zahl ab 0.`);
  }
  return `${value}.`;
}
