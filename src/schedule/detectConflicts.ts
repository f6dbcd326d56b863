import { type Locale, optionOf, readBoolean, readInteger, readLocale, readOptions } from '../errors/options.js';
import { formatPersonName } from '../format/formatPersonName.js';
import { formatVenue } from '../format/formatVenue.js';
import { type GermanState, publicHolidays } from '../holidays/publicHolidays.js';
import type { Dataset } from '../model/dataset.js';
import type { DatasetIndex, Period, Place } from '../query/datasetIndex.js';
import { daysFromCivil, daysInMonth, utcWallClock } from '../time/calendar.js';
import { wallClockAt } from '../time/isValidTimeZone.js';
import { offsetMillis } from '../time/offsets.js';
import { show } from '../time/quote.js';
import { GERMAN_STATE_BY_CODE } from '../validate/places.js';
import { CONFLICT_WORDS, describeHours, describeItem, textCache } from './conflictMessages.js';
import {
  createFindings,
  HOLIDAY,
  KINDS,
  OUTSIDE,
  OWN_HOLIDAY,
  OWN_HOURS,
  OWN_OUTSIDE,
  OWN_SATURDAY,
  OWN_SUNDAY,
  PERSON,
  type Resources,
  resourceReader,
  sweepOverlaps,
  TRAVEL,
  VENUE,
  WEEKEND,
} from './overlaps.js';
import { readInstants, type ScheduleItem } from './scheduleItem.js';
import { readDatasetOption, readTimeZoneOption } from './scheduleOptions.js';
import { type CheckedWorkingHours, readWorkingHours } from './workingHours.js';

/**
 * What a conflict is about. Each kind has one severity: `error` for what cannot happen
 * (double bookings, items outside their exchange), `warning` for what should be checked
 * (holidays, travel time), `info` for what may be intended (weekends, working hours).
 * `truncated` (`info`) is no conflict of its own: it ends a list cut at `maxConflicts` and says so.
 *
 * @example
 * ```ts
 * import type { ConflictKind } from 'kommunal';
 *
 * const kind: ConflictKind = 'venue-double-booked';
 * kind; // => 'venue-double-booked'
 * ```
 *
 * @category Scheduling
 */
export type ConflictKind =
  | 'person-double-booked'
  | 'venue-double-booked'
  | 'outside-exchange-period'
  | 'public-holiday'
  | 'weekend'
  | 'travel-time'
  | 'outside-working-hours'
  | 'truncated';

/**
 * How much a conflict matters.
 *
 * @example
 * ```ts
 * import type { ConflictSeverity } from 'kommunal';
 *
 * const severity: ConflictSeverity = 'warning';
 * severity; // => 'warning'
 * ```
 *
 * @category Scheduling
 */
export type ConflictSeverity = 'error' | 'warning' | 'info';

/**
 * One problem in a schedule: its kind and severity, the items it concerns, the person, room,
 * exchange or municipality it is about, and a sentence that names them with their times.
 *
 * @example
 * ```ts
 * import type { Conflict } from 'kommunal';
 *
 * const conflict: Conflict = { kind: 'weekend', severity: 'info', itemIds: ['a'], message: '„A“ fällt auf einen Samstag.' };
 * conflict.itemIds; // => ['a']
 * ```
 *
 * @category Scheduling
 */
export interface Conflict {
  /** What is wrong. */
  readonly kind: ConflictKind;
  /** How much it matters; follows from `kind`. */
  readonly severity: ConflictSeverity;
  /** The item it concerns, or the two that clash; none for `truncated`. */
  readonly itemIds: readonly string[];
  /** The person or room it is about: a person's id, a `venueId` or `venueId/room`. */
  readonly resourceId?: string;
  /** One sentence naming the items, people and places with their times, in `locale`. */
  readonly message: string;
}

