// The numbers of a search change width at 0xff, 0x7fff/0x8000 and 0xffff (typed arrays of 1, 2 and 4
// bytes, signed or not) and an item's bookings at 255: a conflict must be found on both sides of
// each, and Sunday is day 7 of working hours as ISO 8601 counts.
import { describe, expect, it } from 'vitest';
import type { ScheduleItem } from '../../src/index.js';
import { detectConflicts, resourceOf } from './conflictsFound.js';

const MINUTE = 60_000;
const BASE = Date.parse('2024-04-15T06:00:00Z');
const at = (minutes: number, length = 60) => ({
  start: new Date(BASE + minutes * MINUTE),
  end: new Date(BASE + (minutes + length) * MINUTE),
});
const quiet = { weekends: false, holidays: false } as const;

describe('detectConflicts at the thresholds of its numbers', () => {
  it('counts Sunday as day 7 of the working week', () => {
    const sunday: ScheduleItem[] = [{ id: 'so', start: '2024-06-16T10:00+02:00', end: '2024-06-16T11:00+02:00' }];
    const monday: ScheduleItem[] = [{ id: 'mo', start: '2024-06-17T10:00+02:00', end: '2024-06-17T11:00+02:00' }];
    const kinds = (items: ScheduleItem[], days: number[]) =>
      detectConflicts(items, { ...quiet, workingHours: { start: '08:00', end: '18:00', days } }).map((c) => c.kind);
    expect(kinds(sunday, [1, 2, 3, 4, 5])).toEqual(['outside-working-hours']);
    expect(kinds(sunday, [7])).toEqual([]);
    expect(kinds(sunday, [6])).toEqual(['outside-working-hours']);
    expect(kinds(monday, [7])).toEqual(['outside-working-hours']);
    expect(kinds(monday, [1])).toEqual([]);
    const [weekend] = detectConflicts(sunday, { holidays: false });
    expect(weekend?.kind === 'weekend' && weekend.weekday).toBe(7);
  });

  it('finds a real travel-time conflict between places numbered 32,767/32,768 and 65,535/65,536', () => {
    // Places are numbered from 1 in input order: filler items give them their numbers.
    const fillers: ScheduleItem[] = Array.from({ length: 65_536 }, (_, index) => ({
      id: `f${index + 1}`,
      ...at(index * 2, 1),
      municipalityId: `m${index + 1}`,
    }));
    const trips = [
      [32_767, 32_768],
      [65_535, 65_536],
      [32_768, 65_535],
      [1, 65_536],
    ] as const;
    const travellers: ScheduleItem[] = trips.flatMap(([from, to], trip) => [
      { id: `t${trip}a`, ...at(200_000 + trip * 1000), personIds: [`p${trip}`], municipalityId: `m${from}` },
      { id: `t${trip}b`, ...at(200_000 + trip * 1000 + 70), personIds: [`p${trip}`], municipalityId: `m${to}` },
    ]);
    const conflicts = detectConflicts([...fillers, ...travellers], quiet);
    expect(conflicts.map((conflict) => `${conflict.kind} ${conflict.itemIds.join('+')}`)).toEqual(
      trips.map((_, trip) => `travel-time t${trip}a+t${trip}b`),
    );
    const first = conflicts[0];
    expect(first?.kind === 'travel-time' && [first.from.municipalityId, first.to.municipalityId]).toEqual([
      'm32767',
      'm32768',
    ]);
    // The same place at a high number is no trip.
    const same = detectConflicts(
      [
        ...fillers,
        { id: 'x', ...at(300_000), personIds: ['q'], municipalityId: 'm65536' },
        { id: 'y', ...at(300_070), personIds: ['q'], municipalityId: 'm65536' },
      ],
      quiet,
    );
    expect(same).toEqual([]);
  });

  it.each([0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x10000])(
    'finds the double booking of the person numbered %i',
    (number) => {
      // People are numbered from 0 in input order.
      const crowd: ScheduleItem = {
        id: 'crowd',
        ...at(0, 1),
        personIds: Array.from({ length: number + 1 }, (_, p) => `p${p}`),
      };
      const items: ScheduleItem[] = [
        crowd,
        { id: 'a', ...at(10), personIds: [`p${number}`] },
        { id: 'b', ...at(30), personIds: [`p${number}`] },
      ];
      expect(detectConflicts(items, quiet).map((c) => `${c.itemIds.join('+')} ${resourceOf(c)}`)).toEqual([
        `a+b p${number}`,
      ]);
    },
  );

  it.each([254, 255, 256, 0xffff + 1])('finds the double bookings of an item with %i people', (people) => {
    const personIds = Array.from({ length: people }, (_, p) => `p${p}`);
    const items: ScheduleItem[] = [
      { id: 'all', ...at(0), personIds, venueId: 'saal' },
      { id: 'last', ...at(30), personIds: [`p${people - 1}`] },
      { id: 'first', ...at(45), personIds: ['p0'], venueId: 'saal' },
    ];
    expect(detectConflicts(items, quiet).map((c) => `${c.kind} ${c.itemIds.join('+')} ${resourceOf(c)}`)).toEqual([
      'person-double-booked all+first p0',
      'venue-double-booked all+first saal',
      `person-double-booked all+last p${people - 1}`,
    ]);
  });

  it.each([0xff, 0x100, 0xffff, 0x10000, 0xff_ffff, 0x100_0000])(
    'sorts starts %i minutes apart, keys of every width',
    (minutes) => {
      const items: ScheduleItem[] = [
        { id: 'late', ...at(minutes), personIds: ['p'] },
        { id: 'early', ...at(0), personIds: ['p'] },
        { id: 'late2', ...at(minutes + 30), personIds: ['p'] },
        { id: 'early2', ...at(30), personIds: ['p'] },
      ];
      expect(detectConflicts(items, quiet).map((c) => c.itemIds.join('+'))).toEqual(['early+early2', 'late+late2']);
    },
  );
});
