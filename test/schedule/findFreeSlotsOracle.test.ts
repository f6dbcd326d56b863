// findFreeSlots against brute force: an oracle that walks every minute of the period, asks Intl
// what the clock shows and date-holidays which days are public holidays, and applies the rules
// findFreeSlots documents. The slots must be the oracle's first `limit`: none missed, none
// invented, none out of order. Today's other properties only check that returned slots are valid,
// which a search that returns nothing passes.
import Holidays from 'date-holidays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFreeSlots, type GermanState, type ScheduleItem } from '../../src/index.js';
import { PROPERTY_TIMEOUT } from '../property.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MINUTES_A_DAY = 1440;

/** Zones with summer time in spring and autumn (Berlin, Chicago), a half-hour offset, and none. */
const ZONES = ['Europe/Berlin', 'America/Chicago', 'Asia/Kolkata', 'UTC'] as const;
const STATES: readonly GermanState[] = ['DE-HE', 'DE-BY', 'DE-BE', 'DE-SN'];

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();

/**
 * The zone's offset at an instant, in minutes, from Intl. These zones change their clocks only on
 * whole hours of UTC, so the offset is asked once an hour.
 */
function offsetMinutes(zone: string, millis: number): number {
  const hour = Math.floor(millis / HOUR) * HOUR;
  const key = `${zone} ${hour}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    let formatter = formatters.get(zone);
    if (formatter === undefined) {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        hourCycle: 'h23',
      });
      formatters.set(zone, formatter);
    }
    const parts = Object.fromEntries(formatter.formatToParts(hour).map((part) => [part.type, Number(part.value)]));
    const local = Date.UTC(
      parts['year'] as number,
      (parts['month'] as number) - 1,
      parts['day'] as number,
      parts['hour'] as number,
      parts['minute'] as number,
    );
    offset = (local - hour) / MINUTE;
    offsets.set(key, offset);
  }
  return offset;
}

/** What the clock shows at an instant, in minutes since 1970-01-01 00:00 of that clock. */
const localMinute = (zone: string, millis: number) => Math.floor(millis / MINUTE) + offsetMinutes(zone, millis);

const holidayYears = new Map<string, ReadonlySet<string>>();

/** Whether a day (`YYYY-MM-DD`) is a public holiday of the Land, by date-holidays. */
function isHoliday(state: GermanState, day: string): boolean {
  const key = `${state} ${day.slice(0, 4)}`;
  let days = holidayYears.get(key);
  if (days === undefined) {
    days = new Set(
      new Holidays('DE', state.slice(3))
        .getHolidays(Number(day.slice(0, 4)))
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    holidayYears.set(key, days);
  }
  return days.has(day);
}

interface Booking {
  readonly start: number;
  readonly end: number;
}

interface Case {
  readonly zone: string;
  readonly from: number;
  readonly to: number;
  readonly bookings: readonly Booking[];
  readonly durationMinutes: number;
  readonly stepMinutes: number;
  readonly limit: number;
  /** Minutes of the day; days 1 = Monday … 7 = Sunday. */
  readonly hours: { readonly start: number; readonly end: number; readonly days: readonly number[] };
  readonly state: GermanState | undefined;
}

/**
 * The slots by the documented rules, minute by minute:
 * - a day's working hours run from the first minute whose clock reading is at or after the start
 *   on that day to the first at or after the end (so a reading the clocks skip counts as the
 *   minute they change, and one they show twice as its first showing), on working days that are
 *   no public holiday of the Land, inside the period;
 * - a minute is free when no booking covers it; a booking of no length covers no minute but ends
 *   the free stretch it lies inside;
 * - in each free stretch of working hours, the first slot starts at the first minute whose clock
 *   reading is a multiple of the step, and the next ones follow back to back while they fit.
 */
function oracle(input: Case): number[] {
  const { zone, from, to, bookings, hours, state } = input;
  const duration = input.durationMinutes * MINUTE;
  // Every minute around the period, with its clock reading: enough to find each day's hours.
  const first = from - 2 * DAY;
  const minutes: number[] = [];
  const readings: number[] = [];
  for (let at = first; at < to + 2 * DAY; at += MINUTE) {
    minutes.push(at);
    readings.push(localMinute(zone, at));
  }
  const firstAtOrAfter = (reading: number) => minutes[readings.findIndex((value) => value >= reading)] as number;
  const stretches: [number, number][] = [];
  const firstDay = Math.floor(localMinute(zone, from) / MINUTES_A_DAY) - 1;
  const lastDay = Math.floor(localMinute(zone, to) / MINUTES_A_DAY) + 1;
  for (let day = firstDay; day <= lastDay; day += 1) {
    const date = new Date(day * DAY);
    const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
    if (!hours.days.includes(weekday)) continue;
    if (state !== undefined && isHoliday(state, date.toISOString().slice(0, 10))) continue;
    const start = Math.max(from, firstAtOrAfter(day * MINUTES_A_DAY + hours.start));
    const end = Math.min(to, firstAtOrAfter(day * MINUTES_A_DAY + hours.end));
    let stretchStart: number | undefined;
    for (let at = start; at <= end; at += MINUTE) {
      const free = at < end && !bookings.some((booking) => booking.start <= at && at < booking.end);
      const cut = bookings.some((booking) => booking.start === booking.end && booking.start === at);
      if (stretchStart !== undefined && (!free || cut)) {
        stretches.push([stretchStart, at]);
        stretchStart = undefined;
      }
      if (free && stretchStart === undefined) stretchStart = at;
    }
  }
  stretches.sort((a, b) => a[0] - b[0]);
  const slots: number[] = [];
  for (const [start, end] of stretches) {
    let at = start;
    while (at < end && ((localMinute(zone, at) % input.stepMinutes) + input.stepMinutes) % input.stepMinutes !== 0) {
      at += MINUTE;
    }
    for (; at + duration <= end; at += duration) slots.push(at);
  }
  return slots;
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Two days before Berlin and Chicago change their clocks in 2024, so that periods often span a change. */
const CHANGES = [
  ['Europe/Berlin', '2024-03-29'],
  ['Europe/Berlin', '2024-10-25'],
  ['America/Chicago', '2024-03-08'],
  ['America/Chicago', '2024-11-01'],
].map(([zone, day]) => ({ zone: zone as string, day: Date.parse(`${day}T00:00Z`) }));

const caseArbitrary = fc
  .record({
    where: fc.oneof(
      fc.record({
        zone: fc.constantFrom(...ZONES),
        day: fc.integer({ min: Date.UTC(2023, 0, 1) / DAY, max: Date.UTC(2026, 11, 31) / DAY }).map((day) => day * DAY),
      }),
      fc.constantFrom(...CHANGES),
    ),
    startMinute: fc.integer({ min: 0, max: MINUTES_A_DAY - 1 }),
    length: fc.oneof(
      fc.integer({ min: 60, max: 4 * MINUTES_A_DAY }),
      fc.integer({ min: 2 * MINUTES_A_DAY, max: 4 * MINUTES_A_DAY }),
    ),
    bookings: fc.array(
      fc.record({
        start: fc.integer({ min: -MINUTES_A_DAY, max: 5 * MINUTES_A_DAY }),
        length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 240 }), fc.integer({ min: 1, max: 600 })),
        people: fc.option(fc.subarray(['a', 'b', 'c']), { nil: undefined }),
        place: fc.constantFrom(undefined, 'v', 'v/r1', 'v/r2', 'w'),
      }),
      { maxLength: 16 },
    ),
    people: fc.subarray(['a', 'b']),
    place: fc.constantFrom(undefined, 'v', 'v/r1'),
    duration: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 240 })),
    step: fc.oneof(fc.constantFrom(1, 5, 15, 30, 45, 60, 90, 1440), fc.integer({ min: 1, max: 120 })),
    limit: fc.integer({ min: 1, max: 40 }),
    hours: fc.option(
      fc.record({
        // Often near the changes of the clocks, which happen between 02:00 and 03:00.
        start: fc.oneof(fc.integer({ min: 0, max: MINUTES_A_DAY - 1 }), fc.integer({ min: 60, max: 200 })),
        length: fc.oneof(fc.integer({ min: 1, max: MINUTES_A_DAY }), fc.integer({ min: 240, max: MINUTES_A_DAY })),
        days: fc.oneof(fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }), fc.constant([1, 2, 3, 4, 5, 6, 7])),
      }),
      { nil: undefined },
    ),
    state: fc.option(fc.constantFrom(...STATES), { nil: undefined }),
  })
  .map((drawn) => {
    const { zone, day } = drawn.where;
    const from = day + drawn.startMinute * MINUTE;
    const to = from + drawn.length * MINUTE;
    const items: ScheduleItem[] = drawn.bookings.map((booking, index) => {
      const start = from + booking.start * MINUTE;
      const [venueId, room] = booking.place === undefined ? [] : booking.place.split('/');
      return {
        id: `i${index}`,
        start: new Date(start),
        end: new Date(start + booking.length * MINUTE),
        personIds: booking.people,
        venueId,
        room,
      };
    });
    const [venueId, room] = drawn.place === undefined ? [] : drawn.place.split('/');
    const people = new Set(drawn.people);
    const taken = items.filter(
      (item) =>
        item.personIds?.some((id) => people.has(id)) === true ||
        (venueId !== undefined && item.venueId === venueId && item.room === room),
    );
    const hours = drawn.hours ?? { start: 8 * 60, length: 10 * 60, days: [1, 2, 3, 4, 5] };
    const end = Math.min(MINUTES_A_DAY, hours.start + hours.length);
    const input: Case = {
      zone,
      from,
      to,
      bookings: taken.map((item) => ({ start: (item.start as Date).getTime(), end: (item.end as Date).getTime() })),
      durationMinutes: Math.min(drawn.duration, drawn.length),
      stepMinutes: drawn.step,
      limit: drawn.limit,
      hours: { start: hours.start, end, days: hours.days },
      state: drawn.state,
    };
    const options = {
      personIds: drawn.people.length === 0 ? undefined : drawn.people,
      venueId,
      room,
      durationMinutes: input.durationMinutes,
      within: { start: new Date(from), end: new Date(to) },
      workingHours:
        drawn.hours === undefined ? undefined : { start: clock(hours.start), end: clock(end), days: hours.days },
      stepMinutes: drawn.step,
      limit: drawn.limit,
      timeZone: zone,
      state: drawn.state,
    };
    return { items, options, input };
  });

describe('findFreeSlots against a minute-by-minute oracle', () => {
  it(
    'finds the oracle’s first slots: none missed, none invented',
    () => {
      // Agreeing on no slot at all proves little: most cases must have some, and many more than the limit.
      let found = 0;
      let cut = 0;
      fc.assert(
        fc.property(caseArbitrary, ({ items, options, input }) => {
          const slots = findFreeSlots(items, options);
          for (const slot of slots)
            expect(slot.end.getTime() - slot.start.getTime()).toBe(input.durationMinutes * MINUTE);
          const all = oracle(input);
          const expected = all.slice(0, input.limit);
          expect(slots.map((slot) => slot.start.toISOString())).toEqual(
            expected.map((at) => new Date(at).toISOString()),
          );
          if (all.length > 0) found += 1;
          if (all.length > input.limit) cut += 1;
        }),
        { numRuns: 300 },
      );
      expect(found).toBeGreaterThan(120);
      expect(cut).toBeGreaterThan(60);
    },
    PROPERTY_TIMEOUT,
  );

  it('reads working hours the clocks skip or show twice as their first instant', () => {
    /** The starts of half-hour slots on one Sunday in Berlin, with the given working hours. */
    const sundaySlots = (day: string, next: string, start: string, end: string) =>
      findFreeSlots([], {
        durationMinutes: 30,
        within: { start: `${day}T00:00`, end: `${next}T00:00` },
        workingHours: { start, end, days: [7] },
        limit: 5,
      }).map((slot) => slot.start.toISOString());
    // 31 March 2024: Berlin's clocks go from 02:00 to 03:00; 02:30 counts as 03:00 MESZ (01:00Z).
    expect(sundaySlots('2024-03-31', '2024-04-01', '02:30', '04:00')).toEqual([
      '2024-03-31T01:00:00.000Z',
      '2024-03-31T01:30:00.000Z',
    ]);
    // 27 October 2024: 02:00–03:00 twice; hours until 02:30 end at its first showing (00:30Z).
    expect(sundaySlots('2024-10-27', '2024-10-28', '01:00', '02:30')).toEqual([
      '2024-10-26T23:00:00.000Z',
      '2024-10-26T23:30:00.000Z',
      '2024-10-27T00:00:00.000Z',
    ]);
  });

  it('aligns the first slot of a stretch to the step of local time across a change of the clocks', () => {
    // Free from 01:50 MEZ (00:50Z). The next multiple of 45 minutes of local time is 03:00 MESZ
    // (01:00Z), when the clocks jump past 02:15; 25 minutes later the clock shows 03:15.
    const slots = findFreeSlots([{ id: 'a', start: '2024-03-30T23:00Z', end: '2024-03-31T00:50Z', personIds: ['a'] }], {
      personIds: ['a'],
      durationMinutes: 15,
      stepMinutes: 45,
      within: { start: '2024-03-31T00:00', end: '2024-03-31T06:00' },
      workingHours: { start: '00:00', end: '24:00', days: [7] },
      limit: 1,
    });
    expect(slots.map((slot) => slot.start.toISOString())).toEqual(['2024-03-31T01:00:00.000Z']);
  });
});
