// Partial dates in checks: a year, a month or a day stands for the days it denotes, and parseDataset
// reports only what certainly contradicts itself. Each rule is tested against plain interval
// arithmetic on day numbers (test/arbitraries.ts), with the run's fixed fast-check seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type KommunalIssue, safeParseDataset } from '../../src/index.js';
import { dayText, type PartialDateSample, partialDates } from '../arbitraries.js';
import { PROPERTY_TIMEOUT } from '../property.js';

type Json = any;

const TODAY = '2024-06-15';
const CHEMNITZ = { id: 'chemnitz', name: 'Chemnitz', kind: 'city', country: 'DE', state: 'DE-SN' };
const LEIPZIG = { id: 'leipzig', name: 'Leipzig', kind: 'city', country: 'DE', state: 'DE-SN' };
const MINISTRY = { id: 'sms', name: 'Sächsisches Staatsministerium für Soziales', kind: 'ministry' };

function exchange(fields: Record<string, unknown>): Json {
  return {
    id: 'bnt-10',
    kind: 'network-meeting',
    title: '10. Bundesnetzwerktreffen',
    hostId: 'chemnitz',
    guestIds: [],
    ...fields,
  };
}

/** `{ startDate, endDate }` with the samples' texts, leaving out what is undefined. */
function dates(start: PartialDateSample | undefined, end: PartialDateSample | undefined): Record<string, string> {
  return {
    ...(start === undefined ? {} : { startDate: start.text }),
    ...(end === undefined ? {} : { endDate: end.text }),
  };
}

function parse(data: Json, locale: 'de' | 'en' = 'de') {
  return safeParseDataset({ municipalities: [CHEMNITZ, LEIPZIG], ...data }, { today: TODAY, locale });
}

