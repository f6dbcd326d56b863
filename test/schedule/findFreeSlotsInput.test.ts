// What findFreeSlots accepts: the items and every option are checked at run time, as plain
// JavaScript and JSON do not obey the types; malformed items are named; nothing is changed.
import { describe, expect, it } from 'vitest';
import { findFreeSlots, type ScheduleItem } from '../../src/index.js';
import { issuesOf } from '../issues.js';

const base = {
  durationMinutes: 60,
  within: { start: '2024-04-15T00:00', end: '2024-04-16T00:00' },
};
const issue = (change: Record<string, unknown>, items: unknown = []) =>
  issuesOf(() => findFreeSlots(items as never, { ...base, ...change } as never))[0];
const message = (change: Record<string, unknown>) => issue(change)?.message;

describe('findFreeSlots input', () => {
  it('refuses options that are no object', () => {
    for (const options of [null, undefined, 'x', [], 5]) {
      expect(issuesOf(() => findFreeSlots([], options as never))[0]?.code).toBe('invalid_option');
    }
  });

  it('takes the items first, and tells a request in the old shape what changed', () => {
    const request = { items: [], ...base };
    expect(issuesOf(() => findFreeSlots(request as never, undefined as never))).toEqual([
      {
        path: [],
        code: 'invalid_type',
        message:
          'ein Wert vom Typ object ist keine Liste von Terminen: findFreeSlots nimmt die Termine als erstes Argument und die Suche als zweites, findFreeSlots(items, { durationMinutes, within, … }).',
      },
    ]);
    // The old shape carried its locale inside the request.
    expect(issuesOf(() => findFreeSlots({ ...request, locale: 'en' } as never, undefined as never))[0]?.message).toBe(
      'a value of type object is not a list of schedule items: findFreeSlots takes the items first and the search second, findFreeSlots(items, { durationMinutes, within, … }).',
    );
    for (const items of ['x', 5, null, undefined]) {
      expect(issuesOf(() => findFreeSlots(items as never, base))[0]).toEqual({
        path: [],
        code: 'invalid_type',
        message: `${items === 'x' ? '„x“' : String(items)} ist keine Liste von Terminen: Erwartet wird eine Liste von Objekten mit id, start und end.`,
      });
    }
  });

  it('checks people, venue, room and items', () => {
    expect(issue({ personIds: 'sabine' })).toEqual({
      path: [],
      code: 'invalid_option',
      message: 'Die Option „personIds“ von findFreeSlots muss eine Liste von Texten sein, nicht „sabine“.',
    });
    const sparse: string[] = [];
    sparse.length = 2 ** 32 - 1;
    expect(issue({ personIds: sparse })?.code).toBe('invalid_option');
    expect(message({ personIds: ['sabine', 7] })).toBe(
      'Die Option „personIds[1]“ von findFreeSlots muss ein Text sein, nicht 7.',
    );
    const trapped = new Proxy(['sabine'], {
      get(target, key, receiver) {
        if (key === '0') throw new Error('Falle');
        return Reflect.get(target, key, receiver);
      },
    });
    expect(message({ personIds: trapped })).toBe(
      'Die Option „personIds[0]“ von findFreeSlots lässt sich nicht lesen: Beim Lesen wird „Error: Falle“ geworfen.',
    );
    expect(message({ venueId: 7 })).toBe('Die Option „venueId“ von findFreeSlots muss ein Text sein, nicht 7.');
    expect(message({ room: false })).toBe('Die Option „room“ von findFreeSlots muss ein Text sein, nicht false.');
  });

  it('names malformed items, with paths into the list', () => {
    const item = { id: 'a', start: '2024-04-15T09:00Z', end: '2024-04-15T10:00Z' };
    for (const [field, value] of [
      ['personIds', 'sabine'],
      ['venueId', 7],
      ['room', 7],
    ] as const) {
      const found = issue({ personIds: ['sabine'], venueId: 'v' }, [{ ...item, [field]: value }]);
      expect(found?.path.slice(0, 2)).toEqual([0, field]);
      expect(found?.message).toContain('„a“');
    }
    expect(issue({}, [{ ...item, end: new Date(8.64e15) }])?.path).toEqual([0, 'end']);
    expect(issue({}, [7])?.path).toEqual([0]);
    expect(issue({ locale: 'en' }, [7])?.message).toBe(
      '7 is not a schedule item: expected an object with id, start and end.',
    );
  });

  it('checks duration, step and limit', () => {
    for (const durationMinutes of [0, 1.5, '60', undefined, 1441, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(issue({ durationMinutes })?.code).toBe('invalid_option');
    }
    expect(message({ durationMinutes: undefined })).toBe(
      'Die Option „durationMinutes“ von findFreeSlots muss eine ganze Zahl von 1 bis 1440 sein, nicht undefined.',
    );
    expect(message({ durationMinutes: undefined, locale: 'en' })).toBe(
      'The option "durationMinutes" of findFreeSlots must be a whole number from 1 to 1,440, not undefined.',
    );
    for (const stepMinutes of [0, 1441, 7.5, '15']) expect(issue({ stepMinutes })?.code).toBe('invalid_option');
    expect(message({ limit: 1001 })).toBe(
      'Die Option „limit“ von findFreeSlots muss eine ganze Zahl von 1 bis 1000 sein, nicht 1001.',
    );
    for (const limit of [0, 2.5, '10', Number.POSITIVE_INFINITY]) expect(issue({ limit })?.code).toBe('invalid_option');
    expect(findFreeSlots([], { ...base, limit: 1000, durationMinutes: 1 })).toHaveLength(600);
  });

  it('checks the period', () => {
    expect(message({ within: undefined })).toBe(
      'Die Option „within“ von findFreeSlots muss ein Objekt mit start und end sein, nicht undefined.',
    );
    expect(issue({ within: null })?.code).toBe('invalid_option');
    expect(issue({ within: { start: '2024-04-15T00:00' } })?.code).toBe('invalid_type');
    expect(issue({ within: { start: '2024-02-30T00:00', end: '2024-04-16T00:00' } })?.code).toBe('invalid_date');
    expect(issue({ within: { start: '2024-04-16T00:00', end: '2024-04-15T00:00' } })).toEqual({
      path: [],
      code: 'invalid_range',
      message: 'Das Zeitfenster von „2024-04-16T00:00“ bis „2024-04-15T00:00“ endet nicht nach seinem Beginn.',
    });
    const outside = issue({ within: { start: '2024-04-15T00:00', end: new Date(8.64e15) } });
    expect(outside?.code).toBe('invalid_date');
    expect(outside?.message).toMatch(/^„\+275760-09-13T00:00:00\.000Z“ liegt nicht in den Jahren 1 bis 9999/);
    expect(
      issue({ within: { start: '0001-01-01T00:00', end: '0001-01-02T00:00' }, timeZone: 'Asia/Tokyo' })?.code,
    ).toBe('invalid_date');
    expect(issue({ within: { start: new Date(-8.64e15), end: '2024-04-15T00:00' } })?.code).toBe('invalid_date');
  });

  it('checks the Land, and that its holidays are known for the period', () => {
    expect(message({ state: 'XX' })).toBe(
      'Die Option „state“ von findFreeSlots muss ein deutsches Land wie „DE-HE“ sein, nicht „XX“.',
    );
    for (const state of ['__proto__', 'toString', 'de-he', 5]) expect(issue({ state })?.code).toBe('invalid_option');
    expect(issue({ state: 'DE-HE', within: { start: '1989-12-20T00:00', end: '1990-01-10T00:00' } })).toEqual({
      path: [],
      code: 'invalid_range',
      message:
        'Die Feiertage von „DE-HE“ kennt kommunal ab 1990, das Zeitfenster beginnt aber schon am „1989-12-20T00:00“: Es muss 1990 oder später beginnen, oder „state“ entfällt.',
    });
    // Without a Land, any year will do.
    expect(findFreeSlots([], { ...base, within: { start: '1989-12-20T00:00', end: '1989-12-21T00:00' } })).toHaveLength(
      10,
    );
  });

  it('checks working hours, zone and locale', () => {
    expect(message({ workingHours: 'nine to five' })).toBe(
      'Die Option „workingHours“ von findFreeSlots muss ein Objekt mit start und end sein, nicht „nine to five“.',
    );
    expect(issue({ workingHours: { start: '8', end: '18:00' } })?.code).toBe('invalid_option');
    expect(issue({ workingHours: { start: '08:00' } })?.code).toBe('invalid_option');
    expect(message({ workingHours: { start: '18:00', end: '08:00' } })).toBe(
      'Die Option „workingHours.end“ von findFreeSlots muss eine Uhrzeit nach dem Beginn „18:00“ sein, nicht „08:00“.',
    );
    const sparse: number[] = [];
    sparse.length = 2 ** 32 - 1;
    expect(message({ workingHours: { start: '08:00', end: '18:00', days: [1, 0] } })).toBe(
      'Die Option „workingHours.days[1]“ von findFreeSlots muss ein Wochentag von 1 (Montag) bis 7 (Sonntag) sein, nicht 0.',
    );
    for (const days of ['1-5', [], [0], [8], [1.5], ['1'], sparse]) {
      expect(issue({ workingHours: { start: '08:00', end: '18:00', days } })?.code).toBe('invalid_option');
    }
    expect(
      findFreeSlots([], {
        ...base,
        durationMinutes: 60,
        within: { start: '2024-04-13T00:00', end: '2024-04-16T00:00' },
        workingHours: { start: '10:00', end: '11:00', days: [6, 7] },
      }).map((slot) => slot.start.toISOString()),
    ).toEqual(['2024-04-13T08:00:00.000Z', '2024-04-14T08:00:00.000Z']);
    expect(issue({ timeZone: 'Europe/Wiesbaden' })).toEqual({
      path: [],
      code: 'invalid_time_zone',
      message: '„Europe/Wiesbaden“ ist keine bekannte IANA-Zeitzone (z. B. „Europe/Berlin“).',
    });
    expect(issue({ timeZone: 5 })).toEqual({
      path: [],
      code: 'invalid_option',
      message:
        'Die Option „timeZone“ von findFreeSlots muss der Name einer IANA-Zeitzone wie „Europe/Berlin“ sein, nicht 5.',
    });
    expect(message({ locale: 'fr' })).toBe(
      'Die Option „locale“ von findFreeSlots muss „de“ oder „en“ sein, nicht „fr“.',
    );
    expect(message({ locale: 'en', personIds: 'sabine' })).toBe(
      'The option "personIds" of findFreeSlots must be a list of strings, not "sabine".',
    );
    expect(message({ locale: 'en', personIds: ['sabine', 7] })).toBe(
      'The option "personIds[1]" of findFreeSlots must be a string, not 7.',
    );
  });

  it('words its errors in English on request', () => {
    const en = (change: Record<string, unknown>) => message({ locale: 'en', ...change });
    expect(en({ within: { start: '2024-04-16T00:00', end: '2024-04-15T00:00' } })).toBe(
      'The period from "2024-04-16T00:00" to "2024-04-15T00:00" does not end after it starts.',
    );
    expect(en({ state: 'DE-HE', within: { start: '1989-12-20T00:00', end: '1990-01-10T00:00' } })).toBe(
      'kommunal knows the public holidays of "DE-HE" from 1990, but the period starts at "1989-12-20T00:00": it must start in 1990 or later, or leave out "state".',
    );
    expect(en({ workingHours: { start: '18:00', end: '08:00' } })).toBe(
      'The option "workingHours.end" of findFreeSlots must be a time after the start "18:00", not "08:00".',
    );
    expect(en({ maxWindowDays: 3660, within: { start: '2000-01-01T00:00', end: '2020-01-01T00:00' } })).toBe(
      'The period from "2000-01-01T00:00" to "2020-01-01T00:00" spans 7,305 days; findFreeSlots searches at most 3,660 days. Longer periods can be searched in parts.',
    );
    expect(en({ timeZone: 'Mars/Olympus' })).toBe(
      '"Mars/Olympus" is not a known IANA time zone (e.g. "Europe/Berlin").',
    );
    // The period's own times, read as instants in `timeZone`, refused in the same language.
    expect(en({ within: { start: '2024-04-15', end: '2024-04-16T00:00' } })).toBe(
      '"2024-04-15" is a calendar date without a time of day, and so not an instant.',
    );
    expect(en({ within: { start: '2024-03-31T02:30', end: '2024-04-01T00:00' } })).toMatch(/^"2024-03-31T02:30" /);
    expect(en({ within: { start: '2024-03-31T02:30', end: '2024-04-01T00:00' } })).not.toMatch(/[äöüß]| ist | die /);
    expect(
      issue({ locale: 'en' }, [{ id: 'a', start: '2024-04-15T09:00', end: 'morgen', personIds: ['sabine'] }])?.message,
    ).toMatch(/^[^äöüß]*$/);
  });

  it('leaves the items and the options as they were: equal, and not frozen', () => {
    const items: ScheduleItem[] = [
      { id: 'a', start: '2024-04-15T09:00+02:00', end: '2024-04-15T10:00+02:00', personIds: ['b', 'a'] },
      { id: 'b', start: new Date('2024-04-15T06:00Z'), end: new Date('2024-04-15T07:00Z'), venueId: 'v', room: 'r' },
    ];
    const options = {
      personIds: ['a'],
      venueId: 'v',
      room: 'r',
      durationMinutes: 30,
      within: { start: '2024-04-15T00:00', end: '2024-04-17T00:00' },
      workingHours: { start: '08:00', end: '18:00', days: [1, 2, 3] },
      state: 'DE-HE' as const,
    };
    const before = structuredClone({ items, options });
    findFreeSlots(items, options);
    expect({ items, options }).toEqual(before);
    for (const value of [options, items, ...items, options.personIds, options.within, options.workingHours]) {
      expect(Object.isFrozen(value)).toBe(false);
    }
  });
});
