// The phases of the search hand one object on; a phase that writes over memory an earlier one
// filled takes that memory away from the object's type (`never`) and, at run time, from the object.
import { describe, expect, it } from 'vitest';
import { indexOf } from '../../../src/query/datasetIndex.js';
import { Findings } from '../../../src/schedule/conflicts/findings.js';
import { keyTimes } from '../../../src/schedule/conflicts/keys.js';
import { layOut } from '../../../src/schedule/conflicts/layout.js';
import { checkItems } from '../../../src/schedule/conflicts/own.js';
import { readItems } from '../../../src/schedule/conflicts/read.js';
import type { Settings } from '../../../src/schedule/conflicts/search.js';
import { sortByStart } from '../../../src/schedule/conflicts/sort.js';
import { sweep } from '../../../src/schedule/conflicts/sweep.js';

const settings: Settings = {
  locale: 'de',
  index: indexOf(undefined, 'detectConflicts', 'de'),
  weekends: false,
  holidays: false,
  buffer: 0,
  hours: undefined,
  timeZone: 'Europe/Berlin',
  limit: 10,
};
const items = [
  { id: 'b', start: '2024-04-15T09:30Z', end: '2024-04-15T10:30Z', personIds: ['p'] },
  { id: 'a', start: '2024-04-15T09:00Z', end: '2024-04-15T10:00Z', personIds: ['p'] },
];

describe('the phases of the search', () => {
  it('take the memory they write over out of the search, in its type and at run time', () => {
    const search = readItems(items, settings);
    expect(search.instants.starts[1]).toBe(Date.parse('2024-04-15T09:00Z'));
    const own = checkItems(search);
    keyTimes(search);
    // @ts-expect-error: the keys are written over the instants, which are gone.
    expect(search.instants?.starts).toBeUndefined();
    expect([...search.keys.startKeys]).toEqual([30, 0]);
    sortByStart(search);
    // @ts-expect-error: the sort moved its pairs through the halves and the spare memory.
    expect(search.halves?.length).toBeUndefined();
    expect([...search.order.itemAt]).toEqual([1, 0]);
    layOut(search, own.bits);
    // @ts-expect-error: the start keys hold each item's position now.
    expect(search.keys.startKeys?.length).toBeUndefined();
    const findings = new Findings();
    expect(sweep(search, own, findings)).toBe(false);
    expect([findings.firsts[0], findings.seconds[0]]).toEqual([1, 0]);
  });
});
