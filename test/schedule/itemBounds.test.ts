// Lists of items are read by what they hold, not by the length they claim: more than MAX_ITEMS
// entries are refused before anything is allocated, and holes are missing items, found without
// memory per claimed entry. `maxConflicts` stops where the list would outgrow a server's heap.
import { describe, expect, it } from 'vitest';
import { detectConflicts, findFreeSlots, type ScheduleItem, toICalendar } from '../../src/index.js';
import { MAX_ITEMS, readInstants } from '../../src/schedule/scheduleItem.js';
import { issuesOf } from '../issues.js';

const hour = { start: '2024-04-15T09:00+02:00', end: '2024-04-15T10:00+02:00' };
const within = { start: '2024-04-15T08:00', end: '2024-04-15T12:00' };

describe('lists of items', () => {
  it('refuses more than MAX_ITEMS entries before allocating for them', () => {
    // Typed arrays sized from the claimed length threw „RangeError: Invalid typed array length“.
    expect(MAX_ITEMS).toBe(10_000_000);
    const huge = new Array(2 ** 32 - 1);
    expect(issuesOf(() => detectConflicts(huge))).toEqual([
      {
        path: [],
        code: 'too_big',
        message:
          'Die Liste hat 4\u202f294\u202f967\u202f295 Einträge; kommunal liest höchstens 10\u202f000\u202f000 Termine auf einmal.',
      },
    ]);
    expect(issuesOf(() => detectConflicts(new Array(MAX_ITEMS + 1), { locale: 'en' }))[0]?.message).toBe(
      'The list has 10,000,001 entries; kommunal reads at most 10,000,000 schedule items at once.',
    );
    expect(issuesOf(() => toICalendar(huge, { now: new Date(0) }))[0]?.code).toBe('too_big');
    const slots = issuesOf(() => findFreeSlots(huge, { durationMinutes: 30, within }));
    // The items are the first argument: the path starts at the list itself.
    expect(slots.map((issue) => [issue.path, issue.code])).toEqual([[[], 'too_big']]);
  });

  it('reports holes as missing items, listing 1,000 and counting the rest, without memory per entry', () => {
    // Ten million holes took a second and 335 MB: every array was sized by the claimed length first.
    const issues = issuesOf(() => detectConflicts(new Array(MAX_ITEMS)));
    expect(issues).toHaveLength(1001);
    expect(issues[0]).toEqual({
      path: [0],
      code: 'invalid_type',
      message: 'undefined ist kein Termin: Erwartet wird ein Objekt mit id, start und end.',
    });
    expect(issues[999]?.path).toEqual([999]);
    expect(issues[1000]).toEqual({
      path: [],
      code: 'too_many_issues',
      message: '… und 9\u202f999\u202f000 weitere Probleme.',
    });
    // Nothing is sized for a list that holds what is no item: `begin` never hears of it.
    const sizes: number[] = [];
    const sparse: ScheduleItem[] = [{ id: 'a', ...hour }];
    sparse.length = MAX_ITEMS;
    const missing = issuesOf(() => readInstants(sparse, 'de', undefined, (count) => sizes.push(count)));
    expect(missing[0]?.path).toEqual([1]);
    expect(missing.at(-1)?.message).toBe('… und 9\u202f998\u202f999 weitere Probleme.');
    expect(sizes).toEqual([]);
    // A list of items only is sized once, by its length.
    expect(readInstants([{ id: 'a', ...hour }], 'de', undefined, (count) => sizes.push(count)).ids).toEqual(['a']);
    expect(sizes).toEqual([1]);
  });

  it('reports an entry that a second look finds missing, however the list answers', () => {
    // The first look sees an object at index 1 and a hole at index 2; a list that answers the other
    // way round the second time still fails, at the entry it then sees.
    let look = 0;
    const items = new Proxy([{ id: 'a', ...hour }, { id: 'b', ...hour }, undefined], {
      get(target, key, receiver) {
        if (key === '1' || key === '2') {
          look += 1;
          const swap = look > 2;
          const value = Reflect.get(target, swap ? (key === '1' ? '2' : '1') : key, receiver);
          return value;
        }
        return Reflect.get(target, key, receiver);
      },
    });
    expect(issuesOf(() => detectConflicts(items as ScheduleItem[])).map((issue) => issue.path.join('.'))).toEqual([
      '1',
    ]);
    // And one that has no hole the second time is refused at the entry the first look saw.
    let reads = 0;
    const settling = new Proxy([{ id: 'a', ...hour }, undefined] as unknown[], {
      get(target, key, receiver) {
        if (key === '1') {
          reads += 1;
          return reads === 1 ? undefined : { id: 'b', ...hour };
        }
        return Reflect.get(target, key, receiver);
      },
    });
    expect(issuesOf(() => detectConflicts(settling as ScheduleItem[]))).toEqual([
      {
        path: [1],
        code: 'invalid_type',
        message: 'undefined ist kein Termin: Erwartet wird ein Objekt mit id, start und end.',
      },
    ]);
  });
});

describe('maxConflicts', () => {
  const items: ScheduleItem[] = [
    { id: 'a', ...hour, personIds: ['p'] },
    { id: 'b', ...hour, personIds: ['p'] },
  ];

  it('allows at most 1,000,000: about 400 MB of conflicts', () => {
    // 10,000,000 conflicts kept about 4 GB, past V8's heap: an abort no `try` catches.
    expect(issuesOf(() => detectConflicts(items, { maxConflicts: 10_000_000 }))).toEqual([
      {
        path: [],
        code: 'invalid_option',
        message:
          'Die Option „maxConflicts“ von detectConflicts muss eine ganze Zahl von 1 bis 1\u202f000\u202f000 sein, nicht 10000000.',
      },
    ]);
    expect(detectConflicts(items, { maxConflicts: 1_000_000, holidays: false, travelBufferMinutes: 0 })).toHaveLength(
      1,
    );
  });
});
