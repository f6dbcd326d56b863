import { failOption, optionOf } from '../errors/options.js';
import { TIME_MESSAGES } from '../i18n/time.js';
import { remember } from '../time/boundedCache.js';
import { offsetMillis } from '../time/offsets.js';
import { type DateInput, instantOf } from '../time/readTemporal.js';
import { readFormatOptions, readZone, type TimeZoneOptions } from './options.js';

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
 * Options for {@link formatTimeZone}: the zone, and the place whose local time it is.
 *
 * @example
 * ```ts
 * import { type FormatTimeZoneOptions, formatTimeZone } from 'kommunal';
 *
 * const durban: FormatTimeZoneOptions = { timeZone: 'Africa/Johannesburg', placeName: 'Durban' };
 * formatTimeZone('2024-06-15T10:00', durban); // => 'Ortszeit Durban'
 * ```
 *
 * @category Formatting
 */
export interface FormatTimeZoneOptions extends TimeZoneOptions {
  /**
   * The place whose local time this is, as the reader knows it (the venue's municipality,
   * `Osaka`): it names a zone that has no abbreviation German readers know, instead of the zone's
   * city (`Asia/Tokyo` is Tokio's time, not Osaka's). A non-empty text.
   */
  readonly placeName?: string | undefined;
}

/**
 * Names the time zone in which a time is shown, the way a German reader expects: `MEZ` or
 * `MESZ` for German (and Central European) time, `OEZ`/`WEZ` and their summer forms likewise,
 * and otherwise the local time of the place (`placeName`: `Ortszeit Osaka`) or, without one, of
 * the zone's city, such as `Ortszeit Chicago` (which is another city's name for a place in the
 * same zone: Osaka's zone is `Asia/Tokyo`, Durban's `Africa/Johannesburg`).
 *
 * @param value - The instant (a `Date`, an ISO instant, or a wall-clock `YYYY-MM-DDTHH:mm` read in the zone).
 * @param options - `timeZone` (default `Europe/Berlin`), `placeName`.
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
 * formatTimeZone('2024-07-01T12:00', { timeZone: 'asia/kolkata' }); // => 'Ortszeit Kolkata'
 * formatTimeZone('2024-04-15T09:00', { timeZone: 'Etc/GMT+5' }); // => 'UTC−5'
 * formatTimeZone('2024-04-15T09:00', { timeZone: 'Asia/Tokyo' }); // => 'Ortszeit Tokio'
 * formatTimeZone('2024-04-15T09:00', { timeZone: 'Asia/Tokyo', placeName: 'Osaka' }); // => 'Ortszeit Osaka'
 * formatTimeZone('2024-04-15T09:00', { timeZone: 'Europe/London', placeName: 'Birmingham' }); // => 'Ortszeit Birmingham'
 * formatTimeZone('2024-04-15T09:00', { timeZone: 'Europe/Vienna', placeName: 'Wien' }); // => 'MESZ'
 * ```
 *
 * @category Formatting
 */
export function formatTimeZone(value: DateInput, options?: FormatTimeZoneOptions): string {
  const read = readFormatOptions('formatTimeZone', options);
  const { timeZone, written } = readZone('formatTimeZone', read);
  const placeName = readPlaceName('formatTimeZone', read);
  return zoneLabel(written, timeZone, instantOf(value, timeZone, 'de'), placeName);
}

/** The option `placeName` of `fn`: a text with more than blanks, or not given. */
export function readPlaceName(fn: string, options: object): string | undefined {
  const value = optionOf(fn, options, 'placeName', 'de');
  if (value === undefined || (typeof value === 'string' && value.trim() !== '')) return value;
  return failOption(fn, 'placeName', value, TIME_MESSAGES.de.aPlaceName, 'de');
}

