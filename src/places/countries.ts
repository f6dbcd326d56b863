// Countries as kommunal checks them: the ISO 3166-2 subdivisions it knows in full, the zones of
// countries with one, and the zone a municipality's wall clocks are read in.
import type { Municipality } from '../model/municipality.js';
import { isValidTimeZone } from '../time/canonicalTimeZone.js';
import { show } from '../time/quote.js';
import { GERMAN_STATES } from './germanStates.js';

/** Subdivisions ISO 3166-2 lists for countries whose codes kommunal checks in full. */
export const KNOWN_SUBDIVISIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    DE: new Set(GERMAN_STATES.map((state) => state.code)),
    AT: new Set(['AT-1', 'AT-2', 'AT-3', 'AT-4', 'AT-5', 'AT-6', 'AT-7', 'AT-8', 'AT-9']),
    CH: new Set(
      'AG AI AR BE BL BS FR GE GL GR JU LU NE NW OW SG SH SO SZ TG TI UR VD VS ZG ZH'.split(' ').map((c) => `CH-${c}`),
    ),
    US: new Set(
      'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AS GU MP PR UM VI'
        .split(' ')
        .map((c) => `US-${c}`),
    ),
  }),
);

/**
 * Countries whose territory spans zones with different offsets today (tz database, zone1970.tab):
 * a municipality there must say its zone.
 */
export const MULTI_ZONE_COUNTRIES = new Set([
  'AQ',
  'AR',
  'AU',
  'BR',
  'CA',
  'CD',
  'CL',
  'EC',
  'ES',
  'FM',
  'GL',
  'ID',
  'KI',
  'KZ',
  'MN',
  'MX',
  'NZ',
  'PF',
  'PG',
  'PT',
  'RU',
  'UM',
  'US',
]);

/**
 * The zone of countries with one zone, so their municipalities may leave `timeZone` out. Maps, like
 * every table looked up by a value from the input: `constructor` finds nothing here.
 */
export const SINGLE_ZONE_COUNTRIES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    AD: 'Europe/Andorra',
    AE: 'Asia/Dubai',
    AF: 'Asia/Kabul',
    AL: 'Europe/Tirane',
    AM: 'Asia/Yerevan',
    AT: 'Europe/Vienna',
    AZ: 'Asia/Baku',
    BA: 'Europe/Sarajevo',
    BD: 'Asia/Dhaka',
    BE: 'Europe/Brussels',
    BG: 'Europe/Sofia',
    BO: 'America/La_Paz',
    BY: 'Europe/Minsk',
    CH: 'Europe/Zurich',
    CM: 'Africa/Douala',
    CN: 'Asia/Shanghai',
    CO: 'America/Bogota',
    CU: 'America/Havana',
    CY: 'Asia/Nicosia',
    CZ: 'Europe/Prague',
    DE: 'Europe/Berlin',
    DK: 'Europe/Copenhagen',
    DZ: 'Africa/Algiers',
    EE: 'Europe/Tallinn',
    EG: 'Africa/Cairo',
    ER: 'Africa/Asmara',
    ET: 'Africa/Addis_Ababa',
    FI: 'Europe/Helsinki',
    FR: 'Europe/Paris',
    GB: 'Europe/London',
    GE: 'Asia/Tbilisi',
    GH: 'Africa/Accra',
    GR: 'Europe/Athens',
    HR: 'Europe/Zagreb',
    HU: 'Europe/Budapest',
    IE: 'Europe/Dublin',
    IL: 'Asia/Jerusalem',
    IN: 'Asia/Kolkata',
    IQ: 'Asia/Baghdad',
    IR: 'Asia/Tehran',
    IS: 'Atlantic/Reykjavik',
    IT: 'Europe/Rome',
    JM: 'America/Jamaica',
    JO: 'Asia/Amman',
    JP: 'Asia/Tokyo',
    KE: 'Africa/Nairobi',
    KR: 'Asia/Seoul',
    LB: 'Asia/Beirut',
    LI: 'Europe/Vaduz',
    LT: 'Europe/Vilnius',
    LU: 'Europe/Luxembourg',
    LV: 'Europe/Riga',
    LY: 'Africa/Tripoli',
    MA: 'Africa/Casablanca',
    MC: 'Europe/Monaco',
    MD: 'Europe/Chisinau',
    ME: 'Europe/Podgorica',
    MK: 'Europe/Skopje',
    MT: 'Europe/Malta',
    NG: 'Africa/Lagos',
    NL: 'Europe/Amsterdam',
    NO: 'Europe/Oslo',
    PE: 'America/Lima',
    PH: 'Asia/Manila',
    PK: 'Asia/Karachi',
    PL: 'Europe/Warsaw',
    PY: 'America/Asuncion',
    QA: 'Asia/Qatar',
    RO: 'Europe/Bucharest',
    RS: 'Europe/Belgrade',
    RW: 'Africa/Kigali',
    SA: 'Asia/Riyadh',
    SD: 'Africa/Khartoum',
    SE: 'Europe/Stockholm',
    SG: 'Asia/Singapore',
    SI: 'Europe/Ljubljana',
    SK: 'Europe/Bratislava',
    SM: 'Europe/San_Marino',
    SN: 'Africa/Dakar',
    SO: 'Africa/Mogadishu',
    SY: 'Asia/Damascus',
    TH: 'Asia/Bangkok',
    TN: 'Africa/Tunis',
    TR: 'Europe/Istanbul',
    TZ: 'Africa/Dar_es_Salaam',
    UA: 'Europe/Kyiv',
    UG: 'Africa/Kampala',
    UY: 'America/Montevideo',
    VA: 'Europe/Vatican',
    VE: 'America/Caracas',
    VN: 'Asia/Ho_Chi_Minh',
    ZA: 'Africa/Johannesburg',
  }),
);

