// Bounded work and valid dates: instants outside the years 1–9999 are refused before any work,
// and a VTIMEZONE lists only the zone's changes near the times it serves, however far apart
// the events are. ical.js reads every event back at its instants.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type ScheduleItem, toICalendar } from '../../src/index.js';
import { issuesOf } from '../issues.js';

const now = new Date('2024-03-01T12:00:00Z');

/** An ical.js time as an ISO instant; not through toJSDate, whose Date.UTC reads year 1 as 1901. */
function isoOf(time: ICAL.Time): string {
  const utc = time.convertToZone(ICAL.Timezone.utcTimezone);
  const date = new Date(0);
  date.setUTCFullYear(utc.year, utc.month - 1, utc.day);
  date.setUTCHours(utc.hour, utc.minute, utc.second);
  return date.toISOString();
}

function readBack(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  try {
    return calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return [event.uid, isoOf(event.startDate), isoOf(event.endDate)];
    });
  } finally {
    for (const zone of calendar.getAllSubcomponents('vtimezone')) {
      ICAL.TimezoneService.remove(String(zone.getFirstPropertyValue('tzid')));
    }
  }
}

const expected = (items: readonly ScheduleItem[]) =>
  items
    .map((item) => [`${item.id}@kommunal`, new Date(item.start).toISOString(), new Date(item.end).toISOString()])
    .sort((a, b) => ((a[1] as string) < (b[1] as string) ? -1 : 1));

const observances = (ics: string) => ics.split('\r\n').filter((line) => /^BEGIN:(STANDARD|DAYLIGHT)$/.test(line));

/** A Date in a year `Date.UTC` would read as 1900 + year. */
function inYear(year: number, month = 0, day = 1): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date;
}

