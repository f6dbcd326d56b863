import { KommunalValidationError, prefixIssues } from '../errors/KommunalValidationError.js';
import {
  failOption,
  type Locale,
  optionOf,
  readInteger,
  readLocale,
  readOptions,
  readTextList,
} from '../errors/options.js';
import { type GermanState, publicHolidays } from '../holidays/publicHolidays.js';
import { toIsoDate, utcMillis, utcWallClock } from '../time/calendar.js';
import { germanNumber } from '../time/germanNumber.js';
import { instantAt } from '../time/isValidTimeZone.js';
import { offsetMillis } from '../time/offsets.js';
import { isArray, isRecord, show } from '../time/quote.js';
import { type DateInput, instantOf } from '../time/readTemporal.js';
import { GERMAN_STATE_BY_CODE } from '../validate/places.js';
import type { WorkingHours } from './detectConflicts.js';
import { type CheckedItem, readCheckedItems, type ScheduleItem } from './scheduleItem.js';
import { readTimeZoneOption } from './scheduleOptions.js';
import { type CheckedWorkingHours, readWorkingHours } from './workingHours.js';

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
  /** How long each slot lasts: a whole number of minutes, at least 1 and at most the length of `within`. */
  readonly durationMinutes: number;
  /**
   * The period to search, in years 1–9999; wall-clock times are read in `timeZone`. It may span at
   * most `maxWindowDays` days.
   */
  readonly within: {
    /** Where the search begins. */
    readonly start: DateInput;
    /** Where the search ends, after `start`; no slot reaches past it. */
    readonly end: DateInput;
  };
  /**
   * The longest period `within` may span, in days of local time: default 366, at most 3,660 (ten
   * years). It bounds the work of a search that finds nothing; search a longer period in parts.
   */
  readonly maxWindowDays?: number | undefined;
  /** Default Monday to Friday, 08:00–18:00, in `timeZone`; the end must lie after the start. */
  readonly workingHours?: WorkingHours | undefined;
  /** The Land whose public holidays are skipped; kommunal knows them from 1990, so `within` must begin in 1990 or later. */
  readonly state?: GermanState | undefined;
  /** Default `Europe/Berlin`. */
  readonly timeZone?: string | undefined;
  /** At most this many slots: a whole number from 1 to 1,000; default 10. */
  readonly limit?: number | undefined;
  /** Slots begin on multiples of this many minutes of local time: a whole number from 1 to 1,440; default 15. */
  readonly stepMinutes?: number | undefined;
  /** Language of error messages: `de` (default) or `en`. */
  readonly locale?: Locale | undefined;
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
const FN = 'findFreeSlots';
/** The default and the largest `maxWindowDays`: a search that finds nothing walks every day of its window. */
const DEFAULT_WINDOW_DAYS = 366;
const MAX_WINDOW_DAYS = 3660;
const MAX_LIMIT = 1000;
/** The first year whose public holidays kommunal knows (see publicHolidays). */
const FIRST_HOLIDAY_YEAR = 1990;

