// Plain JavaScript callers and JSON from outside do not obey the types: whatever they pass, every
// function answers with its result or a KommunalValidationError in German, never a TypeError or
// RangeError, and it ends quickly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateRange,
  formatDateTime,
  formatDayCount,
  formatKind,
  formatMonth,
  formatOrdinal,
  formatPersonName,
  formatTime,
  formatTimeRange,
  formatTimeZone,
  formatVenue,
  isPublicHoliday,
  isValidTimeZone,
  KommunalValidationError,
  parseGermanDate,
  publicHolidayOn,
  publicHolidays,
  yearsSince,
} from '../../src/index.js';
import { PROPERTY_TIMEOUT } from '../property.js';

type Call = (a: unknown, b: unknown, c: unknown) => unknown;

const CALLS: Readonly<Record<string, Call>> = {
  formatDate: (a, b) => formatDate(a as never, b as never),
  formatDateRange: (a, b, c) => formatDateRange(a as never, b as never, c as never),
  formatDateTime: (a, b) => formatDateTime(a as never, b as never),
  formatDayCount: (a) => formatDayCount(a as never),
  formatKind: (a) => formatKind(a as never),
  formatMonth: (a, b) => formatMonth(a as never, b as never),
  formatOrdinal: (a) => formatOrdinal(a as never),
  formatPersonName: (a, b) => formatPersonName(a as never, b as never),
  formatTime: (a, b) => formatTime(a as never, b as never),
  formatTimeRange: (a, b, c) => formatTimeRange(a as never, b as never, c as never),
  formatTimeZone: (a, b) => formatTimeZone(a as never, b as never),
  formatVenue: (a, b) => formatVenue(a as never, b as never),
  parseGermanDate: (a) => parseGermanDate(a as never),
  yearsSince: (a, b, c) => yearsSince(a as never, b as never, c as never),
  publicHolidays: (a, b) => publicHolidays(a as never, b as never),
  publicHolidayOn: (a, b) => publicHolidayOn(a as never, b as never),
  isPublicHoliday: (a, b) => isPublicHoliday(a as never, b as never),
  isValidTimeZone: (a) => isValidTimeZone(a as never),
};

/** What a call ended in: its value, or the code of its KommunalValidationError; anything else fails the test. */
function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    if (error instanceof KommunalValidationError) {
      expect(error.issues.length).toBeGreaterThan(0);
      return error.issues[0]?.code;
    }
    throw error;
  }
}

const HUGE = `2024-04-15${' '.repeat(1_000_000)}`;

const special = fc.constantFrom<unknown>(
  Symbol('x'),
  null,
  undefined,
  Number.NaN,
  1e21,
  -0,
  2024,
  10n,
  Object.create(Date.prototype),
  new Date(Number.NaN),
  new Date(8.64e15),
  new Date('2024-04-15T07:00:00Z'),
  'constructor',
  '__proto__',
  'toString',
  '2024-04-15',
  '2024-04-15T09:00',
  '2024-12-25T23:30:00Z',
  'DE-HE',
  HUGE,
  'x'.repeat(1_000_000),
  { givenName: 'Ada', familyName: 'Lovelace', roles: [{ role: 42 }] },
  { streetAddress: 'Marktplatz 1', postalCode: 7, locality: 'Wiesbaden' },
  [],
  () => 'x',
);

const value = fc.oneof(
  special,
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withNullPrototype: true,
    withObjectString: true,
    withSet: true,
    withSparseArray: true,
    withTypedArray: true,
  }),
  fc.string(),
  fc.date(),
);

const options = fc.oneof(
  value,
  fc.record(
    {
      style: fc.oneof(value, fc.constantFrom('numeric', 'long', 'full', 'short')),
      dateStyle: value,
      timeZone: fc.oneof(value, fc.constantFrom('Europe/Berlin', 'america/chicago', 'Mars/Olympus_Mons')),
      showTimeZone: fc.oneof(value, fc.boolean()),
      withRole: value,
      room: value,
      locale: value,
    },
    { requiredKeys: [] },
  ),
);

