// Patterns of the data model that code without zod needs too (the queries check datasets built in
// code against them); the schemas in formats.ts use the same expressions.

/** A year, a month or a day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` ("seit 2011"). */
export const PARTIAL_DATE_PATTERN = /^[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?$/;
