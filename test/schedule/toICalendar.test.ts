// The iCalendar output, read back with an independent parser (ical.js): every event's instants,
// texts and places survive; lines are folded and end in CRLF.
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
    expect(welcome?.description).toBe(
      'Mit: Dr. Patricia Becher, Sozialdezernentin; Daniela Leß, Leiterin des Amtes für Soziale Arbeit; Sabine Herrmann, Leiterin der Abteilung Jugendarbeit\nDas Ende ist ungefähr angegeben.',
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

  it('keeps UIDs stable and takes a dataset directly', () => {
    const again = toICalendar(dataset, { now, uidDomain: 'example.org' });
    const uids = (text: string) => text.split('\r\n').filter((line) => line.startsWith('UID:'));
    expect(uids(again)).toEqual([
      'UID:chicago-2017/empfang@example.org',
      'UID:wiesbaden-2024-04/begruessung@example.org',
    ]);
    expect(toICalendar(dataset, { now, uidDomain: 'example.org' })).toBe(again);
    expect(toICalendar([], { now })).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//kommunal//kommunal//DE\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n',
    );
  });
});
