import { KommunalValidationError, prefixIssues } from '../errors/KommunalValidationError.js';
import { failOption, type Locale, optionOf } from '../errors/options.js';
import { SCHEDULE_ITEM_MESSAGES } from '../i18n/scheduleItems.js';
import type { Dataset } from '../model/dataset.js';
import { type DatasetIndex, indexOf } from '../query/datasetIndex.js';
import { isRecord } from '../time/quote.js';

// Options that several schedule functions take, read one way.

/** A dataset given to `fn` as its option `dataset`, and its index (see {@link indexOf}). */
export interface DatasetOption {
  readonly dataset: Dataset | undefined;
  readonly index: DatasetIndex;
}

/**
 * The `dataset` option of `fn`: not given, or a dataset whose index can be built. Anything but an
 * object is an `invalid_option` error; an object not shaped like a dataset from parseDataset is
 * the index's error, with paths that begin at `dataset`.
 */
export function readDatasetOption(fn: string, options: object, locale: Locale): DatasetOption {
  const dataset = optionOf(fn, options, 'dataset', locale);
  if (dataset === undefined) return { dataset, index: indexOf(undefined, fn, locale) };
  if (!isRecord(dataset)) {
    return failOption(fn, 'dataset', dataset, SCHEDULE_ITEM_MESSAGES[locale].aDataset, locale);
  }
  return { dataset: dataset as Dataset, index: datasetIndex(dataset as Dataset, fn, locale, ['dataset']) };
}

/** The index of a dataset (see {@link indexOf}), with the paths of its problems beginning at `prefix`. */
export function datasetIndex(
  dataset: Dataset,
  fn: string,
  locale: Locale,
  prefix: readonly (string | number)[],
): DatasetIndex {
  try {
    return indexOf(dataset, fn, locale);
  } catch (error) {
    if (error instanceof KommunalValidationError && prefix.length > 0) throw prefixIssues(error, prefix, locale);
    throw error;
  }
}
