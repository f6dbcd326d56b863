import type { Dataset } from '../model/dataset.js';
import type { Measure } from '../model/measure.js';
import { indexOf } from './datasetIndex.js';
import { type QueryOptions, readId, runQuery } from './queryOptions.js';

const FN = 'measuresOf';

/**
 * The measures an organisation or municipality runs or takes part in as a partner, in the
 * dataset's order.
 *
 * @param dataset - A dataset from {@link parseDataset}. One built in code is checked once, as far as
 * the query reads it, and indexed; changes to it after the first query are not seen.
 * @param organisationOrMunicipalityId - Responsible organisation or municipality, or partner.
 * @param options - `locale` of error messages (default `de`).
 * @returns The measures; empty for an unknown id.
 * @throws {@link KommunalValidationError} for a `dataset` that is not one from parseDataset (as far
 * as the query reads it), or an id that is not a string.
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
export function measuresOf(dataset: Dataset, organisationOrMunicipalityId: string, options?: QueryOptions): Measure[] {
  return runQuery(FN, options, (_, locale) => {
    const index = indexOf(dataset, FN, locale);
    const id = readId(FN, 'organisationOrMunicipalityId', organisationOrMunicipalityId, locale);
    return [...(index.measuresOf.get(id) ?? [])];
  });
}
