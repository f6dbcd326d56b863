// The iCalendar output, read back with an independent parser (ical.js): every event's instants,
// texts and places survive; lines are folded and end in CRLF. Items from scheduleOf carry their
// zone, place and people; items written by hand get them from the `dataset` option.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseDataset, type ScheduleItem, scheduleOf, toICalendar } from '../../src/index.js';
import { seedsJson } from '../seeds.js';

function readBack(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      description: event.description,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
    };
  });
}

const data = seedsJson();
data.municipalities.push({ id: 'greenwich', name: 'Greenwich', kind: 'city', country: 'GB', timeZone: 'UTC' });
data.exchanges.find((exchange: { id: string }) => exchange.id === 'chicago-2017').programme = [
  {
    id: 'empfang',
    title: 'Empfang; Stadtverwaltung, Chicago',
    start: '2017-06-13T18:00',
    end: '2017-06-13T20:00',
    personIds: ['melanie-leonhard'],
  },
];
const dataset = parseDataset(data);
const now = new Date('2024-03-01T12:00:00Z');
const extra: ScheduleItem[] = [
  {
    id: 'nacht',
    title: 'Nacht über die Zeitumstellung',
    start: '2024-03-31T01:30+01:00',
    end: '2024-03-31T03:30+02:00',
  },
  { id: 'zweimal-1', title: 'Erste 2:30', start: '2024-10-27T02:30+02:00', end: '2024-10-27T02:45+02:00' },
  { id: 'zweimal-2', title: 'Zweite 2:30', start: '2024-10-27T02:30+01:00', end: '2024-10-27T02:45+01:00' },
  {
    id: 'utc',
    title: 'Videokonferenz',
    start: '2024-01-10T15:00Z',
    end: '2024-01-10T16:00Z',
    municipalityId: 'greenwich',
  },
  {
    id: 'lang',
    title:
      'Übergabe der Dokumentation „Interkulturelle Öffnung der Verwaltung“ an das Jugendamt, Wetzlar; Teil 1\\2\nmit Aussprache',
    start: '2024-05-06T09:00+02:00',
    end: '2024-05-06T10:00+02:00',
    venueId: 'freiwilligenzentrum-mittelhessen-haus',
    room: 'Großer Saal im Erdgeschoss, barrierefrei zugänglich',
  },
  {
    id: 'von-hand',
    title: 'Nachgespräch',
    start: '2024-04-18T14:00+02:00',
    end: '2024-04-18T15:00+02:00',
    personIds: ['patricia-becher', 'gast'],
    venueId: 'wiesbaden-konradinerallee-11',
    room: '4.161',
    endApproximate: true,
  },
];