describe('hostile input', () => {
  it(
    'ends in a result or a KommunalValidationError, for every function and any arguments',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...Object.keys(CALLS)), value, value, options, (name, a, b, c) => {
          const call = CALLS[name] as Call;
          outcome(() => call(a, b, c));
          outcome(() => call(a, c, c));
        }),
        { numRuns: 3000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('names the option and the value when options are wrong', () => {
    expect(() => formatDate('2024-04-15', null as never)).toThrow(
      new KommunalValidationError([
        {
          path: [],
          code: 'invalid_option',
          message: 'Die Option „options“ von formatDate muss ein Objekt sein, nicht null.',
        },
      ]),
    );
    expect(() => formatDate('2024-04-15', { style: 'x' as never })).toThrow(
      'Die Option „style“ von formatDate muss „numeric“, „long“, „full“ oder „prose“ sein, nicht „x“.',
    );
    expect(() => formatDate('2024-04-15', { timeZone: 42 as never })).toThrow(
      'Die Option „timeZone“ von formatDate muss der Name einer IANA-Zeitzone wie „Europe/Berlin“ sein, nicht 42.',
    );
    expect(() => formatTime('2024-04-15T09:00', { showTimeZone: 'yes' as never })).toThrow(
      'Die Option „showTimeZone“ von formatTime muss true oder false sein, nicht „yes“.',
    );
    expect(() => formatDateTime('2024-04-15T09:00', { dateStyle: 'short' as never })).toThrow(
      'Die Option „dateStyle“ von formatDateTime muss „numeric“, „long“, „full“ oder „prose“ sein, nicht „short“.',
    );
    expect(() => formatTime('2024-04-15T09:30', { timeSeparator: 'h' as never })).toThrow(
      new KommunalValidationError([
        {
          path: [],
          code: 'invalid_option',
          message: 'Die Option „timeSeparator“ von formatTime muss „:“ oder „.“ sein, nicht „h“.',
        },
      ]),
    );
    expect(() => formatDateTime('2024-04-15T09:00', { style: 'long' as never })).toThrow(
      'Die Option „style“ von formatDateTime muss „short“ oder „numeric“ sein, nicht „long“.',
    );
    expect(() => formatTimeRange('2024-04-15T09:00', '2024-04-15T10:00', [] as never)).toThrow(
      'Die Option „options“ von formatTimeRange muss ein Objekt sein, nicht eine Liste.',
    );
    expect(() => formatMonth('2024-02', { timeZone: Symbol('zone') as never })).toThrow(
      'nicht ein Wert vom Typ symbol.',
    );
    expect(() => yearsSince('1997', '2017', 'Europe/Berlin' as never)).toThrow(
      'Die Option „options“ von yearsSince muss ein Objekt sein, nicht „Europe/Berlin“.',
    );
    expect(() => formatPersonName({ givenName: 'A', familyName: 'B' } as never, { withRole: 1 as never })).toThrow(
      'Die Option „withRole“ von formatPersonName muss true oder false sein, nicht 1.',
    );
    expect(() => formatVenue(VENUE, { room: 4161 as never })).toThrow(
      'Die Option „room“ von formatVenue muss ein Text sein, nicht 4161.',
    );
  });

  it.each([
    ['formatDate', () => formatDate('2024-04-15', { timeZone: 'Mars/X' })],
    ['formatDateRange', () => formatDateRange('2024-04-15', '2024-04-18', { timeZone: 'Mars/X' })],
    ['formatDateTime', () => formatDateTime('2024-04-15T09:00', { timeZone: 'Mars/X' })],
    ['formatMonth', () => formatMonth('2024-04', { timeZone: 'Mars/X' })],
    ['formatTime', () => formatTime('2024-04-15T09:00', { timeZone: 'Mars/X' })],
    ['formatTimeRange', () => formatTimeRange('2024-04-15T09:00', '2024-04-15T10:00', { timeZone: 'Mars/X' })],
    ['formatTimeZone', () => formatTimeZone('2024-04-15T09:00', { timeZone: 'Mars/X' })],
    ['yearsSince', () => yearsSince('1997', '2024-04-15', { timeZone: 'Mars/X' })],
  ])('%s refuses an unknown zone, whatever the input needs', (_, run) => {
    expect(run).toThrow(
      new KommunalValidationError([
        {
          path: [],
          code: 'invalid_time_zone',
          message: '„Mars/X“ ist keine bekannte IANA-Zeitzone (z. B. „Europe/Berlin“).',
        },
      ]),
    );
  });

  it('checks the zone option also where a calendar date needs no zone', () => {
    expect(() => formatDate('2024-04-15', { timeZone: 'Mars/Olympus_Mons' })).toThrow(
      '„Mars/Olympus_Mons“ ist keine bekannte IANA-Zeitzone (z. B. „Europe/Berlin“).',
    );
    expect(formatDate('2024-04-15', { timeZone: 'europe/vienna' })).toBe('15. April 2024');
  });

  it('writes only kinds the model names', () => {
    for (const kind of ['constructor', '__proto__', 'toString', 'hasOwnProperty', '', 42, null, undefined]) {
      expect(outcome(() => formatKind(kind as never))).toBe('invalid_value');
    }
    expect(() => formatKind('constructor' as never)).toThrow(
      '„constructor“ ist keine Art, Ebene oder Wiederholung des Datenmodells: Erwartet wird z. B. „town-twinning“.',
    );
    expect(formatKind('other')).toBe('Sonstiges');
  });

  it('refuses persons and venues with missing or non-text fields, naming the field', () => {
    expect(() => formatPersonName(null as never)).toThrow(
      'null ist keine Person: Erwartet wird ein Objekt mit „givenName“ und „familyName“.',
    );
    expect(issue(() => formatPersonName({ familyName: 'Becher' } as never))).toEqual({
      path: ['givenName'],
      code: 'invalid_type',
      message: '„givenName“ der Person muss ein Text sein, nicht undefined.',
    });
    expect(() => formatPersonName({ givenName: 'A', familyName: {} } as never)).toThrow(
      '„familyName“ der Person muss ein Text sein, nicht ein Wert vom Typ object.',
    );
    expect(() => formatPersonName({ givenName: 'A', familyName: 'B', title: 7 } as never)).toThrow(
      '„title“ der Person muss ein Text sein, nicht 7.',
    );
    const person = { givenName: 'Ada', familyName: 'Lovelace' };
    expect(formatPersonName({ ...person, roles: 'x' } as never)).toBe('Ada Lovelace');
    expect(() => formatPersonName({ ...person, roles: 'x' } as never, { withRole: true })).toThrow(
      '„roles“ der Person muss eine Liste sein, nicht „x“.',
    );
    expect(issue(() => formatPersonName({ ...person, roles: [null] } as never, { withRole: true }))).toEqual({
      path: ['roles', 0],
      code: 'invalid_type',
      message: 'null ist keine Rolle: Erwartet wird ein Objekt mit „role“.',
    });
    expect(issue(() => formatPersonName({ ...person, roles: [{ role: 42 }] } as never, { withRole: true }))).toEqual({
      path: ['roles', 0, 'role'],
      code: 'invalid_type',
      message: '„roles.0.role“ der Person muss ein Text sein, nicht 42.',
    });
    expect(formatPersonName({ ...person, roles: [] } as never, { withRole: true })).toBe('Ada Lovelace');

    expect(() => formatVenue({} as never)).toThrow('„streetAddress“ des Ortes muss ein Text sein, nicht undefined.');
    expect(() => formatVenue([] as never)).toThrow(
      'eine Liste ist kein Ort: Erwartet wird ein Objekt mit „streetAddress“, „postalCode“ und „locality“.',
    );
    expect(() => formatVenue({ ...VENUE, room: 5 } as never)).toThrow('„room“ des Ortes muss ein Text sein, nicht 5.');
    expect(() => formatVenue({ ...VENUE, postalCode: 65189 } as never)).toThrow(
      '„postalCode“ des Ortes muss ein Text sein, nicht 65189.',
    );
    expect(formatVenue(VENUE)).toBe('Rathaus, Marktplatz 1, 65183 Wiesbaden');
  });

  it('reads huge strings in linear time', () => {
    for (const text of [
      'a '.repeat(500_000),
      'Mo., '.repeat(200_000),
      'den '.repeat(250_000),
      `15. ${'a'.repeat(1_000_000)} 2024x`,
    ]) {
      expect(outcome(() => parseGermanDate(text))).toBe('invalid_date');
    }
    expect(formatVenue({ ...VENUE, room: `${'1'.repeat(1_000_000)}ab` }).length).toBeGreaterThan(1_000_000);
    expect(outcome(() => formatDate(HUGE))).toBe('invalid_date');
  });
});

