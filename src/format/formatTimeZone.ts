import { remember } from '../time/boundedCache.js';
import { assertTimeZone } from '../time/canonicalTimeZone.js';
import { offsetMillis } from '../time/offsets.js';
import { type DateInput, instantOf } from '../time/readTemporal.js';
import { readFormatOptions, readTimeZone, type TimeZoneOptions } from './options.js';

// The abbreviations German readers know; any other zone is named by its city instead.
const GERMAN_ABBREVIATIONS = new Set(['MEZ', 'MESZ', 'OEZ', 'OESZ', 'WEZ', 'WESZ']);

// German names of cities whose IANA name is English (Duden spellings).
// A Map, not an object: a zone's last part is looked up, and `constructor` is no city.
const GERMAN_CITY_NAMES: ReadonlyMap<string, string> = new Map([
  ['Bucharest', 'Bukarest'],
  ['Cairo', 'Kairo'],
  ['Copenhagen', 'Kopenhagen'],
  ['Havana', 'Havanna'],
  ['Kiev', 'Kiew'],
  ['Kyiv', 'Kiew'],
  ['Lisbon', 'Lissabon'],
  ['Mexico_City', 'Mexiko-Stadt'],
  ['Moscow', 'Moskau'],
  ['Prague', 'Prag'],
  ['Rome', 'Rom'],
  ['Sao_Paulo', 'São Paulo'],
  ['Tokyo', 'Tokio'],
  ['Vienna', 'Wien'],
  ['Warsaw', 'Warschau'],
]);

// Formatters are costly to build (≈ 50 µs) and immutable, so one per canonical zone name is kept,
// at most this many (each holds about 40 KB of ICU data); callers cannot observe it.
const CACHED_FORMATTERS = 100;
const shortNameFormatters = new Map<string, Intl.DateTimeFormat>();

function shortName(canonical: string, millis: number): string | undefined {
  const formatter =
    shortNameFormatters.get(canonical) ??
    remember(
      shortNameFormatters,
      canonical,
      new Intl.DateTimeFormat('de-DE', { timeZone: canonical, timeZoneName: 'short' }),
      CACHED_FORMATTERS,
    );
  return formatter.formatToParts(millis).find((part) => part.type === 'timeZoneName')?.value;
}

function utcLabel(timeZone: string, millis: number): string {
  const minutes = offsetMillis(timeZone, millis) / 60_000;
  if (minutes === 0) return 'UTC';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${minutes < 0 ? '−' : '+'}${hours}${rest === 0 ? '' : `:${String(rest).padStart(2, '0')}`}`;
}

/**
 * Names the time zone in which a time is shown, the way a German reader expects: `MEZ` or
 * `MESZ` for German (and Central European) time, `OEZ`/`WEZ` and their summer forms likewise,
 * and otherwise the local time of the zone's city, such as `Ortszeit Chicago`.
 *
 * @param value - The instant (a `Date`, an ISO instant, or a wall-clock `YYYY-MM-DDTHH:mm` read in the zone).
 * @param options - `timeZone` (default `Europe/Berlin`).
 * @returns The label to put after the time.
 * @throws {@link KommunalValidationError} if the input is no instant (or one outside the years 1–9999), or for an invalid option (an unknown zone too).
 *
 * @example
 * ```ts
 * import { formatTimeZone } from 'kommunal';
 *
 * formatTimeZone('2024-01-15T09:00'); // => 'MEZ'
 * formatTimeZone('2024-04-15T09:00'); // => 'MESZ'
 * formatTimeZone('2017-06-13T10:00', { timeZone: 'America/Chicago' }); // => 'Ortszeit Chicago'
 * formatTimeZone('2017-06-13T10:00', { timeZone: 'america/chicago' }); // => 'Ortszeit Chicago'
 * formatTimeZone('2024-04-15T09:00', { timeZone: 'Etc/GMT+5' }); // => 'UTC−5'
 * ```
 *
 * @category Formatting
 */
export function formatTimeZone(value: DateInput, options?: TimeZoneOptions): string {
  const timeZone = readTimeZone('formatTimeZone', readFormatOptions('formatTimeZone', options));
  return zoneLabel(timeZone, instantOf(value, timeZone));
}

/**
 * The label of a zone at an instant. The city comes from the name as the caller wrote it, so
 * that a link keeps its own city on every runtime (`Asia/Kolkata`, which Node 20 resolves to
 * `Asia/Calcutta`); only its letter case is taken from the canonical name (`america/chicago`).
 */
export function zoneLabel(timeZone: string, millis: number): string {
  const canonical = assertTimeZone(timeZone);
  const abbreviation = shortName(canonical, millis);
  if (abbreviation !== undefined && GERMAN_ABBREVIATIONS.has(abbreviation)) return abbreviation;
  const written = timeZone === canonical || timeZone.toLowerCase() !== canonical.toLowerCase() ? timeZone : canonical;
  const city = written.includes('/') && !/^etc\//i.test(written) ? written.slice(written.lastIndexOf('/') + 1) : '';
  if (city === '') return utcLabel(canonical, millis);
  return `Ortszeit ${GERMAN_CITY_NAMES.get(city) ?? city.replaceAll('_', ' ')}`;
}
