// scheduleOf on values that are not parsed datasets, its options, and the caller's objects, which
// neither it nor detectConflicts changes.
import { describe, expect, it } from 'vitest';
import { type Dataset, detectConflicts, parseDataset, type ScheduleItem, scheduleOf } from '../../src/index.js';
import { joinedIssuesOf } from '../issues.js';
import { seedsJson } from '../seeds.js';

const refusal = joinedIssuesOf;

const exchange = {
  id: 'e',
  title: 'Austausch',
  hostId: 'w',
  guestIds: [],
  startDate: '2024-04-15',
  endDate: '2024-04-18',
};

describe('scheduleOf: input that is not a parsed dataset', () => {
  it.each([
    [null, '', 'scheduleOf erwartet einen Datensatz aus parseDataset, nicht null.'],
    ['x', '', 'scheduleOf erwartet einen Datensatz aus parseDataset, nicht „x“.'],
    [
      {},
      'municipalities',
      'scheduleOf erwartet einen Datensatz aus parseDataset: „municipalities“ muss eine Liste sein, nicht undefined.',
    ],
    [
      { municipalities: 'x' },
      'municipalities',
      'scheduleOf erwartet einen Datensatz aus parseDataset: „municipalities“ muss eine Liste sein, nicht „x“.',
    ],
    [
      { municipalities: [], exchanges: [{ ...exchange, programme: ['x'] }] },
      'exchanges.0.programme.0',
      'scheduleOf erwartet einen Datensatz aus parseDataset: „exchanges.0.programme.0“ muss ein Objekt sein, nicht „x“.',
    ],
    [
      { municipalities: [], exchanges: [{ ...exchange, programme: 'x' }] },
      'exchanges.0.programme',
      'scheduleOf erwartet einen Datensatz aus parseDataset: „exchanges.0.programme“ muss eine Liste sein, nicht „x“.',
    ],
    [
      { municipalities: [], exchanges: [{ ...exchange, guestIds: undefined }] },
      'exchanges.0.guestIds',
      'scheduleOf erwartet einen Datensatz aus parseDataset: „exchanges.0.guestIds“ muss eine Liste von IDs sein, nicht undefined.',
    ],
    [
      {
        municipalities: [],
        measures: [{ id: 'm', sessions: [{ id: 's', title: 'S', start: '2024-04-15T09:00', personIds: 'p' }] }],
      },
      'measures.0.sessions.0.personIds',
      'scheduleOf erwartet einen Datensatz aus parseDataset: „measures.0.sessions.0.personIds“ muss eine Liste von IDs sein, nicht „p“.',
    ],
    [
      { municipalities: [null] },
      'municipalities.0',
      'scheduleOf erwartet einen Datensatz aus parseDataset: „municipalities.0“ muss ein Objekt sein, nicht null.',
    ],
  ])('refuses %j without a TypeError', (dataset, path, message) => {
    expect(refusal(() => scheduleOf(dataset as never))).toEqual([{ path, code: 'invalid_type', message }]);
  });

  it('refuses what cannot be read without running into it', () => {
    const trap = new Proxy(() => undefined, {
      getPrototypeOf() {
        throw new Error('Falle');
      },
      get() {
        throw new Error('Falle');
      },
    });
    // Named without its traps, or else as unreadable: a validation error either way.
    expect(refusal(() => scheduleOf(trap as never)).map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      ' invalid_type',
    ]);
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(refusal(() => scheduleOf(revoked as never)).map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      ' invalid_type',
    ]);
    const options = Object.defineProperty({}, 'defaultDurationMinutes', {
      get() {
        throw new Error('Getter');
      },
    });
    expect(refusal(() => scheduleOf({ municipalities: [] }, options))).toEqual([
      {
        path: '',
        code: 'invalid_option',
        message:
          'Die Option „defaultDurationMinutes“ von scheduleOf lässt sich nicht lesen: Beim Lesen wird „Error: Getter“ geworfen.',
      },
    ]);
  });

  it('lists every misfit at once', () => {
    const issues = refusal(() =>
      scheduleOf({
        municipalities: [{ id: 7, name: 'W', country: 'DE' }],
        venues: 'x',
        exchanges: [{ ...exchange, programme: [{ id: 'p', title: 'P', start: 9, endApproximate: 'ja' }] }],
      } as never),
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      'municipalities.0.id',
      'venues',
      'exchanges.0.programme.0.start',
      'exchanges.0.programme.0.endApproximate',
    ]);
  });
});

