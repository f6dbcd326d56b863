import { readFileSync } from 'node:fs';

/** The seed dataset as plain, mutable JSON: a fresh copy on every call, for tests to break. */
export function seedsJson(): any {
  return JSON.parse(readFileSync(new URL('../examples/data/seeds.json', import.meta.url), 'utf8'));
}

/** The index of the entity with this id in a collection of the seed JSON. */
export function at(data: Record<string, any>, collection: string, id: string): number {
  const index = (data[collection] as { id: string }[]).findIndex((entity) => entity.id === id);
  if (index < 0) throw new Error(`${collection}/${id} is not in the seeds`);
  return index;
}