const MESSAGES = {
  de: {
    items: 'eine Liste von Terminen',
    text: 'ein Text',
    within: 'ein Objekt mit start und end',
    state: 'ein deutsches Land wie „DE-HE“',
    empty: (start: unknown, end: unknown) =>
      `Das Zeitfenster von ${show(start, 'de')} bis ${show(end, 'de')} endet nicht nach seinem Beginn.`,
    tooLong: (start: unknown, end: unknown, days: number, max: number) =>
      `Das Zeitfenster von ${show(start, 'de')} bis ${show(end, 'de')} umfasst ${germanNumber(Math.round(days))} Tage; ${FN} sucht in höchstens ${germanNumber(max)} Tagen. ${
        max < MAX_WINDOW_DAYS
          ? `Die Option „maxWindowDays“ erhöht die Grenze auf bis zu ${germanNumber(MAX_WINDOW_DAYS)} Tage; längere Zeiträume lassen sich in Abschnitten durchsuchen.`
          : 'Längere Zeiträume lassen sich in Abschnitten durchsuchen.'
      }`,
    beforeHolidays: (state: string, start: unknown) =>
      `Die Feiertage von ${show(state, 'de')} kennt kommunal ab ${FIRST_HOLIDAY_YEAR}, das Zeitfenster beginnt aber schon am ${show(start, 'de')}: Es muss ${FIRST_HOLIDAY_YEAR} oder später beginnen, oder „state“ entfällt.`,
  },
  en: {
    items: 'a list of schedule items',
    text: 'a string',
    within: 'an object with start and end',
    state: 'a German Land such as "DE-HE"',
    empty: (start: unknown, end: unknown) =>
      `The period from ${show(start, 'en')} to ${show(end, 'en')} does not end after it starts.`,
    tooLong: (start: unknown, end: unknown, days: number, max: number) =>
      `The period from ${show(start, 'en')} to ${show(end, 'en')} spans ${days.toLocaleString('en-US', { maximumFractionDigits: 1 })} days; ${FN} searches at most ${max.toLocaleString('en-US')} days. ${
        max < MAX_WINDOW_DAYS
          ? `The option "maxWindowDays" raises the limit up to ${MAX_WINDOW_DAYS.toLocaleString('en-US')} days; longer periods can be searched in parts.`
          : 'Longer periods can be searched in parts.'
      }`,
    beforeHolidays: (state: string, start: unknown) =>
      `kommunal knows the public holidays of ${show(state, 'en')} from ${FIRST_HOLIDAY_YEAR}, but the period starts at ${show(start, 'en')}: it must start in ${FIRST_HOLIDAY_YEAR} or later, or leave out "state".`,
  },
} as const;

/**
 * The earliest slots in which all the given people and the room are free, inside working hours,
 * on no weekend (or other day outside `workingHours.days`) and on no public holiday of `state`.
 * Within each free stretch, slots follow back to back from its first aligned start. The period
 * `within` may span at most `maxWindowDays` days (default 366, at most 3,660), so a search that
 * finds nothing still ends quickly; its work grows with the items, the days and `limit`, never
 * with their product.
 *
 * @param request - Items, people, room, duration, period and limits (see {@link FindFreeSlotsOptions}).
 * @returns Up to `limit` slots, earliest first.
 * @throws {@link KommunalValidationError} for malformed items (paths start with `items`), options
 *   of the wrong type or out of range (`invalid_option`, naming option and value), times that are
 *   no instants or lie outside the years 1–9999, a period that ends before it starts or is longer
 *   than `maxWindowDays` (`too_big`), more than 10,000,000 items (`too_big`), or `state` with a
 *   period before 1990.
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
 * findFreeSlots({ items: [], personIds: 'herrmann', durationMinutes: 90, within: { start: '2024-04-15T00:00', end: '2024-04-16T00:00' } } as never); // throws KommunalValidationError
 * ```
 *
 * @category Scheduling
 */
export function findFreeSlots(request: FindFreeSlotsOptions): FreeSlot[] {
  const search = readSearch(request);
  const busy = busyTimes(search);
  return walkDays(search, busy);
}

/** A request, checked and read. */
interface Search {
  readonly items: readonly CheckedItem[];
  readonly people: ReadonlySet<string>;
  readonly venueId: string | undefined;
  readonly room: string;
  readonly zone: string;
  readonly from: number;
  readonly to: number;
  readonly duration: number;
  readonly step: number;
  readonly limit: number;
  readonly dayStart: number;
  readonly dayEnd: number;
  /** Index 1 = Monday … 7 = Sunday. */
  readonly workdays: readonly boolean[];
  readonly state: GermanState | undefined;
}

/** Working hours when the request names none: Monday to Friday, 8–18 Uhr. */
const OFFICE_HOURS = { start: '08:00', end: '18:00' };

