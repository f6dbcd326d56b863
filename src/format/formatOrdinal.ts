import { fail } from '../errors/KommunalValidationError.js';
import { FORMAT_MESSAGES } from '../i18n/formatting.js';
import { germanNumber } from '../time/germanNumber.js';

/** The largest ordinal written: a million. */
export const MAX_ORDINAL = 1_000_000;

/**
 * Writes an ordinal number as German does in digits, with a full stop: the 9 in
 * „9. Bundesnetzwerktreffen“. From five digits on, the digits are grouped in threes by a narrow
 * no-break space (U+202F), as DIN 5008 and Duden group numbers: `1 000 000.`.
 *
 * @param value - A whole number from 0 to 1,000,000.
 * @returns The number followed by a full stop.
 * @throws {@link KommunalValidationError} if `value` is not a whole number from 0 to 1,000,000.
 *
 * @example
 * ```ts
 * import { formatOrdinal } from 'kommunal';
 *
 * formatOrdinal(9); // => '9.'
 * `${formatOrdinal(10)} Bundesnetzwerktreffen`; // => '10. Bundesnetzwerktreffen'
 * formatOrdinal(1_000_000); // => '1\u202f000\u202f000.'
 * formatOrdinal(-1); // throws KommunalValidationError
 * ```
 *
 * @category Formatting
 */
export function formatOrdinal(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > MAX_ORDINAL) {
    fail('invalid_number', FORMAT_MESSAGES.de.notAnOrdinal(value, MAX_ORDINAL));
  }
  return `${germanNumber(value)}.`;
}
