import * as z from 'zod';
import {
  DAY_OR_WALL_CLOCK_TIME_PATTERN,
  ISO_DATE_PATTERN,
  PARTIAL_DATE_PATTERN,
  WALL_CLOCK_TIME_PATTERN,
} from './patterns.js';
import { readonlyCopy } from './readonlyCopy.js';

// Named formats: their name reaches the error map as `issue.format`, so each gets its own German
// and English message. Each is one regular expression and nothing else, because the JSON Schema
// carries exactly that expression as its `pattern` (see toDatasetJsonSchema): zod and any
// validator of the shipped schema then apply the same rule to every input.

/** A non-empty identifier, unique within its collection. */
export const IdSchema = z.string().min(1);

/** ISO 3166-1 alpha-2 country code: `DE`, `AT`, `US`. */
export const CountryCodeSchema = z.stringFormat('country-code', /^[A-Z]{2}$/);

/** ISO 3166-2 subdivision code: `DE-HE`, `AT-9`, `US-IL`. */
export const StateCodeSchema = z.stringFormat('state-code', /^[A-Z]{2}-[A-Z0-9]{1,3}$/);

/**
 * Amtlicher Gemeindeschlüssel and the keys above it: 2 digits (Land), 3 (Regierungsbezirk), 5 (Kreis)
 * or 8 (Gemeinde). Which level fits a municipality's kind is checked with its meaning.
 */
export const AgsSchema = z.stringFormat('ags', /^(?:[0-9]{2}|[0-9]{3}|[0-9]{5}|[0-9]{8})$/);

/** Amtlicher Regionalschlüssel of a Gemeinde: 12 digits. */
export const ArsSchema = z.stringFormat('ars', /^[0-9]{12}$/);

// Dates and times carry their years 0001–9999 in the pattern, as zod's own `z.iso.date()` (which
// accepts 0000) cannot: kommunal reads no other years, and the JSON Schema says so too.

/** ISO calendar date `YYYY-MM-DD` in the years 0001–9999; the day must exist. */
export const IsoDateSchema = z.stringFormat('date', ISO_DATE_PATTERN);

/** A year, a month or a day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` ("seit 2011"), in the years 0001–9999. */
export const PartialDateSchema = z.stringFormat('partial-date', PARTIAL_DATE_PATTERN);

/** A wall-clock time `YYYY-MM-DDTHH:mm` (years 0001–9999), optionally with `Z` or an offset `+02:00`. */
export const WallClockTimeSchema = z.stringFormat('datetime', WALL_CLOCK_TIME_PATTERN);

/** A wall-clock time as {@link WallClockTimeSchema}, or a day `YYYY-MM-DD` where no time is known. */
export const DayOrWallClockTimeSchema = z.stringFormat('date-or-datetime', DAY_OR_WALL_CLOCK_TIME_PATTERN);

/** An IANA time zone name; whether the runtime knows it is a meaning check. */
export const TimeZoneNameSchema = z.stringFormat('time-zone', /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/);

/**
 * A language as ISO 639 codes it, in lower case: two letters where ISO 639-1 has a code (`de`,
 * `en`, `ar`), else three from ISO 639-3 (`prs` for Dari). Whether the code is assigned is not
 * checked: the pattern is the whole rule, as the JSON Schema carries it.
 *
 * @example
 * ```ts
 * import { LanguageCodeSchema } from 'kommunal';
 *
 * LanguageCodeSchema.parse('prs'); // => 'prs'
 * LanguageCodeSchema.safeParse('DE').success; // => false
 * LanguageCodeSchema.safeParse('deutsch').success; // => false
 * ```
 *
 * @category Data model
 */
export const LanguageCodeSchema = z.stringFormat('language', /^[a-z]{2,3}$/);

/**
 * A language code; see {@link LanguageCodeSchema}.
 *
 * @example
 * ```ts
 * import type { LanguageCode } from 'kommunal';
 *
 * const language: LanguageCode = 'ar';
 * language; // => 'ar'
 * ```
 *
 * @category Data model
 * @useDeclaredType
 */
export type LanguageCode = z.infer<typeof LanguageCodeSchema>;

/** Free text that must say something. */
export const TextSchema = z.stringFormat('text', /\S/);

// An http(s) address is a pattern rather than `z.url()`, which asks the WHATWG URL parser: that
// parser accepts what JSON Schema validators refuse (a leading space or a tab inside the host, which
// z.url trims and strips away), and JSON Schema's `uri` format accepts what it refuses (`A:&`). What
// the pattern accepts, the URL parser reads as an http(s) address, unless a label `xn--…` is not
// valid punycode.
// Host names: labels of ASCII letters and digits and the Latin letters with diacritics
// (`müllheim.de`, U+00C0–U+024F without × and ÷), with hyphens inside; the last label begins with a
// letter, since the URL parser reads a host ending in a number as an IPv4 address.
const HOST_LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
const HOST_LABEL = `[0-9${HOST_LETTER}]+(?:-+[0-9${HOST_LETTER}]+)*`;
const TOP_LABEL = `[${HOST_LETTER}][0-9${HOST_LETTER}]*(?:-+[0-9${HOST_LETTER}]+)*`;
const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const PORT = '(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9][0-9]|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3})';
// After the host: a path, query or fragment without whitespace, control characters or the ASCII
// characters RFC 3986 leaves out of URIs (`"<>\^`{|}`).
const REST = '[^\\s\\x00-\\x1F\\x7F"<>\\\\^`{|}]*';

/**
 * An http(s) address: `http://` or `https://` (in any case), a host name or IPv4 address, an
 * optional port up to 65535, then an optional path, query or fragment. No user name or password,
 * no spaces.
 */
export const UrlSchema = z.stringFormat(
  'url',
  new RegExp(
    `^[Hh][Tt][Tt][Pp][Ss]?://(?:(?:${HOST_LABEL}\\.)*${TOP_LABEL}|${OCTET}(?:\\.${OCTET}){3})(?::${PORT})?(?:[/?#]${REST})?$`,
  ),
);

/** An e-mail address: zod's pattern (`name@example.de`), without quoted names or IP addresses. */
export const EmailSchema = z.email();

/** A list of ids. */
export const IdListSchema = readonlyCopy(z.array(IdSchema));