function readSearch(request: unknown): Search {
  const options = readOptions(FN, request);
  const locale = readLocale(FN, options);
  const messages = MESSAGES[locale];
  const option = (name: keyof FindFreeSlotsOptions) => optionOf(FN, options, name, locale);
  const zone = readTimeZoneOption(FN, options, locale);
  const items = option('items');
  if (!isArray(items)) failOption(FN, 'items', items, messages.items, locale);
  const personIds = option('personIds');
  const people = new Set(personIds === undefined ? [] : readTextList(FN, 'personIds', personIds, locale));
  const venueId = readText('venueId', option('venueId'), locale);
  const room = readText('room', option('room'), locale) ?? '';
  const state = readState(option('state'), locale);
  const { from, to, start, end } = readWithin(option('within'), zone, locale);
  const maxDays = readInteger(
    FN,
    'maxWindowDays',
    option('maxWindowDays'),
    { min: 1, max: MAX_WINDOW_DAYS, fallback: DEFAULT_WINDOW_DAYS },
    locale,
  );
  // Days of local time, so that a window from midnight to midnight is whole days across a DST change.
  const days = (to + offsetMillis(zone, to) - (from + offsetMillis(zone, from))) / DAY;
  if (days > maxDays) {
    throw new KommunalValidationError(
      [{ path: [], code: 'too_big', message: messages.tooLong(start, end, days, maxDays) }],
      { locale },
    );
  }
  if (state !== undefined && utcWallClock(from + offsetMillis(zone, from)).year < FIRST_HOLIDAY_YEAR) {
    throw new KommunalValidationError(
      [{ path: [], code: 'invalid_range', message: messages.beforeHolidays(state, start) }],
      { locale },
    );
  }
  const windowMinutes = Math.max(1, Math.floor((to - from) / 60_000));
  const duration = readInteger(
    FN,
    'durationMinutes',
    option('durationMinutes'),
    { min: 1, max: windowMinutes },
    locale,
  );
  const step = readInteger(FN, 'stepMinutes', option('stepMinutes'), { min: 1, max: 1440, fallback: 15 }, locale);
  const limit = readInteger(FN, 'limit', option('limit'), { min: 1, max: MAX_LIMIT, fallback: 10 }, locale);
  // Never undefined: the office hours stand in for a missing option (null is refused, not replaced).
  const givenHours = option('workingHours');
  const hours = readWorkingHours(
    FN,
    givenHours === undefined ? OFFICE_HOURS : givenHours,
    locale,
  ) as CheckedWorkingHours;
  return {
    items: readItems(items, locale),
    people,
    venueId,
    room,
    zone,
    from,
    to,
    duration: duration * 60_000,
    step: step * 60_000,
    limit,
    dayStart: hours.start,
    dayEnd: hours.end,
    workdays: hours.allowed,
    state,
  };
}

function readText(option: string, value: unknown, locale: Locale): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  return failOption(FN, option, value, MESSAGES[locale].text, locale);
}

function readState(value: unknown, locale: Locale): GermanState | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !GERMAN_STATE_BY_CODE.has(value)) {
    return failOption(FN, 'state', value, MESSAGES[locale].state, locale);
  }
  return value as GermanState;
}

function readWithin(
  value: unknown,
  zone: string,
  locale: Locale,
): { from: number; to: number; start: unknown; end: unknown } {
  const messages = MESSAGES[locale];
  if (!isRecord(value)) return failOption(FN, 'within', value, messages.within, locale);
  const start = optionOf(FN, value, 'start', locale, 'within.start');
  const end = optionOf(FN, value, 'end', locale, 'within.end');
  // instantOf refuses instants outside the years 1–9999.
  const from = instantOf(start, zone);
  const to = instantOf(end, zone);
  if (to <= from) {
    throw new KommunalValidationError([{ path: [], code: 'invalid_range', message: messages.empty(start, end) }], {
      locale,
    });
  }
  return { from, to, start, end };
}

