import { describe, expect, it } from 'vitest';
import { Numbering } from '../../../src/schedule/_lib/numbering.js';

describe('Numbering', () => {
  it('numbers by id, else by the key of the value, from 1, keeping the first value given', () => {
    const numbering = new Numbering<{ name: string }, string>((value) => value.name);
    expect(numbering.number(undefined, undefined)).toBe(0);
    expect(numbering.number('w', undefined)).toBe(1);
    expect(numbering.number('w', { name: 'Wiesbaden' })).toBe(1);
    expect(numbering.number(undefined, { name: 'Wiesbaden' })).toBe(2);
    expect(numbering.number(undefined, { name: 'Wiesbaden' })).toBe(2);
    expect(numbering.number('k', { name: 'Kiel' })).toBe(3);
    expect(numbering.number('w', { name: 'Wetzlar' })).toBe(1);
    expect(numbering.ids).toEqual([undefined, 'w', undefined, 'k']);
    expect(numbering.given.map((value) => value?.name)).toEqual([undefined, 'Wiesbaden', 'Wiesbaden', 'Kiel']);
  });
});
