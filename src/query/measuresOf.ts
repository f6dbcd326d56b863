import type { Dataset } from '../model/dataset.js';
import type { Measure } from '../model/measure.js';
import { indexOf } from './datasetIndex.js';

/**
 * The measures an organisation or municipality runs or takes part in as a partner, in the
 * dataset's order.
 *
 * @param dataset - A dataset from {@link parseDataset}.
 * @param organisationOrMunicipalityId - Responsible organisation or municipality, or partner.
 * @returns The measures; empty for an unknown id.
 *
 * @example
 * ```ts
 * import { measuresOf, parseDataset } from 'kommunal';
 *
 * const dataset = parseDataset({
 *   municipalities: [{ id: 'wetzlar', name: 'Wetzlar', kind: 'city', country: 'DE', state: 'DE-HE', ags: '06532023' }],
 *   organisations: [{ id: 'fzm', name: 'Freiwilligenzentrum Mittelhessen e.V.', kind: 'association', municipalityId: 'wetzlar' }],
 *   measures: [
 *     { id: 'lotsen', kind: 'volunteer-programme', title: 'Integrationslotsen', municipalityId: 'wetzlar', partnerIds: ['fzm'] },
 *     { id: 'steuerung', kind: 'steering-group', title: 'Steuerungsgruppe', municipalityId: 'wetzlar', since: '2011' },
 *   ],
 * });
 * measuresOf(dataset, 'fzm').map((measure) => measure.id); // => ['lotsen']
 * measuresOf(dataset, 'wetzlar').length; // => 2
 * ```
 *
 * @category Queries
 */
export function measuresOf(dataset: Dataset, organisationOrMunicipalityId: string): Measure[] {
  return [...(indexOf(dataset).measuresOf.get(organisationOrMunicipalityId) ?? [])];
}
