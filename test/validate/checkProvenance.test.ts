// The provenance checks of parseDataset: sources' dates, `assumed` paths that must name a field,
// and the notices on a status its dates contradict, against the day passed as `today`.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  COLLECTIONS,
  type KommunalIssue,
  KommunalValidationError,
  parseDataset,
  safeParseDataset,
} from '../../src/index.js';
import { PROPERTY_TIMEOUT } from '../property.js';
import { at, seedsJson } from '../seeds.js';

type Json = any;
const TODAY = '2026-12-01';

function issuesAfter(mutate: (data: Json) => void, locale: 'de' | 'en' = 'de'): KommunalIssue[] {
  const data = seedsJson();
  mutate(data);
  const result = safeParseDataset(data, { locale, today: TODAY });
  return result.success ? [] : [...result.error.issues];
}

const CHEMNITZ = { id: 'chemnitz', name: 'Chemnitz', kind: 'city', country: 'DE', state: 'DE-SN' };

function meeting(fields: Record<string, unknown>): Json {
  return {
    id: 'bnt-10',
    kind: 'network-meeting',
    title: '10. Bundesnetzwerktreffen',
    hostId: 'chemnitz',
    guestIds: [],
    startDate: '2027-09-20',
    endDate: '2027-09-21',
    ...fields,
  };
}

function measure(fields: Record<string, unknown>): Json {
  return {
    id: 'integrationskonferenz',
    kind: 'event',
    title: 'Integrationskonferenz',
    municipalityId: 'chemnitz',
    ...fields,
  };
}

/** The notices of a dataset of Chemnitz with these exchanges and measures. */
function noticesOf(exchanges: Json[], measures: Json[], options: object = { today: TODAY }): readonly KommunalIssue[] {
  const result = safeParseDataset({ municipalities: [CHEMNITZ], exchanges, measures }, options);
  expect(result.success, result.success ? '' : result.error.message).toBe(true);
  return result.notices;
}

describe('sources', () => {
  it('have dates that exist', () => {
    const issues = issuesAfter((d) => {
      d.exchanges[at(d, 'exchanges', 'wien-2024-02')].sources = [{ title: 'Pressemitteilung', date: '2024-02-30' }];
    });
    expect(issues).toEqual([
      {
        path: ['exchanges', 0, 'sources', 0, 'date'],
        code: 'invalid_date',
        message: '„2024-02-30“ ist kein gültiges Datum: Diesen Tag gibt es nicht.',
      },
    ]);
  });

  it('may be dated to the year or month, and on 29 February of a leap year', () => {
    const issues = issuesAfter((d) => {
      d.partnerships[0].sources = [
        { title: 'a', date: '2024' },
        { title: 'b', date: '2024-02' },
        { title: 'c', date: '2024-02-29' },
      ];
    });
    expect(issues).toEqual([]);
  });
});

describe('assumed', () => {
  it('names a field the entity has, else it is an error at that path, naming the path', () => {
    const issues = issuesAfter((d) => {
      d.exchanges[at(d, 'exchanges', 'wiesbaden-2024-04')].assumed = [
        'startDate',
        'programme.0.venueId',
        'attendance.participants',
        'programme.1.venueId',
      ];
    });
    expect(issues).toEqual([
      {
        path: ['exchanges', 1, 'assumed', 2],
        code: 'unresolved_assumption',
        message:
          '„attendance.participants“ („assumed“) ist kein Feld dieses Austauschs: Als angenommen markieren lässt sich nur ein Wert, der eingetragen ist.',
      },
      {
        path: ['exchanges', 1, 'assumed', 3],
        code: 'unresolved_assumption',
        message:
          '„programme.1.venueId“ („assumed“) ist kein Feld dieses Austauschs: Als angenommen markieren lässt sich nur ein Wert, der eingetragen ist.',
      },
    ]);
  });

  it('names the entity in its message, in German and English', () => {
    const mutate = (d: Json) => {
      d.measures[0].assumed = ['since'];
    };
    expect(issuesAfter(mutate)[0]?.message).toBe(
      '„since“ („assumed“) ist kein Feld dieser Maßnahme: Als angenommen markieren lässt sich nur ein Wert, der eingetragen ist.',
    );
    expect(issuesAfter(mutate, 'en')[0]?.message).toBe(
      '"since" ("assumed") is not a field of this measure: only a value that is given can be marked as assumed.',
    );
  });

  it.each(['constructor', 'title.length', 'guestIds.length', 'hasOwnProperty', 'guestIds.1', 'title.0'])(
    'finds no field %s in what objects and lists inherit or strings hold',
    (path) => {
      const issues = issuesAfter((d) => {
        d.exchanges[at(d, 'exchanges', 'wien-2024-02')].assumed = [path];
      });
      expect(issues.map((issue) => issue.code)).toEqual(['unresolved_assumption']);
    },
  );

  it('accepts every path to a field of every seed entity, and refuses each one a step further', () => {
    const paths = (value: unknown, prefix: string): string[] => {
      if (typeof value !== 'object' || value === null) return [];
      return Object.entries(value).flatMap(([key, child]) => {
        const path = prefix === '' ? key : `${prefix}.${key}`;
        return [path, ...paths(child, path)];
      });
    };
    const valid = seedsJson();
    const invalid = seedsJson();
    let count = 0;
    for (const collection of COLLECTIONS) {
      for (const [index, entity] of (valid[collection] ?? []).entries()) {
        const all = paths(entity, '');
        count += all.length;
        entity.assumed = all;
        invalid[collection][index].assumed = all.map((path) => `${path}.x`);
      }
    }
    expect(count).toBeGreaterThan(400);
    expect(safeParseDataset(valid, { today: TODAY }).success).toBe(true);
    const result = safeParseDataset(invalid, { today: TODAY });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.code)).toEqual(
      Array.from({ length: count }, () => 'unresolved_assumption'),
    );
  });
});