describe('toICalendar bounds', () => {
  it('refuses an end in year 275759 at once instead of scanning a million changes', () => {
    const issues = issuesOf(() =>
      toICalendar([{ id: 'a', start: '2024-04-15T09:00Z', end: new Date(8.64e15 - 3456e7) }], { now }),
    );
    expect(issues).toEqual([expect.objectContaining({ path: [0, 'end'], code: 'invalid_date' })]);
    expect(issues[0]?.message).toContain('„+275759-08-10T00:00:00.000Z“');
  });

  it('refuses a start near the first instant a Date can hold', () => {
    const issues = issuesOf(() =>
      toICalendar([{ id: 'a', start: new Date(-8.64e15 + 400 * 864e5), end: '2024-04-15T09:00Z' }], { now }),
    );
    expect(issues).toEqual([expect.objectContaining({ path: [0, 'start'], code: 'invalid_date' })]);
    expect(issues[0]?.message).toContain('-271820');
  });

  it('refuses years 10000 and -5, the first Date, and a `now` that is invalid or out of range', () => {
    const at = (start: Date | string, end: Date | string) => () => toICalendar([{ id: 'a', start, end }], { now });
    expect(issuesOf(at('9999-12-31T23:00Z', inYear(10000, 2, 26)))[0]?.code).toBe('invalid_date');
    expect(issuesOf(at(inYear(-5), '0001-01-01T00:00Z'))[0]?.code).toBe('invalid_date');
    expect(issuesOf(at(new Date(-8.64e15), new Date(-8.64e15 + 3600e3)))[0]?.code).toBe('invalid_date');
    const item: ScheduleItem = { id: 'a', start: '2024-04-15T09:00Z', end: '2024-04-15T10:00Z' };
    expect(issuesOf(() => toICalendar([item], { now: new Date(Number.NaN) }))).toEqual([
      {
        path: [],
        code: 'invalid_date',
        message:
          'Die Option „now“ von toICalendar muss ein Zeitpunkt in den Jahren 1 bis 9999 sein, nicht ein ungültiges Date-Objekt.',
      },
    ]);
    expect(issuesOf(() => toICalendar([item], { now: inYear(10000) }))[0]?.message).toContain(
      '„+010000-01-01T00:00:00.000Z“',
    );
  });

  it('writes the first and last supported day in UTC, with four-digit years everywhere', () => {
    const items: ScheduleItem[] = [
      { id: 'first', start: '0001-01-01T00:00Z', end: '0001-01-01T05:00Z' },
      { id: 'second', start: '0001-01-02T12:00Z', end: '0001-01-02T13:00Z' },
      { id: 'last', start: '9999-12-31T20:00Z', end: '9999-12-31T23:59:59Z' },
    ];
    for (const timeZone of ['America/Chicago', 'Asia/Tokyo', 'Europe/Berlin']) {
      const ics = toICalendar(items, { now, timeZone });
      const lines = ics.split('\r\n');
      expect(lines).toContain('DTSTART:00010101T000000Z');
      expect(lines).toContain('DTEND:99991231T235959Z');
      for (const line of lines.filter((entry) => /^(DTSTART|DTEND|DTSTAMP)/.test(entry))) {
        expect(line).toMatch(/[:=](000[1-9]|00[1-9]\d|0[1-9]\d\d|[1-9]\d{3})\d{4}T\d{6}Z?$/);
      }
      expect(readBack(ics)).toEqual(expected(items));
    }
  });

  it('lists the changes a year around each event, not the 400 between 1900 and 2100', () => {
    const items: ScheduleItem[] = [
      { id: 'alt', start: '1900-06-01T10:00Z', end: '1900-06-01T11:00Z' },
      { id: 'neu', start: '2100-06-01T10:00Z', end: '2100-06-01T11:00Z' },
    ];
    const ics = toICalendar(items, { now });
    // One opening observance per period, and the four changes around 2100 (none in 1900).
    expect(observances(ics)).toHaveLength(6);
    expect(readBack(ics)).toEqual(expected(items));
    // An event lasting two centuries needs its start and its end, not what lies between.
    const long: ScheduleItem[] = [{ id: 'lang', start: '1900-06-01T10:00Z', end: '2100-06-01T11:00Z' }];
    const longIcs = toICalendar(long, { now });
    expect(observances(longIcs)).toHaveLength(6);
    expect(readBack(longIcs)).toEqual(expected(long));
  });

  it('keeps events far apart right in every period of the VTIMEZONE', () => {
    const items: ScheduleItem[] = [
      // Berlin's double summer time of 1945, ordinary summer and winter, and the far future.
      { id: 'a', start: '1945-06-01T10:00Z', end: '1945-06-01T11:00Z' },
      { id: 'b', start: '1950-01-10T10:00Z', end: '1950-01-10T11:00Z' },
      { id: 'c', start: '1980-07-01T10:00Z', end: '1980-07-01T11:00Z' },
      { id: 'd', start: '2024-03-31T00:30Z', end: '2024-03-31T01:30Z' },
      { id: 'e', start: '2024-12-24T16:00Z', end: '2024-12-24T18:00Z' },
      { id: 'f', start: '2600-08-01T10:00Z', end: '2600-08-01T11:00Z' },
      { id: 'g', start: '1893-03-31T22:00Z', end: '1893-04-01T01:00Z' },
    ];
    for (const timeZone of ['Europe/Berlin', 'America/Chicago', 'Australia/Sydney']) {
      const ics = toICalendar(items, { now, timeZone });
      expect(readBack(ics)).toEqual(expected(items));
      // All in local time but the start in 1893, which Berlin and Sydney still spent in local mean time.
      const local = ics.split('\r\n').filter((line) => line.startsWith('DTSTART;TZID='));
      expect(local).toHaveLength(timeZone === 'America/Chicago' ? items.length : items.length - 1);
    }
  });

  it('writes a calendar of events over ten thousand years with a VTIMEZONE that grows with the events', () => {
    const items: ScheduleItem[] = [];
    for (let year = 1; year <= 9999; year += 101) {
      const start = inYear(year, 5, 1);
      items.push({ id: `y${year}`, start, end: new Date(start.getTime() + 3_600_000) });
    }
    const ics = toICalendar(items, { now });
    // Each event's period holds at most a handful of changes.
    expect(observances(ics).length).toBeLessThanOrEqual(items.length * 6);
    expect(readBack(ics)).toEqual(expected(items));
  });
});