describe('scheduleOf: options and instants', () => {
  const dataset = parseDataset(seedsJson());

  it.each([
    [null, 'Die Option „options“ von scheduleOf muss ein Objekt sein, nicht null.'],
    [
      { defaultDurationMinutes: Number.NaN },
      'Die Option „defaultDurationMinutes“ von scheduleOf muss eine ganze Zahl von 1 bis 10\u202f080 sein, nicht NaN.',
    ],
    [
      { defaultDurationMinutes: '90' },
      'Die Option „defaultDurationMinutes“ von scheduleOf muss eine ganze Zahl von 1 bis 10\u202f080 sein, nicht „90“.',
    ],
    [
      { defaultDurationMinutes: 0 },
      'Die Option „defaultDurationMinutes“ von scheduleOf muss eine ganze Zahl von 1 bis 10\u202f080 sein, nicht 0.',
    ],
  ])('refuses the options %j', (options, message) => {
    expect(refusal(() => scheduleOf(dataset, options as never))).toEqual([
      { path: '', code: 'invalid_option', message },
    ]);
  });

  it('names the entry whose time is no wall-clock time, with its path', () => {
    const data = {
      municipalities: [{ id: 'w', name: 'W', kind: 'city', country: 'DE', state: 'DE-HE' }],
      exchanges: [
        { ...exchange, programme: [{ id: 'p', title: 'P', start: '2024-04-15T09:00', end: '2024-02-30T10:00' }] },
      ],
    };
    expect(refusal(() => scheduleOf(data as never)).map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      'exchanges.0.programme.0.end invalid_date',
    ]);
  });

  it('refuses an item whose default end passes the year 9999', () => {
    const data = {
      municipalities: [{ id: 'w', name: 'W', kind: 'city', country: 'DE', state: 'DE-HE' }],
      exchanges: [
        {
          ...exchange,
          kind: 'professional-exchange',
          startDate: '9999-12-31',
          endDate: '9999-12-31',
          programme: [{ id: 'spaet', title: 'Spät', start: '9999-12-31T23:30Z' }],
        },
      ],
    };
    // Not through parseDataset, which refuses it for leaving its exchange in the host's calendar.
    expect(refusal(() => scheduleOf(data as never))).toEqual([
      {
        path: 'exchanges.0.programme.0.start',
        code: 'invalid_date',
        message: '„9999-12-31T23:30Z“ liegt nicht in den Jahren 1 bis 9999 (UTC), die kommunal unterstützt.',
      },
    ]);
  });
});

describe('scheduleOf in English', () => {
  it('writes every refusal in English with locale "en"', () => {
    expect(refusal(() => scheduleOf(5 as never, { locale: 'en' }))).toEqual([
      { path: '', code: 'invalid_type', message: 'scheduleOf expects a dataset from parseDataset, not 5.' },
    ]);
    const dataset = parseDataset(seedsJson());
    expect(refusal(() => scheduleOf(dataset, { locale: 'en', defaultDurationMinutes: 0 }))).toEqual([
      {
        path: '',
        code: 'invalid_option',
        message: 'The option "defaultDurationMinutes" of scheduleOf must be a whole number from 1 to 10,080, not 0.',
      },
    ]);
    const late = {
      municipalities: [{ id: 'w', name: 'W', kind: 'city', country: 'DE', state: 'DE-HE' }],
      exchanges: [
        {
          ...exchange,
          startDate: '9999-12-31',
          endDate: '9999-12-31',
          programme: [{ id: 'spaet', title: 'Spät', start: '9999-12-31T23:30Z' }],
        },
      ],
    };
    expect(refusal(() => scheduleOf(late as never, { locale: 'en' }))[0]?.message).toBe(
      '"9999-12-31T23:30Z" does not lie in the years 1 to 9999 (UTC) that kommunal supports.',
    );
  });
});

