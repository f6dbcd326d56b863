import { fail } from '../errors/KommunalValidationError.js';
import { DEFAULT_TIME_ZONE } from '../format/options.js';
import { type GermanState, isPublicHoliday } from '../holidays/publicHolidays.js';
import { toIsoDate, utcMillis, utcWallClock, weekday } from '../time/calendar.js';
import { assertTimeZone, instantAt, wallClockAt } from '../time/isValidTimeZone.js';
import { offsetMillis } from '../time/offsets.js';
import { quote } from '../time/quote.js';
import { type DateInput, instantOf } from '../time/readTemporal.js';
import type { WorkingHours } from './detectConflicts.js';
import { minuteOfDay, type ScheduleItem, timeItems } from './scheduleItem.js';

/**
 * What {@link findFreeSlots} looks for: who and which room must be free, for how long, and when.
 *
 * @example
 * ```ts
 * import type { FindFreeSlotsOptions } from 'kommunal';
 *
 * const request: FindFreeSlotsOptions = {
 *   items: [],
 *   personIds: ['sabine-herrmann'],
 *   durationMinutes: 60,
 *   within: { start: '2024-04-15T00:00', end: '2024-04-19T00:00' },
 *   state: 'DE-HE',
 * };
 * request.durationMinutes; // => 60
 * ```
 *
 * @category Scheduling
 */
export interface FindFreeSlotsOptions {
  /** The schedule that is already booked. */
  readonly items: readonly ScheduleItem[];
  /** People who must all be free. */
  readonly personIds?: readonly string[] | undefined;
  /** A venue that must be free; with `room`, that room of it (a venue without rooms counts as one room). */
  readonly venueId?: string | undefined;
  /** The room of `venueId` that must be free. */
  readonly room?: string | undefined;
  /** How long each slot lasts. */
  readonly durationMinutes: number;
  /** The period to search; wall-clock times are read in `timeZone`. */
  readonly within: {
    /** Where the search begins. */
    readonly start: DateInput;
    /** Where the search ends; no slot reaches past it. */
    readonly end: DateInput;
  };
  /** Default Monday to Friday, 08:00–18:00, in `timeZone`. */
  readonly workingHours?: WorkingHours | undefined;
  /** The Land whose public holidays are skipped. */
  readonly state?: GermanState | undefined;
  /** Default `Europe/Berlin`. */
  readonly timeZone?: string | undefined;
  /** At most this many slots; default 10. */
  readonly limit?: number | undefined;
  /** Slots begin on multiples of this many minutes of local time; default 15. */
  readonly stepMinutes?: number | undefined;
}

/**
 * A free slot.
 *
 * @example
 * ```ts
 * import type { FreeSlot } from 'kommunal';
 *
 * const slot: FreeSlot = { start: new Date('2024-04-15T06:00:00Z'), end: new Date('2024-04-15T07:00:00Z') };
 * slot.start < slot.end; // => true
 * ```
 *
 * @category Scheduling
 */
export interface FreeSlot {
  /** First instant of the slot. */
  readonly start: Date;
  /** Instant the slot ends (excluded). */
  readonly end: Date;
}

const DAY = 86_400_000;

/**
 * The earliest slots in which all the given people and the room are free, inside working hours,
 * on no weekend (or other day outside `workingHours.days`) and on no public holiday of `state`.
 * Within each free stretch, slots follow back to back from its first aligned start.
 *
 * @param request - Items, people, room, duration, period and limits (see {@link FindFreeSlotsOptions}).
 * @returns Up to `limit` slots, earliest first.
 * @throws {@link KommunalValidationError} for malformed items, times or a duration that is not a positive number.
 *
 * @example
 * ```ts
 * import { findFreeSlots, formatTimeRange } from 'kommunal';
 *
 * const slots = findFreeSlots({
 *   items: [{ id: 'a', start: '2024-04-15T08:00+02:00', end: '2024-04-15T11:30+02:00', personIds: ['herrmann'] }],
 *   personIds: ['herrmann'],
 *   durationMinutes: 90,
 *   within: { start: '2024-04-15T00:00', end: '2024-04-16T00:00' },
 *   limit: 3,
 * });
 * slots.map((slot) => formatTimeRange(slot.start, slot.end)); // => ['11:30–13 Uhr', '13–14:30 Uhr', '14:30–16 Uhr']
 * ```
 *
 * @category Scheduling
 */
