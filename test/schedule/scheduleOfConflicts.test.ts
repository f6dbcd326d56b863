// detectConflicts on what scheduleOf returns, with no second argument: the items carry their place,
// names, room and period, so no check is skipped in silence for want of the dataset.
import { describe, expect, it } from 'vitest';
import { type Conflict, detectConflicts, parseDataset, type ScheduleItem, scheduleOf } from '../../src/index.js';
import { seedsJson } from '../seeds.js';

/** The seeds with the Wiesbaden exchange moved to the days around Labour Day, 1 May 2024. */
function maySchedule() {
  const data = seedsJson();
  const exchange = data.exchanges.find((e: { id: string }) => e.id === 'wiesbaden-2024-04');
  exchange.startDate = '2024-04-29';
  exchange.endDate = '2024-05-03';
  exchange.programme = [
    {
      id: 'feiertag',
      title: 'Stadtrundgang',
      start: '2024-05-01T10:00',
      end: '2024-05-01T12:00',
      venueId: 'wiesbaden-konradinerallee-11',
      personIds: ['karin-buchner'],
    },
    {
      id: 'wiesbaden',
      title: 'Fachgespräch',
      start: '2024-04-30T09:00',
      end: '2024-04-30T10:00',
      venueId: 'wiesbaden-konradinerallee-11',
      personIds: ['karin-buchner'],
    },
    {
      id: 'wetzlar',
      title: 'Besuch',
      start: '2024-04-30T10:15',
      end: '2024-04-30T11:00',
      venueId: 'freiwilligenzentrum-mittelhessen-haus',
      personIds: ['karin-buchner'],
    },
  ];
  return scheduleOf(parseDataset(data));
}

const of = <K extends Conflict['kind']>(conflicts: Conflict[], kind: K) =>
  conflicts.filter((conflict): conflict is Extract<Conflict, { kind: K }> => conflict.kind === kind);

describe('detectConflicts(scheduleOf(dataset))', () => {
  it('finds public holidays, travel times and items outside their exchange without { dataset }', () => {
    const items = maySchedule();
    const conflicts = detectConflicts(items);
    expect(conflicts.map((conflict) => `${conflict.kind} ${conflict.itemIds.join('+')}`)).toEqual([
      'travel-time wiesbaden-2024-04/wiesbaden+wiesbaden-2024-04/wetzlar',
      'public-holiday wiesbaden-2024-04/feiertag',
    ]);
    const [travel] = of(conflicts, 'travel-time');
    expect(travel).toMatchObject({
      person: { id: 'karin-buchner', name: 'Karin Buchner' },
      from: { municipalityId: 'wiesbaden', name: 'Wiesbaden' },
      to: { municipalityId: 'wetzlar', name: 'Wetzlar' },
      gapMinutes: 15,
      requiredMinutes: 30,
    });
    const [holiday] = of(conflicts, 'public-holiday');
    expect(holiday?.holiday).toEqual({
      date: '2024-05-01',
      name: 'Tag der Arbeit',
      scope: 'statewide',
      state: 'DE-HE',
    });
    expect(holiday?.message).toBe(
      '„Stadtrundgang“ (Mittwoch, 1. Mai 2024, 10–12 Uhr) fällt auf einen Feiertag in Hessen: Tag der Arbeit.',
    );
    // The same as with the dataset: the items say all it would.
    expect(detectConflicts(items)).toEqual(detectConflicts(items, { dataset: parseDataset(seedsJson()) }));
  });

  it('finds an item moved outside its exchange by the period it carries', () => {
    const [first] = maySchedule();
    const moved: ScheduleItem = {
      ...(first as ScheduleItem),
      start: '2024-05-06T09:00+02:00',
      end: '2024-05-06T10:00+02:00',
    };
    const [outside] = of(detectConflicts([moved]), 'outside-exchange-period');
    expect(outside?.exchange).toEqual({
      id: 'wiesbaden-2024-04',
      title: 'Fachkräfteaustausch Wiesbaden–Wien',
      start: '2024-04-29',
      end: '2024-05-03',
      timeZone: 'Europe/Berlin',
    });
  });

  it('names people and rooms as the items name them', () => {
    const items = maySchedule().map((item) => ({
      ...item,
      start: '2024-04-30T09:00+02:00',
      end: '2024-04-30T10:00+02:00',
    }));
    const conflicts = detectConflicts(items, { travelBufferMinutes: 0 });
    expect(of(conflicts, 'person-double-booked')[0]?.person).toEqual({ id: 'karin-buchner', name: 'Karin Buchner' });
    expect(of(conflicts, 'venue-double-booked')[0]?.venue).toEqual({
      id: 'wiesbaden-konradinerallee-11',
      room: '4.161',
      name: 'Raum 4.161, Haus B, 4. Stock, Konradinerallee 11, 65189 Wiesbaden',
    });
  });
});
