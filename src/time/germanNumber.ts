/** The narrow no-break space (U+202F) between groups of digits: DIN 5008's fixed space, never a line break. */
export const DIGIT_GROUP_SEPARATOR = '\u202f';

/**
 * A whole number as German text writes it in digits: from five digits on, grouped in threes from
 * the right by a narrow no-break space (`36 525`, `1 000 000`); four digits stay together (`1000`).
 * DIN 5008 and Duden group with a space, not a point, which DIN 5008 keeps for sums of money.
 * Other numbers are written as JavaScript writes them, with a decimal comma.
 */
export function germanNumber(value: number): string {
  if (!Number.isSafeInteger(value)) return String(value).replace('.', ',');
  const digits = String(Math.abs(value));
  const sign = value < 0 ? '-' : '';
  if (digits.length < 5) return `${sign}${digits}`;
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return `${sign}${groups.join(DIGIT_GROUP_SEPARATOR)}`;
}

/**
 * A number as English text writes it in digits: whole numbers grouped in threes by commas from four
 * digits on (`1,000`, `36,525`), others as JavaScript writes them. Written here rather than with
 * `Intl.NumberFormat`, whose first use in a process loads ICU's locale data (10–20 ms): an import of
 * kommunal must not pay that, and an error message need not.
 */
export function englishNumber(value: number): string {
  if (!Number.isSafeInteger(value)) return String(value);
  const digits = String(Math.abs(value));
  const sign = value < 0 ? '-' : '';
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return `${sign}${groups.join(',')}`;
}
