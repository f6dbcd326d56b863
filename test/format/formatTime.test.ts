import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatTime,
  formatTimeRange,
  formatTimeZone,
  KommunalValidationError,
} from '../../src/index.js';
import { PROPERTY_TIMEOUT } from '../property.js';

const berlin = (iso: string, showTimeZone = true) => formatTime(new Date(iso), { showTimeZone });
const chicago = (iso: string) => formatTime(new Date(iso), { timeZone: 'America/Chicago', showTimeZone: true });

describe('formatTime', () => {
  it('writes full hours without minutes and other times with them', () => {
    expect(formatTime('2024-04-15T00:00')).toBe('0 Uhr');
    expect(formatTime('2024-04-15T09:05')).toBe('9:05 Uhr');
    expect(formatTime('2024-04-15T23:59:59')).toBe('23:59 Uhr');
    expect(formatTime('2024-04-15T09:05', { style: 'numeric' })).toBe('09:05 Uhr');
  });

  it('follows Europe/Berlin across the spring change of 2024 (31 March, 2 → 3 Uhr)', () => {
    expect(berlin('2024-03-30T23:00:00Z')).toBe('0 Uhr MEZ');
    expect(berlin('2024-03-31T00:59:00Z')).toBe('1:59 Uhr MEZ');
    expect(berlin('2024-03-31T01:00:00Z')).toBe('3 Uhr MESZ');
    expect(berlin('2024-03-31T02:00:00Z')).toBe('4 Uhr MESZ');
  });

  it('follows Europe/Berlin across the autumn change of 2024 (27 October, 3 → 2 Uhr)', () => {
    expect(berlin('2024-10-26T22:00:00Z')).toBe('0 Uhr MESZ');
    expect(berlin('2024-10-27T00:30:00Z')).toBe('2:30 Uhr MESZ');
    expect(berlin('2024-10-27T01:00:00Z')).toBe('2 Uhr MEZ');
    expect(berlin('2024-10-27T01:30:00Z')).toBe('2:30 Uhr MEZ');
    expect(berlin('2024-10-27T02:00:00Z')).toBe('3 Uhr MEZ');
  });

  it('follows America/Chicago across its changes of 2017', () => {
    expect(chicago('2017-03-12T07:59:00Z')).toBe('1:59 Uhr Ortszeit Chicago');
    expect(chicago('2017-03-12T08:00:00Z')).toBe('3 Uhr Ortszeit Chicago');
    expect(chicago('2017-11-05T06:30:00Z')).toBe('1:30 Uhr Ortszeit Chicago');
    expect(chicago('2017-11-05T07:30:00Z')).toBe('1:30 Uhr Ortszeit Chicago');
    expect(chicago('2017-06-13T15:00:00Z')).toBe('10 Uhr Ortszeit Chicago');
  });

  it('reads wall-clock times in the zone: the autumn 2:30 twice means the first', () => {
    expect(formatTime('2024-10-27T02:30', { showTimeZone: true })).toBe('2:30 Uhr MESZ');
    expect(formatTime('2024-10-27T02:30')).toBe('2:30 Uhr');
  });

  it('refuses a calendar date, which has no time', () => {
    expect(() => formatTime('2024-04-15')).toThrow('„2024-04-15“ ist ein Kalenderdatum ohne Uhrzeit.');
    expect(() => formatTime('2024-04-15', { showTimeZone: true })).toThrow(
      '„2024-04-15“ ist ein Kalenderdatum ohne Uhrzeit.',
    );
    expect(() => formatTime('2024-04-15T09:00', { style: 'long' as never })).toThrow(
      'Die Option „style“ von formatTime muss „short“ oder „numeric“ sein, nicht „long“.',
    );
  });

  it(
    'agrees with Intl on hour and minute for any instant and zone',
    () => {
      const zones = ['Europe/Berlin', 'America/Chicago', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'];
      fc.assert(
        fc.property(
          fc.date({
            min: new Date('1970-01-01T00:00:00Z'),
            max: new Date('2100-12-31T23:59:59Z'),
            noInvalidDate: true,
          }),
          fc.constantFrom(...zones),
          (instant, timeZone) => {
            const expected = new Intl.DateTimeFormat('de-DE', {
              hour: '2-digit',
              minute: '2-digit',
              hourCycle: 'h23',
              timeZone,
            }).format(instant);
            expect(formatTime(instant, { timeZone, style: 'numeric' })).toBe(`${expected} Uhr`);
          },
        ),
        { numRuns: 2000 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('formatTimeZone', () => {
  it('names German and neighbouring zones by their German abbreviations', () => {
    expect(formatTimeZone('2024-07-01T12:00', { timeZone: 'Europe/Vienna' })).toBe('MESZ');
    expect(formatTimeZone('2024-01-01T12:00', { timeZone: 'Europe/Athens' })).toBe('OEZ');
    expect(formatTimeZone('2024-07-01T12:00', { timeZone: 'Europe/Lisbon' })).toBe('WESZ');
  });

  it('names other zones by their city, in German where German has its own name', () => {
    expect(formatTimeZone('2024-07-01T12:00', { timeZone: 'Europe/Moscow' })).toBe('Ortszeit Moskau');
    expect(formatTimeZone('2024-07-01T12:00', { timeZone: 'America/New_York' })).toBe('Ortszeit New York');
    expect(formatTimeZone('2024-07-01T12:00', { timeZone: 'Asia/Tokyo' })).toBe('Ortszeit Tokio');
    expect(formatTimeZone('2024-07-01T12:00', { timeZone: 'UTC' })).toBe('UTC');
    expect(formatTimeZone('2024-07-01T12:00', { timeZone: 'Etc/GMT-5' })).toBe('UTC+5');
    expect(formatTimeZone('2024-07-01T12:00', { timeZone: 'Asia/Kolkata' })).toBe('Ortszeit Kolkata');
    expect(formatTimeZone(new Date('2024-07-01T12:00:00Z'), { timeZone: 'Etc/GMT+9' })).toBe('UTC−9');
  });
});

describe('the city of a zone label', () => {
  // On Node 20 these names are links whose canonical name differs (Asia/Calcutta, Asia/Saigon,
  // America/Buenos_Aires, America/Indiana/Knox); newer runtimes keep the link's own name.
  it.each([
    ['asia/kolkata', 'Ortszeit Kolkata'],
    ['ASIA/KOLKATA', 'Ortszeit Kolkata'],
    ['Asia/Kolkata', 'Ortszeit Kolkata'],
    ['asia/ho_chi_minh', 'Ortszeit Ho Chi Minh'],
    ['america/argentina/buenos_aires', 'Ortszeit Buenos Aires'],
    ['america/port_of_spain', 'Ortszeit Port of Spain'],
    ['america/knox_in', 'Ortszeit Knox IN'],
    ['america/argentina/comodrivadavia', 'Ortszeit ComodRivadavia'],
    ['europe/moscow', 'Ortszeit Moskau'],
  ])('is spelt as the tz database spells it, whatever the case of %s', (timeZone, label) => {
    expect(formatTime('2024-07-01T12:00', { timeZone, showTimeZone: true })).toBe(`12 Uhr ${label}`);
    expect(formatTimeZone('2024-07-01T12:00', { timeZone })).toBe(label);
  });
});

describe('formatDateTime', () => {
  it('joins date and time with a comma, in the zone of the call', () => {
    expect(formatDateTime('2024-04-15T09:00:00+02:00', { dateStyle: 'long' })).toBe('15. April 2024, 9 Uhr');
    expect(formatDateTime('2017-06-13T15:00:00Z', { timeZone: 'America/Chicago' })).toBe(
      'Dienstag, 13. Juni 2017, 10 Uhr',
    );
  });
});

describe('one rule for a wall-clock time that does not exist', () => {
  const gap = {
    path: [],
    code: 'nonexistent_time' as const,
    message:
      '„2024-03-31T02:30“ gibt es in der Zeitzone „Europe/Berlin“ nicht: Die Uhr springt dort zur Sommerzeit über diese Zeit hinweg.',
  };

  it('is refused by formatTime, formatDateTime and formatTimeRange alike, zone shown or not', () => {
    for (const showTimeZone of [false, true]) {
      expect(() => formatTime('2024-03-31T02:30', { showTimeZone })).toThrow(new KommunalValidationError([gap]));
      expect(() => formatDateTime('2024-03-31T02:30', { showTimeZone })).toThrow(new KommunalValidationError([gap]));
      expect(() => formatTimeRange('2024-03-31T02:30', '2024-03-31T04:00', { showTimeZone })).toThrow(
        new KommunalValidationError([gap]),
      );
      expect(() => formatTimeRange('2024-03-31T01:00', '2024-03-31T02:30', { showTimeZone })).toThrow(
        new KommunalValidationError([gap]),
      );
    }
  });

  it(
    'holds for every minute around the spring changes of Berlin and Chicago',
    () => {
      const days = [
        { timeZone: 'Europe/Berlin', date: '2024-03-31' },
        { timeZone: 'America/Chicago', date: '2024-03-10' },
      ];
      fc.assert(
        fc.property(
          fc.constantFrom(...days),
          fc.integer({ min: 60, max: 4 * 60 - 1 }),
          ({ timeZone, date }, minutes) => {
            const hour = Math.floor(minutes / 60);
            const wall = `${date}T0${hour}:${String(minutes % 60).padStart(2, '0')}`;
            const outcomes = [
              () => formatTime(wall, { timeZone }),
              () => formatDateTime(wall, { timeZone }),
              () => formatTimeRange(wall, `${date}T05:00`, { timeZone }),
            ].map((run) => {
              try {
                run();
                return 'written';
              } catch (error) {
                return error instanceof KommunalValidationError ? error.issues[0]?.code : 'other';
              }
            });
            // Both zones skip 2:00–2:59 on these days.
            const expected = hour === 2 ? 'nonexistent_time' : 'written';
            expect(outcomes).toEqual([expected, expected, expected]);
          },
        ),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('the press-office form „9.30 Uhr“', () => {
  it('is written with timeSeparator "."; DIN 5008’s colon stays the default', () => {
    expect(formatTime('2024-04-15T09:30', { timeSeparator: '.' })).toBe('9.30 Uhr');
    expect(formatTime('2024-04-15T09:00', { timeSeparator: '.' })).toBe('9 Uhr');
    expect(formatTime('2024-04-15T09:30', { timeSeparator: '.', style: 'numeric' })).toBe('09.30 Uhr');
    expect(formatTime('2024-04-15T09:30', { timeSeparator: ':' })).toBe('9:30 Uhr');
    expect(formatTime('2024-04-15T09:30')).toBe('9:30 Uhr');
    expect(formatDateTime('2024-04-15T09:30', { timeSeparator: '.' })).toBe('Montag, 15. April 2024, 9.30 Uhr');
  });
});

describe('T24:00 as the end of a day, outside ranges', () => {
  it('is written 24 Uhr on the day it ends, as a deadline is', () => {
    expect(formatTime('2024-04-15T24:00')).toBe('24 Uhr');
    expect(formatTime('2024-04-15T24:00', { style: 'numeric' })).toBe('24:00 Uhr');
    expect(formatTime('2024-04-15T24:00', { showTimeZone: true })).toBe('24 Uhr MESZ');
    expect(formatDateTime('2024-04-15T24:00')).toBe('Montag, 15. April 2024, 24 Uhr');
    expect(formatDateTime('2024-04-15T24:00', { dateStyle: 'long' })).toBe('15. April 2024, 24 Uhr');
  });

  it('is exactly 24:00: a later time, or one with a zone, stays an error', () => {
    expect(() => formatTime('2024-04-15T24:30')).toThrow('„2024-04-15T24:30“ enthält keine gültige Uhrzeit');
    expect(() => formatTime('2024-04-15T24:00:00.001')).toThrow('enthält keine gültige Uhrzeit');
    expect(() => formatTime('2024-04-15T24:00+02:00')).toThrow('enthält keine gültige Uhrzeit');
  });
});

describe('formatDateTime in prose', () => {
  it('writes „am …“ and joins the time with „um“, without a comma (no weekday)', () => {
    expect(formatDateTime('2024-04-15T09:00', { dateStyle: 'prose' })).toBe('am 15. April 2024 um 9 Uhr');
    expect(formatDateTime('2024-04-15T09:30', { dateStyle: 'prose', timeSeparator: '.' })).toBe(
      'am 15. April 2024 um 9.30 Uhr',
    );
    expect(
      formatDateTime('2017-06-13T15:00:00Z', { dateStyle: 'prose', timeZone: 'America/Chicago', showTimeZone: true }),
    ).toBe('am 13. Juni 2017 um 10 Uhr Ortszeit Chicago');
  });
});