/** The times the people or the room are taken: sorted, disjoint intervals (touching ones joined). */
function busyTimes(search: Search): { starts: Float64Array; ends: Float64Array } {
  const { items, people, venueId, room } = search;
  const taken: CheckedItem[] = [];
  for (const item of items) {
    const person = item.personIds?.some((id) => people.has(id)) === true;
    if (person || (venueId !== undefined && item.venueId === venueId && (item.room ?? '') === room)) taken.push(item);
  }
  taken.sort((a, b) => a.start - b.start);
  const starts = new Float64Array(taken.length);
  const ends = new Float64Array(taken.length);
  let count = 0;
  for (const { start, end } of taken) {
    // A booking of no length still splits free time: a moment during a meeting takes the person away.
    if (count > 0 && start <= (ends[count - 1] as number)) {
      ends[count - 1] = Math.max(ends[count - 1] as number, end);
    } else {
      starts[count] = start;
      ends[count] = end;
      count += 1;
    }
  }
  return { starts: starts.subarray(0, count), ends: ends.subarray(0, count) };
}

/**
 * Walks the window day by day of local time. The busy intervals are disjoint and sorted, so one
 * cursor passes them once; an interval is looked at again only on the days it spans.
 */
function walkDays(search: Search, busy: { starts: Float64Array; ends: Float64Array }): FreeSlot[] {
  const { zone, from, to, duration, step, limit, dayStart, dayEnd, workdays, state } = search;
  const count = busy.starts.length;
  const holidays = new Map<number, ReadonlySet<string>>();
  const isHoliday = (date: { year: number; month: number; day: number }) => {
    if (state === undefined) return false;
    // A period ending late on 31 December 9999 (UTC) reaches the year 10000 east of Greenwich, whose
    // holidays kommunal does not know: no slot there.
    if (date.year > 9999) return true;
    let days = holidays.get(date.year);
    if (days === undefined) {
      days = new Set(publicHolidays(date.year, state).map((holiday) => holiday.date));
      holidays.set(date.year, days);
    }
    return days.has(toIsoDate(date));
  };
  const slots: FreeSlot[] = [];
  let next = 0;
  // Math.floor, not %, so that days before 1970 (negative numbers) start at their own midnight.
  const firstDay = Math.floor((from + offsetMillis(zone, from)) / DAY);
  const lastDay = Math.floor((to + offsetMillis(zone, to)) / DAY);
  for (let day = firstDay; day <= lastDay && slots.length < limit; day += 1) {
    const date = utcWallClock(day * DAY);
    const weekday = (((day + 3) % 7) + 7) % 7; // 0 = Monday … 6 = Sunday; 1970-01-01 was a Thursday.
    if (!workdays[weekday + 1] || isHoliday(date)) continue;
    const windowStart = Math.max(from, atMinute(date, dayStart, zone));
    const windowEnd = Math.min(to, atMinute(date, dayEnd, zone));
    while (next < count && (busy.ends[next] as number) <= windowStart) next += 1;
    let cursor = windowStart;
    for (let index = next; cursor < windowEnd && slots.length < limit; index += 1) {
      const blockStart = index < count ? (busy.starts[index] as number) : windowEnd;
      const freeUntil = Math.min(blockStart, windowEnd);
      let start = align(cursor, step, zone);
      while (start + duration <= freeUntil && slots.length < limit) {
        slots.push({ start: new Date(start), end: new Date(start + duration) });
        start += duration;
      }
      if (blockStart >= windowEnd) break;
      cursor = Math.max(cursor, busy.ends[index] as number);
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

/**
 * Every item, read and checked once (every field, and instants in the years 1–9999), with the
 * paths of its issues beginning at `items`.
 */
function readItems(items: readonly unknown[], locale: Locale): CheckedItem[] {
  try {
    return readCheckedItems(items, locale);
  } catch (error) {
    if (error instanceof KommunalValidationError) throw prefixIssues(error, ['items'], locale);
    throw error;
  }
}
