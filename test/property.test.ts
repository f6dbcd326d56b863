import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { chooseSeed, DEFAULT_SEED } from './property.js';

describe('chooseSeed', () => {
  it('fixes the seed unless FC_SEED names one', () => {
    expect(chooseSeed(undefined)).toEqual({ kind: 'default', seed: DEFAULT_SEED });
    expect(chooseSeed('')).toEqual({ kind: 'default', seed: DEFAULT_SEED });
    expect(chooseSeed(' 1234 ')).toEqual({ kind: 'given', seed: 1234 });
    expect(chooseSeed('-2147483648')).toEqual({ kind: 'given', seed: -2147483648 });
  });

  it('picks a 32-bit seed for FC_SEED=random', () => {
    const { kind, seed } = chooseSeed('random', () => 0.5);
    expect(kind).toBe('random');
    expect(seed).toBe(seed | 0);
  });

  it.each(['abc', '1.5', '1e3', '2147483648', '0x10'])('refuses FC_SEED=%s', (value) => {
    expect(() => chooseSeed(value)).toThrow(`FC_SEED=${value} is neither „random“ nor an integer`);
  });

  it('is the seed every fc.assert of the run starts from', () => {
    expect(fc.readConfigureGlobal().seed).toBe(inject('fcSeed'));
    const choice = chooseSeed(process.env['FC_SEED']);
    if (choice.kind !== 'random') expect(inject('fcSeed')).toBe(choice.seed);
  });
});