/**
 * Working hours: a day's window (`HH:mm`, local time of each item's place) and the weekdays it
 * applies to (1 = Monday … 7 = Sunday; default Monday to Friday).
 *
 * @example
 * ```ts
 * import type { WorkingHours } from 'kommunal';
 *
 * const office: WorkingHours = { start: '08:00', end: '16:30' };
 * office.end; // => '16:30'
 * ```
 *
 * @category Scheduling
 */
export interface WorkingHours {
  /** Beginning of the working day, `HH:mm` from `00:00` to `24:00`. */
  readonly start: string;
  /** End of the working day, `HH:mm`, after `start`. */
  readonly end: string;
  /** Weekdays it applies to, 1 = Monday … 7 = Sunday, at least one; default Monday to Friday. */
  readonly days?: readonly number[] | undefined;
}

/**
 * Options for {@link detectConflicts}. Every option is checked: a value of the wrong type or
 * outside its range is a {@link KommunalValidationError} (`invalid_option`, or `invalid_time_zone`
 * for a zone the runtime does not know), never ignored.
 *
 * @example
 * ```ts
 * import type { DetectConflictsOptions } from 'kommunal';
 *
 * const options: DetectConflictsOptions = { travelBufferMinutes: 45, weekends: false, locale: 'en' };
 * options.travelBufferMinutes; // => 45
 * ```
 *
 * @category Scheduling
 */
export interface DetectConflictsOptions {
  /** The dataset the items come from, as {@link parseDataset} returns it: names of people and rooms, exchange periods, places, holidays. */
  readonly dataset?: Dataset | undefined;
  /** Language of the messages: `de` (default) or `en`. */
  readonly locale?: Locale | undefined;
  /** Report items on Saturdays and Sundays (`info`); `true` (default) or `false`. */
  readonly weekends?: boolean | undefined;
  /** Report items on public holidays of the place's Land and its local holidays (`warning`); `true` (default) or `false`. */
  readonly holidays?: boolean | undefined;
  /** The time one person needs between places in different municipalities, in whole minutes from 0 to 10,080 (a week); default 30. */
  readonly travelBufferMinutes?: number | undefined;
  /** Report items outside these hours (`info`); no check without it. */
  readonly workingHours?: WorkingHours | undefined;
  /** The zone of items whose place is unknown, an IANA name; default `Europe/Berlin`. */
  readonly timeZone?: string | undefined;
  /**
   * The most conflicts returned, a whole number from 1 to 1,000,000; default 100,000. Where there
   * are more, the search stops and the list ends with a conflict of kind `truncated`. A conflict
   * kept takes about 400 bytes, so the largest list takes about 400 MB.
   */
  readonly maxConflicts?: number | undefined;
}

const SEVERITY: Record<ConflictKind, ConflictSeverity> = {
  'person-double-booked': 'error',
  'venue-double-booked': 'error',
  'outside-exchange-period': 'error',
  'public-holiday': 'warning',
  'travel-time': 'warning',
  weekend: 'info',
  'outside-working-hours': 'info',
  truncated: 'info',
};
const DAY = 86_400_000;
const FN = 'detectConflicts';
/** The default of `maxConflicts`: 20 times the conflicts of the bench's million-item schedule. */
const MAX_CONFLICTS = 100_000;
/**
 * The largest `maxConflicts`: about 400 bytes are kept per conflict, so 400 MB. Ten million took
 * 4 GB, past what V8 gives a process by default, and that ends in an abort no `try` can catch.
 */
const LARGEST_MAX_CONFLICTS = 1_000_000;

/** 0 = Sunday … 6 = Saturday, for a day counted from 1970-01-01 (a Thursday). */
const weekdayOf = (day: number) => (((day + 4) % 7) + 7) % 7;
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** The options of {@link detectConflicts}, each checked and read once. */
interface Settings {
  readonly locale: Locale;
  readonly index: DatasetIndex;
  readonly weekends: boolean;
  readonly holidays: boolean;
  /** In milliseconds. */
  readonly buffer: number;
  readonly hours: CheckedWorkingHours | undefined;
  readonly timeZone: string;
  readonly limit: number;
}

