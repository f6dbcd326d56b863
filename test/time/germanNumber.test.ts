import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishNumber, germanNumber } from '../../src/time/germanNumber.js';
import { PROPERTY_TIMEOUT } from '../property.js';

describe('germanNumber', () => {
  it('groups numbers of five digits or more in threes by a narrow no-break space (DIN 5008, Duden)', () => {
    expect(germanNumber(0)).toBe('0');
    expect(germanNumber(1000)).toBe('1000');
    expect(germanNumber(9999)).toBe('9999');
    expect(germanNumber(10_000)).toBe('10\u202f000');
    expect(germanNumber(36_525)).toBe('36\u202f525');
    expect(germanNumber(999_990)).toBe('999\u202f990');
    expect(germanNumber(1_000_000)).toBe('1\u202f000\u202f000');
    expect(germanNumber(3_999_998_999)).toBe('3\u202f999\u202f998\u202f999');
    expect(germanNumber(-12_345)).toBe('-12\u202f345');
  });

  it('writes other numbers as JavaScript does, with a decimal comma', () => {
    expect(germanNumber(1.5)).toBe('1,5');
    expect(germanNumber(1e21)).toBe('1e+21');
    expect(germanNumber(Number.NaN)).toBe('NaN');
  });

  it(
    'keeps the digits: removing the separators gives the number back',
    () => {
      fc.assert(
        fc.property(fc.maxSafeInteger(), (value) => {
          expect(Number(germanNumber(value).replaceAll('\u202f', ''))).toBe(value);
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('englishNumber', () => {
  it('groups whole numbers in threes by commas from four digits on, as Intl does for en-US', () => {
    for (const value of [0, 7, 999, 1000, 9999, 36_525, 1_000_000, -12_345, Number.MAX_SAFE_INTEGER]) {
      expect(englishNumber(value)).toBe(value.toLocaleString('en-US'));
    }
    expect(englishNumber(1.5)).toBe('1.5');
  });

  it(
    'agrees with Intl on every safe integer',
    () => {
      fc.assert(
        fc.property(fc.maxSafeInteger(), (value) => {
          expect(englishNumber(value)).toBe(value.toLocaleString('en-US'));
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
