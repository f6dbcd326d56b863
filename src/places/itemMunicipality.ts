// Where a programme item or a measure's session takes place as its dataset says it, and so the zone
// its wall-clock times are read in. The one rule behind validation (`validate/checkTimes.ts`) and
// the index the queries and schedule functions read (`query/datasetIndex.ts`).
import { DEFAULT_TIME_ZONE } from '../format/options.js';

/** The municipality of a measure's sessions without a venue: its organisation's, else the measure's own. */
export function measureMunicipalityId(
  organisationMunicipalityId: string | undefined,
  ownMunicipalityId: string | undefined,
): string | undefined {
  return organisationMunicipalityId ?? ownMunicipalityId;
}

/**
 * The municipality an exchange's host stands for: the host itself where it is a municipality, else
 * the `municipalityId` of the organisation it names (a Welcome Center's city). An organisation
 * without one gives none, and the programme's wall clocks are read in `Europe/Berlin`.
 */
export function hostMunicipalityId(
  hostId: string,
  isMunicipality: boolean,
  organisation: { readonly municipalityId?: string | undefined } | undefined,
): string | undefined {
  return isMunicipality || organisation === undefined ? hostId : organisation.municipalityId;
}

/**
 * The municipality an item takes place in: its venue's, else its owner's (an exchange's host, or a
 * measure's, see {@link measureMunicipalityId}).
 */
export function itemMunicipalityId(
  venueMunicipalityId: string | undefined,
  ownerMunicipalityId: string | undefined,
): string | undefined {
  return venueMunicipalityId ?? ownerMunicipalityId;
}

/** The zone of an item's wall clock: its municipality's, else `Europe/Berlin`, kommunal's default. */
export function itemTimeZone(municipalityZone: string | undefined): string {
  return municipalityZone ?? DEFAULT_TIME_ZONE;
}
