import * as z from 'zod';
import { DatasetSchema } from './dataset.js';

// Formats JSON Schema defines; kommunal's own format names only help its error messages.
const STANDARD_FORMATS = new Set(['date', 'date-time', 'time', 'email', 'uri', 'uuid']);

/**
 * The JSON Schema (draft 2020-12) of the interchange format, generated from {@link DatasetSchema}
 * and shipped as `kommunal/dataset.schema.json`. It carries the shape only; meaning checks
 * (references, keys, zones) need {@link parseDataset}.
 */
export function toDatasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DatasetSchema, {
    io: 'input',
    override: ({ jsonSchema }) => {
      const node = jsonSchema as Record<string, unknown>;
      if (typeof node['format'] === 'string' && !STANDARD_FORMATS.has(node['format'])) delete node['format'];
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
