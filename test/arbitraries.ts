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

/**
 * A date as the data model writes a partial one (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) with the days
 * it denotes as plain day numbers (days since 1970-01-01, computed with `Date.UTC`): the oracle of
 * interval arithmetic that the checks and queries are tested against.
 */
export interface PartialDateSample {
  readonly text: string;
  readonly first: number;
  readonly last: number;
}

/**
 * Partial dates of each precision, equally likely, in the years `minYear`–`maxYear` (default
 * 2023–2025: narrow, so that intervals touch, nest and overlap often), every day of a month likely.
 */
export function partialDates(minYear = 2023, maxYear = 2025): fc.Arbitrary<PartialDateSample> {
  const pad = (value: number, length: number) => String(value).padStart(length, '0');
  // Date.UTC reads the years 0–99 as 1900–1999; setUTCFullYear does not.
  const dayNumber = (y: number, monthIndex: number, d: number) => new Date(0).setUTCFullYear(y, monthIndex, d) / DAY;
  const year = fc.integer({ min: minYear, max: maxYear });
  const month = fc.integer({ min: 1, max: 12 });
  return fc.oneof(
    year.map((y) => ({ text: pad(y, 4), first: dayNumber(y, 0, 1), last: dayNumber(y, 11, 31) })),
    fc.tuple(year, month).map(([y, m]) => ({
      text: `${pad(y, 4)}-${pad(m, 2)}`,
      first: dayNumber(y, m - 1, 1),
      last: dayNumber(y, m, 0),
    })),
    fc.tuple(year, month, fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => {
      // A day past the month's end becomes its last day: every day drawn exists.
      const day = Math.min(d, dayNumber(y, m, 0) - dayNumber(y, m - 1, 0));
      const number = dayNumber(y, m - 1, day);
      return { text: `${pad(y, 4)}-${pad(m, 2)}-${pad(day, 2)}`, first: number, last: number };
    }),
  );
}

/** A day `YYYY-MM-DD` of a day number, for building inputs from the oracle's numbers. */
export function dayText(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}
