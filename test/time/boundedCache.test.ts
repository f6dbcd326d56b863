import { describe, expect, it } from 'vitest';
import { remember } from '../../src/time/boundedCache.js';

describe('remember', () => {
  it('keeps at most its limit of entries, letting the oldest go first', () => {
    const cache = new Map<string, number>();
    const gone: number[] = [];
    for (let index = 0; index < 10; index += 1) {
      expect(remember(cache, `key ${index}`, index, 3, (value) => gone.push(value))).toBe(index);
    }
    expect([...cache.keys()]).toEqual(['key 7', 'key 8', 'key 9']);
    expect(gone).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('replaces a key it holds without letting another go', () => {
    const cache = new Map([
      ['a', 1],
      ['b', 2],
    ]);
    remember(cache, 'a', 3, 2);
    expect([...cache]).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
  });
});
