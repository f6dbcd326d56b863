// Public holidays abroad: Austria's are built in; for other countries the option `holidays` takes
// a source, asked once per day, country and subdivision in a call, and checked like any input.
import Holidays from 'date-holidays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Conflict,
  detectConflicts,
  type HolidaySource,
  KommunalValidationError,
  type PublicHolidayConflict,
  type ScheduleItem,
} from '../../src/index.js';
import { PROPERTY_TIMEOUT } from '../property.js';

const wien = { name: 'Wien', country: 'AT', state: 'AT-9', timeZone: 'Europe/Vienna' };
const chicago = { name: 'Chicago', country: 'US', state: 'US-IL', timeZone: 'America/Chicago' };
const osaka = { name: 'Osaka', country: 'JP', timeZone: 'Asia/Tokyo' };

const holidaysOf = (conflicts: Conflict[]) =>
  conflicts.filter((conflict): conflict is PublicHolidayConflict => conflict.kind === 'public-holiday');
const kinds = (conflicts: Conflict[]) => conflicts.map((conflict) => `${conflict.kind} ${conflict.itemIds.join('+')}`);

/** What the option `holidays` throws, as its issue. */
function refusal(holidays: unknown, items: ScheduleItem[]): unknown {
  try {
    detectConflicts(items, { holidays } as never);
  } catch (error) {
    if (error instanceof KommunalValidationError) return error.issues;
    throw error;
  }
  throw new Error('no error');
}

describe('detectConflicts: Austria built in', () => {
  it('finds Allerheiligen in Wien on 1 November 2024 with no source given', () => {
    const conflicts = detectConflicts([
      { id: 'empfang', title: 'Empfang', start: '2024-11-01T10:00+01:00', end: '2024-11-01T11:00+01:00', place: wien },
    ]);
    expect(kinds(conflicts)).toEqual(['public-holiday empfang']);
    const [conflict] = holidaysOf(conflicts);
    expect(conflict?.holiday).toEqual({
      date: '2024-11-01',
      name: 'Allerheiligen',
      scope: 'abroad',
      state: undefined,
      country: 'AT',
      subdivision: 'AT-9',
    });
    expect(conflict?.severity).toBe('warning');
    expect(conflict?.message).toBe(
      '„Empfang“ (Freitag, 1. November 2024, 10–11 Uhr) fällt auf einen Feiertag in Österreich: Allerheiligen.',
    );
    const english = holidaysOf(
      detectConflicts(
        [{ id: 'empfang', start: '2024-11-01T10:00+01:00', end: '2024-11-01T11:00+01:00', place: wien }],
        { locale: 'en' },
      ),
    );
    expect(english[0]?.message).toBe(
      '"empfang" (2024-11-01 10:00–11:00, Europe/Vienna) falls on a public holiday in Austria: Allerheiligen.',
    );
  });

  it('finds no holiday on Karfreitag, and the Nationalfeiertag on 26 October', () => {
    const items: ScheduleItem[] = [
      { id: 'karfreitag', start: '2024-03-29T10:00+01:00', end: '2024-03-29T11:00+01:00', place: wien },
      { id: 'national', start: '2023-10-26T10:00+02:00', end: '2023-10-26T11:00+02:00', place: wien },
    ];
    expect(kinds(detectConflicts(items))).toEqual(['public-holiday national']);
  });

  it('says Austria was not checked before 26 July 1967, when its list begins', () => {
    const items: ScheduleItem[] = [
      { id: 'alt', start: '1966-10-26T10:00+01:00', end: '1966-10-26T11:00+01:00', place: wien },
    ];
    const conflicts = detectConflicts(items);
    expect(kinds(conflicts)).toEqual(['not-checked alt']);
    expect(conflicts[0]?.message).toBe(
      'Gesetzliche Feiertage in Österreich sind für 1 Termin nicht geprüft: kommunal kennt sie nicht, und die Option „holidays“ gibt keine Quelle für sie an („alt“).',
    );
  });
});

