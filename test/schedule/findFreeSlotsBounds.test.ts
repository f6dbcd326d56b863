// Bounded work: the period findFreeSlots searches is capped (maxWindowDays), its days are found
// the same way before 1970 as after, and many bookings cost their number, not their number
// times the days. An oracle built on Intl checks the slots of an empty schedule from 1900 to 2100.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFreeSlots, type ScheduleItem } from '../../src/index.js';
import { issuesOf } from '../issues.js';
import { PROPERTY_TIMEOUT } from '../property.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const berlin = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Berlin',
  weekday: 'short',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** What Intl says a Berlin clock shows at an instant: the day, its weekday, the minute of the day. */
function localOf(millis: number): { day: string; weekday: string; minute: number } {
  const parts = Object.fromEntries(berlin.formatToParts(millis).map((part) => [part.type, part.value]));
  return {
    day: `${parts['year']}-${parts['month']}-${parts['day']}`,
    weekday: parts['weekday'] as string,
    minute: Number(parts['hour']) * 60 + Number(parts['minute']),
  };
}

/**
 * The slots of an empty schedule by brute force: every quarter hour (Berlin's offsets since 1893
 * are whole hours, so its quarter hours are UTC's) that starts a slot on a weekday within 08:00–18:00
 * and the period; after a slot, the next follows at once if it fits, else at the next quarter hour
 * that does.
 */
function oracle(from: number, to: number, duration: number, limit: number): string[] {
  const slots: string[] = [];
  const fits = (start: number) => {
    const first = localOf(start);
    const last = localOf(start + duration - 1);
    return (
      start + duration <= to &&
      first.weekday !== 'Sat' &&
      first.weekday !== 'Sun' &&
      first.day === last.day &&
      first.minute >= 8 * 60 &&
      last.minute < 18 * 60
    );
  };
  const quarter = 15 * MINUTE;
  let start = Math.ceil(from / quarter) * quarter;
  while (start < to && slots.length < limit) {
    if (fits(start)) {
      slots.push(new Date(start).toISOString());
      start += duration;
      if (fits(start)) continue;
      start = Math.ceil(start / quarter) * quarter;
    } else {
      start += quarter;
    }
  }
  return slots;
}

