import * as z from 'zod';

// Named formats: their name reaches the error map as `issue.format`, so each gets its own German
// and English message; the JSON Schema keeps only their patterns (see toDatasetJsonSchema).

/** A non-empty identifier, unique within its collection. */
export const IdSchema = z.string().min(1);

/** ISO 3166-1 alpha-2 country code: `DE`, `AT`, `US`. */
export const CountryCodeSchema = z.stringFormat('country-code', /^[A-Z]{2}$/);

/** ISO 3166-2 subdivision code: `DE-HE`, `AT-9`, `US-IL`. */
export const StateCodeSchema = z.stringFormat('state-code', /^[A-Z]{2}-[A-Z0-9]{1,3}$/);

/** Amtlicher Gemeindeschlüssel: 8 digits. */
export const AgsSchema = z.stringFormat('ags', /^\d{8}$/);

/** ISO calendar date `YYYY-MM-DD`; the day must exist. */
export const IsoDateSchema = z.iso.date();

/** A year, a month or a day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` ("seit 2011"). */
export const PartialDateSchema = z.stringFormat(
  'partial-date',
  /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
);

/** A wall-clock time `YYYY-MM-DDTHH:mm`, optionally with `Z` or an offset `+02:00`. */
export const WallClockTimeSchema = z.iso.datetime({ local: true, offset: true, precision: -1 });

/** An IANA time zone name; whether the runtime knows it is a meaning check. */
export const TimeZoneNameSchema = z.stringFormat('time-zone', /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/);

/** Free text that must say something. */
export const TextSchema = z.stringFormat('text', /\S/);

/** An http(s) address. */
export const UrlSchema = z.url({ protocol: /^https?$/ });

/** An e-mail address. */
export const EmailSchema = z.email();

/** A list of ids. */
export const IdListSchema = z.array(IdSchema).readonly();
