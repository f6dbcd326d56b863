import { KommunalValidationError } from '../errors/KommunalValidationError.js';
import {
  failOption,
  type Locale,
  optionOf,
  readInteger,
  readLocale,
  readOptions,
  readTextList,
} from '../errors/options.js';
import { readTimeZone } from '../format/options.js';
import { austrianHolidays, FIRST_AUSTRIAN_DAY } from '../holidays/austria.js';
import { FIRST_HOLIDAY_YEAR, publicHolidays } from '../holidays/publicHolidays.js';
import { FREE_SLOT_MESSAGES } from '../i18n/freeSlots.js';
import { HOLIDAY_SOURCE_MESSAGES } from '../i18n/holidaySource.js';
import { KNOWN_SUBDIVISIONS } from '../places/countries.js';
import { inCountry } from '../places/countryNames.js';
import { type GermanState, germanStateByAgsPrefix, germanStateOf, isGermanState } from '../places/germanStates.js';
import { type CalendarDate, DAY, toIsoDate, utcMillis, utcWallClock } from '../time/calendar.js';
import { offsetMillis, transitionsBetween } from '../time/offsets.js';
import { isRecord } from '../time/quote.js';
import { type DateInput, instantOf } from '../time/readTemporal.js';
import { instantAt } from '../time/zonedTime.js';
import { type CheckedItem, readCheckedItems, type ScheduleItem } from './scheduleItem.js';
import { type HolidaySource, HolidaysAbroad, readHolidaySource } from './scheduleOptions.js';
import { type CheckedWorkingHours, readWorkingHours, type WorkingHours } from './workingHours.js';

/**
 * What {@link findFreeSlots} looks for: who and which room must be free, for how long, and when.
 *
 * @example
 * ```ts
 * import type { FindFreeSlotsOptions } from 'kommunal';
 *
 * const search: FindFreeSlotsOptions = {
 *   personIds: ['sabine-herrmann'],
 *   durationMinutes: 60,
 *   within: { start: '2024-04-15T00:00', end: '2024-04-19T00:00' },
 *   state: 'DE-HE',
 * };
 * search.durationMinutes; // => 60
 * ```
 *
 * @category Scheduling
 */
