import { describe, expect, it } from 'vitest';
import { PERSON, VENUE } from '../../../src/schedule/conflicts/kinds.js';
import { ResourceTable } from '../../../src/schedule/conflicts/resources.js';

describe('ResourceTable', () => {
  it('numbers people and rooms as items name them, with their ids and first names', () => {
    const table = new ResourceTable();
    expect(table.person('p', undefined)).toBe(0);
    expect(table.room('v', '', undefined)).toBe(1);
    expect(table.room('v', '4.161', 'Saal 4.161')).toBe(2);
    expect(table.person('q', 'Dr. Q')).toBe(3);
    expect(table.person('p', 'P')).toBe(0);
    expect(table.person('p', 'Other')).toBe(0);
    expect(table.room('v', '', 'Haus V')).toBe(1);
    expect(table.room('w', '', undefined)).toBe(4);
    expect(table.size).toBe(5);
    expect(table.kinds).toEqual([PERSON, VENUE, VENUE, PERSON, VENUE]);
    expect([0, 1, 2, 3, 4].map((resource) => table.idOf(resource))).toEqual(['p', 'v', 'v/4.161', 'q', 'w']);
    expect([1, 2, 4].map((resource) => table.venueIdOf(resource))).toEqual(['v', 'v', 'w']);
    expect([1, 2, 4].map((resource) => table.rooms[resource])).toEqual(['', '4.161', '']);
    expect([0, 1, 2, 3, 4].map((resource) => table.names[resource])).toEqual([
      'P',
      'Haus V',
      'Saal 4.161',
      'Dr. Q',
      undefined,
    ]);
  });
});
