// The quantity schemas: what they accept, that results are frozen, and that the JSON Schema zod
// makes of them (as toDatasetJsonSchema will, once an entity uses them) agrees with zod (ajv).
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { QuantityQualifierSchema, QuantitySchema, QuantitySeriesSchema } from '../../src/index.js';
import { PROPERTY_TIMEOUT } from '../property.js';

function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    io: 'input',
    override: ({ jsonSchema }) => {
      const node = jsonSchema as Record<string, unknown>;
      if (typeof node['format'] === 'string') {
        expect(typeof node['pattern']).toBe('string');
        delete node['format'];
      }
      delete node['readOnly'];
    },
  });
}

const ajv = new Ajv2020({ strict: true });

describe('QuantitySchema', () => {
  it('accepts a finite number ≥ 0, with or without a qualifier, and freezes the result', () => {
    const parsed = QuantitySchema.parse({ value: 150, qualifier: 'more-than' });
    expect(parsed).toEqual({ value: 150, qualifier: 'more-than' });
    expect(Object.isFrozen(parsed)).toBe(true);
    expect(QuantitySchema.parse({ value: 1500.5 })).toEqual({ value: 1500.5 });
    expect(QuantitySchema.parse({ value: 0 })).toEqual({ value: 0 });
  });

  it.each([
    { value: -1 },
    { value: Number.NaN },
    { value: Number.POSITIVE_INFINITY },
    { value: '150' },
    { qualifier: 'about' },
    { value: 20, qualifier: 'circa' },
    { value: 20, qualifier: 'about', unit: 'EUR' },
  ])('refuses %o', (input) => {
    expect(QuantitySchema.safeParse(input).success).toBe(false);
  });

  it('lists the five qualifiers', () => {
    expect(QuantityQualifierSchema.options).toEqual(['about', 'at-least', 'more-than', 'at-most', 'fewer-than']);
  });
});

describe('QuantitySeriesSchema', () => {
  it('accepts dated entries to the year, month or day, and freezes them', () => {
    const parsed = QuantitySeriesSchema.parse([
      { date: '2014', value: 11 },
      { date: '2023-09', value: 150, qualifier: 'more-than' },
      { date: '2024-02-15', value: 160 },
    ]);
    expect(parsed).toHaveLength(3);
    expect(Object.isFrozen(parsed)).toBe(true);
    expect(Object.isFrozen(parsed[0])).toBe(true);
  });

  it.each([[[]], [[{ date: '15.04.2024', value: 3 }]], [[{ date: '2024', value: -3 }]], [[{ value: 3 }]], [{}]])(
    'refuses %o',
    (input) => {
      expect(QuantitySeriesSchema.safeParse(input).success).toBe(false);
    },
  );
});

describe('the JSON Schema of quantities', () => {
  it(
    'agrees with zod on quantities and series, well-formed or not',
    () => {
      const quantity = ajv.compile(jsonSchemaOf(QuantitySchema));
      const series = ajv.compile(jsonSchemaOf(QuantitySeriesSchema));
      const value = fc.oneof(fc.double(), fc.integer(), fc.constant(-0), fc.string(), fc.constant(null));
      const qualifier = fc.oneof(fc.constantFrom(...QuantityQualifierSchema.options), fc.string());
      const entry = fc.record(
        { date: fc.oneof(fc.constantFrom('2014', '2024-02', '2024-02-15', '2024-13'), fc.string()), value, qualifier },
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(
          fc.record({ value, qualifier }, { requiredKeys: [] }),
          fc.array(entry, { maxLength: 3 }),
          (q, s) => {
            // JSON has no NaN or infinities: only what JSON can carry is compared.
            const [jsonQ, jsonS] = [JSON.parse(JSON.stringify(q)), JSON.parse(JSON.stringify(s))];
            expect(quantity(jsonQ)).toBe(QuantitySchema.safeParse(jsonQ).success);
            expect(series(jsonS)).toBe(QuantitySeriesSchema.safeParse(jsonS).success);
          },
        ),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