/**
 * The options, each read once as an own property and checked; one that cannot be read (a getter or
 * proxy trap that throws) is an `invalid_option` error naming it.
 */
function readSettings(options: unknown): Settings {
  const given = readOptions(FN, options);
  const locale = readLocale(FN, given);
  const option = (name: keyof DetectConflictsOptions) => optionOf(FN, given, name, locale);
  const { index } = readDatasetOption(FN, given, locale);
  const minutes = { min: 0, max: 10_080, fallback: 30 };
  const limit = { min: 1, max: LARGEST_MAX_CONFLICTS, fallback: MAX_CONFLICTS };
  return {
    locale,
    index,
    weekends: readBoolean(FN, 'weekends', option('weekends'), true, locale),
    holidays: readBoolean(FN, 'holidays', option('holidays'), true, locale),
    buffer: readInteger(FN, 'travelBufferMinutes', option('travelBufferMinutes'), minutes, locale) * 60_000,
    hours: readWorkingHours(FN, option('workingHours'), locale),
    timeZone: readTimeZoneOption(FN, given, locale),
    limit: readInteger(FN, 'maxConflicts', option('maxConflicts'), limit, locale),
  };
}

/** A municipality's holidays in one year: their days (since 1970) in order, and what each is. */
interface HolidayYear {
  readonly days: readonly number[];
  /** The holiday's name and its place, joined by `\u0000`. */
  readonly names: readonly string[];
}

/** The local holidays a municipality declares and its Land's, in one year; on a day both keep, the local one first. */
function holidayYear(place: Place, year: number): HolidayYear {
  const found: { day: number; name: string }[] = [];
  for (const holiday of place.holidays) {
    const { date } = holiday;
    // `MM-DD` every year, `YYYY-MM-DD` once; 29 February only in leap years.
    if (date.length !== 5 && Number(date.slice(0, 4)) !== year) continue;
    const month = Number(date.slice(-5, -3));
    const day = Number(date.slice(-2));
    if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) continue;
    found.push({ day: daysFromCivil({ year, month, day }), name: `${holiday.name}\u0000${place.name}` });
  }
  const land = place.country === 'DE' && place.state !== undefined ? GERMAN_STATE_BY_CODE.get(place.state) : undefined;
  if (land !== undefined && year >= 1990 && year <= 9999) {
    for (const holiday of publicHolidays(year, land.code as GermanState)) {
      const [y, m, d] = holiday.date.split('-').map(Number);
      found.push({
        day: daysFromCivil({ year: y as number, month: m as number, day: d as number }),
        name: `${holiday.name}\u0000${land.name}`,
      });
    }
  }
  found.sort((a, b) => a.day - b.day);
  return { days: found.map((entry) => entry.day), names: found.map((entry) => entry.name) };
}

/**
 * Each item's own conflicts (exchange period, holiday, weekend, working hours) as OWN_… bits, read
 * in input order; the sweep records them when it reaches the item in start order. An item's work
 * is bounded: days are looked up, not walked (a weekend by arithmetic, a holiday by binary search
 * in its year's list), and an item longer than a year is checked in its first 367 days.
 */