describe('toICalendar', () => {
  const items = [...scheduleOf(dataset), ...extra];
  const ics = toICalendar(items, { dataset, now, uidDomain: 'example.org', name: 'Austausch, Termine' });

  it('reads back with ical.js: every event at its instants, with its texts', () => {
    const events = readBack(ics);
    expect(events.map((event) => [event.uid, event.start, event.end])).toEqual(
      items
        .map((item) => [`${item.id}@example.org`, new Date(item.start).toISOString(), new Date(item.end).toISOString()])
        .sort((a, b) => ((a[1] as string) < (b[1] as string) ? -1 : 1)),
    );
    const long = events.find((event) => event.uid === 'lang@example.org');
    expect(long?.summary).toBe(extra[4]?.title);
    expect(long?.location).toBe(
      'Großer Saal im Erdgeschoss, barrierefrei zugänglich, Elsa-Brandström-Str. 18, 35578 Wetzlar',
    );
    const welcome = events.find((event) => event.uid === 'wiesbaden-2024-04/begruessung@example.org');
    expect(welcome?.location).toBe('Raum 4.161, Haus B, 4. Stock, Konradinerallee 11, 65189 Wiesbaden');
    expect(welcome?.description).toMatch(
      /^Mit: Dr\. Patricia Becher.*; Daniela Leß.*; Sabine Herrmann.*\nDas Ende ist ungefähr angegeben\.$/,
    );
    // An item written by hand: its venue and people from the dataset, people with their roles, an
    // id the dataset does not know as it is.
    const byHand = events.find((event) => event.uid === 'von-hand@example.org');
    expect(byHand?.location).toBe('Raum 4.161, Haus B, 4. Stock, Konradinerallee 11, 65189 Wiesbaden');
    expect(byHand?.description).toBe(
      'Mit: Dr. Patricia Becher, Sozialdezernentin; gast\nDas Ende ist ungefähr angegeben.',
    );
    expect(events.find((event) => event.uid === 'chicago-2017/empfang@example.org')?.summary).toBe(
      'Empfang; Stadtverwaltung, Chicago',
    );
  });

  it('writes local times with TZID and a VTIMEZONE per zone, UTC where local time cannot say it', () => {
    const lines = ics.split('\r\n');
    expect(lines.filter((line) => line.startsWith('TZID:'))).toEqual(['TZID:America/Chicago', 'TZID:Europe/Berlin']);
    expect(lines).toContain('DTSTART;TZID=America/Chicago:20170613T180000');
    expect(lines).toContain('DTSTART:20241027T003000Z');
    expect(lines).toContain('DTSTART:20241027T013000Z');
    expect(lines).toContain('DTSTART:20240110T150000Z');
    expect(lines).toContain('DTSTAMP:20240301T120000Z');
    expect(lines).toContain('X-WR-CALNAME:Austausch\\, Termine');
    expect(lines.filter((line) => /^DTSTART:2024033\dT020000$/.test(line))).toEqual(['DTSTART:20240331T020000']);
  });

  it('folds lines at 75 octets without splitting characters and ends every line with CRLF', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const encoder = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.split('\r\n').some((line) => line.startsWith(' '))).toBe(true);
  });

  it('keeps UIDs stable and writes a dataset’s schedule from scheduleOf', () => {
    const again = toICalendar(scheduleOf(dataset), { now, uidDomain: 'example.org', dataset });
    const uids = (text: string) => text.split('\r\n').filter((line) => line.startsWith('UID:'));
    expect(uids(again)).toEqual([
      'UID:chicago-2017/empfang@example.org',
      'UID:wiesbaden-2024-04/begruessung@example.org',
    ]);
    expect(toICalendar(scheduleOf(dataset), { now, uidDomain: 'example.org', dataset })).toBe(again);
    expect(toICalendar([], { now })).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//kommunal//kommunal//DE\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n',
    );
  });

  it('writes its own words in the language of `locale`', () => {
    const ics = toICalendar(extra.slice(-1), { now, dataset, locale: 'en' });
    expect(ics.split('\r\n')).toContain('PRODID:-//kommunal//kommunal//EN');
    // The role is the dataset's own text, written as it is.
    expect(readBack(ics)[0]?.description).toBe(
      'With: Dr. Patricia Becher, Sozialdezernentin; gast\nThe end is approximate.',
    );
  });

  it('writes the zone, place and people an item carries, before the dataset’s', () => {
    const item: ScheduleItem = {
      id: 'empfang',
      title: 'Empfang',
      start: '2017-06-13T18:00-05:00',
      end: '2017-06-13T20:00-05:00',
      venueId: 'wiesbaden-konradinerallee-11',
      personIds: ['patricia-becher', 'melanie-leonhard'],
      place: { name: 'Chicago', country: 'US', timeZone: 'America/Chicago' },
      location: 'City Hall, 121 N LaSalle St, Chicago',
      personNames: ['Dr. Patricia Becher', 'Melanie Leonhard'],
    };
    for (const options of [{ now }, { now, dataset }]) {
      const [event] = readBack(toICalendar([item], options));
      expect(event?.location).toBe('City Hall, 121 N LaSalle St, Chicago');
      expect(event?.description).toBe(
        'Ortszeit Chicago: Dienstag, 13. Juni 2017, 18–20 Uhr\nMit: Dr. Patricia Becher; Melanie Leonhard',
      );
      expect(toICalendar([item], options)).toContain('DTSTART;TZID=America/Chicago:20170613T180000');
    }
  });

  it('needs no dataset for a dataset’s schedule: scheduleOf’s items carry what it would give', () => {
    const items = scheduleOf(dataset);
    expect(toICalendar(items, { now })).toBe(toICalendar(items, { now, dataset }));
    expect(toICalendar(items, { now })).toContain('DTSTART;TZID=America/Chicago:20170613T180000');
    const welcome = readBack(toICalendar(items, { now })).find((event) => event.uid.startsWith('wiesbaden-2024-04/'));
    expect(welcome?.location).toBe('Raum 4.161, Haus B, 4. Stock, Konradinerallee 11, 65189 Wiesbaden');
    expect(welcome?.description).toMatch(/^Mit: Dr\. Patricia Becher; Daniela Leß; Sabine Herrmann\n/);
  });
});