/** The zone of the municipality with this id in a lookup, if it is there and has a known zone. */
export function timeZoneOfId(
  municipalities: ReadonlyMap<string, Municipality>,
  id: string | undefined,
): string | undefined {
  const municipality = id === undefined ? undefined : municipalities.get(id);
  return municipality === undefined ? undefined : timeZoneOf(municipality);
}

/** The zone a municipality's wall clocks are read in: its own, or its country's only one. */
export function timeZoneOf(municipality: Municipality): string | undefined {
  const { timeZone, country } = municipality;
  // A dataset built in code may hold anything here; only a parsed one is sure to hold text.
  if (timeZone !== undefined) return typeof timeZone === 'string' && isValidTimeZone(timeZone) ? timeZone : undefined;
  return typeof country === 'string' ? SINGLE_ZONE_COUNTRIES.get(country) : undefined;
}

/**
 * Where a country is, as a sentence says it: „in Österreich“, „in den USA“; "in Austria", "in the
 * United States". Most names are neuter and stand without an article; feminine and plural ones take
 * one (Auswärtiges Amt, Verzeichnis der Staatennamen, 3.1.1; Deutsche Welle, „Ortsnamen mit
 * Artikel“), and island groups take „auf“. Masculine names (Irak, Iran, Libanon) stand without, as
 * in official writing. The rest are the names of the Unicode CLDR (Intl.DisplayNames).
 */
const COUNTRIES_WITH_ARTICLE: ReadonlyMap<string, { readonly de: string; readonly en: string }> = new Map(
  Object.entries({
    AE: { de: 'in den Vereinigten Arabischen Emiraten', en: 'in the United Arab Emirates' },
    BS: { de: 'auf den Bahamas', en: 'in the Bahamas' },
    CD: { de: 'in der Demokratischen Republik Kongo', en: 'in the Democratic Republic of the Congo' },
    CF: { de: 'in der Zentralafrikanischen Republik', en: 'in the Central African Republic' },
    CG: { de: 'in der Republik Kongo', en: 'in the Republic of the Congo' },
    CH: { de: 'in der Schweiz', en: 'in Switzerland' },
    DO: { de: 'in der Dominikanischen Republik', en: 'in the Dominican Republic' },
    GB: { de: 'im Vereinigten Königreich', en: 'in the United Kingdom' },
    KM: { de: 'auf den Komoren', en: 'in the Comoros' },
    MH: { de: 'auf den Marshallinseln', en: 'in the Marshall Islands' },
    MN: { de: 'in der Mongolei', en: 'in Mongolia' },
    MV: { de: 'auf den Malediven', en: 'in the Maldives' },
    NL: { de: 'in den Niederlanden', en: 'in the Netherlands' },
    PH: { de: 'auf den Philippinen', en: 'in the Philippines' },
    SB: { de: 'auf den Salomonen', en: 'in the Solomon Islands' },
    SC: { de: 'auf den Seychellen', en: 'in the Seychelles' },
    SK: { de: 'in der Slowakei', en: 'in Slovakia' },
    TR: { de: 'in der Türkei', en: 'in Türkiye' },
    UA: { de: 'in der Ukraine', en: 'in Ukraine' },
    US: { de: 'in den USA', en: 'in the United States' },
  }),
);

// One formatter per language, built on first use; callers cannot observe it.
const regionNames = new Map<'de' | 'en', Intl.DisplayNames>();

/**
 * „in Österreich“, „in den USA“ / "in Austria", "in the United States", for an ISO 3166-1 alpha-2
 * code; a code that names no country stands quoted: in „XX“.
 */
export function countryIn(code: string, locale: 'de' | 'en'): string {
  const known = COUNTRIES_WITH_ARTICLE.get(code);
  if (known !== undefined) return known[locale];
  let names = regionNames.get(locale);
  if (names === undefined) {
    names = new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' });
    regionNames.set(locale, names);
  }
  // `of` throws for text that is no region code at all, and finds nothing for XX or for ZZ's „unknown region“.
  const name = /^[A-Z]{2}$/.test(code) && code !== 'ZZ' ? names.of(code) : undefined;
  return `in ${name ?? show(code, locale)}`;
}
