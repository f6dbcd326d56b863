import { KNOWN_SUBDIVISIONS, MULTI_ZONE_COUNTRIES, SINGLE_ZONE_COUNTRIES } from '../places/countries.js';
import { isGermanState } from '../places/germanStates.js';
import { isValidTimeZone } from '../time/canonicalTimeZone.js';
import { parseAgs } from './ags.js';
import type { CheckContext } from './context.js';
import { isValidPostalCode } from './postalCode.js';

/** Keys, Länder and zones of municipalities; postal codes of venues. */
export function checkPlaces(context: CheckContext): void {
  const { messages, report } = context;
  for (const { value: municipality, index } of context.entries.municipalities) {
    const path = ['municipalities', index] as const;
    const { country, state, ags, timeZone } = municipality;
    if (state !== undefined) {
      if (!state.startsWith(`${country}-`)) {
        report([...path, 'state'], 'state_country_mismatch', messages.stateCountryMismatch(state, country));
      } else if (KNOWN_SUBDIVISIONS.get(country)?.has(state) === false) {
        report([...path, 'state'], 'unknown_state', messages.unknownState(state, country));
      }
    }
    if (ags !== undefined) {
      const parts = parseAgs(ags);
      if (country !== 'DE') {
        report([...path, 'ags'], 'invalid_ags', messages.agsOutsideGermany(country));
      } else if (parts === undefined) {
        report([...path, 'ags'], 'invalid_ags', messages.invalidAgs(ags));
      } else if (state !== undefined && state !== parts.state && isGermanState(state)) {
        report(
          [...path, 'ags'],
          'ags_state_mismatch',
          messages.agsStateMismatch(ags, `${parts.stateName} (${parts.state})`, state),
        );
      }
    }
    if (timeZone !== undefined) {
      if (!isValidTimeZone(timeZone))
        report([...path, 'timeZone'], 'invalid_time_zone', messages.unknownTimeZone(timeZone));
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