export function findFreeSlots(request: FindFreeSlotsOptions): FreeSlot[] {
  const zone = request.timeZone ?? DEFAULT_TIME_ZONE;
  assertTimeZone(zone);
  const duration = request.durationMinutes * 60_000;
  if (!(duration > 0) || !Number.isFinite(duration)) {
    fail(
      'invalid_number',
      `${quote(request.durationMinutes)} ist keine Dauer: erwartet wird eine positive Zahl von Minuten.`,
    );
  }
  const step = (request.stepMinutes ?? 15) * 60_000;
  if (!(step > 0) || !Number.isFinite(step)) {
    fail(
      'invalid_number',
      `${quote(request.stepMinutes)} ist keine Schrittweite: erwartet wird eine positive Zahl von Minuten.`,
    );
  }
  const limit = request.limit ?? 10;
  const from = instantOf(request.within.start, zone);
  const to = instantOf(request.within.end, zone);
  const hours = request.workingHours ?? { start: '08:00', end: '18:00' };
  const [dayStart, dayEnd] = [minuteOfDay(hours.start, 'den Arbeitsbeginn'), minuteOfDay(hours.end, 'das Arbeitsende')];
  const days = hours.days ?? [1, 2, 3, 4, 5];
  const people = new Set(request.personIds ?? []);
  const room = request.room ?? '';

  const busy = timeItems(request.items, 'de')
    .filter(
      ({ item }) =>
        (item.personIds ?? []).some((id) => people.has(id)) ||
        (request.venueId !== undefined && item.venueId === request.venueId && (item.room ?? '') === room),
    )
    .map(({ start, end }) => [start, end] as const)
    .sort((a, b) => a[0] - b[0]);

  const slots: FreeSlot[] = [];
  let next = 0;
  const first = utcMillis(wallClockAt(from, zone));
  for (let local = first - (first % DAY); local < to + 2 * DAY && slots.length < limit; local += DAY) {
    const date = utcWallClock(local);
    const day = weekday(date);
    if (!days.includes(day === 0 ? 7 : day)) continue;
    if (request.state !== undefined && isPublicHoliday(toIsoDate(date), request.state)) continue;
    const windowStart = Math.max(from, atMinute(date, dayStart, zone));
    const windowEnd = Math.min(to, atMinute(date, dayEnd, zone));
    let cursor = windowStart;
    while (next < busy.length && (busy[next]?.[1] ?? 0) <= cursor) next += 1;
    for (let index = next; cursor < windowEnd && slots.length < limit; ) {
      const block = busy[index];
      const freeUntil = block === undefined || block[0] >= windowEnd ? windowEnd : Math.max(cursor, block[0]);
      let start = align(cursor, step, zone);
      while (start + duration <= freeUntil && slots.length < limit) {
        slots.push({ start: new Date(start), end: new Date(start + duration) });
        start += duration;
      }
      if (block === undefined || block[0] >= windowEnd) break;
      cursor = Math.max(cursor, block[1]);
      index += 1;
    }
  }
  return slots;
}

/** The instant of a minute of the day in a zone (a minute the clock skips counts as the next that exists). */
function atMinute(date: { year: number; month: number; day: number }, minutes: number, zone: string): number {
  const midnight = utcMillis(date);
  const clock = utcWallClock(midnight + minutes * 60_000);
  return instantAt(clock, zone) ?? midnight + minutes * 60_000 - offsetMillis(zone, midnight);
}

/** The first instant at or after `millis` whose local time is a multiple of `step`. */
function align(millis: number, step: number, zone: string): number {
  const local = millis + offsetMillis(zone, millis);
  const rest = ((local % step) + step) % step;
  return rest === 0 ? millis : millis + (step - rest);
}