export interface FindFreeSlotsOptions {
  /** People who must all be free. */
  readonly personIds?: readonly string[] | undefined;
  /**
   * A venue that must be free. Without `room`, the bookings of the venue that name no room count
   * (as in conflict detection: a venue without rooms is one room); with `room`, that room's.
   */
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
  /**
   * Where the slots are: for `country` `DE` (the default), the Land whose public holidays are
   * skipped (kommunal knows them from 1990, so `within` must begin in 1990 or later); abroad, the
   * subdivision (ISO 3166-2, `US-IL`) that `holidays` is asked about. In Germany the Land's local
   * holidays (Mariä Himmelfahrt in Bavaria, Fronleichnam in parts of Sachsen and Thüringen) are
   * skipped too: all of them without `ags`, since each may hold where the meeting takes place; with
   * `ags`, those that hold or may hold in that municipality.
   */
  readonly state?: GermanState | (string & {}) | undefined;
  /**
   * The municipality in Germany where the meeting takes place, by its Amtlicher Gemeindeschlüssel
   * (8 digits): only its local holidays are skipped. Without `state`, the Land is the one the key
   * begins with.
   */
  readonly ags?: string | undefined;
  /**
   * The country where the slots are, ISO 3166-1 alpha-2; default the country of `state` (`US` for
   * `US-IL`), else `DE`. In `AT` Austria's public
   * holidays are skipped (known from 26 July 1967); in any other country, those the `holidays`
   * source names, which it then needs.
   */
  readonly country?: string | undefined;
  /**
   * A source of public holidays abroad ({@link HolidaySource}), asked for each day of `within` in
   * the local time of `timeZone`, with `country` and `state`, at most once per day; its holidays
   * are skipped. In Austria it is asked about the days kommunal knows no holiday on.
   */
  readonly holidays?: HolidaySource | undefined;
  /** The zone of `within` and the working hours, an IANA name; default `Europe/Berlin`. */
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

const FN = 'findFreeSlots';
const MINUTE = 60_000;
/** The default and the largest `maxWindowDays`: a search that finds nothing walks every day of its window. */
const DEFAULT_WINDOW_DAYS = 366;
const MAX_WINDOW_DAYS = 3660;
const MAX_LIMIT = 1000;
/** Working hours when the search names none: Monday to Friday, 8–18 Uhr. */
const OFFICE_HOURS = { start: '08:00', end: '18:00' };

/**
 * The earliest slots in which all the given people and the room are free, inside working hours,
 * on no weekend (or other day outside `workingHours.days`) and on no public holiday of `state`
 * (abroad: of `country`, Austria's built in, any other's from the `holidays` source).
 * A day's working hours run from the first instant its clock shows `workingHours.start` to the
 * first it shows `workingHours.end` (a time the clocks skip counts as the instant they change).
 * Within each free stretch of them, slots follow back to back from its first start on a multiple
 * of `stepMinutes` of local time. The period `within` may span at most `maxWindowDays` days
 * (default 366, at most 3,660), so a search that finds nothing still ends quickly; its work grows
 * with the items, the days and `limit`, never with their product.
 *
 * @param items - The schedule that is already booked, as {@link scheduleOf} returns it or written by hand.
 * @param options - Who and which room, how long, when, and the limits (see {@link FindFreeSlotsOptions}).
 * @returns Up to `limit` slots, earliest first.
 * @throws {@link KommunalValidationError} for malformed items (paths start at the item's index),
 *   options of the wrong type or out of range (`invalid_option`, naming option and value), times
 *   that are no instants or lie outside the years 1–9999, a period that ends before it starts or
 *   is longer than `maxWindowDays` (`too_big`), more than 10,000,000 items (`too_big`), `state`
 *   with a period before 1990, a `country` other than `DE` and `AT` without a `holidays` source,
 *   `AT` without one with a period before 26 July 1967, or what the source throws or returns that
 *   is not `{ name }` or `undefined` (`invalid_option`).
 *
 * @example
 * ```ts
 * import { findFreeSlots, formatTimeRange } from 'kommunal';
 *
 * const items = [{ id: 'a', start: '2024-04-15T08:00+02:00', end: '2024-04-15T11:30+02:00', personIds: ['herrmann'] }];
 * const slots = findFreeSlots(items, {
 *   personIds: ['herrmann'],
 *   durationMinutes: 90,
 *   within: { start: '2024-04-15T00:00', end: '2024-04-16T00:00' },
 *   limit: 3,
 * });
 * slots.map((slot) => formatTimeRange(slot.start, slot.end)); // => ['11:30–13:00 Uhr', '13:00–14:30 Uhr', '14:30–16:00 Uhr']
 * findFreeSlots(items, { personIds: 'herrmann', durationMinutes: 90, within: { start: '2024-04-15T00:00', end: '2024-04-16T00:00' } } as never); // throws KommunalValidationError
 * ```
 *
 * @category Scheduling
 */
export function findFreeSlots(items: readonly ScheduleItem[], options: FindFreeSlotsOptions): FreeSlot[] {
  const search = readSearch(items, options);
  const busy = busyTimes(readCheckedItems(items, search.locale), search);
  return walkDays(search, busy);
}

/** The options, checked and read. */
interface Search {
  readonly locale: Locale;
  readonly people: ReadonlySet<string>;
  readonly venueId: string | undefined;
  readonly room: string;
  readonly zone: string;
  readonly from: number;
  readonly to: number;
  /** In milliseconds, as `step`. */
  readonly duration: number;
  readonly step: number;
  readonly limit: number;
  readonly hours: CheckedWorkingHours;
  readonly state: GermanState | undefined;
  /** In Germany: the municipality whose local holidays are skipped, if given. */
  readonly ags: string | undefined;
  /** Abroad: where the slots are, and the source of its holidays, if given. */
  readonly abroad: Abroad | undefined;
}

/** A place abroad, as findFreeSlots skips its holidays. */
interface Abroad {
  readonly country: string;
  readonly subdivision: string | undefined;
  readonly source: HolidaysAbroad | undefined;
}

/** The period to search, as instants, and as the caller wrote it (for messages). */
interface Window {
  readonly from: number;
  readonly to: number;
  readonly start: unknown;
  readonly end: unknown;
}

/**
 * The options, each read once and checked. The first argument is looked at first only to tell a
 * request in the shape before 0.x (`findFreeSlots({ items, … })`) what changed.
 */
function readSearch(items: unknown, options: unknown): Search {
  if (isRecord(items)) refuseRequestObject(items, options);
  const given = readOptions(FN, options);
  const locale = readLocale(FN, given);
  const option = (name: keyof FindFreeSlotsOptions) => optionOf(FN, given, name, locale);
  const zone = readTimeZone(FN, given, locale);
  const personIds = option('personIds');
  const people = new Set(personIds === undefined ? [] : readTextList(FN, 'personIds', personIds, locale));
  const venueId = readText('venueId', option('venueId'), locale);
  const room = readText('room', option('room'), locale) ?? '';
  const givenState = option('state');
  const givenAgs = option('ags');
  const country = readCountry(option('country'), givenState, locale);
  const source = readHolidaySource(FN, option('holidays'), false, locale);
  // A Gemeindeschlüssel names a German municipality: abroad it is refused.
  const ags =
    country === 'DE'
      ? readAgs(givenAgs, givenState, locale)
      : givenAgs === undefined
        ? undefined
        : failOption(FN, 'ags', givenAgs, FREE_SLOT_MESSAGES[locale].ags, locale);
  const state =
    country === 'DE' ? (readState(givenState, locale) ?? (ags === undefined ? undefined : stateOfAgs(ags))) : undefined;
  const abroad = country === 'DE' ? undefined : readAbroad(country, givenState, source, locale);
  const window = readWindow(option('within'), zone, locale);
  const maxDays = readInteger(
    FN,
    'maxWindowDays',
    option('maxWindowDays'),
    { min: 1, max: MAX_WINDOW_DAYS, fallback: DEFAULT_WINDOW_DAYS },
    locale,
  );
  checkWindow(window, zone, maxDays, state, locale);
  if (abroad?.country === 'AT' && abroad.source === undefined) checkAustria(window, zone, locale);
  const windowMinutes = Math.max(1, Math.floor((window.to - window.from) / MINUTE));
  const duration = readInteger(
    FN,
    'durationMinutes',
    option('durationMinutes'),
    { min: 1, max: windowMinutes },
    locale,
  );
  const step = readInteger(FN, 'stepMinutes', option('stepMinutes'), { min: 1, max: 1440, fallback: 15 }, locale);
  const limit = readInteger(FN, 'limit', option('limit'), { min: 1, max: MAX_LIMIT, fallback: 10 }, locale);
  // The office hours stand in for a missing option (null is refused, not replaced).
  const givenHours = option('workingHours');
  const hours = readWorkingHours(FN, givenHours === undefined ? OFFICE_HOURS : givenHours, locale);
  return {
    locale,
    people,
    venueId,
    room,
    zone,
    from: window.from,
    to: window.to,
    duration: duration * MINUTE,
    step: step * MINUTE,
    limit,
    hours: hours as CheckedWorkingHours,
    state,
    ags,
    abroad,
  };
}

/** Throws for a request object where the items belong, in the language it asks for. */
function refuseRequestObject(request: object, options: unknown): never {
  const locale = readLocale(FN, options === undefined ? request : readOptions(FN, options));
  const message = FREE_SLOT_MESSAGES[locale].requestObject(request);
  throw new KommunalValidationError([{ path: [], code: 'invalid_type', message }], { locale });
}

function readText(option: string, value: unknown, locale: Locale): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  return failOption(FN, option, value, FREE_SLOT_MESSAGES[locale].text, locale);
}

