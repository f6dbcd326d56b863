import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatQuantity, KommunalValidationError, type QuantityQualifier, QuantitySchema } from '../../src/index.js';
import { PROPERTY_TIMEOUT } from '../property.js';

const OFFICES = { singular: 'Anlaufstelle', plural: 'Anlaufstellen' } as const;

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof KommunalValidationError) return error.issues;
    throw error;
  }
  throw new Error('no error');
}

describe('formatQuantity', () => {
  it.each([
    ['more-than', 'mehr als 150', 150],
    ['about', 'rund 20', 20],
    ['at-least', 'mindestens 50', 50],
    ['at-most', 'höchstens 30', 30],
    ['fewer-than', 'weniger als 10', 10],
  ] as const)('writes %s as „%s“', (qualifier, text, value) => {
    expect(formatQuantity({ value, qualifier })).toBe(text);
  });

  it('writes an exact number alone', () => {
    expect(formatQuantity({ value: 150 })).toBe('150');
    expect(formatQuantity({ value: 0 })).toBe('0');
  });

  it('writes numbers as DIN 5008 groups them, with a decimal comma', () => {
    expect(formatQuantity({ value: 1500 })).toBe('1500');
    expect(formatQuantity({ value: 36_525 })).toBe('36\u202f525');
    expect(formatQuantity({ value: 1500.5 })).toBe('1500,5');
    expect(formatQuantity({ value: 45_000.25, qualifier: 'about' })).toBe('rund 45\u202f000,25');
    expect(formatQuantity({ value: 1e21 })).toBe(`1${'\u202f000'.repeat(7)}`);
    expect(formatQuantity({ value: 1.5e-7 })).toBe('0,00000015');
  });

  it('writes the noun as given, and a singular only after exactly one', () => {
    expect(formatQuantity({ value: 150, qualifier: 'more-than' }, { noun: 'Teilnehmende' })).toBe(
      'mehr als 150 Teilnehmende',
    );
    expect(formatQuantity({ value: 20, qualifier: 'about' }, { noun: 'Integrationslotsinnen und -lotsen' })).toBe(
      'rund 20 Integrationslotsinnen und -lotsen',
    );
    expect(formatQuantity({ value: 1 }, { noun: OFFICES })).toBe('1 Anlaufstelle');
    expect(formatQuantity({ value: 1, qualifier: 'more-than' }, { noun: OFFICES })).toBe('mehr als 1 Anlaufstelle');
    expect(formatQuantity({ value: 50, qualifier: 'more-than' }, { noun: OFFICES })).toBe('mehr als 50 Anlaufstellen');
    expect(formatQuantity({ value: 0 }, { noun: OFFICES })).toBe('0 Anlaufstellen');
    expect(formatQuantity({ value: 1.5 }, { noun: { singular: 'Tonne', plural: 'Tonnen' } })).toBe('1,5 Tonnen');
  });

  it('writes English on request', () => {
    const en = (value: number, qualifier?: QuantityQualifier) =>
      formatQuantity(qualifier === undefined ? { value } : { value, qualifier }, { locale: 'en' });
    expect(en(150, 'more-than')).toBe('more than 150');
    expect(en(20, 'about')).toBe('about 20');
    expect(en(50, 'at-least')).toBe('at least 50');
    expect(en(30, 'at-most')).toBe('at most 30');
    expect(en(10, 'fewer-than')).toBe('fewer than 10');
    expect(en(1500.5)).toBe('1,500.5');
    expect(formatQuantity({ value: 1 }, { locale: 'en', noun: { singular: 'office', plural: 'offices' } })).toBe(
      '1 office',
    );
  });

  it('refuses a value that is no finite number ≥ 0, naming it', () => {
    for (const value of [-1, Number.NaN, Number.POSITIVE_INFINITY, '150', undefined]) {
      expect(issuesOf(() => formatQuantity({ value } as never))[0]).toMatchObject({
        path: ['value'],
        code: 'invalid_number',
      });
    }
    expect(() => formatQuantity({ value: -1 })).toThrow(
      '-1 ist kein Wert einer Anzahl: Erwartet wird eine endliche Zahl ab 0, z. B. 150 oder 1500,5.',
    );
    expect(() => formatQuantity({ value: -1 }, { locale: 'en' })).toThrow(
      '-1 is not the value of a quantity: expected a finite number of 0 or more, e.g. 150 or 1500.5.',
    );
  });

  it('refuses an unknown qualifier and lists every problem of the quantity', () => {
    expect(() => formatQuantity({ value: 20, qualifier: 'circa' as never })).toThrow(
      '„circa“ ist keine Angabe zur Genauigkeit: Erlaubt sind „about“, „at-least“, „more-than“, „at-most“ und „fewer-than“.',
    );
    expect(issuesOf(() => formatQuantity({ value: -1, qualifier: '__proto__' as never })).map((i) => i.path)).toEqual([
      ['value'],
      ['qualifier'],
    ]);
    expect(() => formatQuantity(null as never)).toThrow('null ist keine Anzahl');
    expect(() => formatQuantity([150] as never)).toThrow('eine Liste ist keine Anzahl');
  });

  it('refuses a bad noun as an invalid option', () => {
    for (const noun of [
      '',
      '  ',
      42,
      null,
      ['Teilnehmende'],
      { singular: 'Anlaufstelle' },
      { singular: 1, plural: 'x' },
    ]) {
      expect(issuesOf(() => formatQuantity({ value: 1 }, { noun } as never))[0]?.code).toBe('invalid_option');
    }
    expect(() => formatQuantity({ value: 1 }, { noun: '' })).toThrow('„noun“');
    expect(() => formatQuantity({ value: 1 }, { locale: 'fr' } as never)).toThrow('„locale“');
  });

  it(
    'never throws for a valid quantity, and begins with its qualifier’s words',
    () => {
      const words: Record<QuantityQualifier, string> = {
        about: 'rund ',
        'at-least': 'mindestens ',
        'more-than': 'mehr als ',
        'at-most': 'höchstens ',
        'fewer-than': 'weniger als ',
      };
      const quantity = fc.record(
        {
          value: fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
          qualifier: fc.constantFrom(...(Object.keys(words) as QuantityQualifier[])),
        },
        { requiredKeys: ['value'] },
      );
      fc.assert(
        fc.property(quantity, (generated) => {
          const parsed = QuantitySchema.parse(generated);
          const text = formatQuantity(parsed);
          const prefix = parsed.qualifier === undefined ? '' : words[parsed.qualifier];
          expect(text.startsWith(prefix)).toBe(true);
          // The rest is the number in German digits: no exponent, no point.
          expect(text.slice(prefix.length)).toMatch(/^\d{1,4}(?:,\d+)?$|^\d{1,3}(?:\u202f\d{3})+(?:,\d+)?$/);
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
