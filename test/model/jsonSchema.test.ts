// The shipped JSON Schema, checked with an independent validator (ajv): it accepts the seed
// dataset, and agrees with the zod schemas on shape for randomly broken copies of it.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/index.js';
import { toDatasetJsonSchema } from '../../src/model/jsonSchema.js';
import { seedsJson } from '../seeds.js';

// ajv-formats ships CommonJS whose default export TypeScript sees as the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(toDatasetJsonSchema());

describe('dataset.schema.json', () => {
  it('is valid JSON Schema 2020-12 that strict ajv compiles', () => {
    expect(validate).toBeTypeOf('function');
    expect(toDatasetJsonSchema()['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('accepts the seed dataset', () => {
    expect(validate(seedsJson()), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses what the zod schema refuses', () => {
    const broken = seedsJson();
    broken['exchanges'][0].startDate = '2024-02-30';
    broken['municipalities'][0].kind = 'Großstadt';
    broken['partnerships'][0].municipalityIds = ['wiesbaden'];
    expect(validate(broken)).toBe(false);
    expect([...new Set(validate.errors?.map((error) => error.instancePath))].sort()).toEqual([
      '/exchanges/0/startDate',
      '/municipalities/0/kind',
      '/partnerships/0/municipalityIds',
    ]);
  });

  it('agrees with the zod schema on any seed dataset with one field replaced', () => {
    const seeds = seedsJson();
    const collections = Object.keys(seeds).filter(
      (key) => Array.isArray(seeds[key]) && typeof seeds[key][0] === 'object',
    );
    const values = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(
        '2024-02-30',
        '2024-04-15T09:00',
        '2024-04-15T09:00+02:00',
        'DE',
        'DE-HE',
        '06414000',
        '',
        ' ',
        'https://example.org',
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom(...collections), fc.nat(), fc.nat(), values, (collection, index, key, value) => {
        const data = seedsJson();
        const list = data[collection] as Record<string, unknown>[];
        const entity = list[index % list.length] as Record<string, unknown>;
        const keys = Object.keys(entity);
        entity[keys[key % keys.length] as string] = value;
        expect(validate(data)).toBe(DatasetSchema.safeParse(data).success);
      }),
      { numRuns: 2000 },
    );
  });
});