function readState(value: unknown, locale: Locale): GermanState | undefined {
  if (value === undefined || isGermanState(value)) return value;
  return failOption(FN, 'state', value, FREE_SLOT_MESSAGES[locale].state, locale);
}

/**
 * The option `country`: an ISO 3166-1 alpha-2 code; where it is not given, the country of `state`
 * (`AT` for `AT-9`), else `DE`.
 */
function readCountry(value: unknown, state: unknown, locale: Locale): string {
  if (value === undefined) return typeof state === 'string' && /^[A-Z]{2}-/.test(state) ? state.slice(0, 2) : 'DE';
  if (typeof value === 'string' && /^[A-Z]{2}$/.test(value)) return value;
  return failOption(FN, 'country', value, HOLIDAY_SOURCE_MESSAGES[locale].country, locale);
}

/**
 * A place abroad: its subdivision (the option `state`, an ISO 3166-2 code of the country, one
 * ISO 3166-2 lists where kommunal knows the list) and the source of its holidays, which every
 * country but Austria needs.
 */
function readAbroad(country: string, state: unknown, source: HolidaySource | undefined, locale: Locale): Abroad {
  const messages = HOLIDAY_SOURCE_MESSAGES[locale];
  if (state !== undefined) {
    const known = KNOWN_SUBDIVISIONS.get(country);
    const fits = typeof state === 'string' && state.startsWith(`${country}-`) && state.length <= 6;
    if (!fits || (known !== undefined && !known.has(state))) {
      failOption(FN, 'state', state, messages.subdivision(country), locale);
    }
  }
  if (country !== 'AT' && source === undefined) {
    const message = messages.noSource(FN, country, inCountry(country, locale));
    throw new KommunalValidationError([{ path: [], code: 'invalid_option', message }], { locale });
  }
  const subdivision = state as string | undefined;
  return { country, subdivision, source: source === undefined ? undefined : new HolidaysAbroad(FN, source, locale) };
}