function ownConflicts(
  starts: Float64Array,
  ends: Float64Array,
  settings: Settings,
  resources: Resources,
  zoneOf: (index: number) => string,
  placeOf: (index: number) => Place | undefined,
): { bits: Uint8Array | undefined; holidays: Map<number, string> } {
  const { places, periods } = settings.index;
  const holidays = new Map<number, string>();
  const { hours } = settings;
  const checkHolidays = settings.holidays && places.size > 0;
  if (!checkHolidays && !settings.weekends && hours === undefined && periods.size === 0) {
    return { bits: undefined, holidays };
  }
  const { exchangeIds } = resources;
  const count = starts.length;
  const bits = new Uint8Array(count);
  const holidayYears = new Map<Place, Map<number, HolidayYear>>();
  const holidaysIn = (place: Place, year: number) => {
    let years = holidayYears.get(place);
    if (years === undefined) {
      years = new Map();
      holidayYears.set(place, years);
    }
    let table = years.get(year);
    if (table === undefined) {
      table = holidayYear(place, year);
      years.set(year, table);
    }
    return table;
  };
  const yearOf = (day: number) => utcWallClock(day * DAY).year;
  const dayOf = (millis: number, zone: string) => Math.floor((millis + offsetMillis(zone, millis)) / DAY);
  const zoneOfMunicipality = (id: string) => places.get(id)?.zone ?? settings.timeZone;
  for (let index = 0; index < count; index += 1) {
    const exchangeId = exchangeIds[index];
    const start = starts[index] as number;
    const end = ends[index] as number;
    const last = Math.max(start, end - 1);
    const zone = zoneOf(index);
    const firstDay = dayOf(start, zone);
    const lastDay = Math.min(dayOf(last, zone), firstDay + 366);
    let own = 0;
    const period = exchangeId === undefined ? undefined : periods.get(exchangeId);
    if (period !== undefined) {
      const hostZone = zoneOfMunicipality(period.hostId);
      if (isoOf(dayOf(start, hostZone)) < period.startDate || isoOf(dayOf(last, hostZone)) > period.endDate) {
        own |= OWN_OUTSIDE;
      }
    }
    const place = checkHolidays ? placeOf(index) : undefined;
    if (place !== undefined) {
      for (let year = yearOf(firstDay), lastYear = yearOf(lastDay); year <= lastYear; year += 1) {
        const { days, names } = holidaysIn(place, year);
        let low = 0;
        let high = days.length;
        while (low < high) {
          const middle = (low + high) >>> 1;
          if ((days[middle] as number) < firstDay) low = middle + 1;
          else high = middle;
        }
        if (low < days.length && (days[low] as number) <= lastDay) {
          own |= OWN_HOLIDAY;
          holidays.set(index, names[low] as string);
          break;
        }
      }
    }
    if (settings.weekends) {
      // The first Saturday or Sunday from the first day on.
      const weekday = weekdayOf(firstDay);
      const ahead = Math.min((6 - weekday + 7) % 7, (7 - weekday) % 7);
      if (firstDay + ahead <= lastDay) own |= weekdayOf(firstDay + ahead) === 6 ? OWN_SATURDAY : OWN_SUNDAY;
    }
    if (hours !== undefined) {
      // An item over several days is outside the hours anyway; on one day, its weekday and times count.
      let outside = firstDay !== lastDay || !hours.allowed[weekdayOf(firstDay) || 7];
      if (!outside) {
        const startClock = wallClockAt(start, zone);
        const endClock = wallClockAt(end, zone);
        const startMinute = startClock.hour * 60 + startClock.minute;
        const endMinute =
          endClock.hour * 60 + endClock.minute + (endClock.second > 0 || endClock.millisecond > 0 ? 1 : 0);
        outside = startMinute < hours.start || (endMinute === 0 ? 24 * 60 : endMinute) > hours.end;
      }
      if (outside) own |= OWN_HOURS;
    }
    bits[index] = own;
  }
  return { bits, holidays };
}