describe('detectConflicts: a holiday source for places abroad', () => {
  it('asks the source for the local day, the country and the subdivision, and reports what it names', () => {
    const calls: unknown[][] = [];
    const source: HolidaySource = (...args: [string, string, string?]) => {
      calls.push(args);
      return args[0] === '2017-07-04' ? { name: 'Independence Day' } : undefined;
    };
    // 23:30 in Chicago is 4:30 UTC on the next day: the source is asked for Chicago's day.
    const items: ScheduleItem[] = [
      { id: 'feier', title: 'Feier', start: '2017-07-04T22:30-05:00', end: '2017-07-04T23:30-05:00', place: chicago },
    ];
    const conflicts = detectConflicts(items, { holidays: source });
    expect(calls).toEqual([['2017-07-04', 'US', 'US-IL']]);
    expect(kinds(conflicts)).toEqual(['public-holiday feier']);
    const [conflict] = holidaysOf(conflicts);
    expect(conflict?.holiday).toEqual({
      date: '2017-07-04',
      name: 'Independence Day',
      scope: 'abroad',
      state: undefined,
      country: 'US',
      subdivision: 'US-IL',
    });
    expect(conflict?.message).toBe(
      '„Feier“ (Dienstag, 4. Juli 2017, 22:30–23:30 Uhr Ortszeit Chicago) fällt auf einen Feiertag in den USA: Independence Day.',
    );
  });

  it('passes no subdivision where the place gives none', () => {
    const calls: unknown[][] = [];
    detectConflicts([{ id: 'o', start: '2024-04-29T10:00+09:00', end: '2024-04-29T11:00+09:00', place: osaka }], {
      holidays: (...args: unknown[]) => {
        calls.push(args);
        return undefined;
      },
    });
    expect(calls).toEqual([['2024-04-29', 'JP']]);
  });

  it('asks once per day, country and subdivision in a call, and again in the next call', () => {
    let calls = 0;
    const source: HolidaySource = () => {
      calls += 1;
      return undefined;
    };
    const items: ScheduleItem[] = Array.from({ length: 50 }, (_, index) => ({
      id: `c${index}`,
      start: '2017-06-13T10:00-05:00',
      end: '2017-06-13T11:00-05:00',
      place: index % 2 === 0 ? chicago : { ...chicago, state: 'US-NY', timeZone: 'America/Chicago' },
    }));
    expect(kinds(detectConflicts(items, { holidays: source, weekends: false }))).toEqual([]);
    expect(calls).toBe(2);
    detectConflicts(items, { holidays: source });
    expect(calls).toBe(4);
  });

  it('asks about each day an item spans until it finds a holiday', () => {
    const asked: string[] = [];
    const source: HolidaySource = (date) => {
      asked.push(date);
      return date === '2024-12-25' ? { name: 'Christmas Day' } : undefined;
    };
    const items: ScheduleItem[] = [
      { id: 'reise', start: '2024-12-23T09:00-06:00', end: '2024-12-27T17:00-06:00', place: chicago },
    ];
    expect(holidaysOf(detectConflicts(items, { holidays: source }))[0]?.holiday.name).toBe('Christmas Day');
    expect(asked).toEqual(['2024-12-23', '2024-12-24', '2024-12-25']);
  });

  it('asks about Austria only where kommunal knows no holiday, and takes its own first', () => {
    const asked: string[] = [];
    const source: HolidaySource = (date, country, subdivision) => {
      asked.push(`${date} ${country} ${subdivision}`);
      return { name: 'Leopolditag' };
    };
    const items: ScheduleItem[] = [
      { id: 'allerheiligen', start: '2024-11-01T10:00+01:00', end: '2024-11-01T11:00+01:00', place: wien },
      { id: 'leopold', start: '2024-11-15T10:00+01:00', end: '2024-11-15T11:00+01:00', place: wien },
    ];
    const names = holidaysOf(detectConflicts(items, { holidays: source })).map((conflict) => conflict.holiday.name);
    expect(names).toEqual(['Allerheiligen', 'Leopolditag']);
    expect(asked).toEqual(['2024-11-15 AT AT-9']);
  });

  it('leaves no note for a country a source covers, and asks nothing with holidays off', () => {
    let calls = 0;
    const items: ScheduleItem[] = [
      { id: 'o', start: '2024-04-29T10:00+09:00', end: '2024-04-29T11:00+09:00', place: osaka },
    ];
    const source: HolidaySource = () => {
      calls += 1;
      return undefined;
    };
    expect(kinds(detectConflicts(items, { holidays: source }))).toEqual([]);
    expect(kinds(detectConflicts(items))).toEqual(['not-checked o']);
    expect(kinds(detectConflicts(items, { holidays: false }))).toEqual([]);
    expect(calls).toBe(1);
  });

  it('works with a source built on date-holidays', () => {
    const source: HolidaySource = (date, countryCode, subdivision) => {
      const calendar = new Holidays(countryCode, subdivision?.split('-')[1] ?? '', { types: ['public'] });
      const found = calendar.isHoliday(new Date(`${date}T12:00:00Z`));
      return found ? { name: found[0]?.name ?? '' } : undefined;
    };
    const items: ScheduleItem[] = [
      { id: 'golden', start: '2024-04-29T10:00+09:00', end: '2024-04-29T11:00+09:00', place: osaka },
      { id: 'werktag', start: '2024-04-30T10:00+09:00', end: '2024-04-30T11:00+09:00', place: osaka },
    ];
    const conflicts = holidaysOf(detectConflicts(items, { holidays: source }));
    expect(conflicts.map((conflict) => conflict.message)).toEqual([
      '„golden“ (Montag, 29. April 2024, 10–11 Uhr Ortszeit Osaka) fällt auf einen Feiertag in Japan: 昭和の日.',
    ]);
  });

  it('refuses an option that is no source, in German', () => {
    const items: ScheduleItem[] = [];
    expect(refusal('date-holidays', items)).toEqual([
      {
        path: [],
        code: 'invalid_option',
        message:
          'Die Option „holidays“ von detectConflicts muss true, false oder eine Feiertagsquelle (eine Funktion) sein, nicht „date-holidays“.',
      },
    ]);
  });

  it('turns what the source throws into an error naming the call', () => {
    const items: ScheduleItem[] = [
      { id: 'c', start: '2017-06-13T10:00-05:00', end: '2017-06-13T11:00-05:00', place: chicago },
    ];
    expect(
      refusal(() => {
        throw new RangeError('kein Kalender');
      }, items),
    ).toEqual([
      {
        path: [],
        code: 'invalid_option',
        message:
          'Die Feiertagsquelle (Option „holidays“ von detectConflicts) wirft beim Aufruf („2017-06-13“, „US“, „US-IL“) „RangeError: kein Kalender“.',
      },
    ]);
  });

  it.each([
    [null, 'null'],
    [false, 'false'],
    [{ name: 42 }, 'ein Objekt, dessen „name“ 42 ist'],
    [{ name: ' ' }, 'ein Objekt, dessen „name“ „ “ ist'],
    ['Independence Day', '„Independence Day“'],
  ])('refuses the answer %j, naming it', (answer, shown) => {
    const items: ScheduleItem[] = [
      { id: 'c', start: '2017-06-13T10:00-05:00', end: '2017-06-13T11:00-05:00', place: chicago },
    ];
    expect(refusal(() => answer, items)).toEqual([
      {
        path: [],
        code: 'invalid_option',
        message: `Die Antwort der Feiertagsquelle (Option „holidays“ von detectConflicts) auf den Aufruf („2017-06-13“, „US“, „US-IL“) ist ${shown}: Erwartet wird undefined (kein Feiertag) oder ein Objekt mit dem Namen des Feiertags als Text in „name“.`,
      },
    ]);
  });

  it('reads the answer’s name once, and turns a throwing getter into the error', () => {
    let reads = 0;
    const answer = {
      get name() {
        reads += 1;
        return 'Labor Day';
      },
    };
    const items: ScheduleItem[] = [
      { id: 'c', start: '2017-09-04T10:00-05:00', end: '2017-09-04T11:00-05:00', place: chicago },
    ];
    expect(holidaysOf(detectConflicts(items, { holidays: () => answer }))[0]?.holiday.name).toBe('Labor Day');
    expect(reads).toBe(1);
    const hostile = {
      get name(): string {
        throw new Error('nein');
      },
    };
    expect(refusal(() => hostile, items)).toMatchObject([{ code: 'invalid_option' }]);
  });

  it('gives the source strings only and changes no input', () => {
    const items: ScheduleItem[] = [
      { id: 'c', start: '2017-06-13T10:00-05:00', end: '2017-06-13T11:00-05:00', place: chicago },
    ];
    const before = JSON.stringify(items);
    const types: string[] = [];
    detectConflicts(items, {
      holidays: (...args: unknown[]) => {
        types.push(...args.map((arg) => typeof arg));
        return undefined;
      },
    });
    expect(types).toEqual(['string', 'string', 'string']);
    expect(JSON.stringify(items)).toBe(before);
  });
});