/** Every error as `path:code`, sorted. */
function errors(data: Json): string[] {
  const result = parse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}:${issue.code}`).sort();
}

function issues(data: Json, locale: 'de' | 'en' = 'de'): readonly KommunalIssue[] {
  const result = parse(data, locale);
  return result.success ? [] : result.error.issues;
}

const maybe = (arbitrary: fc.Arbitrary<PartialDateSample>) => fc.option(arbitrary, { nil: undefined });

describe('exchange dates', () => {
  it('may be left out, or given as a year or month', () => {
    expect(errors({ exchanges: [exchange({})] })).toEqual([]);
    expect(errors({ exchanges: [exchange({ startDate: '2025' })] })).toEqual([]);
    expect(errors({ exchanges: [exchange({ startDate: '2025-10', endDate: '2025-10-02' })] })).toEqual([]);
  });

  it('refuse an end without a start, in German and English', () => {
    expect(issues({ exchanges: [exchange({ endDate: '2025-10' })] })).toEqual([
      {
        path: ['exchanges', 0, 'endDate'],
        code: 'missing_start',
        message:
          'Das Ende (Oktober 2025) steht ohne Beginn („startDate“): Tragen Sie den Beginn ein, wenigstens das Jahr, oder lassen Sie beide weg.',
      },
    ]);
    expect(issues({ exchanges: [exchange({ endDate: '2025-10' })] }, 'en')[0]?.message).toBe(
      'The end (2025-10) has no start ("startDate"): give the start, at least its year, or leave out both.',
    );
  });

  it('refuse a day that does not exist', () => {
    expect(errors({ exchanges: [exchange({ startDate: '2025-02-29' })] })).toEqual([
      'exchanges.0.startDate:invalid_date',
    ]);
  });

  it('call an end before the start only when its last day lies before the start’s first', () => {
    expect(errors({ exchanges: [exchange({ startDate: '2025-10-05', endDate: '2025-10' })] })).toEqual([]);
    expect(errors({ exchanges: [exchange({ startDate: '2025', endDate: '2025-03' })] })).toEqual([]);
    expect(issues({ exchanges: [exchange({ startDate: '2025-10', endDate: '2025-09' })] })).toEqual([
      {
        path: ['exchanges', 0, 'endDate'],
        code: 'invalid_range',
        message: 'Das Ende (September 2025) liegt vor dem Beginn (Oktober 2025).',
      },
    ]);
  });

  it(
    'report exactly what interval arithmetic says: missing_start, or an end whose last day precedes the start’s first',
    () => {
      fc.assert(
        fc.property(maybe(partialDates()), maybe(partialDates()), (start, end) => {
          const expected: string[] = [];
          if (start === undefined && end !== undefined) expected.push('exchanges.0.endDate:missing_start');
          if (start !== undefined && end !== undefined && end.last < start.first) {
            expected.push('exchanges.0.endDate:invalid_range');
          }
          expect(errors({ exchanges: [exchange(dates(start, end))] })).toEqual(expected);
        }),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('grants and their programme', () => {
  const programme = (fields: Record<string, unknown>) => ({
    id: 'p',
    name: 'Programm',
    funderId: 'sms',
    level: 'state',
    ...fields,
  });
  const grant = (fields: Record<string, unknown>) => ({
    id: 'g',
    programmeId: 'p',
    recipientId: 'chemnitz',
    ...fields,
  });

  it('count a year as all its days: a grant of 2015 fits a programme from March 2015', () => {
    const data = {
      organisations: [MINISTRY],
      fundingProgrammes: [programme({ startDate: '2015-03-01', endDate: '2019' })],
      grants: [grant({ startDate: '2015', endDate: '2015' })],
    };
    expect(errors(data)).toEqual([]);
  });

  it('report a grant that certainly begins before its programme', () => {
    const data = {
      organisations: [MINISTRY],
      fundingProgrammes: [programme({ startDate: '2015-03', endDate: '2019' })],
      grants: [grant({ startDate: '2015-02', endDate: '2015' })],
    };
    expect(issues(data)).toEqual([
      {
        path: ['grants', 0, 'startDate'],
        code: 'outside_period',
        message:
          'Die Förderung (Februar 2015 bis 2015) liegt außerhalb der Laufzeit des Förderprogramms (März 2015 – 2019).',
      },
    ]);
  });

  it(
    'report exactly what interval arithmetic says, for the grant, the programme and the two together',
    () => {
      fc.assert(
        fc.property(
          partialDates(),
          partialDates(),
          maybe(partialDates()),
          maybe(partialDates()),
          (start, end, programmeStart, programmeEnd) => {
            const expected: string[] = [];
            if (
              programmeStart !== undefined &&
              programmeEnd !== undefined &&
              programmeEnd.last < programmeStart.first
            ) {
              expected.push('fundingProgrammes.0.endDate:invalid_range');
            }
            if (end.last < start.first) expected.push('grants.0.endDate:invalid_range');
            if (programmeStart !== undefined && start.last < programmeStart.first) {
              expected.push('grants.0.startDate:outside_period');
            } else if (programmeEnd !== undefined && end.first > programmeEnd.last) {
              expected.push('grants.0.endDate:outside_period');
            }
            const data = {
              organisations: [MINISTRY],
              fundingProgrammes: [programme(dates(programmeStart, programmeEnd))],
              grants: [grant(dates(start, end))],
            };
            expect(errors(data)).toEqual(expected.sort());
          },
        ),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('person roles', () => {
  it('take partial dates, checked as intervals', () => {
    const person = (startDate: string, endDate: string) => ({
      id: 'p',
      givenName: 'Kim',
      familyName: 'Becher',
      roles: [{ role: 'Integrationsbeauftragte', startDate, endDate }],
    });
    expect(errors({ persons: [person('2014', '2014-03')] })).toEqual([]);
    expect(errors({ persons: [person('2014-04', '2014-03')] })).toEqual(['persons.0.roles.0.endDate:invalid_range']);
  });
});

describe('programme items', () => {
  it('may have a day without a time, or no start at all', () => {
    const programme = [
      { id: 'empfang', title: 'Empfang', start: '2025-10-02' },
      { id: 'besuch', title: 'Besuch einer Beratungsstelle' },
    ];
    expect(errors({ exchanges: [exchange({ startDate: '2025-10', programme })] })).toEqual([]);
  });

  it('have an end only after a start with a time', () => {
    const programme = [
      { id: 'a', title: 'A', start: '2025-10-02', end: '2025-10-02T12:00' },
      { id: 'b', title: 'B', end: '2025-10-02T12:00' },
    ];
    expect(issues({ exchanges: [exchange({ startDate: '2025-10', programme })] })).toEqual([
      {
        path: ['exchanges', 0, 'programme', 0, 'end'],
        code: 'missing_start',
        message:
          'Das Ende (Donnerstag, 2. Oktober 2025, 12 Uhr) braucht einen Beginn mit Uhrzeit; der Beginn nennt nur den Tag (2. Oktober 2025).',
      },
      {
        path: ['exchanges', 0, 'programme', 1, 'end'],
        code: 'missing_start',
        message:
          'Das Ende (Donnerstag, 2. Oktober 2025, 12 Uhr) steht ohne Beginn („start“): Ein Ende braucht einen Beginn mit Uhrzeit.',
      },
    ]);
  });

  it(
    'lie outside their exchange exactly when their day lies outside first day of start … last day of end (else of start)',
    () => {
      const item = fc.record({
        day: fc.integer({ min: Date.UTC(2023, 0, 1) / 86_400_000, max: Date.UTC(2025, 11, 31) / 86_400_000 }),
        timed: fc.boolean(),
      });
      fc.assert(
        fc.property(maybe(partialDates()), maybe(partialDates()), item, (start, end, { day, timed }) => {
          fc.pre(start !== undefined || end === undefined);
          const text = dayText(day);
          const programme = [{ id: 'i', title: 'I', start: timed ? `${text}T12:00` : text }];
          const expected: string[] = [];
          if (start !== undefined && end !== undefined && end.last < start.first) {
            expected.push('exchanges.0.endDate:invalid_range');
          }
          const last = (end ?? start)?.last;
          if (start !== undefined && last !== undefined && (day < start.first || day > last)) {
            expected.push('exchanges.0.programme.0.start:outside_period');
          }
          expect(errors({ exchanges: [exchange({ ...dates(start, end), programme })] })).toEqual(expected.sort());
        }),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('in a measure’s sessions, a day without a time is checked against since and until', () => {
    const measure = {
      id: 'm',
      kind: 'event',
      title: 'Integrationskonferenz',
      municipalityId: 'chemnitz',
      since: '2017-05',
      until: '2017-05',
      sessions: [{ id: 's', title: 'Tag', start: '2017-06-01' }],
    };
    expect(errors({ measures: [measure] })).toEqual(['measures.0.sessions.0.start:outside_period']);
  });
});

describe('return visits', () => {
  const visit = (start: PartialDateSample | undefined) => ({
    ...exchange({
      id: 'visit',
      kind: 'professional-exchange',
      title: 'Besuch',
      hostId: 'leipzig',
      guestIds: ['chemnitz'],
    }),
    ...dates(start, undefined),
  });
  const returnVisit = (start: PartialDateSample | undefined) => ({
    ...exchange({
      id: 'return',
      kind: 'professional-exchange',
      title: 'Gegenbesuch',
      hostId: 'chemnitz',
      guestIds: ['leipzig'],
      reciprocates: 'visit',
    }),
    ...dates(start, undefined),
  });

  it('are not earlier than the visit only where the visit’s first day is not before the return’s last', () => {
    const at = (a: string, b: string) =>
      errors({
        exchanges: [
          { ...visit(undefined), startDate: a },
          { ...returnVisit(undefined), startDate: b },
        ],
      });
    expect(at('2024', '2024-04-15')).toEqual([]);
    expect(at('2024-04', '2024-04')).toEqual([]);
    expect(at('2024-04-15', '2024-04-15')).toEqual(['exchanges.1.reciprocates:invalid_reciprocation']);
    expect(at('2024-05', '2024-04')).toEqual(['exchanges.1.reciprocates:invalid_reciprocation']);
  });

  it(
    'are reported exactly as interval arithmetic says',
    () => {
      fc.assert(
        fc.property(maybe(partialDates()), maybe(partialDates()), (first, second) => {
          const expected =
            first !== undefined && second !== undefined && first.first >= second.last
              ? ['exchanges.1.reciprocates:invalid_reciprocation']
              : [];
          expect(errors({ exchanges: [visit(first), returnVisit(second)] })).toEqual(expected);
        }),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('name the visit’s start at its precision', () => {
    const found = issues({
      exchanges: [
        { ...visit(undefined), startDate: '2024-05' },
        { ...returnVisit(undefined), startDate: '2024-04' },
      ],
    });
    expect(found.map((issue) => issue.message)).toEqual([
      'Ein Gegenbesuch folgt dem Besuch: „visit“ beginnt erst im Mai 2024, nicht vorher.',
    ]);
  });
});

describe('status of an exchange against today', () => {
  const today = Date.UTC(2024, 5, 15) / 86_400_000;

  it('counts an exchange with a start alone as over when the start’s period is', () => {
    const notices = (fields: Record<string, unknown>) =>
      parse({ exchanges: [exchange(fields)] }).notices.map((n) => n.code);
    expect(notices({ status: 'planned', startDate: '2024-05' })).toEqual(['planned_in_past']);
    expect(notices({ status: 'planned', startDate: '2024' })).toEqual([]);
    expect(notices({ status: 'held', startDate: '2024' })).toEqual([]);
    expect(notices({ status: 'held', startDate: '2024-07' })).toEqual(['held_in_future']);
    expect(notices({ status: 'planned' })).toEqual([]);
  });

  it(
    'notices exactly what interval arithmetic says: held while the start begins after today, planned while the end (else the start) ends before',
    () => {
      const status = fc.constantFrom('planned', 'confirmed', 'held', 'cancelled', undefined);
      fc.assert(
        fc.property(status, maybe(partialDates()), maybe(partialDates()), (state, start, end) => {
          fc.pre(start !== undefined || end === undefined);
          const fields = { ...dates(start, end), ...(state === undefined ? {} : { status: state }) };
          const last = (end ?? start)?.last;
          const expected =
            state === 'held' && start !== undefined && start.first > today
              ? ['held_in_future']
              : state === 'planned' && last !== undefined && last < today
                ? ['planned_in_past']
                : [];
          expect(parse({ exchanges: [exchange(fields)] }).notices.map((notice) => notice.code)).toEqual(expected);
        }),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
