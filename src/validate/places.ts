import type { Municipality } from '../model/municipality.js';
import { isValidTimeZone } from '../time/isValidTimeZone.js';

/** A German Land: its ISO 3166-2 code, name, AGS prefix and the Regierungsbezirk digits its keys use. */
export interface GermanState {
  readonly code: string;
  readonly name: string;
  readonly agsPrefix: string;
  readonly districtDigits: string;
}

// AGS prefixes 01–16 follow the Länder's official order (Destatis, Gemeindeverzeichnis). The third
// digit is the Regierungsbezirk (or, where there is none, 0); Sachsen's keys use 5–7 since 2008.
export const GERMAN_STATES: readonly GermanState[] = [
  { code: 'DE-SH', name: 'Schleswig-Holstein', agsPrefix: '01', districtDigits: '0' },
  { code: 'DE-HH', name: 'Hamburg', agsPrefix: '02', districtDigits: '0' },
  { code: 'DE-NI', name: 'Niedersachsen', agsPrefix: '03', districtDigits: '1234' },
  { code: 'DE-HB', name: 'Bremen', agsPrefix: '04', districtDigits: '0' },
  { code: 'DE-NW', name: 'Nordrhein-Westfalen', agsPrefix: '05', districtDigits: '13579' },
  { code: 'DE-HE', name: 'Hessen', agsPrefix: '06', districtDigits: '456' },
  { code: 'DE-RP', name: 'Rheinland-Pfalz', agsPrefix: '07', districtDigits: '123' },
  { code: 'DE-BW', name: 'Baden-Württemberg', agsPrefix: '08', districtDigits: '1234' },
  { code: 'DE-BY', name: 'Bayern', agsPrefix: '09', districtDigits: '1234567' },
  { code: 'DE-SL', name: 'Saarland', agsPrefix: '10', districtDigits: '0' },
  { code: 'DE-BE', name: 'Berlin', agsPrefix: '11', districtDigits: '0' },
  { code: 'DE-BB', name: 'Brandenburg', agsPrefix: '12', districtDigits: '0' },
  { code: 'DE-MV', name: 'Mecklenburg-Vorpommern', agsPrefix: '13', districtDigits: '0' },
  { code: 'DE-SN', name: 'Sachsen', agsPrefix: '14', districtDigits: '567' },
  { code: 'DE-ST', name: 'Sachsen-Anhalt', agsPrefix: '15', districtDigits: '0' },
  { code: 'DE-TH', name: 'Thüringen', agsPrefix: '16', districtDigits: '0' },
];

export const GERMAN_STATE_BY_CODE = new Map(GERMAN_STATES.map((state) => [state.code, state]));
export const GERMAN_STATE_BY_PREFIX = new Map(GERMAN_STATES.map((state) => [state.agsPrefix, state]));

/** The Länder whose whole territory is one Kreis, so their key's Kreis digits are 00. */
export const CITY_STATES_WITHOUT_DISTRICTS = new Set(['DE-HH', 'DE-BE']);

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