/**
 * Finds what is wrong with a schedule before invitations go out: people and rooms booked twice
 * (intervals are half-open, so 9–10 and 10–11 do not overlap), items outside their exchange,
 * public holidays of the Land where an item takes place (and local holidays the dataset declares),
 * weekends, too little time to travel between municipalities, and items outside working hours.
 * One conflict per pair of items per shared person or room. Conflicts come by start, then item ids.
 * It runs in O(n + conflicts): items are radix-sorted by start and swept once through time,
 * keeping per person and room only the bookings still running.
 *
 * Each field of each item is read once and checked before it is used; a dataset is checked once,
 * when its index is built, and later calls with the same dataset object reuse the index.
 *
 * Work and memory are bounded by `maxConflicts` (default 100,000, at most 1,000,000): the search
 * goes through the items by start (ties in input order) and finds at each item its own conflicts
 * (exchange, holiday, weekend, working hours), then its double bookings and travel times with
 * items that began before it. Once it has found more than `maxConflicts`, it stops: the list holds the first
 * `maxConflicts` found, in the order above, and ends with one conflict of kind `truncated`
 * (`info`, no items) that says so. A cut list thus holds every conflict of the items that start
 * before the one at which the search stopped, and the first found of that item's.
 *
 * @param items - The schedule, e.g. from {@link scheduleOf}. It is not changed.
 * @param options - The dataset for names, periods, places and holidays; `locale`, `weekends`,
 *   `holidays`, `travelBufferMinutes` (default 30), `workingHours`, `timeZone` (default
 *   `Europe/Berlin`), `maxConflicts` (default 100,000); see {@link DetectConflictsOptions}.
 * @returns The conflicts, in a deterministic order, and a last one of kind `truncated` if cut.
 * @throws {@link KommunalValidationError} listing every problem of every item (not an object, a
 *   hole of a sparse list too; an id that is missing, empty or repeated; a time that is no instant
 *   or outside the years 1–9999; an end before the start; a field of the wrong type, such as
 *   `personIds` that is no list of ids), at most 1,000 and then a count of the rest; for a list of
 *   more than 10,000,000 items (`too_big`); for a dataset not shaped like one from parseDataset
 *   (paths begin at `dataset`); or naming an option that is not valid.
 *
 * @example
 * ```ts
 * import { detectConflicts } from 'kommunal';
 *
 * const conflicts = detectConflicts([
 *   { id: 'a', title: 'Begrüßung', start: '2024-04-15T09:00+02:00', end: '2024-04-15T10:00+02:00', personIds: ['becher'] },
 *   { id: 'b', title: 'Pressegespräch', start: '2024-04-15T09:30+02:00', end: '2024-04-15T10:30+02:00', personIds: ['becher'] },
 *   { id: 'c', title: 'Fachgespräch', start: '2024-04-15T10:00+02:00', end: '2024-04-15T11:00+02:00', personIds: ['becher'] },
 * ]);
 * conflicts.map((conflict) => `${conflict.kind} ${conflict.itemIds.join('+')}`); // => ['person-double-booked a+b', 'person-double-booked b+c']
 * conflicts[0]?.message; // => '„becher“ ist doppelt gebucht: „Begrüßung“ (Montag, 15. April 2024, 9–10 Uhr) und „Pressegespräch“ (Montag, 15. April 2024, 9:30–10:30 Uhr).'
 *
 * const cut = detectConflicts(
 *   [
 *     { id: 'a', start: '2024-04-15T09:00+02:00', end: '2024-04-15T10:00+02:00', personIds: ['becher'] },
 *     { id: 'b', start: '2024-04-15T09:00+02:00', end: '2024-04-15T10:00+02:00', personIds: ['becher'] },
 *     { id: 'c', start: '2024-04-15T09:00+02:00', end: '2024-04-15T10:00+02:00', personIds: ['becher'] },
 *   ],
 *   { maxConflicts: 1 },
 * );
 * cut.map((conflict) => conflict.kind); // => ['person-double-booked', 'truncated']
 * cut[1]?.message; // => 'Mehr als 1 Konflikt gefunden: Die Liste endet nach dem ersten.'
 * ```
 *
 * @category Scheduling
 */