describe('status against today', () => {
  it('gives a notice, not an error, for a held meeting that has not begun', () => {
    expect(noticesOf([meeting({ status: 'held' })], [])).toEqual([
      {
        path: ['exchanges', 0, 'status'],
        code: 'held_in_future',
        message:
          'Der Austausch „bnt-10“ ist als stattgefunden eingetragen („status“: „held“), beginnt aber erst am 20. September 2027; heute ist der 1. Dezember 2026.',
      },
    ]);
  });

  it('gives a notice for a planned meeting that is over', () => {
    const notices = noticesOf([meeting({ status: 'planned', startDate: '2023-09-20', endDate: '2023-09-21' })], []);
    expect(notices).toEqual([
      {
        path: ['exchanges', 0, 'status'],
        code: 'planned_in_past',
        message:
          'Der Austausch „bnt-10“ ist als geplant eingetragen („status“: „planned“), endete aber schon am 21. September 2023; heute ist der 1. Dezember 2026.',
      },
    ]);
  });

  it('writes a measure’s year or month as German does', () => {
    const notices = noticesOf(
      [],
      [
        measure({ status: 'held', since: '2027' }),
        measure({ id: 'b', status: 'held', since: '2027-02' }),
        measure({ id: 'c', status: 'planned', since: '2016', until: '2017-05' }),
        measure({ id: 'd', status: 'planned', until: '2017' }),
      ],
    );
    expect(notices.map((notice) => notice.message)).toEqual([
      'Die Maßnahme „integrationskonferenz“ ist als stattgefunden eingetragen („status“: „held“), beginnt aber erst 2027; heute ist der 1. Dezember 2026.',
      'Die Maßnahme „b“ ist als stattgefunden eingetragen („status“: „held“), beginnt aber erst im Februar 2027; heute ist der 1. Dezember 2026.',
      'Die Maßnahme „c“ ist als geplant eingetragen („status“: „planned“), endete aber schon im Mai 2017; heute ist der 1. Dezember 2026.',
      'Die Maßnahme „d“ ist als geplant eingetragen („status“: „planned“), endete aber schon 2017; heute ist der 1. Dezember 2026.',
    ]);
    expect(notices.map((notice) => notice.path)).toEqual([
      ['measures', 0, 'status'],
      ['measures', 1, 'status'],
      ['measures', 2, 'status'],
      ['measures', 3, 'status'],
    ]);
  });

  it('writes the notices in English on request', () => {
    const result = safeParseDataset(
      {
        municipalities: [CHEMNITZ],
        exchanges: [meeting({ status: 'held' })],
        measures: [measure({ status: 'planned', until: '2017' })],
      },
      { today: TODAY, locale: 'en' },
    );
    expect(result.notices.map((notice) => notice.message)).toEqual([
      'The exchange "bnt-10" is marked as held ("status": "held"), but its start (2027-09-20) lies after today (2026-12-01).',
      'The measure "integrationskonferenz" is marked as planned ("status": "planned"), but its end (2017) lies before today (2026-12-01).',
    ]);
  });

  it('says nothing where the dates allow the status: the day itself, a period that includes today, other states', () => {
    const notices = noticesOf(
      [
        meeting({ id: 'a', status: 'held', startDate: TODAY, endDate: '2026-12-02' }),
        meeting({ id: 'b', status: 'planned', startDate: '2026-11-30', endDate: TODAY }),
        meeting({ id: 'c', status: 'confirmed', startDate: '2020-01-01', endDate: '2020-01-02' }),
        meeting({ id: 'd', status: 'cancelled' }),
        meeting({ id: 'e', status: 'planned' }),
        meeting({ id: 'f', status: 'held', startDate: '2023-09-20', endDate: '2023-09-21' }),
        meeting({ id: 'g' }),
      ],
      [
        measure({ id: 'a', status: 'held', since: '2026' }),
        measure({ id: 'b', status: 'held', since: '2026-12' }),
        measure({ id: 'c', status: 'planned', until: '2026' }),
        measure({ id: 'd', status: 'planned', since: '2011' }),
        measure({ id: 'e', status: 'held' }),
        measure({ id: 'f', status: 'planned' }),
      ],
    );
    expect(notices).toEqual([]);
  });

  it('takes today as the current day in Germany by default', () => {
    vi.useFakeTimers();
    // 23:30 UTC on 30 November is already 1 December in Berlin.
    vi.setSystemTime(new Date('2026-11-30T23:30:00Z'));
    const notices = noticesOf(
      [
        meeting({ id: 'today', status: 'held', startDate: '2026-12-01', endDate: '2026-12-01' }),
        meeting({ id: 'tomorrow', status: 'held', startDate: '2026-12-02', endDate: '2026-12-02' }),
      ],
      [],
      {},
    );
    expect(notices.map((notice) => notice.message)).toEqual([
      'Der Austausch „tomorrow“ ist als stattgefunden eingetragen („status“: „held“), beginnt aber erst am 2. Dezember 2026; heute ist der 1. Dezember 2026.',
    ]);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([['2026-12-1'], ['2026-02-30'], ['0000-01-01'], [new Date('2026-12-01')], [20261201], [null]])(
    'refuses the option today: %o',
    (today) => {
      const result = safeParseDataset({ municipalities: [] }, { today: today as never });
      expect(result.success).toBe(false);
      expect(result.success ? [] : result.error.issues.map((issue) => issue.code)).toEqual(['invalid_option']);
      expect(() => parseDataset({ municipalities: [] }, { today: today as never })).toThrow(KommunalValidationError);
    },
  );

  it('names the option and the value when it refuses today', () => {
    const result = safeParseDataset({ municipalities: [] }, { today: '1.12.2026' });
    expect(result.success ? '' : result.error.issues[0]?.message).toBe(
      'Die Option „today“ von safeParseDataset muss ein Datum der Form JJJJ-MM-TT sein, nicht „1.12.2026“.',
    );
  });

  it(
    'notices exactly what interval arithmetic says: held while the period begins after today, planned while it ends before',
    () => {
      /** A year, month or day and the first and last day it covers, computed with Date. */
      const partial = fc
        .tuple(fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
        .chain(([year, month, day]) =>
          fc.constantFrom(
            { text: String(year), first: Date.UTC(year, 0, 1), last: Date.UTC(year, 11, 31) },
            {
              text: `${year}-${String(month).padStart(2, '0')}`,
              first: Date.UTC(year, month - 1, 1),
              last: Date.UTC(year, month, 0),
            },
            ...(day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
              ? [
                  {
                    text: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
                    first: Date.UTC(year, month - 1, day),
                    last: Date.UTC(year, month - 1, day),
                  },
                ]
              : []),
          ),
        );
      const day = fc.date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2040-12-31T00:00:00Z'),
        noInvalidDate: true,
      });
      const status = fc.constantFrom('planned', 'confirmed', 'held', 'cancelled', undefined);
      fc.assert(
        fc.property(
          status,
          fc.option(partial, { nil: undefined }),
          fc.option(partial, { nil: undefined }),
          day,
          (state, since, until, now) => {
            const today = now.toISOString().slice(0, 10);
            const midnight = Date.parse(today);
            const result = safeParseDataset(
              {
                municipalities: [CHEMNITZ],
                measures: [
                  measure({
                    ...(state === undefined ? {} : { status: state }),
                    ...(since === undefined ? {} : { since: since.text }),
                    ...(until === undefined ? {} : { until: until.text }),
                  }),
                ],
              },
              { today },
            );
            const expected =
              state === 'held' && since !== undefined && since.first > midnight
                ? ['held_in_future']
                : state === 'planned' && until !== undefined && until.last < midnight
                  ? ['planned_in_past']
                  : [];
            expect(result.notices.map((notice) => notice.code)).toEqual(expected);
          },
        ),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
