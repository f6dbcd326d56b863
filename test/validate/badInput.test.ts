// Bad input is data, not a crash: whatever arrives, the answer is a result or a KommunalValidationError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KommunalValidationError, parseDataset, safeParseDataset } from '../../src/index.js';
import { PROPERTY_TIMEOUT } from '../property.js';
import { frozenSeedsJson, seedCollections, seedsJson } from '../seeds.js';

function nested(depth: number): unknown {
  let value: unknown = 'unten';
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? [value] : { tiefer: value };
  return value;
}

describe('parseDataset with bad input', () => {
  it.each([
    [null, 'null ist kein Datensatz: Erwartet wird ein Objekt mit mindestens „municipalities“.'],
    [undefined, 'undefined ist kein Datensatz: Erwartet wird ein Objekt mit mindestens „municipalities“.'],
    [[], 'eine Liste ist kein Datensatz: Erwartet wird ein Objekt mit mindestens „municipalities“.'],
    [
      '{"municipalities": []}',
      '„{"municipalities": []}“ ist kein Datensatz: Erwartet wird ein Objekt mit mindestens „municipalities“.',
    ],
    [42, '42 ist kein Datensatz: Erwartet wird ein Objekt mit mindestens „municipalities“.'],
  ])('refuses %j as a whole', (input, message) => {
    expect(() => parseDataset(input)).toThrow(
      new KommunalValidationError([{ path: [], code: 'invalid_type', message }]),
    );
  });

  it('names a 10 MB string briefly', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const result = safeParseDataset(huge);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.message.length).toBeLessThan(200);
    const inField = safeParseDataset({ municipalities: [{ id: huge, name: huge, kind: huge, country: 'DE' }] });
    expect(inField.success ? '' : inField.error.message.length).toBeLessThan(1000);
  });

  it('refuses deeply nested junk without recursing into it', () => {
    const junk = nested(100_000);
    expect(safeParseDataset({ municipalities: [junk] }).success).toBe(false);
    expect(safeParseDataset({ municipalities: [], junk }).success).toBe(false);
    expect(safeParseDataset(junk).success).toBe(false);
  });

  it('treats __proto__ and constructor keys as unknown fields and pollutes nothing', () => {
    const input = JSON.parse(
      '{"municipalities": [{"id": "a", "name": "A", "kind": "city", "country": "DE", "__proto__": {"polluted": true}}], "constructor": {"prototype": {"polluted": true}}, "__proto__": {"polluted": true}}',
    );
    const result = safeParseDataset(input);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([
      'Unbekannte Felder „constructor“ und „__proto__“.',
      'Unbekanntes Feld „__proto__“.',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('never changes its input, and returns frozen data', () => {
    const input = frozenSeedsJson();
    const before = JSON.stringify(input);
    const dataset = parseDataset(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(dataset).not.toBe(input);
    expect(Object.isFrozen(dataset)).toBe(true);
    expect(Object.isFrozen(dataset.municipalities)).toBe(true);
    expect(Object.isFrozen(dataset.exchanges?.[1]?.programme?.[0])).toBe(true);
  });

  it(
    'never throws anything but KommunalValidationError, whatever the input',
    () => {
      fc.assert(
        fc.property(
          fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true }),
          (input) => {
            const result = safeParseDataset(input);
            expect(typeof result.success).toBe('boolean');
            expect(() => parseDataset(input)).toThrow(KommunalValidationError);
          },
        ),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'never throws on a seed dataset with any field replaced by any JSON value',
    () => {
      const collections = seedCollections();
      fc.assert(
        fc.property(
          fc.constantFrom(...collections),
          fc.nat(),
          fc.string(),
          fc.jsonValue(),
          (collection, index, key, value) => {
            const data = seedsJson();
            const list = data[collection] as Record<string, unknown>[];
            const entity = list[index % list.length] as Record<string, unknown>;
            const keys = Object.keys(entity);
            entity[keys[key.length % keys.length] ?? key] = value;
            const result = safeParseDataset(data);
            if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
          },
        ),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
