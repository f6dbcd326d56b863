// Loads the five seed texts as a dataset, the way an app loads its own file: read, JSON.parse, parseDataset.
import { readFileSync } from 'node:fs';
import { type Dataset, parseDataset } from 'kommunal';

export function loadSeeds(): Dataset {
  return parseDataset(JSON.parse(readFileSync(new URL('./seeds.json', import.meta.url), 'utf8')));
}

/** Looks up an entity by id, failing loudly: examples should not print „undefined“. */
export function byId<T extends { readonly id: string }>(list: readonly T[] | undefined, id: string): T {
  const found = list?.find((item) => item.id === id);
  if (found === undefined) throw new Error(`${id} fehlt im Datensatz`);
  return found;
}
