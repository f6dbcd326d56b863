import { readFileSync } from 'node:fs';

// Read once per test file: a property test asks for thousands of copies.
const SEEDS_TEXT = readFileSync(new URL('../examples/data/seeds.json', import.meta.url), 'utf8');

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const FROZEN_SEEDS = deepFreeze(JSON.parse(SEEDS_TEXT));

/** The seed dataset as plain, mutable JSON: a fresh deep copy on every call, for tests to break. */
export function seedsJson(): any {
  return JSON.parse(SEEDS_TEXT);
}

/** The seed dataset as deeply frozen JSON, the same object on every call, for tests that only read it. */
export function frozenSeedsJson(): any {
  return FROZEN_SEEDS;
}

/** The index of the entity with this id in a collection of the seed JSON. */
export function at(data: Record<string, any>, collection: string, id: string): number {
  const index = (data[collection] as { id: string }[]).findIndex((entity) => entity.id === id);
  if (index < 0) throw new Error(`${collection}/${id} is not in the seeds`);
  return index;
}

/** The names of the seed dataset's collections that hold entities, for tests that pick one at random. */
export function seedCollections(): string[] {
  return Object.keys(FROZEN_SEEDS).filter(
    (key) => Array.isArray(FROZEN_SEEDS[key]) && typeof FROZEN_SEEDS[key][0] === 'object',
  );
}
