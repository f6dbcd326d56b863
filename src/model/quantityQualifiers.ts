/**
 * The qualifiers of an approximate quantity, as {@link QuantityQualifierSchema} lists them: a table
 * without zod, so that `formatQuantity` in `kommunal/format`, which checks a qualifier against it,
 * loads no zod.
 */
export const QUANTITY_QUALIFIERS = ['about', 'at-least', 'more-than', 'at-most', 'fewer-than'] as const;