describe('what scheduleOf hands out', () => {
  it('is the call’s own: changing it changes nothing a later call of the same dataset sees', () => {
    const data = seedsJson();
    data.municipalities.find((m: { id: string }) => m.id === 'wiesbaden').holidays = [
      { date: '12-24', name: 'Heiligabend (Beispiel)' },
    ];
    const dataset = parseDataset(data);
    const first = scheduleOf(dataset);
    const holidays = first.find((item) => item.place?.name === 'Wiesbaden')?.place?.holidays ?? [];
    expect(holidays).toHaveLength(1);
    (holidays as { date: string; name: string }[]).push({ date: '04-15', name: 'Erfunden' });
    const item: ScheduleItem = {
      id: 'x',
      start: '2024-04-15T10:00+02:00',
      end: '2024-04-15T11:00+02:00',
      municipalityId: 'wiesbaden',
    };
    expect(detectConflicts([item], { dataset }).filter((conflict) => conflict.kind === 'public-holiday')).toEqual([]);
    expect(scheduleOf(dataset).find((entry) => entry.place?.name === 'Wiesbaden')?.place?.holidays).toEqual([
      { date: '12-24', name: 'Heiligabend (Beispiel)' },
    ]);
  });
});

describe('the caller’s objects', () => {
  it('are left as given by scheduleOf and detectConflicts: equal, and not frozen', () => {
    const data = seedsJson();
    data.municipalities.find((m: { id: string }) => m.id === 'chemnitz').holidays = [
      { date: '08-08', name: 'Friedensfest' },
    ];
    // A parsed dataset (frozen by parseDataset) and a plain object of the same shape.
    for (const dataset of [parseDataset(data), structuredClone(data) as Dataset]) {
      const items: ScheduleItem[] = [
        ...scheduleOf(dataset),
        {
          id: 'a',
          title: 'Lotsentreffen',
          start: new Date('2024-08-08T08:00:00Z'),
          end: '2024-08-08T12:00+02:00',
          personIds: ['sabine-herrmann', 'sabine-herrmann'],
          venueId: 'wiesbaden-konradinerallee-11',
          municipalityId: 'chemnitz',
          exchangeId: 'wiesbaden-2024-04',
        },
        {
          id: 'b',
          start: '2024-08-08T09:00+02:00',
          end: '2024-08-08T10:00+02:00',
          personIds: ['sabine-herrmann'],
          venueId: 'wiesbaden-konradinerallee-11',
          municipalityId: 'wetzlar',
        },
      ];
      const options = { dataset, workingHours: { start: '08:00', end: '16:00', days: [3, 1] }, maxConflicts: 3 };
      const objects = (value: unknown): object[] =>
        typeof value === 'object' && value !== null && !(value instanceof Date)
          ? [value, ...Object.values(value).flatMap(objects)]
          : [];
      const given = [items, options, dataset];
      const frozen = given.flatMap(objects).map((value) => Object.isFrozen(value));
      const before = structuredClone(given);
      expect(detectConflicts(items, options).at(-1)?.kind).toBe('truncated');
      scheduleOf(dataset, { defaultDurationMinutes: 90 });
      expect(given).toEqual(before);
      expect(given.flatMap(objects).map((value) => Object.isFrozen(value))).toEqual(frozen);
      expect(objects(items.slice(-2)).some((value) => Object.isFrozen(value))).toBe(false);
    }
  });
});