describe('detectConflicts: a holiday source, for any schedule abroad', () => {
  const places: readonly { name: string; country: string; state?: string; timeZone: string }[] = [
    chicago,
    osaka,
    { name: 'Durban', country: 'ZA', timeZone: 'Africa/Johannesburg' },
    { name: 'Birmingham', country: 'GB', state: 'GB-BIR', timeZone: 'Europe/London' },
  ];
  /** The local day of an instant, read by Intl: an oracle independent of kommunal's zone code. */
  const localDay = (millis: number, timeZone: string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(millis);
  const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  /** A holiday on about one day in five, different per country and subdivision. */
  const isHoliday = (date: string, country: string, subdivision: string | undefined) =>
    [...`${date}${country}${subdivision ?? ''}`].reduce((sum, character) => sum * 31 + character.charCodeAt(0), 7) %
      5 ===
    0;

  it(
    'reports the first day the source names within each item, asking about each day once',
    () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              place: fc.integer({ min: 0, max: places.length - 1 }),
              startMinute: fc.integer({ min: 0, max: 2 * 366 * 1440 }),
              minutes: fc.integer({ min: 0, max: 3 * 1440 }),
            }),
            { minLength: 1, maxLength: 30 },
          ),
          (raw) => {
            const base = Date.parse('2024-01-01T00:00:00Z');
            const items: ScheduleItem[] = raw.map((entry, index) => ({
              id: `i${index}`,
              start: new Date(base + entry.startMinute * 60_000).toISOString(),
              end: new Date(base + (entry.startMinute + entry.minutes) * 60_000).toISOString(),
              place: places[entry.place],
            }));
            const calls: string[] = [];
            const source: HolidaySource = (date, country, subdivision) => {
              calls.push(`${date} ${country} ${subdivision ?? ''}`);
              return isHoliday(date, country, subdivision) ? { name: `Feiertag ${date}` } : undefined;
            };
            const found = holidaysOf(
              detectConflicts(items, { holidays: source, weekends: false, travelBufferMinutes: 0 }),
            );
            expect(new Set(calls).size).toBe(calls.length);
            const expected = raw.flatMap((entry, index) => {
              const place = places[entry.place] as (typeof places)[number];
              const start = base + entry.startMinute * 60_000;
              const last = base + (entry.startMinute + entry.minutes) * 60_000 - (entry.minutes > 0 ? 1 : 0);
              const lastDay = localDay(last, place.timeZone);
              for (let day = localDay(start, place.timeZone); day <= lastDay; day = nextDay(day)) {
                if (isHoliday(day, place.country, place.state)) return [`i${index} ${day}`];
              }
              return [];
            });
            expect(found.map((conflict) => `${conflict.itemIds[0]} ${conflict.holiday.date}`).sort()).toEqual(
              expected.sort(),
            );
          },
        ),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
