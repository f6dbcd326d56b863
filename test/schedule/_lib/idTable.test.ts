import { describe, expect, it } from 'vitest';
import { hashOf, IdTable, MAP_ROOM } from '../../../src/schedule/_lib/idTable.js';

/** The pairs (index, first index with its id) a table finds among `ids`. */
function repeats(ids: readonly string[]): number[] {
  const table = new IdTable(ids.length, ids.length, new Array<string>(ids.length));
  for (const [index, id] of ids.entries()) table.add(index, id);
  table.finish();
  return table.pairs;
}

describe('the duplicate-id table', () => {
  it('hashes ids that differ in their last character far apart', () => {
    const hashes = new Set(Array.from({ length: 1000 }, (_, index) => hashOf(`item-${index}`) & 1023));
    expect(hashes.size).toBeGreaterThan(550);
    expect(hashOf('')).toBe(hashOf(''));
  });

  it('finds each repeat with the first item of its id, in input order', () => {
    expect(repeats(['a', 'b', 'a', 'c', 'b', 'a'])).toEqual([2, 0, 4, 1, 5, 0]);
    expect(repeats([])).toEqual([]);
  });

  // Each slot holds the index plus one in the high bits and a fingerprint of the hash in the
  // rest: at every width of the index the two must not overlap.
  it.each([0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x10000])('finds a repeat at index %i of as many ids', (count) => {
    const ids = Array.from({ length: count + 1 }, (_, index) => `id-${index}`);
    ids[count] = `id-${count - 1}`;
    ids[1] = 'id-0';
    expect(repeats(ids)).toEqual([1, 0, count, count - 1]);
  });

  // Up to MAP_ROOM ids a Map finds the repeats, above it the table: the same pairs either way.
  it.each([MAP_ROOM - 1, MAP_ROOM, MAP_ROOM + 1])('finds the same repeats with room for %i ids', (room) => {
    const ids = Array.from({ length: room }, (_, index) => `id-${index % (room - 3)}`);
    const expected = [room - 3, 0, room - 2, 1, room - 1, 2];
    expect(repeats(ids)).toEqual(expected);
  });

  it('hands on memory of at least 8 bytes per id', () => {
    const table = new IdTable(1000, 1000, []);
    expect(table.finish().byteLength).toBeGreaterThanOrEqual(8000);
  });
});
