// Schedule items from plain JavaScript and JSON: every field of every item is checked before it is
// used, every problem is listed (up to a bound), and nothing is silently skipped.
import { describe, expect, it } from 'vitest';
import { detectConflicts, KommunalValidationError, parseDataset, type ScheduleItem } from '../../src/index.js';
import { readInstants } from '../../src/schedule/scheduleItem.js';
import { joinedIssuesOf } from '../issues.js';
import { seedsJson } from '../seeds.js';
import { detectConflicts as detectFound, resourceOf } from './conflictsFound.js';

const dataset = parseDataset(seedsJson());
const hour = { start: '2024-04-15T09:00+02:00', end: '2024-04-15T10:00+02:00' };

const issuesOf = joinedIssuesOf;

describe('schedule items', () => {
  it('refuses people and rooms of the wrong type instead of ignoring them', () => {
    // Both were skipped, so two identical items of one person gave no conflict at all.
    const items = [
      { id: 'a', ...hour, personIds: 'sabine' },
      { id: 'b', ...hour, personIds: 'sabine', venueId: 7 },
    ] as unknown as ScheduleItem[];
    expect(issuesOf(() => detectConflicts(items))).toEqual([
      {
        path: '0.personIds',
        code: 'invalid_type',
        message: 'Das Feld „personIds“ des Termins „a“ muss eine Liste von IDs sein, nicht „sabine“.',
      },
      {
        path: '1.personIds',
        code: 'invalid_type',
        message: 'Das Feld „personIds“ des Termins „b“ muss eine Liste von IDs sein, nicht „sabine“.',
      },
      {
        path: '1.venueId',
        code: 'invalid_type',
        message: 'Das Feld „venueId“ des Termins „b“ muss ein Text sein, nicht 7.',
      },
    ]);
  });

  it('checks every field ScheduleItem declares, naming the item by its id or else its index', () => {
    const items = [
      {
        id: 'a',
        ...hour,
        personIds: ['p', 5],
        room: 4161,
        municipalityId: null,
        exchangeId: {},
        measureId: [],
        title: false,
        endApproximate: 'ja',
      },
      { ...hour, venueId: 7 },
    ] as unknown as ScheduleItem[];
    expect(issuesOf(() => detectConflicts(items))).toEqual([
      {
        path: '0.personIds.1',
        code: 'invalid_type',
        message: 'Das Feld „personIds“ des Termins „a“ darf nur IDs (Texte) enthalten, nicht 5.',
      },
      {
        path: '0.room',
        code: 'invalid_type',
        message: 'Das Feld „room“ des Termins „a“ muss ein Text sein, nicht 4161.',
      },
      {
        path: '0.municipalityId',
        code: 'invalid_type',
        message: 'Das Feld „municipalityId“ des Termins „a“ muss ein Text sein, nicht null.',
      },
      {
        path: '0.exchangeId',
        code: 'invalid_type',
        message: 'Das Feld „exchangeId“ des Termins „a“ muss ein Text sein, nicht ein Wert vom Typ object.',
      },
      {
        path: '0.measureId',
        code: 'invalid_type',
        message: 'Das Feld „measureId“ des Termins „a“ muss ein Text sein, nicht eine Liste.',
      },
      {
        path: '0.title',
        code: 'invalid_type',
        message: 'Das Feld „title“ des Termins „a“ muss ein Text sein, nicht false.',
      },
      {
        path: '0.endApproximate',
        code: 'invalid_type',
        message: 'Das Feld „endApproximate“ des Termins „a“ muss true oder false sein, nicht „ja“.',
      },
      {
        path: '1.id',
        code: 'invalid_type',
        message: 'Der Termin bei Index 1 hat keine ID: Erwartet wird ein nicht leerer Text.',
      },
      {
        path: '1.venueId',
        code: 'invalid_type',
        message: 'Das Feld „venueId“ des Termins bei Index 1 muss ein Text sein, nicht 7.',
      },
    ]);
    expect(
      issuesOf(() => detectConflicts([{ id: 'a', ...hour, personIds: 'sabine' as never }], { locale: 'en' })),
    ).toEqual([
      {
        path: '0.personIds',
        code: 'invalid_type',
        message: 'The field "personIds" of the item "a" must be a list of ids, not "sabine".',
      },
    ]);
  });

  it('stops at the first entry of a list that is no id: a sparse list may claim billions', () => {
    const sparse: string[] = [];
    sparse.length = 2 ** 32 - 1;
    sparse[7] = 'p';
    expect(issuesOf(() => detectConflicts([{ id: 'a', ...hour, personIds: sparse }]))).toEqual([
      {
        path: '0.personIds.0',
        code: 'invalid_type',
        message: 'Das Feld „personIds“ des Termins „a“ darf nur IDs (Texte) enthalten, nicht undefined.',
      },
    ]);
  });

  it('refuses instants outside the years 1–9999 with invalid_date, also with a dataset', () => {
    // A Date at the end of JavaScript's range made the holiday check throw a RangeError.
    const items: ScheduleItem[] = [
      { id: 'alt', start: new Date(-8.64e15), end: new Date(-8.64e15 + 3_600_000), municipalityId: 'wiesbaden' },
      { id: 'fern', start: new Date(8.64e15 - 3_600_000), end: new Date(8.64e15), municipalityId: 'wiesbaden' },
      { id: 'offset', start: '0001-01-01T00:00+01:00', end: '0001-01-01T02:00+01:00' },
    ];
    const issues = issuesOf(() => detectConflicts(items, { dataset }));
    expect(issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      '0.start invalid_date',
      '0.end invalid_date',
      '1.start invalid_date',
      '1.end invalid_date',
      '2.start invalid_date',
    ]);
    expect(issues[0]?.message).toBe(
      '„-271821-04-20T00:00:00.000Z“ liegt nicht in den Jahren 1 bis 9999 (UTC), die kommunal unterstützt.',
    );
    expect(issues[4]?.message).toContain('„0001-01-01T00:00+01:00“');
    expect(
      issuesOf(() => detectConflicts([{ id: 'x', start: new Date(-8.64e15), end: new Date(0) }], { locale: 'en' })),
    ).toEqual([
      {
        path: '0.start',
        code: 'invalid_date',
        message: '"-271821-04-20T00:00:00.000Z" does not lie in the years 1 to 9999 (UTC) that kommunal supports.',
      },
    ]);
  });

  it('reads the first and last instants of the years 1–9999 with every check on', () => {
    const items: ScheduleItem[] = [
      {
        id: 'erste',
        start: '0001-01-01T00:00Z',
        end: '0001-01-01T01:00Z',
        municipalityId: 'wiesbaden',
        personIds: ['p'],
      },
      // Already the year 10000 on the clocks of Wiesbaden and Wien.
      {
        id: 'letzte',
        start: '9999-12-31T22:00Z',
        end: '9999-12-31T23:59:59.999Z',
        municipalityId: 'wiesbaden',
        personIds: ['p'],
      },
      {
        id: 'wien',
        start: '9999-12-31T23:00Z',
        end: '9999-12-31T23:59:59.999Z',
        municipalityId: 'wien',
        personIds: ['p'],
        exchangeId: 'wiesbaden-2024-04',
      },
    ];
    const options = { dataset, workingHours: { start: '08:00', end: '18:00' } };
    expect(detectFound(items, options).map((conflict) => `${conflict.kind} ${conflict.itemIds.join('+')}`)).toEqual([
      'outside-working-hours erste',
      'weekend letzte',
      'outside-working-hours letzte',
      'person-double-booked letzte+wien',
      'outside-exchange-period wien',
      'weekend wien',
      'outside-working-hours wien',
    ]);
    expect(detectConflicts(items, { ...options, locale: 'en' })[3]?.message).toBe(
      '"p" is double-booked: "letzte" (9999-12-31 23:00–10000-01-01 00:59, Europe/Berlin) and "wien" (10000-01-01 00:00–00:59, Europe/Vienna).',
    );
  });

  it('refuses an object that only claims to be a Date', () => {
    const fake = Object.create(Date.prototype) as Date;
    expect(issuesOf(() => detectConflicts([{ id: 'a', start: fake, end: fake }])).map((issue) => issue.code)).toEqual([
      'invalid_time',
      'invalid_time',
    ]);
  });

  it('lists the first 1,000 problems in input order and counts the rest', () => {
    // Every item repeats the id of the first and has no start: the repeated ids (found in batches)
    // take their places among the other problems.
    const items = Array.from({ length: 1500 }, () => ({ id: 'x', start: 'morgen', end: hour.end }));
    const issues = issuesOf(() => detectConflicts(items as ScheduleItem[]));
    expect(issues).toHaveLength(1001);
    expect(issues.slice(0, 4).map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      '0.start invalid_time',
      '1.id duplicate_id',
      '1.start invalid_time',
      '2.id duplicate_id',
    ]);
    expect(issues[999]?.path).toBe('500.id');
    // 1,500 starts and 1,499 repeated ids, of which 1,000 are listed.
    expect(issues[1000]).toEqual({ path: '', code: 'too_many_issues', message: '… und 1999 weitere Probleme.' });
    // 200,000 malformed items cost no more: before, they made 400,000 issues.
    const many = Array.from({ length: 200_000 }, (_, index) => ({ id: `b${index}`, start: 'x', end: 'y' }));
    const error = (() => {
      try {
        detectConflicts(many as unknown as ScheduleItem[], { locale: 'en' });
      } catch (thrown) {
        return thrown as KommunalValidationError;
      }
      return undefined;
    })();
    expect(error?.issues).toHaveLength(1001);
    expect(error?.issues[1000]?.message).toBe('… and 399,000 more problems.');
  });

  it('takes names that objects inherit as plain ids', () => {
    const items: ScheduleItem[] = [
      { id: '__proto__', ...hour, personIds: ['constructor', '__proto__'], venueId: 'toString', room: '__proto__' },
      { id: 'constructor', ...hour, personIds: ['constructor', '__proto__'], venueId: 'toString', room: '__proto__' },
    ];
    expect(detectFound(items).map((conflict) => `${conflict.itemIds.join('+')} ${resourceOf(conflict)}`)).toEqual([
      '__proto__+constructor __proto__',
      '__proto__+constructor constructor',
      '__proto__+constructor toString/__proto__',
    ]);
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });

  it('refuses what cannot be read, a getter or proxy trap that throws, as a problem of its item', () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('Falle');
        },
        getPrototypeOf() {
          throw new Error('Falle');
        },
      },
    );
    const getter = Object.defineProperty({ id: 'g', ...hour }, 'personIds', {
      get() {
        throw new Error('Getter');
      },
    });
    const issues = issuesOf(() =>
      detectConflicts([getter, trap, { id: 'ok', ...hour, start: trap }] as unknown as ScheduleItem[]),
    );
    expect(issues.slice(0, 2)).toEqual([
      {
        path: '0',
        code: 'invalid_type',
        message: 'Dieser Wert lässt sich nicht lesen: Beim Lesen wird „Error: Getter“ geworfen.',
      },
      {
        path: '1',
        code: 'invalid_type',
        message: 'Dieser Wert lässt sich nicht lesen: Beim Lesen wird „Error: Falle“ geworfen.',
      },
    ]);
    // A proxy as a time is no Date: its traps are not run to find out.
    expect(issues.slice(2).map((issue) => `${issue.path} ${issue.code}`)).toEqual(['2.start invalid_time']);
    // The list itself: its length is behind a trap.
    const list = new Proxy([], {
      get() {
        throw new Error('Liste');
      },
    });
    expect(issuesOf(() => detectConflicts(list, { locale: 'en' }))).toEqual([
      {
        path: '',
        code: 'invalid_type',
        message: 'This value cannot be read: reading it throws "Error: Liste".',
      },
    ]);
    expect(issuesOf(() => detectConflicts(42 as never, { locale: 'en' }))[0]?.message).toBe(
      '42 is not a list of schedule items: expected a list of objects with id, start and end.',
    );
  });

  it('words item problems in English on request', () => {
    const items = [{ id: 'a', ...hour }, { id: 'a', start: hour.end, end: hour.start }, 7] as unknown as ScheduleItem[];
    expect(issuesOf(() => detectConflicts(items, { locale: 'en' })).map((issue) => issue.message)).toEqual([
      'The id "a" appears more than once (first at index 0).',
      'The item "a" ends before it starts.',
      '7 is not a schedule item: expected an object with id, start and end.',
    ]);
    expect(
      issuesOf(() => detectConflicts([{ id: 'b', start: '2024-02-30T09:00Z', end: hour.end }], { locale: 'en' })),
    ).toEqual([
      {
        path: '0.start',
        code: 'invalid_date',
        message: '"2024-02-30T09:00Z" is not a valid date: February 2024 has 29 days.',
      },
    ]);
    const fields = [
      { id: 7, ...hour },
      { id: 'c', ...hour, personIds: 'p', room: 4 },
      { id: 'd', ...hour, personIds: ['p', 5] },
    ] as unknown as ScheduleItem[];
    expect(issuesOf(() => detectConflicts(fields, { locale: 'en' })).map((issue) => issue.message)).toEqual([
      'The id of the item at index 0 must be a non-empty string, not 7.',
      'The field "personIds" of the item "c" must be a list of ids, not "p".',
      'The field "room" of the item "c" must be a string, not 4.',
      'The field "personIds" of the item "d" may only hold ids (strings), not 5.',
    ]);
  });

  it('refuses an entry of the list that cannot be read, where it is', () => {
    const items = [
      { id: 'a', ...hour },
      { id: 'b', ...hour },
    ];
    Object.defineProperty(items, 1, {
      get() {
        throw new Error('Eintrag');
      },
    });
    expect(issuesOf(() => detectConflicts(items))).toEqual([
      {
        path: '1',
        code: 'invalid_type',
        message: 'Dieser Wert lässt sich nicht lesen: Beim Lesen wird „Error: Eintrag“ geworfen.',
      },
    ]);
  });

  it('lets readInstants see only items without problems', () => {
    const seen: number[] = [];
    expect(() =>
      readInstants(
        [
          { id: 'a', ...hour },
          { id: 'b', ...hour, title: 7 as never },
          { id: 'c', ...hour },
        ],
        'de',
        (index) => seen.push(index),
      ),
    ).toThrow(KommunalValidationError);
    expect(seen).toEqual([0]);
  });
});
