import type { Municipality, MunicipalityKind } from '../model/municipality.js';
import { GERMAN_ZONES, KNOWN_SUBDIVISIONS, MULTI_ZONE_COUNTRIES, SINGLE_ZONE_COUNTRIES } from '../places/countries.js';
import { isGermanState } from '../places/germanStates.js';
import { isValidTimeZone } from '../time/canonicalTimeZone.js';
import { type AgsParts, parseAgs } from './ags.js';
import { parseArs } from './ars.js';
import type { CheckContext, Path } from './context.js';
import { isValidPostalCode } from './postalCode.js';

/**
 * The level of key each kind takes: a Kreis its Kreisschlüssel, a Gemeinde or Stadt its Gemeindeschlüssel.
 * A region or a Stadtstaat may be named at any level (Hamburg is a Land, a Kreis and a Gemeinde).
 */
const LEVEL_OF_KIND: Readonly<Record<MunicipalityKind, 'district' | 'municipality' | undefined>> = {
  municipality: 'municipality',
  city: 'municipality',
  'state-capital': 'municipality',
  'city-state': undefined,
  district: 'district',
  region: undefined,
};

/** Keys, Länder and zones of municipalities; postal codes of venues. */
export function checkPlaces(context: CheckContext): void {
  const { messages, report } = context;
  for (const { value: municipality, index } of context.entries.municipalities) {
    const path = ['municipalities', index] as const;
    const { country, state, timeZone } = municipality;
    if (state !== undefined) {
      if (!state.startsWith(`${country}-`)) {
        report([...path, 'state'], 'state_country_mismatch', messages.stateCountryMismatch(state, country));
      } else if (KNOWN_SUBDIVISIONS.get(country)?.has(state) === false) {
        report([...path, 'state'], 'unknown_state', messages.unknownState(state, country));
      }
    }
    checkKeys(context, path, municipality);
    if (timeZone !== undefined) {
      if (!isValidTimeZone(timeZone)) {
        report([...path, 'timeZone'], 'invalid_time_zone', messages.unknownTimeZone(timeZone));
      } else if (country === 'DE' && !GERMAN_ZONES.has(timeZone)) {
        report([...path, 'timeZone'], 'time_zone_country_mismatch', messages.foreignZoneInGermany(timeZone));
      }
    } else if (!SINGLE_ZONE_COUNTRIES.has(country)) {
      report(path, 'missing_time_zone', messages.missingTimeZone(country, MULTI_ZONE_COUNTRIES.has(country)));
    }
  }
  for (const { value: venue, index } of context.entries.venues) {
    const country = context.byId.municipalities.get(venue.municipalityId)?.country;
    if (country !== undefined && !isValidPostalCode(venue.postalCode, country)) {
      report(
        ['venues', index, 'postalCode'],
        'invalid_postal_code',
        messages.invalidPostalCode(venue.postalCode, country),
      );
    }
  }
}

/** A municipality's `ags` and `ars`: German only, well-formed, of the level its kind takes, in its Land, and agreeing. */
function checkKeys(context: CheckContext, path: Path, municipality: Municipality): void {
  const { messages, report } = context;
  const { country, state, ags, ars, kind } = municipality;
  let agsParts: AgsParts | undefined;
  if (ags !== undefined) {
    agsParts = parseAgs(ags);
    if (country !== 'DE') {
      report([...path, 'ags'], 'invalid_ags', messages.agsOutsideGermany(country));
      agsParts = undefined;
    } else if (agsParts === undefined) {
      report([...path, 'ags'], 'invalid_ags', messages.invalidAgs(ags));
    } else {
      checkState(context, [...path, 'ags'], ags, agsParts, state);
      checkLevel(context, [...path, 'ags'], agsParts, LEVEL_OF_KIND[kind]);
    }
  }
  if (ars === undefined) return;
  const arsParts = parseArs(ars);
  if (country !== 'DE') {
    report([...path, 'ars'], 'invalid_ars', messages.arsOutsideGermany(country));
  } else if (arsParts === undefined) {
    report([...path, 'ars'], 'invalid_ars', messages.invalidArs(ars));
  } else if (ags !== undefined) {
    // A mismatch of the Land is reported at `ags` already, once.
    if (agsParts !== undefined && arsParts.ags !== ags) {
      report([...path, 'ars'], 'ars_ags_mismatch', messages.arsAgsMismatch(ars, arsParts.ags, ags));
    }
  } else {
    checkState(context, [...path, 'ars'], ars, arsParts, state);
  }
}

function checkState(
  context: CheckContext,
  at: Path,
  key: string,
  parts: { readonly state: string; readonly stateName: string },
  state: string | undefined,
): void {
  if (state !== undefined && state !== parts.state && isGermanState(state)) {
    context.report(
      at,
      'ags_state_mismatch',
      context.messages.agsStateMismatch(key, `${parts.stateName} (${parts.state})`, state),
    );
  }
}

/**
 * A Kreis with a Gemeinde's key padded with `000` is what datasets have written so far: an `info`
 * issue naming the Kreisschlüssel. Any other level that does not fit the kind is an error. Gemeinde
 * `000` in the key of a `municipality` is not reported: it is a kreisfreie Stadt's, and the key
 * alone cannot tell whether its Kreis is kreisfrei.
 */
function checkLevel(
  context: CheckContext,
  at: Path,
  parts: AgsParts,
  expected: 'district' | 'municipality' | undefined,
): void {
  if (expected === undefined || parts.level === expected) return;
  if (expected === 'district' && parts.level === 'municipality' && parts.gemeinde === '000') {
    context.notice(at, 'padded_district_key', context.messages.paddedDistrictKey(parts.ags, parts.kreisschluessel));
    return;
  }
  context.report(at, 'ags_kind_mismatch', context.messages.agsLevelMismatch(parts.ags, parts.level, expected));
}
