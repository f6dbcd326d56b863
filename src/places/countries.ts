// Countries as kommunal checks them: the ISO 3166-2 subdivisions it knows in full, the zones of
// countries with one, and the zone a municipality's wall clocks are read in.
import type { Municipality } from '../model/municipality.js';
import { isValidTimeZone } from '../time/canonicalTimeZone.js';
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
 * The zones of German wall clocks: the tz database's `zone.tab` lists both for DE ("most of
 * Germany", "Busingen"). A German municipality takes one of them, and a time in them is German time.
 */
export const GERMAN_ZONES: ReadonlySet<string> = new Set(['Europe/Berlin', 'Europe/Busingen']);

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
