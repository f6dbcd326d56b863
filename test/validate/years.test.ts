// kommunal reads the years 1–9999 (UTC) only. Values whose shape is right but whose instant lies
// outside those years are issues at their own path, next to every other issue of the dataset: a
// report never shrinks to one issue because a time could not be read. Dates of year 0000 are
// refused by their format, by zod and by the shipped JSON Schema alike.
import { describe, expect, it } from 'vitest';
import { type KommunalIssue, type SafeParseDatasetResult, safeParseDataset } from '../../src/index.js';

const municipalities = [
  { id: 'wien', name: 'Wien', kind: 'city-state', country: 'AT', state: 'AT-9' },
  { id: 'chicago', name: 'Chicago', kind: 'city', country: 'US', state: 'US-IL', timeZone: 'America/Chicago' },
];

function exchange(startDate: string, endDate: string, programme: readonly object[], hostId = 'wien') {
  return { id: 'x', kind: 'conference', title: 'T', hostId, guestIds: [], startDate, endDate, programme };
}

function issuesOf(result: SafeParseDatasetResult): readonly KommunalIssue[] {
  return result.success ? [] : result.error.issues;
}

describe('times outside the years 1–9999 in a dataset', () => {
  it('are reported at their path, and every other issue stays in the report', () => {
    const input = {
      municipalities: [{ ...municipalities[0], unbekannt: 1 }],
      exchanges: [
        exchange('0001-01-01', '9999-12-31', [
          { id: 'a', title: 'A', start: '0001-01-01T00:30+01:00' },
          { id: 'b', title: 'B', start: '9999-12-31T20:00', end: '9999-12-31T23:00-05:00' },
        ]),
      ],
    };
    expect(issuesOf(safeParseDataset(input))).toEqual([
      { path: ['municipalities', 0], code: 'unrecognized_keys', message: 'Unbekanntes Feld „unbekannt“.' },
      {
        path: ['exchanges', 0, 'programme', 0, 'start'],
        code: 'invalid_date',
        message: '„0001-01-01T00:30+01:00“ liegt nicht in den Jahren 1 bis 9999 (UTC), die kommunal unterstützt.',
      },
      {
        path: ['exchanges', 0, 'programme', 1, 'end'],
        code: 'invalid_date',
        message: '„9999-12-31T23:00-05:00“ liegt nicht in den Jahren 1 bis 9999 (UTC), die kommunal unterstützt.',
      },
    ]);
  });

  it('are reported in English on request', () => {
    const input = {
      municipalities: [municipalities[0]],
      measures: [
        {
          id: 'm',
          kind: 'event',
          title: 'M',
          municipalityId: 'wien',
          sessions: [{ id: 's', title: 'S', start: '0001-01-01T00:30+01:00' }],
        },
      ],
    };
    expect(issuesOf(safeParseDataset(input, { locale: 'en' }))).toEqual([
      {
        path: ['measures', 0, 'sessions', 0, 'start'],
        code: 'invalid_date',
        message: '"0001-01-01T00:30+01:00" does not lie in the years 1 to 9999 (UTC) that kommunal supports.',
      },
    ]);
  });

  it('include a wall-clock time that its zone shows only outside those years', () => {
    // 23:30 on 31 December 9999 in Chicago is 05:30 UTC in the year 10000.
    const input = {
      municipalities,
      exchanges: [
        exchange('9999-12-31', '9999-12-31', [{ id: 'a', title: 'A', start: '9999-12-31T23:30' }], 'chicago'),
      ],
    };
    expect(issuesOf(safeParseDataset(input))).toEqual([
      {
        path: ['exchanges', 0, 'programme', 0, 'start'],
        code: 'invalid_date',
        message:
          '„9999-12-31T23:30“ liegt in der Zeitzone „America/Chicago“ nicht in den Jahren 1 bis 9999, die kommunal unterstützt.',
      },
    ]);
    expect(issuesOf(safeParseDataset(input, { locale: 'en' }))[0]?.message).toBe(
      '"9999-12-31T23:30" does not lie in the years 1 to 9999 (the years kommunal supports) in the time zone "America/Chicago".',
    );
  });

  it('leave instants at the edges of those years alone', () => {
    // Vienna's local mean time, +1:05:21 then, keeps both on the days of the exchange.
    const input = {
      municipalities,
      exchanges: [
        exchange('0001-01-01', '9999-12-31', [
          { id: 'a', title: 'A', start: '0001-01-01T00:00Z', end: '9999-12-31T22:00Z' },
        ]),
      ],
    };
    expect(issuesOf(safeParseDataset(input))).toEqual([]);
  });
});

describe('dates of the year 0000', () => {
  it.each([
    [
      'startDate of an exchange',
      { exchanges: [exchange('0000-01-01', '2024-01-01', [])] },
      ['exchanges', 0, 'startDate'],
    ],
    [
      'a partial date',
      { partnerships: [{ id: 'p', kind: 'friendship', municipalityIds: ['wien', 'chicago'], since: '0000' }] },
      ['partnerships', 0, 'since'],
    ],
    [
      'a month of a partial date',
      { partnerships: [{ id: 'p', kind: 'friendship', municipalityIds: ['wien', 'chicago'], until: '0000-12' }] },
      ['partnerships', 0, 'until'],
    ],
    [
      'a programme item',
      { exchanges: [exchange('2024-01-01', '2024-01-01', [{ id: 'a', title: 'A', start: '0000-01-01T10:00' }])] },
      ['exchanges', 0, 'programme', 0, 'start'],
    ],
    [
      'a local holiday of one year',
      {
        municipalities: [
          { ...municipalities[0], holidays: [{ date: '0000-05-01', name: 'Maifeier' }] },
          municipalities[1],
        ],
      },
      ['municipalities', 0, 'holidays', 0, 'date'],
    ],
  ])('are refused by their format: %s', (_, part, path) => {
    const issues = issuesOf(safeParseDataset({ municipalities, ...part }));
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([[path, 'invalid_format']]);
  });
});
