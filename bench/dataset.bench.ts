import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { DatasetSchema, safeParseDataset } from 'kommunal';
import { toDatasetJsonSchema } from '../src/model/jsonSchema.js';
import { generateDataset } from './generateDataset.js';
import { medianTime } from './measure.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

function entityCount(dataset: Record<string, unknown>): number {
  return Object.values(dataset).reduce<number>((sum, list) => sum + (Array.isArray(list) ? list.length : 0), 0);
}

const time = (run: () => unknown, runs: number) => medianTime(run, runs)[1];

/**
 * parseDataset (shape and meaning) on generated datasets of 10k and 100k entities, against two
 * baselines that check shape only: the zod schema alone, and ajv with the shipped JSON Schema.
 */
export function benchDataset(): boolean {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(toDatasetJsonSchema());
  const results = new Map<number, number>();
  console.log('\n## parseDataset (shape + meaning) on generated datasets');
  console.log('entities  parseDataset  zod shape only  ajv shape only  × zod  × ajv');
  let valid = true;
  for (const size of [10_000, 100_000]) {
    const input = generateDataset(size);
    const result = safeParseDataset(input);
    if (!result.success) throw new Error(`generated dataset is invalid: ${result.error.message.slice(0, 500)}`);
    const runs = size > 50_000 ? 9 : 15;
    const parse = time(() => safeParseDataset(input), runs);
    const zod = time(() => DatasetSchema.safeParse(input), runs);
    const schema = time(() => validate(input), runs);
    valid &&= validate(input) === true;
    results.set(size, parse);
    console.log(
      `${String(entityCount(input)).padEnd(8)}  ${`${parse.toFixed(0)} ms`.padEnd(12)}  ${`${zod.toFixed(0)} ms`.padEnd(14)}  ${`${schema.toFixed(0)} ms`.padEnd(14)}  ${(parse / zod).toFixed(2).padEnd(5)}  ${(parse / schema).toFixed(2)}`,
    );
  }
  const small = results.get(10_000) ?? Number.NaN;
  const large = results.get(100_000) ?? Number.NaN;
  const growth = large / small;
  const underSecond = large < 1000;
  console.log(`target: 100k entities under 1000 ms: ${large.toFixed(0)} ms ${underSecond ? 'met' : 'MISSED'}`);
  console.log(`target: 100k ≤ 12× 10k: ${growth.toFixed(2)}× ${growth <= 12 ? 'met' : 'MISSED'}`);
  if (!valid) console.log('ajv refused the generated dataset: the JSON Schema and zod disagree');
  return underSecond && growth <= 12 && valid;
}