export function detectConflicts(items: readonly ScheduleItem[], options?: DetectConflictsOptions): Conflict[] {
  const settings = readSettings(options);
  const { locale, index, buffer, hours, limit } = settings;
  const { places: placesById, persons, venues, periods } = index;
  const defaultZone = settings.timeZone;
  const words = CONFLICT_WORDS[locale];
  const reader = resourceReader(periods.size > 0);
  const { starts, ends, spare, ids: itemIds } = readInstants(items, locale, reader.visit, reader.begin);
  const count = starts.length;
  const numbered = reader.finish();
  const { places, ids: resourceIds, placeIds, titles, exchangeIds } = numbered;
  // Per place number: the municipality the dataset knows by its id, and its zone.
  const placeData = new Map<number, Place | undefined>();
  const placeZones: string[] = [];
  const placeOf = (item: number): Place | undefined => {
    const number = places[item] as number;
    if (number < 0) return undefined;
    if (!placeData.has(number)) placeData.set(number, placesById.get(placeIds[number] as string));
    return placeData.get(number);
  };
  const zoneOf = (item: number) => {
    const number = places[item] as number;
    if (number < 0) return defaultZone;
    let zone = placeZones[number];
    if (zone === undefined) {
      zone = placeOf(item)?.zone ?? defaultZone;
      placeZones[number] = zone;
    }
    return zone;
  };

  // Before the search: it writes its keys over the instants.
  const own = ownConflicts(starts, ends, settings, numbered, zoneOf, placeOf);
  const findings = createFindings();
  const { kinds, firsts, seconds, resources, details } = findings;
  const { startOf, endOf, free, truncated } = sweepOverlaps(
    starts,
    ends,
    spare,
    numbered,
    buffer,
    findings,
    own.bits,
    limit,
  );
  if (truncated) {
    // The finding past the limit: it only told the search to stop.
    kinds.pop();
    firsts.pop();
    seconds.pop();
    resources.pop();
    details.pop();
  }

  // The id and description of each item in a conflict, read once and in input order (where items
  // lie in memory) rather than in the order of the conflicts: per item its slot, -1 for none.
  const total = kinds.length;
  const slotOf = free.fill(-1);
  for (let conflict = 0; conflict < total; conflict += 1) {
    slotOf[firsts[conflict] as number] = 0;
    const second = seconds[conflict] as number;
    if (second >= 0) slotOf[second] = 0;
  }
  const ids: string[] = [];
  const descriptions: string[] = [];
  const texts = textCache();
  for (let item = 0; item < count; item += 1) {
    if ((slotOf[item] as number) < 0) continue;
    slotOf[item] = ids.length;
    const id = itemIds[item] as string;
    ids.push(id);
    descriptions.push(describeItem(titles[item] ?? id, startOf(item), endOf(item), zoneOf(item), locale, texts));
  }
  const describe = (index: number) => descriptions[slotOf[index] as number] as string;
  const idOf = (index: number) => (index < 0 ? '' : (ids[slotOf[index] as number] as string));
  const personName = (id: string) => {
    const person = persons.get(id);
    return person === undefined ? show(id, locale) : formatPersonName(person);
  };
  const roomName = (resource: number) => {
    const venueId = numbered.venueIds[resource] as string;
    // As in the search: an empty room is the venue's default room, named by the venue alone.
    const room = numbered.rooms[resource] || undefined;
    const venue = venues.get(venueId);
    if (venue !== undefined) return formatVenue(venue, { room });
    return room === undefined
      ? show(venueId, locale)
      : `${show(venueId, locale)}, ${locale === 'de' ? 'Raum' : 'room'} ${room}`;
  };
  // Names of people, rooms and places, written once per number rather than once per conflict.
  const resourceNames = new Map<number, string>();
  const resourceName = (conflict: number) => {
    const resource = resources[conflict] as number;
    let name = resourceNames.get(resource);
    if (name === undefined) {
      name = kinds[conflict] === VENUE ? roomName(resource) : personName(resourceIds[resource] as string);
      resourceNames.set(resource, name);
    }
    return name;
  };
  const placeNames = new Map<number, string>();
  const placeName = (index: number) => {
    const place = places[index] as number;
    let name = placeNames.get(place);
    if (name === undefined) {
      // Travel time is looked for only between items whose places are known.
      name = placeOf(index)?.name ?? show(placeIds[place], locale);
      placeNames.set(place, name);
    }
    return name;
  };
  const hoursText = hours === undefined ? '' : describeHours(hours.days, hours.startText, hours.endText, locale);
  const message = (conflict: number): string => {
    const first = firsts[conflict] as number;
    const second = seconds[conflict] as number;
    switch (kinds[conflict]) {
      case PERSON:
        return words.personDoubleBooked(resourceName(conflict), describe(first), describe(second));
      case VENUE:
        return words.venueDoubleBooked(resourceName(conflict), describe(first), describe(second));
      case OUTSIDE: {
        // Found for items whose exchange the dataset knows.
        const period = periods.get(exchangeIds[first] as string) as Period;
        return words.outsideExchange(describe(first), period.title, period.startDate, period.endDate);
      }
      case HOLIDAY: {
        const [name = '', place = ''] = (own.holidays.get(first) ?? '').split('\u0000');
        return words.publicHoliday(describe(first), name, place);
      }
      case TRAVEL:
        return words.travelTime(
          resourceName(conflict),
          describe(first),
          placeName(first),
          describe(second),
          placeName(second),
          Math.round((details[conflict] as number) / 60_000),
          buffer / 60_000,
        );
      case WEEKEND:
        return words.weekend(describe(first), details[conflict] === 6 ? 'Saturday' : 'Sunday');
      default:
        return words.outsideWorkingHours(describe(first), hoursText);
    }
  };

  const resourceOf = (conflict: number): string | undefined => {
    const kind = kinds[conflict];
    if (kind === OUTSIDE) return exchangeIds[firsts[conflict] as number];
    if (kind === HOLIDAY) return placeIds[places[firsts[conflict] as number] as number];
    const resource = resources[conflict] as number;
    return resource < 0 ? undefined : resourceIds[resource];
  };
  // What the order compares, read once per conflict rather than once per comparison.
  const startAt = new Float64Array(total);
  const firstIds: string[] = new Array(total);
  const secondIds: string[] = new Array(total);
  for (let conflict = 0; conflict < total; conflict += 1) {
    const first = firsts[conflict] as number;
    const second = seconds[conflict] as number;
    startAt[conflict] = second < 0 ? startOf(first) : Math.min(startOf(first), startOf(second));
    firstIds[conflict] = idOf(first);
    secondIds[conflict] = idOf(second);
  }
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const conflicts = kinds.map((_, conflict) => conflict);
  conflicts.sort(
    (a, b) =>
      (startAt[a] as number) - (startAt[b] as number) ||
      compare(firstIds[a] as string, firstIds[b] as string) ||
      compare(secondIds[a] as string, secondIds[b] as string) ||
      (kinds[a] as number) - (kinds[b] as number) ||
      compare(resourceOf(a) ?? '', resourceOf(b) ?? ''),
  );
  const result = conflicts.map((conflict): Conflict => {
    const kind = KINDS[kinds[conflict] as number] as ConflictKind;
    const second = seconds[conflict] as number;
    const itemIds =
      second < 0 ? [firstIds[conflict] as string] : [firstIds[conflict] as string, secondIds[conflict] as string];
    const resourceId = resourceOf(conflict);
    // Literals, not a spread of an optional field: V8 builds spread objects on a slow path.
    return resourceId === undefined
      ? { kind, severity: SEVERITY[kind], itemIds, message: message(conflict) }
      : { kind, severity: SEVERITY[kind], itemIds, resourceId, message: message(conflict) };
  });
  if (truncated) result.push({ kind: 'truncated', severity: 'info', itemIds: [], message: words.truncated(limit) });
  return result;
}
