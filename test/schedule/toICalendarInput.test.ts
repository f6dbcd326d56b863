// What toICalendar accepts: items (an array) or a dataset, checked options, and malformed items
// or datasets reported as KommunalValidationErrors that name them. It never changes its input.
import { describe, expect, it } from 'vitest';
import { parseDataset, type ScheduleItem, toICalendar } from '../../src/index.js';
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
  it('refuses what is neither an array of items nor a dataset', () => {
    for (const input of ['begruessung', null, undefined, 5, () => []]) {
      const issues = issuesOf(() => toICalendar(input as never, { now }));
      expect(issues).toHaveLength(1);
      expect(issues[0]?.code).toBe('invalid_type');
      expect(issues[0]?.message).toMatch(/ist weder eine Liste von Terminen noch ein Datensatz/);
    }
    expect(issuesOf(() => toICalendar('x' as never, { locale: 'en' }))[0]?.message).toBe(
      '"x" is neither a list of schedule items nor a dataset: toICalendar expects items or a dataset from parseDataset.',
    );
    // An object is taken for a dataset, and told what a dataset lacks.
    for (const input of [{}, { municipalities: 'keine' }, new Map()]) {
      const issues = issuesOf(() => toICalendar(input as never, { now }));
      expect(issues[0]?.path).toEqual(['municipalities']);
      expect(issues[0]?.message).toMatch(
        /^toICalendar erwartet einen Datensatz aus parseDataset: „municipalities“ muss eine Liste sein/,
      );
    }
  });

  it('lists what is wrong with a dataset, with paths into it', () => {
    const issues = issuesOf(() => toICalendar({ municipalities: [{ id: 'x' }], venues: 7 } as never, { now }));
    expect(issues.map((issue) => issue.path.join('.'))).toContain('venues');
    expect(issues.map((issue) => issue.path.join('.'))).toContain('municipalities.0.name');
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
      toICalendar({ municipalities: Array.from({ length: 100_000 }, () => 1) } as never, { now }),
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
    toICalendar(data, { now });
    toICalendar(parseDataset(structuredClone(data)), { now });
    expect({ data, items }).toEqual(before);
    for (const value of everyObject({ data, items })) expect(Object.isFrozen(value)).toBe(false);
  });

  it('writes a dataset that is not frozen like the same dataset parsed', () => {
    const data = seedsJson();
    expect(toICalendar(data, { now })).toBe(toICalendar(parseDataset(data), { now }));
  });
});
