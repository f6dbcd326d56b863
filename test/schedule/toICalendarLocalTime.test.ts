// An event abroad says its times on the place's clock, with the zone named by the place: calendar
// apps show the reader's clock, and 3 Uhr in Wiesbaden is 10 Uhr in Osaka.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type ScheduleItem, toICalendar } from '../../src/index.js';

const now = new Date('2024-03-01T00:00:00Z');

/** Each event's DESCRIPTION, as ical.js reads it back. */
function descriptions(items: ScheduleItem[], locale: 'de' | 'en' = 'de'): (string | null)[] {
  const calendar = new ICAL.Component(ICAL.parse(toICalendar(items, { now, locale })));
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component).description);
}

const at = (name: string, country: string, timeZone: string) => ({ name, country, timeZone });

describe('toICalendar: the local time of an event abroad', () => {
  it('names Osaka’s local time, not Tokio’s', () => {
    const items: ScheduleItem[] = [
      {
        id: 'rathaus',
        title: 'Besuch im Rathaus',
        start: '2024-04-15T10:00+09:00',
        end: '2024-04-15T11:30+09:00',
        place: at('Osaka', 'JP', 'Asia/Tokyo'),
        location: 'Rathaus Osaka',
        personIds: ['patricia-becher'],
        personNames: ['Dr. Patricia Becher'],
      },
    ];
    expect(descriptions(items)).toEqual([
      'Ortszeit Osaka: Montag, 15. April 2024, 10:00–11:30 Uhr\nMit: Dr. Patricia Becher',
    ]);
    expect(descriptions(items, 'en')).toEqual([
      'Local time (Asia/Tokyo): 2024-04-15 10:00–11:30\nWith: Dr. Patricia Becher',
    ]);
  });

  it('names Durban and Birmingham, across midnight too', () => {
    const items: ScheduleItem[] = [
      {
        id: 'd',
        start: '2024-06-15T10:00+02:00',
        end: '2024-06-15T11:00+02:00',
        place: at('Durban', 'ZA', 'Africa/Johannesburg'),
      },
      {
        id: 'b',
        start: '2024-06-16T22:00+01:00',
        end: '2024-06-17T01:00+01:00',
        place: at('Birmingham', 'GB', 'Europe/London'),
      },
    ];
    expect(descriptions(items)).toEqual([
      'Ortszeit Durban: Samstag, 15. Juni 2024, 10–11 Uhr',
      'Ortszeit Birmingham: Sonntag, 16. Juni 2024, 22 Uhr – Montag, 17. Juni 2024, 1 Uhr',
    ]);
  });

  it('names the zone first, so that folding never splits it, and an abbreviation in brackets', () => {
    const item: ScheduleItem = {
      id: 'athen',
      title: 'Besuch',
      start: '2024-06-15T10:00+03:00',
      end: '2024-06-15T11:00+03:00',
      place: at('Athen', 'GR', 'Europe/Athens'),
      location: 'Rathaus Athen',
    };
    expect(descriptions([item])).toEqual(['Ortszeit (OESZ): Samstag, 15. Juni 2024, 10–11 Uhr']);
    const osaka = {
      ...item,
      place: at('Osaka', 'JP', 'Asia/Tokyo'),
      start: '2024-04-15T10:00+09:00',
      end: '2024-04-15T11:30+09:00',
    };
    expect(toICalendar([osaka], { now })).toContain(
      '\r\nDESCRIPTION:Ortszeit Osaka: Montag\\, 15. April 2024\\, 10:00–11:30',
    );
  });

  it('adds nothing for German time: in Germany, Wien, or where the place is unknown', () => {
    const items: ScheduleItem[] = [
      {
        id: 'w',
        start: '2024-06-15T10:00+02:00',
        end: '2024-06-15T11:00+02:00',
        place: at('Wien', 'AT', 'Europe/Vienna'),
      },
      {
        id: 'b',
        start: '2024-06-15T12:00+02:00',
        end: '2024-06-15T13:00+02:00',
        place: at('Wiesbaden', 'DE', 'Europe/Berlin'),
      },
      { id: 'x', start: '2024-06-15T14:00+02:00', end: '2024-06-15T15:00+02:00' },
    ];
    expect(descriptions(items)).toEqual([null, null, null]);
  });
});
