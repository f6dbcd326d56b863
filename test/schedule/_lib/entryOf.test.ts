import { describe, expect, it } from 'vitest';
import { entryOf, newMap } from '../../../src/schedule/_lib/entryOf.js';

describe('entryOf', () => {
  it('makes an entry once and keeps it', () => {
    const map = new Map<string, Map<number, string>>();
    let made = 0;
    const make = () => {
      made += 1;
      return newMap<number, string>();
    };
    entryOf(map, 'a', make).set(1, 'eins');
    expect(entryOf(map, 'a', make).get(1)).toBe('eins');
    expect(made).toBe(1);
    expect(entryOf(map, 'b', make).size).toBe(0);
    expect(made).toBe(2);
  });
});
