import fc from 'fast-check';

const FIRST = Date.UTC(1900, 0, 1);
const LAST = Date.UTC(2100, 11, 31);
const DAY = 86_400_000;

/** Every calendar date from 1900-01-01 to 2100-12-31 as `YYYY-MM-DD`, each equally likely. */
export function isoDates(): fc.Arbitrary<string> {
  return fc
    .integer({ min: 0, max: (LAST - FIRST) / DAY })
    .map((days) => new Date(FIRST + days * DAY).toISOString().slice(0, 10));
}