/**
 * The label of a zone at an instant, from the name as the caller wrote it (`written`) and its
 * canonical name. The city comes from the written name, so that a link keeps its own city on
 * every runtime (`Asia/Kolkata`, which Node 20 resolves to `Asia/Calcutta`), spelt as the tz
 * database spells it whatever case the caller used (see {@link spelling}).
 */
export function zoneLabel(written: string, canonical: string, millis: number, placeName?: string): string {
  return germanAbbreviation(canonical, millis) ?? placeLabel(written, canonical, millis, placeName);
}

/** The abbreviation German readers know for a zone at an instant (`MEZ`, `OESZ`), if it has one. */
export function germanAbbreviation(canonical: string, millis: number): string | undefined {
  const abbreviation = shortName(canonical, millis);
  return abbreviation !== undefined && GERMAN_ABBREVIATIONS.has(abbreviation) ? abbreviation : undefined;
}

/**
 * The local time of a place, for a zone without an abbreviation German readers know: named by the
 * place where its name is given (`Ortszeit Osaka`: the zone's city, Tokio, is another city), else
 * by the zone's city (`Ortszeit Chicago`), else by its offset (`UTC−5`).
 */
export function placeLabel(written: string, canonical: string, millis: number, placeName?: string): string {
  if (placeName !== undefined) return `Ortszeit ${placeName}`;
  const name = spelling(written, canonical);
  const city = name.includes('/') && !/^etc\//i.test(name) ? name.slice(name.lastIndexOf('/') + 1) : '';
  if (city === '') return utcLabel(canonical, millis);
  return `Ortszeit ${GERMAN_CITY_NAMES.get(city) ?? city.replaceAll('_', ' ')}`;
}

// The runtime's zone names (the tz database's spelling) by their lower-case form. Built once, on
// the first link whose canonical name differs; it holds the runtime's few hundred names, no more.
let knownNames: ReadonlyMap<string, string> | undefined;

function knownSpelling(folded: string): string | undefined {
  if (knownNames === undefined) {
    const names = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    knownNames = new Map(names.map((name) => [name.toLowerCase(), name]));
  }
  return knownNames.get(folded);
}

// Names of links the runtime may not list whose cities are not spelt in title case (tz database,
// `backward`); every other name is.
const IRREGULAR_CITIES: ReadonlyMap<string, string> = new Map(
  ['ACT', 'LHI', 'NSW', 'ComodRivadavia', 'DeNoronha', 'EasterIsland', 'BajaNorte', 'BajaSur', 'Knox_IN'].map(
    (city) => [city.toLowerCase(), city],
  ),
);

// Short words that stay in lower case inside a city's name: Port_of_Spain, Dar_es_Salaam, Port-au-Prince.
const LOWER_CASE_WORDS = new Set(['of', 'es', 'au']);

/** Each word of a city's name with a capital: `ho_chi_minh` → `Ho_Chi_Minh`. */
function titleCase(city: string): string {
  return city
    .toLowerCase()
    .replace(/(^|[_-])([a-z]+)/g, (_, separator: string, word: string) =>
      separator !== '' && LOWER_CASE_WORDS.has(word)
        ? `${separator}${word}`
        : `${separator}${word[0]?.toUpperCase()}${word.slice(1)}`,
    );
}

/**
 * The name a caller wrote, spelt as the tz database spells it. Intl accepts any case, and on Node
 * 20 resolves links to other names (`asia/kolkata` → `Asia/Calcutta`), so the canonical name's
 * case helps only where it is the same name: otherwise the runtime's list of names, else the
 * spelling of the tz database's cities (title case, with a few exceptions).
 */
function spelling(written: string, canonical: string): string {
  if (written === canonical) return written;
  const folded = written.toLowerCase();
  if (folded === canonical.toLowerCase()) return canonical;
  const known = knownSpelling(folded);
  if (known !== undefined) return known;
  const at = written.lastIndexOf('/');
  const city = folded.slice(at + 1);
  return `${written.slice(0, at + 1)}${IRREGULAR_CITIES.get(city) ?? titleCase(city)}`;
}