/** Refuses a period in Austria that begins before its holidays are known, where no source names them. */
function checkAustria({ from, start }: Window, zone: string, locale: Locale): void {
  if (toIsoDate(utcWallClock(localMillis(from, zone))) >= FIRST_AUSTRIAN_DAY) return;
  const message = HOLIDAY_SOURCE_MESSAGES[locale].beforeAustria(FN, start);
  throw new KommunalValidationError([{ path: [], code: 'invalid_range', message }], { locale });
}

/** The Land an AGS begins with (known to be one: see readAgs). */
const stateOfAgs = (ags: string) => germanStateByAgsPrefix(ags.slice(0, 2))?.code;

/** 8 digits that begin with a Land's two (with `state`, with that Land's), or `undefined`. */
function readAgs(value: unknown, state: unknown, locale: Locale): string | undefined {
  if (value === undefined) return undefined;
  const land = germanStateOf(state);
  if (
    typeof value !== 'string' ||
    !/^\d{8}$/.test(value) ||
    germanStateByAgsPrefix(value.slice(0, 2)) === undefined ||
    (land !== undefined && !value.startsWith(land.agsPrefix))
  ) {
    const expected =
      land === undefined ? FREE_SLOT_MESSAGES[locale].ags : FREE_SLOT_MESSAGES[locale].agsIn(land.name, land.agsPrefix);
    return failOption(FN, 'ags', value, expected, locale);
  }
  return value;
}

function readWindow(value: unknown, zone: string, locale: Locale): Window {
  const messages = FREE_SLOT_MESSAGES[locale];
  if (!isRecord(value)) return failOption(FN, 'within', value, messages.within, locale);
  const start = optionOf(FN, value, 'start', locale, 'within.start');
  const end = optionOf(FN, value, 'end', locale, 'within.end');
  // instantOf refuses instants outside the years 1–9999.
  const from = instantOf(start, zone, locale);
  const to = instantOf(end, zone, locale);
  if (to <= from) {
    throw new KommunalValidationError([{ path: [], code: 'invalid_range', message: messages.empty(start, end) }], {
      locale,
    });
  }
  return { from, to, start, end };
}

/** Refuses a period longer than `maxDays`, or one before the first year of `state`'s known holidays. */
function checkWindow(
  { from, to, start, end }: Window,
  zone: string,
  maxDays: number,
  state: GermanState | undefined,
  locale: Locale,
): void {
  const messages = FREE_SLOT_MESSAGES[locale];
  // Days of local time, so that a window from midnight to midnight is whole days across a DST change.
  const days = (localMillis(to, zone) - localMillis(from, zone)) / DAY;
  if (days > maxDays) {
    const message = messages.tooLong(start, end, days, maxDays, MAX_WINDOW_DAYS);
    throw new KommunalValidationError([{ path: [], code: 'too_big', message }], { locale });
  }
  if (state !== undefined && utcWallClock(localMillis(from, zone)).year < FIRST_HOLIDAY_YEAR) {
    const message = messages.beforeHolidays(state, start, FIRST_HOLIDAY_YEAR);
    throw new KommunalValidationError([{ path: [], code: 'invalid_range', message }], { locale });
  }
}

/** An instant as the zone's clock shows it, counted in milliseconds as if that clock were UTC. */
const localMillis = (millis: number, zone: string) => millis + offsetMillis(zone, millis);

/** Sorted, disjoint intervals: starts and ends at the same index. */
interface Intervals {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
}

