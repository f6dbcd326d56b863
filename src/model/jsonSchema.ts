import * as z from 'zod';
import { DatasetSchema } from './dataset.js';

/**
 * The JSON Schema (draft 2020-12) of the interchange format, generated from {@link DatasetSchema}
 * and shipped as `kommunal/dataset.schema.json`. It carries the shape only; meaning checks
 * (references, keys, zones) need {@link parseDataset}.
 *
 * Every string format is stated as the `pattern` zod itself checks, and no `format` keyword is
 * left in: validators disagree with zod and with each other on what `date`, `email` or `uri` means.
 *
 * @throws {Error} When a zod format has no pattern to carry over, which would leave the JSON Schema
 * looser than zod.
 */
export function toDatasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DatasetSchema, {
    io: 'input',
    override: ({ jsonSchema }) => {
      const node = jsonSchema as Record<string, unknown>;
      const format = node['format'];
      if (typeof format === 'string') {
        // ajv-formats' `uri` accepts `A:&` and its `email` refuses `a@b-.de`, both unlike zod;
        // zod's pattern is its whole check, so the pattern alone gives the same answers.
        if (typeof node['pattern'] !== 'string') {
          throw new Error(`The format "${format}" has no pattern for the JSON Schema to carry.`);
        }
        delete node['format'];
      }
      delete node['readOnly'];
    },
  });
  return {
    $schema: schema['$schema'],
    $id: 'https://unpkg.com/kommunal/dataset.schema.json',
    title: 'kommunal dataset',
    description:
      'Municipalities, partnerships, exchanges, funding programmes, grants and measures in the kommunal interchange format.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
