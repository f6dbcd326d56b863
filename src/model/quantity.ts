import * as z from 'zod';
import { PartialDateSchema } from './formats.js';
import { QUANTITY_QUALIFIERS } from './quantityQualifiers.js';
import { readonlyCopy } from './readonlyCopy.js';

/**
 * Schema of how a text hedges a number: `about` („rund 20“), `at-least` („mindestens 50“),
 * `more-than` („mehr als 150“, „über 50“), `at-most` („höchstens 30“) or `fewer-than` („weniger
 * als 10“).
 *
 * @example
 * ```ts
 * import { QuantityQualifierSchema } from 'kommunal';
 *
 * QuantityQualifierSchema.parse('more-than'); // => 'more-than'
 * QuantityQualifierSchema.safeParse('circa').success; // => false
 * ```
 *
 * @category Data model
 */
export const QuantityQualifierSchema = z.enum(QUANTITY_QUALIFIERS);

/**
 * A qualifier of a quantity; see {@link QuantityQualifierSchema}.
 *
 * @example
 * ```ts
 * import type { QuantityQualifier } from 'kommunal';
 *
 * const qualifier: QuantityQualifier = 'about';
 * qualifier; // => 'about'
 * ```
 *
 * @category Data model
 * @useDeclaredType
 */
export type QuantityQualifier = z.infer<typeof QuantityQualifierSchema>;

/** A count or an amount as a text gives it: a finite number ≥ 0, whole or not (money has cents). */
const QuantityValueSchema = z.number().nonnegative();

/**
 * Schema of a count or amount known roughly, as texts give it: „mehr als 150 Teilnehmende“ is
 * `{ value: 150, qualifier: 'more-than' }`. Without `qualifier` the number is exact. The value is
 * a finite number ≥ 0 and need not be whole, so that sums of money with cents fit (`1500.5`).
 *
 * @example
 * ```ts
 * import { QuantitySchema } from 'kommunal';
 *
 * QuantitySchema.parse({ value: 150, qualifier: 'more-than' }).qualifier; // => 'more-than'
 * QuantitySchema.parse({ value: 11 }).value; // => 11
 * QuantitySchema.safeParse({ value: -1 }).success; // => false
 * QuantitySchema.safeParse({ value: 20, qualifier: 'ca.' }).success; // => false
 * ```
 *
 * @category Data model
 */
export const QuantitySchema = readonlyCopy(
  z.strictObject({
    /** The number the text gives: `150` in „mehr als 150“. */
    value: QuantityValueSchema,
    /** How the text hedges it; none where the number is exact. */
    qualifier: QuantityQualifierSchema.optional(),
  }),
);

/**
 * A count or amount known roughly; see {@link QuantitySchema}.
 *
 * @example
 * ```ts
 * import { formatQuantity, type Quantity } from 'kommunal';
 *
 * const participants: Quantity = { value: 150, qualifier: 'more-than' };
 * formatQuantity(participants); // => 'mehr als 150'
 * ```
 *
 * @category Data model
 * @interface
 */
export type Quantity = z.infer<typeof QuantitySchema>;

/**
 * Schema of a count over time, for growth such as „von elf auf mehr als 150“: at least one entry,
 * each a {@link Quantity} with the `date` it was counted, to the year (`2014`), month
 * (`2024-02`) or day (`2024-02-15`). The entries may come in any order; `formatGrowth` orders
 * them by date.
 *
 * @example
 * ```ts
 * import { QuantitySeriesSchema } from 'kommunal';
 *
 * const series = QuantitySeriesSchema.parse([
 *   { date: '2014', value: 11 },
 *   { date: '2023-09', value: 150, qualifier: 'more-than' },
 * ]);
 * series.length; // => 2
 * QuantitySeriesSchema.safeParse([]).success; // => false
 * QuantitySeriesSchema.safeParse([{ date: '15.04.2024', value: 3 }]).success; // => false
 * ```
 *
 * @category Data model
 */
export const QuantitySeriesSchema = readonlyCopy(
  z
    .array(
      readonlyCopy(
        z.strictObject({
          /** When it was counted: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
          date: PartialDateSchema,
          /** The number counted then. */
          value: QuantityValueSchema,
          /** How the text hedges it; none where the number is exact. */
          qualifier: QuantityQualifierSchema.optional(),
        }),
      ),
    )
    .min(1),
);

/**
 * A count over time; see {@link QuantitySeriesSchema}.
 *
 * @example
 * ```ts
 * import { formatGrowth, type QuantitySeries } from 'kommunal';
 *
 * const offices: QuantitySeries = [
 *   { date: '2014', value: 11 },
 *   { date: '2023', value: 150, qualifier: 'more-than' },
 * ];
 * formatGrowth(offices); // => 'von elf auf mehr als 150'
 * ```
 *
 * @category Data model
 * @useDeclaredType
 */
export type QuantitySeries = z.infer<typeof QuantitySeriesSchema>;