const VENUE = {
  id: 'v',
  municipalityId: 'wiesbaden',
  name: 'Rathaus',
  streetAddress: 'Marktplatz 1',
  postalCode: '65183',
  locality: 'Wiesbaden',
};

function issue(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof KommunalValidationError) return error.issues[0];
    throw error;
  }
  return undefined;
}

describe('the writers behind the formatters', () => {
  it('refuse a style no formatter passes on', async () => {
    const { writeClock, writeDate } = await import('../../src/format/write.js');
    expect(() => writeDate({ year: 2024, month: 4, day: 15 }, 'short' as never)).toThrow('ist kein Datumsstil');
    expect(() =>
      writeClock({ year: 2024, month: 4, day: 15, hour: 9, minute: 0, second: 0, millisecond: 0 }, 'long' as never),
    ).toThrow('ist kein Zeitstil');
  });
});

describe("the caller's own code", () => {
  const trap = () => {
    throw new Error('trap');
  };
  const proxy = <T extends object>(target: T) =>
    new Proxy(target, { get: trap, getPrototypeOf: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap });
  const getter = (key: string, base: object = {}) =>
    Object.defineProperty(base, key, {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });

  it('never escapes: throwing getters and Proxies end in a KommunalValidationError naming the option or field', () => {
    expect(issue(() => formatDate('2024-04-15', getter('style') as never))).toEqual({
      path: [],
      code: 'invalid_option',
      message: 'Die Option „style“ von formatDate lässt sich nicht lesen: Beim Lesen wird „Error: getter“ geworfen.',
    });
    expect(issue(() => formatTime('2024-04-15T09:00', proxy({}) as never))?.code).toBe('invalid_option');
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(issue(() => formatDate('2024-04-15', revoked.proxy as never))).toEqual({
      path: [],
      code: 'invalid_option',
      message: expect.stringMatching(
        /^Die Option „options“ von formatDate lässt sich nicht lesen: Beim Lesen wird „TypeError: /,
      ),
    });
    expect(issue(() => formatPersonName(getter('givenName', { title: 'Dr.' }) as never))).toEqual({
      path: ['givenName'],
      code: 'invalid_type',
      message: 'Dieser Wert lässt sich nicht lesen: Beim Lesen wird „Error: getter“ geworfen.',
    });
    expect(issue(() => formatVenue(proxy({}) as never))?.path).toEqual(['room']);
    expect(
      issue(() => formatPersonName({ givenName: 'A', familyName: 'B', roles: proxy([]) } as never, { withRole: true }))
        ?.path,
    ).toEqual(['roles', 0]);
    const thrownHostile = new Proxy(new Error('x'), { getPrototypeOf: trap, get: trap });
    expect(
      issue(() =>
        formatDate(
          '2024-04-15',
          Object.defineProperty({}, 'style', {
            get() {
              throw thrownHostile;
            },
          }) as never,
        ),
      )?.message,
    ).toBe(
      'Die Option „style“ von formatDate lässt sich nicht lesen: Beim Lesen wird ein Wert vom Typ object geworfen.',
    );
    for (const run of [
      () => formatKind(proxy({}) as never),
      () => formatDayCount(proxy({}) as never),
      () => parseGermanDate(proxy({}) as never),
      () => publicHolidays(proxy({}) as never, 'DE-HE'),
      () => isPublicHoliday(revoked.proxy as never, 'DE-HE'),
      () => yearsSince(proxy(new Date()) as never, '2024'),
    ]) {
      expect(issue(run)?.message).toMatch(/^ein (Wert vom Typ object|Array)/);
    }
  });
});