/** The times the people or the room are taken: sorted, disjoint intervals (touching ones joined). */
function busyTimes(items: readonly CheckedItem[], search: Search): Intervals {
  const { people, venueId, room } = search;
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
function walkDays(search: Search, busy: Intervals): FreeSlot[] {
  const { zone, from, to, limit, hours, state, ags, abroad } = search;
  const isHoliday = abroad === undefined ? holidayTest(state, ags) : holidayAbroadTest(abroad);
  const slots: FreeSlot[] = [];
  const count = busy.starts.length;
  let next = 0;
  // Math.floor, not %, so that days before 1970 (negative numbers) start at their own midnight.
  const firstDay = Math.floor(localMillis(from, zone) / DAY);
  const lastDay = Math.floor(localMillis(to, zone) / DAY);
  for (let day = firstDay; day <= lastDay && slots.length < limit; day += 1) {
    const date = utcWallClock(day * DAY);
    if (!hours.allowed[isoWeekday(day)] || isHoliday(date)) continue;
    const windowStart = Math.max(from, atMinute(date, hours.start, zone));
    const windowEnd = Math.min(to, atMinute(date, hours.end, zone));
    while (next < count && (busy.ends[next] as number) <= windowStart) next += 1;
    let cursor = windowStart;
    for (let index = next; cursor < windowEnd && slots.length < limit; index += 1) {
      const blockStart = index < count ? (busy.starts[index] as number) : windowEnd;
      fillStretch(slots, search, cursor, Math.min(blockStart, windowEnd));
      if (blockStart >= windowEnd) break;
      // Later than the cursor: the intervals are disjoint and sorted, and the first ends after windowStart.
      cursor = busy.ends[index] as number;
    }
  }
  return slots;
}

/** Slots back to back in the free stretch from `start` to `end`, from its first aligned start, up to the limit. */
function fillStretch(slots: FreeSlot[], search: Search, start: number, end: number): void {
  const { duration, step, zone, limit } = search;
  if (start >= end) return;
  for (let at = align(start, step, zone); at + duration <= end && slots.length < limit; at += duration) {
    slots.push({ start: new Date(at), end: new Date(at + duration) });
  }
}

/** 1 = Monday … 7 = Sunday, for a day counted from 1970-01-01 (a Thursday). */
const isoWeekday = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;

/**
 * Whether a day is a public holiday of `state` (never without one), or a local one that holds or
 * may hold at `ags` (without it, anywhere in the Land), each year's holidays looked up once.
 */
function holidayTest(state: GermanState | undefined, ags: string | undefined): (date: CalendarDate) => boolean {
  if (state === undefined) return () => false;
  const years = new Map<number, ReadonlySet<string>>();
  return (date) => {
    // A period ending late on 31 December 9999 (UTC) reaches the year 10000 east of Greenwich, whose
    // holidays kommunal does not know: no slot there.
    if (date.year > 9999) return true;
    let days = years.get(date.year);
    if (days === undefined) {
      days = new Set(publicHolidays(date.year, state, { ags }).map((holiday) => holiday.date));
      years.set(date.year, days);
    }
    return days.has(toIsoDate(date));
  };
}

/**
 * Whether a day is a public holiday abroad: Austria's, each year's looked up once, else what the
 * source names.
 */
function holidayAbroadTest({ country, subdivision, source }: Abroad): (date: CalendarDate) => boolean {
  const years = new Map<number, ReadonlySet<string>>();
  return (date) => {
    if (date.year > 9999) return true;
    const day = toIsoDate(date);
    if (country === 'AT') {
      let days = years.get(date.year);
      if (days === undefined) {
        days = new Set(austrianHolidays(date.year).map((holiday) => holiday.date));
        years.set(date.year, days);
      }
      if (days.has(day)) return true;
    }
    return source !== undefined && source.nameOn(day, country, subdivision) !== undefined;
  };
}

/**
 * The first instant at which the zone's clock shows a minute of a day: the earlier one where the
 * clocks show it twice, and the instant the clocks change where they skip it (02:30 on the day
 * Berlin changes to summer time is 03:00 MESZ).
 */
function atMinute(date: CalendarDate, minutes: number, zone: string): number {
  const clock = utcWallClock(utcMillis(date) + minutes * MINUTE);
  const found = instantAt(clock, zone);
  if (found !== undefined) return found;
  // Read with the offsets either side of the gap, the clock reading names an instant after the
  // change and one before it.
  const local = utcMillis(clock);
  const before = local - offsetMillis(zone, local + DAY);
  const after = local - offsetMillis(zone, local - DAY);
  return transitionsBetween(zone, before, after)[0]?.at ?? after;
}

/**
 * The first instant at or after `millis` whose local time is a multiple of `step`. Where the
 * clocks change before the next multiple, the search begins again at the change.
 */
function align(millis: number, step: number, zone: string): number {
  const offset = offsetMillis(zone, millis);
  const rest = (((millis + offset) % step) + step) % step;
  if (rest === 0) return millis;
  const next = millis + (step - rest);
  if (offsetMillis(zone, next) === offset) return next;
  const change = transitionsBetween(zone, millis, next)[0];
  return change === undefined ? next : align(change.at, step, zone);
}