describe('findFreeSlots bounds', () => {
  it('refuses a period longer than maxWindowDays and says how to raise it', () => {
    const request = {
      personIds: ['x'],
      durationMinutes: 601,
      state: 'DE-HE' as const,
      within: { start: '2000-01-01T00:00', end: '3000-01-01T00:00' },
    };
    expect(issuesOf(() => findFreeSlots([], request))).toEqual([
      {
        path: [],
        code: 'too_big',
        message:
          'Das Zeitfenster von „2000-01-01T00:00“ bis „3000-01-01T00:00“ umfasst 365\u202f243 Tage; findFreeSlots sucht in höchstens 366 Tagen. Die Option „maxWindowDays“ erhöht die Grenze auf bis zu 3660 Tage; längere Zeiträume lassen sich in Abschnitten durchsuchen.',
      },
    ]);
    expect(issuesOf(() => findFreeSlots([], { ...request, maxWindowDays: 3660 }))[0]?.message).toMatch(
      /höchstens 3660 Tagen\. Längere Zeiträume lassen sich in Abschnitten durchsuchen\.$/,
    );
    expect(issuesOf(() => findFreeSlots([], { ...request, maxWindowDays: 3661 }))[0]?.code).toBe('invalid_option');
    expect(issuesOf(() => findFreeSlots([], { ...request, locale: 'en' }))[0]?.message).toMatch(
      /^The period from "2000-01-01T00:00" to "3000-01-01T00:00" spans 365,243 days; findFreeSlots searches at most 366 days\. The option "maxWindowDays" raises/,
    );
  });

  it('searches ten years when asked to, and a year of local days across a change of the clocks', () => {
    // No slot fits: an eleven-hour meeting in ten-hour working days. Every day is looked at.
    const decade = findFreeSlots([], {
      durationMinutes: 660,
      state: 'DE-BY',
      maxWindowDays: 3660,
      within: { start: '2020-01-01T00:00', end: '2030-01-01T00:00' },
    });
    expect(decade).toEqual([]);
    // From summer to winter time: 366 days of local time are 366 days and an hour.
    const year = findFreeSlots([], {
      durationMinutes: 60,
      within: { start: '2024-10-26T00:00', end: '2025-10-27T00:00' },
      limit: 1000,
    });
    expect(year).toHaveLength(1000);
  });

  it('searches up to the last instant of the year 9999, which is the year 10000 in Berlin', () => {
    const request = {
      durationMinutes: 30,
      within: { start: '9999-12-31T20:00Z', end: new Date('9999-12-31T23:59:59.999Z') },
      workingHours: { start: '00:00', end: '24:00', days: [1, 2, 3, 4, 5, 6, 7] },
      limit: 1000,
    };
    const slots = findFreeSlots([], request);
    expect(slots.at(-1)?.end.toISOString()).toBe('9999-12-31T23:30:00.000Z');
    expect(slots).toHaveLength(7);
    // With a Land, the hour that is already 1 January 10000 in Berlin has no known holidays: no slot.
    expect(
      findFreeSlots([], { ...request, state: 'DE-BE' })
        .at(-1)
        ?.end.toISOString(),
    ).toBe('9999-12-31T23:00:00.000Z');
  });

  it('finds the first day of a period before 1970', () => {
    // 4 January 1960 was a Monday; the period starts at 09:10 local time.
    const slots = findFreeSlots([], {
      durationMinutes: 60,
      within: { start: '1960-01-04T09:10', end: '1960-01-06T00:00' },
      limit: 2,
    });
    expect(slots.map((slot) => slot.start.toISOString())).toEqual([
      '1960-01-04T08:15:00.000Z',
      '1960-01-04T09:15:00.000Z',
    ]);
    const utc = findFreeSlots([], {
      durationMinutes: 60,
      timeZone: 'UTC',
      within: { start: '1969-12-31T23:00', end: '1970-01-02T00:00' },
      workingHours: { start: '00:00', end: '24:00' },
      limit: 1,
    });
    expect(utc.map((slot) => slot.start.toISOString())).toEqual(['1969-12-31T23:00:00.000Z']);
  });

  it(
    'finds the slots of an empty schedule that brute force finds, from 1900 to 2100',
    () => {
      const first = Date.UTC(1900, 0, 1);
      const last = Date.UTC(2100, 0, 1);
      fc.assert(
        fc.property(
          fc.integer({ min: first / MINUTE, max: last / MINUTE }),
          fc.integer({ min: 60, max: 10 * 24 * 60 }),
          fc.integer({ min: 1, max: 600 }),
          fc.integer({ min: 1, max: 12 }),
          (fromMinute, length, minutes, limit) => {
            const from = fromMinute * MINUTE;
            const to = from + length * MINUTE;
            const duration = Math.min(minutes, length);
            const slots = findFreeSlots([], {
              durationMinutes: duration,
              within: { start: new Date(from), end: new Date(to) },
              limit,
            });
            expect(slots.map((slot) => slot.start.toISOString())).toEqual(oracle(from, to, duration * MINUTE, limit));
          },
        ),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('walks many bookings once, however long one of them lasts', () => {
    // One booking over the whole year and 200,000 short ones inside it: every day is busy.
    const items: ScheduleItem[] = [
      { id: 'jahr', start: '2024-01-01T00:00Z', end: '2025-01-01T00:00Z', personIds: ['a'] },
    ];
    const start = Date.UTC(2024, 0, 1);
    for (let index = 0; index < 200_000; index += 1) {
      const at = start + (index % 365) * DAY + 9 * 3_600_000;
      items.push({ id: `k${index}`, start: new Date(at), end: new Date(at + MINUTE), personIds: ['a'] });
    }
    const slots = findFreeSlots(items, {
      personIds: ['a'],
      durationMinutes: 30,
      within: { start: '2024-01-01T00:00', end: '2025-01-01T00:00' },
    });
    expect(slots).toEqual([]);
  });
});
