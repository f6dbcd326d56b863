import { describe, expect, it } from 'vitest';
import { bitsOf, grown, largestOf, NarrowColumn, widened } from '../../../src/schedule/_lib/growable.js';

describe('growable typed arrays', () => {
  it('counts the bits of a number at every width threshold', () => {
    expect([0, 1, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x10000, 0xffff_ffff].map(bitsOf)).toEqual([
      0, 1, 8, 9, 15, 16, 16, 17, 32,
    ]);
  });

  it.each([
    [0xff, 1],
    [0x100, 2],
    [0x7fff, 2],
    [0x8000, 2],
    [0xffff, 2],
    [0x10000, 4],
  ])('keeps %i in a column of %i bytes per entry, and every entry before it', (value, bytes) => {
    const column = new NarrowColumn(4);
    column.set(0, 7);
    column.set(3, value);
    expect(column.array.BYTES_PER_ELEMENT).toBe(bytes);
    expect([...column.array]).toEqual([7, 0, 0, value]);
    expect(largestOf(column.array)).toBe(2 ** (bytes * 8) - 1);
  });

  it('widens 1 → 2 → 4 bytes as pushed values grow, and grows by half', () => {
    const column = new NarrowColumn(0);
    const values = [1, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x10000, 0xffff_ffff];
    const widths: number[] = [];
    for (const value of values) {
      column.push(value);
      widths.push(column.array.BYTES_PER_ELEMENT);
    }
    expect(widths).toEqual([1, 1, 2, 2, 2, 2, 4, 4]);
    expect([...column.pushed()]).toEqual(values);
    for (let value = 0; value < 1000; value += 1) column.push(value);
    expect(column.length).toBe(1008);
    expect(column.pushed()[1007]).toBe(999);
  });

  it('copies into a larger array of the same type, or a wider one', () => {
    const small = Uint8Array.of(1, 2, 0xff);
    const larger = grown(small, 5);
    expect(larger).toBeInstanceOf(Uint8Array);
    expect([...larger]).toEqual([1, 2, 0xff, 0, 0]);
    expect([...grown(Int32Array.of(-1, 2), 1)]).toEqual([-1]);
    expect(widened(small, 0xffff)).toBeInstanceOf(Uint16Array);
    expect(widened(small, 0x10000)).toBeInstanceOf(Uint32Array);
    expect([...widened(small, 0x10000)]).toEqual([1, 2, 0xff]);
  });
});
