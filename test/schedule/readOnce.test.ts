// The schedule functions read each field of each of the caller's items once, check it, and use
// what they read: a getter or Proxy that answers differently on a second read has nothing to
// answer. Their entry checks run no trap of a Proxy and throw nothing but KommunalValidationErrors.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  detectConflicts,
  findFreeSlots,
  type KommunalValidationError,
  parseDataset,
  type ScheduleItem,
  toICalendar,
} from '../../src/index.js';
import { issuesOf } from '../issues.js';
import { seedsJson } from '../seeds.js';

const dataset = parseDataset(seedsJson());
const now = new Date('2024-03-01T12:00:00Z');
const hour = { start: '2024-04-15T09:00+02:00', end: '2024-04-15T10:00+02:00' };

/**
 * An item whose fields answer `first` on the first read and `second` on every later one, and a
 * count of the reads of each field.
 */
function fickle(
  first: Record<string, unknown>,
  second: Record<string, unknown>,
): { item: ScheduleItem; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const item = {};
  for (const key of new Set([...Object.keys(first), ...Object.keys(second)])) {
    Object.defineProperty(item, key, {
      enumerable: true,
      get() {
        const count = reads.get(key) ?? 0;
        reads.set(key, count + 1);
        if (count === 0) return first[key];
        const later = second[key];
        if (later instanceof Error) throw later;
        return later;
      },
    });
  }
  return { item: item as ScheduleItem, reads };
}

/** Every field an item may have, well-formed on the first read. */
const FIELDS = {
  id: 'a',
  title: 'Begrüßung',
  ...hour,
  personIds: ['sabine-herrmann'],
  venueId: 'wiesbaden-konradinerallee-11',
  room: '4.161',
  municipalityId: 'wiesbaden',
  exchangeId: 'wiesbaden-2024-04',
  measureId: 'm',
  endApproximate: true,
};

/** The same fields, each of the wrong type on later reads. */
const WRONG = {
  id: 7,
  title: {},
  start: 9,
  end: null,
  personIds: 'sabine-herrmann',
  venueId: 7,
  room: [],
  municipalityId: 5,
  exchangeId: {},
  measureId: false,
  endApproximate: 'ja',
};

/** The same fields, each throwing the caller's own error on later reads. */
const THROWING = Object.fromEntries(Object.keys(FIELDS).map((key) => [key, new Error(`zweites Lesen: ${key}`)]));

describe('the schedule functions read each field of an item once', () => {
  it.each([
    ['wrong types', WRONG],
    ['the caller’s own errors', THROWING],
  ])('and use what they read when later reads give %s', (_, second) => {
    const plain = { ...FIELDS };
    const run = {
      detectConflicts: (item: ScheduleItem) =>
        detectConflicts([item, { ...plain, id: 'b' }], { dataset, workingHours: { start: '08:00', end: '09:30' } }),
      findFreeSlots: (item: ScheduleItem) =>
        findFreeSlots([item], {
          personIds: ['sabine-herrmann'],
          venueId: 'wiesbaden-konradinerallee-11',
          room: '4.161',
          durationMinutes: 30,
          within: { start: '2024-04-15T08:00', end: '2024-04-15T12:00' },
        }),
      toICalendar: (item: ScheduleItem) => toICalendar([item], { dataset, now }),
    };
    for (const call of Object.values(run)) {
      const { item, reads } = fickle(FIELDS, second);
      // Before, a second read gave TypeErrors (`value.replace is not a function`,
      // `item.personIds?.some is not a function`), the caller's own error, or a message naming
      // „ein Wert vom Typ object“ for the title.
      expect(call(item)).toEqual(call(plain as ScheduleItem));
      expect([...reads.values()].every((count) => count === 1)).toBe(true);
    }
  });

  it('names an item by the title it read', () => {
    const { item } = fickle(FIELDS, WRONG);
    const messages = detectConflicts([item, { ...FIELDS, id: 'b' }]).map((conflict) => conflict.message);
    expect(messages[0]).toContain('„Begrüßung“ (Montag, 15. April 2024, 9–10 Uhr)');
    expect(messages.join(' ')).not.toContain('Typ object');
  });

  it('reads a list of people entry by entry, once', () => {
    let reads = 0;
    const personIds = new Proxy(['sabine-herrmann'], {
      get(target, key, receiver) {
        if (key === '0') reads += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    const items = [
      { id: 'a', ...hour, personIds },
      { id: 'b', ...hour, personIds: ['sabine-herrmann'] },
    ];
    expect(detectConflicts(items, { holidays: false, travelBufferMinutes: 0 })).toHaveLength(1);
    expect(reads).toBe(1);
  });
});

describe('entry checks run no trap of the caller’s', () => {
  const { proxy: revoked, revoke } = Proxy.revocable([], {});
  revoke();
  const request = {
    personIds: ['a'],
    durationMinutes: 30,
    within: { start: '2024-04-15T08:00', end: '2024-04-15T12:00' },
  };

  it('refuses a revoked Proxy as items with a KommunalValidationError, not a TypeError', () => {
    // Array.isArray throws a TypeError for a revoked Proxy.
    expect(issuesOf(() => toICalendar(revoked as never, { now }))[0]?.code).toBe('invalid_type');
    expect(issuesOf(() => findFreeSlots(revoked as never, request))).toEqual([
      {
        path: [],
        code: 'invalid_type',
        message:
          'ein Wert vom Typ object ist keine Liste von Terminen: Erwartet wird eine Liste von Objekten mit id, start und end.',
      },
    ]);
    expect(issuesOf(() => detectConflicts(revoked as never))[0]?.code).toBe('invalid_type');
  });

  it('takes a Date of another realm for `now`, and a Proxy of a Date for none, without its traps', () => {
    const foreign = runInNewContext('new Date(Date.UTC(2024, 2, 1, 12))') as Date;
    expect(toICalendar([], { now: foreign })).toBe(toICalendar([], { now }));
    const trapped = new Proxy(new Date(), {
      getPrototypeOf() {
        throw new Error('Falle');
      },
    });
    expect(issuesOf(() => toICalendar([], { now: trapped }))).toEqual([
      {
        path: [],
        code: 'invalid_option',
        message: 'Die Option „now“ von toICalendar muss ein Date sein, nicht ein Wert vom Typ object.',
      },
    ]);
  });

  it('keeps the language of errors whose paths it prefixes', () => {
    const items = [
      { id: 'a', start: 'x', end: 'y' },
      { id: 'a', ...hour },
    ] as ScheduleItem[];
    const error = (() => {
      try {
        findFreeSlots(items, { ...request, locale: 'en' });
      } catch (thrown) {
        return thrown as KommunalValidationError;
      }
      return undefined;
    })();
    expect(error?.issues.map((issue) => issue.path.join('.'))).toEqual(['0.start', '0.end', '1.id']);
    expect(error?.message.split('\n')[0]).toBe('3 problems found:');
    const calendar = (() => {
      try {
        toICalendar([], { now, dataset: { municipalities: 5, venues: 'x' } as never, locale: 'en' });
      } catch (thrown) {
        return thrown as KommunalValidationError;
      }
      return undefined;
    })();
    expect(calendar?.message.split('\n')[0]).toBe('2 problems found:');
  });
});
