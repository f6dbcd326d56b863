// What toICalendar accepts: a list of items and checked options (a dataset among them); malformed
// items or datasets reported as KommunalValidationErrors that name them. It never changes its input.
import { describe, expect, it } from 'vitest';
import { parseDataset, type ScheduleItem, scheduleOf, toICalendar } from '../../src/index.js';
import { issuesOf } from '../issues.js';
import { seedsJson } from '../seeds.js';

const now = new Date('2024-03-01T12:00:00Z');
const item: ScheduleItem = { id: 'a', title: 'A', start: '2024-04-15T09:00Z', end: '2024-04-15T10:00Z' };

/** Every object and array inside a value, to check that none was frozen. */
function everyObject(value: unknown, found: object[] = []): object[] {
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    found.push(value);
    for (const child of Object.values(value)) everyObject(child, found);
  }
  return found;
}

describe('toICalendar input', () => {
  it('refuses what is no list of items', () => {
    for (const input of ['begruessung', null, undefined, 5, () => []]) {
      const issues = issuesOf(() => toICalendar(input as never, { now }));
      expect(issues).toHaveLength(1);
      expect(issues[0]?.code).toBe('invalid_type');
      expect(issues[0]?.message).toMatch(/ist keine Liste von Terminen: Erwartet wird eine Liste von Objekten/);
    }
    expect(issuesOf(() => toICalendar('x' as never, { locale: 'en' }))[0]?.message).toBe(
      '"x" is not a list of schedule items: expected a list of objects with id, start and end.',
    );
  });

  it('tells a caller who passes a dataset, as before 0.x, to pass it through scheduleOf', () => {
    for (const input of [parseDataset(seedsJson()), {}, { municipalities: 'keine' }, new Map()]) {
      expect(issuesOf(() => toICalendar(input as never, { now }))).toEqual([
        {
          path: [],
          code: 'invalid_type',
          message:
            'ein Wert vom Typ object ist keine Liste von Terminen: toICalendar nimmt Termine; ein Datensatz aus parseDataset wird erst mit scheduleOf zu Terminen, toICalendar(scheduleOf(dataset), options).',
        },
      ]);
    }
    expect(issuesOf(() => toICalendar({} as never, { locale: 'en' }))[0]?.message).toBe(
      'a value of type object is not a list of schedule items: toICalendar takes items; pass a dataset from parseDataset through scheduleOf first, toICalendar(scheduleOf(dataset), options).',
    );
  });

  it('lists what is wrong with the dataset option, with paths into it', () => {
    const issues = issuesOf(() =>
      toICalendar([item], { now, dataset: { municipalities: [{ id: 'x' }], venues: 7 } as never }),
    );
    expect(issues.map((issue) => issue.path.join('.'))).toContain('dataset.venues');
    expect(issues.map((issue) => issue.path.join('.'))).toContain('dataset.municipalities.0.name');
    const option = issuesOf(() => toICalendar([item], { now, dataset: { municipalities: 5 } as never }));
    expect(option[0]?.path).toEqual(['dataset', 'municipalities']);
    expect(issuesOf(() => toICalendar([item], { now, dataset: 'seeds' as never }))).toEqual([
      {
        path: [],
        code: 'invalid_option',
        message: 'Die Option „dataset“ von toICalendar muss ein Datensatz aus parseDataset sein, nicht „seeds“.',
      },
    ]);
    // A dataset of a hundred thousand malformed entries lists some of them and counts the rest.
    const many = issuesOf(() =>
      toICalendar([item], { now, dataset: { municipalities: Array.from({ length: 100_000 }, () => 1) } as never }),
    );
    expect(many.length).toBeLessThan(2000);
    expect(many[many.length - 1]?.code).toBe('too_many_issues');
  });

  it('checks its options', () => {
    const code = (options: unknown) => issuesOf(() => toICalendar([item], options as never))[0]?.code;
    const message = (options: unknown) => issuesOf(() => toICalendar([item], options as never))[0]?.message;
    expect(code(null)).toBe('invalid_option');
    expect(code([])).toBe('invalid_option');
    expect(message({ now, name: 5 })).toBe('Die Option „name“ von toICalendar muss ein Text sein, nicht 5.');
    expect(message({ now, uidDomain: 'wiesbaden de' })).toBe(
      'Die Option „uidDomain“ von toICalendar muss ein Hostname wie „wiesbaden.de“ sein, nicht „wiesbaden de“.',
    );
    for (const uidDomain of ['', 'a\r\nb', '-x.de', 'x..de', 'x.de.', 7, `${'a'.repeat(64)}.de`]) {
      expect(code({ now, uidDomain })).toBe('invalid_option');
    }
    // An object that only claims to be a Date is none; a Date of another realm is one.
    expect(code({ now: Object.create(Date.prototype) })).toBe('invalid_option');
    expect(message({ now: '2024-03-01' })).toBe(
      'Die Option „now“ von toICalendar muss ein Date sein, nicht „2024-03-01“.',
    );
    expect(code({ now, timeZone: 'Europe/Wiesbaden' })).toBe('invalid_time_zone');
    expect(message({ now, timeZone: 7 })).toBe(
      'Die Option „timeZone“ von toICalendar muss der Name einer IANA-Zeitzone wie „Europe/Berlin“ sein, nicht 7.',
    );
    expect(message({ now, locale: 'fr' })).toBe(
      'Die Option „locale“ von toICalendar muss „de“ oder „en“ sein, nicht „fr“.',
    );
    expect(message({ now, locale: 'en', name: 5 })).toBe('The option "name" of toICalendar must be a string, not 5.');
    expect(message({ now: new Date(Number.NaN), locale: 'en' })).toBe(
      'The option "now" of toICalendar must be an instant in the years 1 to 9999, not an invalid Date.',
    );
    for (const uidDomain of ['wiesbaden.de', 'köln.de', 'xn--kln-sna.de', 'localhost', '10.0.0.1']) {
      expect(toICalendar([item], { now, uidDomain })).toContain(`UID:a@${uidDomain}`);
    }
  });

  it('refuses in English on every path when `locale` is `en`', () => {
    const english = (items: unknown, options: Record<string, unknown>) =>
      issuesOf(() => toICalendar(items as never, { now, locale: 'en', ...options } as never)).map(
        (issue) => issue.message,
      );
    expect(english([item], { uidDomain: 'wiesbaden de' })).toEqual([
      'The option "uidDomain" of toICalendar must be a host name such as "wiesbaden.de", not "wiesbaden de".',
    ]);
    expect(english([item], { now: '2024-03-01' })).toEqual([
      'The option "now" of toICalendar must be a Date, not "2024-03-01".',
    ]);
    expect(english([item], { timeZone: 'Mars/Olympus' })).toEqual([
      '"Mars/Olympus" is not a known IANA time zone (e.g. "Europe/Berlin").',
    ]);
    expect(english([item], { dataset: 'seeds' })).toEqual([
      'The option "dataset" of toICalendar must be a dataset from parseDataset, not "seeds".',
    ]);
    const data = seedsJson();
    data.persons[1].familyName = 7;
    expect(english([item], { dataset: data })[0]).toMatch(/^toICalendar expects a dataset from parseDataset: /);
    const items = english(
      [
        { ...item, start: 'morgen' },
        { ...item, id: 'b', end: 7 },
      ],
      {},
    );
    expect(items).toHaveLength(2);
    const error = (() => {
      try {
        toICalendar(
          [
            { ...item, start: 'morgen' },
            { ...item, id: 'b', end: 7 },
          ] as never,
          { now, locale: 'en' },
        );
      } catch (thrown) {
        return thrown as Error;
      }
      return undefined;
    })();
    expect(error?.message.split('\n')[0]).toBe('2 problems found:');
    // No German word the library wrote: only the caller's own values may be German.
    for (const message of [...items, ...english({}, {})]) expect(message).not.toMatch(/„|“| ist | nicht | muss /);
  });

  it('names malformed items instead of failing with a TypeError', () => {
    const base = { id: 'a', start: '2024-04-15T09:00Z', end: '2024-04-15T10:00Z' };
    for (const [field, value] of [
      ['personIds', 'sabine'],
      ['personIds', [5]],
      ['venueId', 7],
      ['room', 7],
      ['title', 7],
      ['municipalityId', 7],
      ['endApproximate', 'ja'],
    ] as const) {
      const issues = issuesOf(() => toICalendar([{ ...base, [field]: value } as never], { now }));
      expect(issues[0]?.path.slice(0, 2)).toEqual([0, field]);
      expect(issues[0]?.message).toContain('„a“');
    }
    expect(issuesOf(() => toICalendar([null as never], { now }))[0]?.path).toEqual([0]);
  });

  it('leaves items and datasets as they were: equal, and not frozen', () => {
    const data = seedsJson();
    const items: ScheduleItem[] = [
      { ...item, personIds: ['becher', 'herrmann'], venueId: 'x', room: 'Saal' },
      { id: 'b', start: new Date('2024-04-16T09:00Z'), end: new Date('2024-04-16T10:00Z') },
    ];
    const before = structuredClone({ data, items });
    toICalendar(items, { now, dataset: data });
    toICalendar(scheduleOf(data), { now, dataset: data });
    toICalendar(scheduleOf(parseDataset(structuredClone(data))), { now });
    expect({ data, items }).toEqual(before);
    for (const value of everyObject({ data, items })) expect(Object.isFrozen(value)).toBe(false);
  });

  it('reads a dataset option that is not frozen like the same dataset parsed', () => {
    const data = seedsJson();
    const items = scheduleOf(parseDataset(seedsJson()));
    expect(toICalendar(items, { now, dataset: data })).toBe(toICalendar(items, { now, dataset: parseDataset(data) }));
  });
});
