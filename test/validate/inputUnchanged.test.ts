// Parsing never changes its input: not on success, not on failure. zod's `.readonly()` freezes the
// value its inner schema hands back, which on a type mismatch is the caller's own object; kommunal's
// schemas freeze only what zod built.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as kommunal from '../../src/index.js';
import { DatasetSchema, MunicipalitySchema, parseDataset, safeParseDataset } from '../../src/index.js';
import { PROPERTY_TIMEOUT } from '../property.js';
import { seedsJson } from '../seeds.js';

/** Every object, array and function reachable from a value, once each. */
function reachable(value: unknown, found = new Set<object>()): Set<object> {
  if (((typeof value === 'object' && value !== null) || typeof value === 'function') && !found.has(value)) {
    found.add(value);
    for (const child of Object.values(value)) reachable(child, found);
  }
  return found;
}

/** A deep copy of plain data, keeping functions and cycles. */
function snapshot(value: unknown, copies = new Map<object, unknown>()): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const known = copies.get(value);
  if (known !== undefined) return known;
  const copy: Record<string, unknown> = Array.isArray(value) ? ([] as unknown as Record<string, unknown>) : {};
  copies.set(value, copy);
  for (const [key, child] of Object.entries(value)) {
    // defineProperty, so that an own `__proto__` key stays a key.
    Object.defineProperty(copy, key, { value: snapshot(child, copies), enumerable: true, writable: true });
  }
  return copy;
}

/** Calls `run` with `input` and checks that the input is as it was: same content, nothing frozen that was not. */
function expectUnchanged(input: unknown, run: (input: unknown) => unknown): void {
  const before = snapshot(input);
  const objects = [...reachable(input)];
  const frozen = objects.map((object) => Object.isFrozen(object));
  try {
    run(input);
  } catch {
    // parse throws for invalid input; only the input matters here.
  }
  expect(input).toEqual(before);
  expect(objects.map((object) => Object.isFrozen(object))).toEqual(frozen);
}

type Schema = { safeParse: (value: unknown) => unknown; parse: (value: unknown) => unknown };

const SCHEMAS = (Object.entries(kommunal) as [string, unknown][]).filter(
  (entry): entry is [string, Schema] =>
    entry[0].endsWith('Schema') && typeof (entry[1] as { safeParse?: unknown }).safeParse === 'function',
);

const PARSERS: readonly [string, (input: unknown) => unknown][] = [
  ['parseDataset', (input) => parseDataset(input)],
  ['safeParseDataset', (input) => safeParseDataset(input)],
  ['safeParseDataset en', (input) => safeParseDataset(input, { locale: 'en' })],
  ['DatasetSchema.safeParse', (input) => DatasetSchema.safeParse(input)],
  ['DatasetSchema.parse', (input) => DatasetSchema.parse(input)],
];

/** The seed dataset with the value at a random path replaced by a random JSON value. */
const brokenSeeds = fc
  .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }))
  .map(([choices, replacement]) => {
    const data = seedsJson();
    let parent: Record<string, unknown> = data;
    for (const [step, choice] of choices.entries()) {
      const keys = Object.keys(parent);
      const key = keys[choice % keys.length] as string;
      const child = parent[key];
      if (
        step === choices.length - 1 ||
        typeof child !== 'object' ||
        child === null ||
        Object.keys(child).length === 0
      ) {
        parent[key] = replacement;
        break;
      }
      parent = child as Record<string, unknown>;
    }
    return data;
  });

describe('parsing leaves its input as it was', () => {
  it('does not freeze an object given where a list belongs (the issue’s repro)', () => {
    const input = { municipalities: {} };
    safeParseDataset(input);
    expect(Object.isFrozen(input.municipalities)).toBe(false);
    const municipality = { id: 'a', name: 'A', kind: 'city', country: 'DE', holidays: {} };
    MunicipalitySchema.safeParse(municipality);
    expect(Object.isFrozen(municipality.holidays)).toBe(false);
  });

  it.each([
    ['a list where an object belongs', () => [], 'MunicipalitySchema'],
    ['a function where an object belongs', () => () => 1, 'MunicipalitySchema'],
    ['an object where a list belongs', () => ({ municipalities: { length: 0 } }), 'DatasetSchema'],
    [
      'an object where a pair of ids belongs',
      () => ({ id: 'p', kind: 'friendship', municipalityIds: { 0: 'a', 1: 'b' } }),
      'PartnershipSchema',
    ],
  ])('does not freeze %s', (_, make, name) => {
    const schema = (kommunal as unknown as Record<string, { safeParse: (value: unknown) => unknown }>)[name];
    expectUnchanged(make(), (input) => schema?.safeParse(input));
    expectUnchanged({ municipalities: [make()] }, (input) => safeParseDataset(input));
  });

  it('keeps that guard in copies of a schema', () => {
    for (const schema of [MunicipalitySchema.describe('Kommune'), MunicipalitySchema.refine(() => true)]) {
      expectUnchanged([], (input) => schema.safeParse(input));
    }
  });

  it('still returns frozen data, every level of it', () => {
    const dataset = parseDataset(seedsJson());
    for (const object of reachable(dataset)) expect(Object.isFrozen(object)).toBe(true);
    // The same data, in the same order, as the schema alone gives; read one entity at a time.
    expect(JSON.stringify(dataset)).toBe(JSON.stringify(DatasetSchema.parse(seedsJson())));
    const withUndefined = parseDataset({ municipalities: [], exchanges: undefined, title: 'T' });
    expect(Object.entries(withUndefined)).toEqual([
      ['title', 'T'],
      ['municipalities', []],
      ['exchanges', undefined],
    ]);
    const municipality = MunicipalitySchema.parse({
      ...seedsJson().municipalities[0],
      holidays: [{ date: '08-08', name: 'Fest' }],
    });
    for (const object of reachable(municipality)) expect(Object.isFrozen(object)).toBe(true);
  });

  it(
    'for the seed dataset with any field at any depth replaced by any JSON value',
    () => {
      fc.assert(
        fc.property(brokenSeeds, fc.constantFrom(...PARSERS), (input, [, parse]) => {
          expectUnchanged(input, parse);
        }),
        { numRuns: 600 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'for any JSON value, as a dataset, as a collection and as an entity of every schema',
    () => {
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(...SCHEMAS), (value, [, schema]) => {
          for (const [, parse] of PARSERS) {
            expectUnchanged(value, parse);
            expectUnchanged({ municipalities: value }, parse);
            expectUnchanged({ municipalities: [value] }, parse);
          }
          expectUnchanged(value, (input) => schema.safeParse(input));
          expectUnchanged(value, (input) => schema.parse(input));
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
