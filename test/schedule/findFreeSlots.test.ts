import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFreeSlots, formatDateTime, formatTime, type ScheduleItem } from '../../src/index.js';
import { PROPERTY_TIMEOUT } from '../property.js';

const show = (slots: { start: Date; end: Date }[]) =>
  slots.map((slot) => `${formatDateTime(slot.start, { dateStyle: 'numeric' })}–${formatTime(slot.end)}`);
const item = (id: string, start: string, end: string, extra: Partial<ScheduleItem> = {}): ScheduleItem => ({
  id,
  start,
  end,
  ...extra,
});

describe('findFreeSlots', () => {
  it('skips weekends and the Land’s public holidays', () => {
    // 30 May 2024 is Fronleichnam in Hessen, 1–2 June a weekend.
    const slots = findFreeSlots([], {
      durationMinutes: 600,
      within: { start: '2024-05-30T00:00', end: '2024-06-04T00:00' },
      state: 'DE-HE',
    });
    expect(show(slots)).toEqual(['31.05.2024, 8 Uhr–18 Uhr', '03.06.2024, 8 Uhr–18 Uhr']);
    const inBerlin = findFreeSlots([], {
      durationMinutes: 600,
      within: { start: '2024-05-30T00:00', end: '2024-05-31T00:00' },
      state: 'DE-BE',
    });
    expect(show(inBerlin)).toEqual(['30.05.2024, 8 Uhr–18 Uhr']);
  });

  it('finds time when all the people and the room are free', () => {
    const items = [
      item('a', '2024-04-15T08:00+02:00', '2024-04-15T09:00+02:00', { personIds: ['becher'] }),
      item('b', '2024-04-15T09:30+02:00', '2024-04-15T12:00+02:00', { personIds: ['herrmann'] }),
      item('c', '2024-04-15T13:00+02:00', '2024-04-15T14:00+02:00', { venueId: 'rathaus', room: 'Ratssaal' }),
      item('d', '2024-04-15T14:00+02:00', '2024-04-15T15:00+02:00', { venueId: 'rathaus', room: 'Foyer' }),
      item('e', '2024-04-15T12:00+02:00', '2024-04-15T12:45+02:00', { personIds: ['jemand-anderes'] }),
    ];
    const slots = findFreeSlots(items, {
      personIds: ['becher', 'herrmann'],
      venueId: 'rathaus',
      room: 'Ratssaal',
      durationMinutes: 60,
      within: { start: '2024-04-15T00:00', end: '2024-04-16T00:00' },
    });
    expect(show(slots)).toEqual([
      '15.04.2024, 12 Uhr–13 Uhr',
      '15.04.2024, 14 Uhr–15 Uhr',
      '15.04.2024, 15 Uhr–16 Uhr',
      '15.04.2024, 16 Uhr–17 Uhr',
      '15.04.2024, 17 Uhr–18 Uhr',
    ]);
  });

  it('aligns starts to the step in local time and honours limit, working hours and zone', () => {
    const slots = findFreeSlots(
      [item('a', '2017-06-13T09:00-05:00', '2017-06-13T09:10-05:00', { personIds: ['leonhard'] })],
      {
        personIds: ['leonhard'],
        durationMinutes: 45,
        stepMinutes: 30,
        within: { start: '2017-06-13T00:00', end: '2017-06-14T00:00' },
        workingHours: { start: '09:00', end: '11:00' },
        timeZone: 'America/Chicago',
        limit: 2,
      },
    );
    expect(slots.map((slot) => formatTime(slot.start, { timeZone: 'America/Chicago' }))).toEqual([
      '9:30 Uhr',
      '10:15 Uhr',
    ]);
  });

  it('treats a booking that ends between minutes as busy until then, and a window that ends between minutes as its end', () => {
    const booked = [item('a', '2024-04-15T09:00:00+02:00', '2024-04-15T10:00:30+02:00', { personIds: ['p'] })];
    const slots = findFreeSlots(booked, {
      personIds: ['p'],
      durationMinutes: 30,
      within: { start: '2024-04-15T09:00+02:00', end: '2024-04-15T11:30:15+02:00' },
    });
    // 10:00 is still busy for 30 seconds: the next step is 10:15; 11:15–11:45 passes the window.
    expect(show(slots)).toEqual(['15.04.2024, 10:15 Uhr–10:45 Uhr', '15.04.2024, 10:45 Uhr–11:15 Uhr']);
  });

  it('refuses a duration or step that is not a whole number of minutes', () => {
    const base = { within: { start: '2024-04-15T00:00', end: '2024-04-16T00:00' } };
    expect(() => findFreeSlots([], { ...base, durationMinutes: 0 })).toThrow(
      'Die Option „durationMinutes“ von findFreeSlots muss eine ganze Zahl von 1 bis 1440 sein, nicht 0.',
    );
    expect(() => findFreeSlots([], { ...base, durationMinutes: 30, stepMinutes: -5 })).toThrow(
      'Die Option „stepMinutes“ von findFreeSlots muss eine ganze Zahl von 1 bis 1440 sein, nicht -5.',
    );
    expect(() =>
      findFreeSlots([], { ...base, durationMinutes: 30, workingHours: { start: '8', end: '18:00' } }),
    ).toThrow(
      'Die Option „workingHours.start“ von findFreeSlots muss eine Uhrzeit „HH:mm“ von „00:00“ bis „24:00“ sein, nicht „8“.',
    );
  });

  it(
    'never returns a slot that overlaps a booking or leaves working hours or the period',
    () => {
      const base = Date.UTC(2024, 3, 15, 4);
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              start: fc.integer({ min: 0, max: 5 * 24 * 60 }),
              length: fc.integer({ min: 0, max: 300 }),
              who: fc.constantFrom('a', 'b', 'c'),
            }),
            { maxLength: 30 },
          ),
          fc.integer({ min: 15, max: 240 }),
          (bookings, minutes) => {
            const items = bookings.map((booking, index) =>
              item(
                `i${index}`,
                new Date(base + booking.start * 60_000).toISOString(),
                new Date(base + (booking.start + booking.length) * 60_000).toISOString(),
                {
                  personIds: [booking.who],
                },
              ),
            );
            const slots = findFreeSlots(items, {
              personIds: ['a', 'b'],
              durationMinutes: minutes,
              within: { start: '2024-04-15T00:00', end: '2024-04-20T00:00' },
              limit: 50,
            });
            for (const slot of slots) {
              expect(slot.end.getTime() - slot.start.getTime()).toBe(minutes * 60_000);
              const local = formatTime(slot.start, { style: 'numeric' });
              expect(local >= '08:00 Uhr').toBe(true);
              expect(formatTime(new Date(slot.end.getTime() - 1), { style: 'numeric' }) < '18:00 Uhr').toBe(true);
              for (const booking of bookings) {
                if (booking.who === 'c') continue;
                const start = base + booking.start * 60_000;
                const end = start + booking.length * 60_000;
                expect(slot.start.getTime() < end && start < slot.end.getTime() && start < end).toBe(false);
              }
            }
            const starts = slots.map((slot) => slot.start.getTime());
            expect(starts).toEqual([...starts].sort((x, y) => x - y));
          },
        ),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
