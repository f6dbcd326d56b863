import { offsetMillis } from '../time/offsets.js';
import { type DateInput, instantOf } from '../time/readTemporal.js';
import { DEFAULT_TIME_ZONE, type TimeZoneOptions } from './options.js';

// The abbreviations German readers know; any other zone is named by its city instead.
const GERMAN_ABBREVIATIONS = new Set(['MEZ', 'MESZ', 'OEZ', 'OESZ', 'WEZ', 'WESZ']);

// German names of cities whose IANA name is English (Duden spellings).
const GERMAN_CITY_NAMES: Readonly<Record<string, string>> = {
  Bucharest: 'Bukarest',
  Cairo: 'Kairo',
  Copenhagen: 'Kopenhagen',
  Havana: 'Havanna',
  Kiev: 'Kiew',
  Kyiv: 'Kiew',
  Lisbon: 'Lissabon',
  Mexico_City: 'Mexiko-Stadt',
  Moscow: 'Moskau',
  Prague: 'Prag',
  Rome: 'Rom',
  Sao_Paulo: 'São Paulo',
  Tokyo: 'Tokio',
  Vienna: 'Wien',
  Warsaw: 'Warschau',
};

// Formatters are costly to build and immutable, so one per zone is kept; callers cannot observe it.
const shortNameFormatters = new Map<string, Intl.DateTimeFormat>();

function shortName(timeZone: string, millis: number): string | undefined {
  let formatter = shortNameFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('de-DE', { timeZone, timeZoneName: 'short' });
    shortNameFormatters.set(timeZone, formatter);
  }
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
 * @throws {@link KommunalValidationError} if the input is no instant or the zone is unknown.
 *
 * @example
 * ```ts
 * import { formatTimeZone } from 'kommunal';
 *
 * formatTimeZone('2024-01-15T09:00'); // => 'MEZ'
 * formatTimeZone('2024-04-15T09:00'); // => 'MESZ'
 * formatTimeZone('2017-06-13T10:00', { timeZone: 'America/Chicago' }); // => 'Ortszeit Chicago'
 * formatTimeZone('2024-04-15T09:00', { timeZone: 'Etc/GMT+5' }); // => 'UTC−5'
 * ```
 *
 * @category Formatting
 */
export function formatTimeZone(value: DateInput, options: TimeZoneOptions = {}): string {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const millis = instantOf(value, timeZone);
  const abbreviation = shortName(timeZone, millis);
  if (abbreviation !== undefined && GERMAN_ABBREVIATIONS.has(abbreviation)) return abbreviation;
  const city =
    timeZone.includes('/') && !timeZone.startsWith('Etc/') ? timeZone.slice(timeZone.lastIndexOf('/') + 1) : '';
  if (city === '') return utcLabel(timeZone, millis);
  return `Ortszeit ${GERMAN_CITY_NAMES[city] ?? city.replaceAll('_', ' ')}`;
}
