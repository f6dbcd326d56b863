import { fail } from '../errors/KommunalValidationError.js';
import { formatPersonName } from '../format/formatPersonName.js';
import { formatVenue } from '../format/formatVenue.js';
import { DEFAULT_TIME_ZONE } from '../format/options.js';
import { type GermanState, publicHolidays } from '../holidays/publicHolidays.js';
import type { Dataset } from '../model/dataset.js';
import type { Municipality } from '../model/municipality.js';
import { assertTimeZone, wallClockAt } from '../time/isValidTimeZone.js';
import { offsetMillis } from '../time/offsets.js';
import { quote, show } from '../time/quote.js';
import type { Locale } from '../validate/messages.js';
import { GERMAN_STATE_BY_CODE, timeZoneOf } from '../validate/places.js';
import { CONFLICT_WORDS, describeHours, describeItem } from './conflictMessages.js';
import { readInstants, type ScheduleItem } from './scheduleItem.js';

/**
 * What a conflict is about. Each kind has one severity: `error` for what cannot happen
 * (double bookings, items outside their exchange), `warning` for what should be checked
 * (holidays, travel time), `info` for what may be intended (weekends, working hours).
 *
 * @example
 * ```ts
 * import type { ConflictKind } from 'kommunal';
 *
 * const kind: ConflictKind = 'venue-double-booked';
 * kind; // => 'venue-double-booked'
 * ```
 */
export type ConflictKind =
  | 'person-double-booked'
  | 'venue-double-booked'
  | 'outside-exchange-period'
  | 'public-holiday'
  | 'weekend'
  | 'travel-time'
  | 'outside-working-hours';

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
 */
export interface Conflict {
  readonly kind: ConflictKind;
  readonly severity: ConflictSeverity;
  readonly itemIds: readonly string[];
  readonly resourceId?: string;
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
 */
export interface WorkingHours {
  readonly start: string;
  readonly end: string;
  readonly days?: readonly number[] | undefined;
}

/**
 * Options for {@link detectConflicts}.
 *
 * @example
 * ```ts
 * import type { DetectConflictsOptions } from 'kommunal';
 *
 * const options: DetectConflictsOptions = { travelBufferMinutes: 45, weekends: false, locale: 'en' };
 * options.travelBufferMinutes; // => 45
 * ```
 */
export interface DetectConflictsOptions {
  /** The dataset the items come from: names of people and rooms, exchange periods, places, holidays. */
  readonly dataset?: Dataset | undefined;
  /** Language of the messages: `de` (default) or `en`. */
  readonly locale?: Locale | undefined;
  /** Report items on Saturdays and Sundays (`info`); default `true`. */
  readonly weekends?: boolean | undefined;
  /** Report items on public holidays of the place's Land and its local holidays (`warning`); default `true`. */
  readonly holidays?: boolean | undefined;
  /** The time one person needs between places in different municipalities; default 30 minutes. */
  readonly travelBufferMinutes?: number | undefined;
  /** Report items outside these hours (`info`); no check without it. */
  readonly workingHours?: WorkingHours | undefined;
  /** The zone of items whose place is unknown; default `Europe/Berlin`. */
  readonly timeZone?: string | undefined;
}

const SEVERITY: Record<ConflictKind, ConflictSeverity> = {
  'person-double-booked': 'error',
  'venue-double-booked': 'error',
  'outside-exchange-period': 'error',
  'public-holiday': 'warning',
  'travel-time': 'warning',
  weekend: 'info',
  'outside-working-hours': 'info',
};
const KINDS = Object.keys(SEVERITY) as ConflictKind[];
const [PERSON, VENUE, OUTSIDE, HOLIDAY, TRAVEL, WEEKEND, HOURS] = [0, 1, 2, 3, 4, 5, 6] as const;

const DAY = 86_400_000;

function minutesOf(hhmm: string, what: string): number {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(hhmm);
  if (!match || (match[1] === '24' && match[2] !== '00')) {
    fail('invalid_time', `${quote(hhmm)} ist keine Uhrzeit für ${what}: erwartet wird „HH:mm“.`);
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Item indexes in start order. Where every start is a whole second (the rule in practice), the
 * order comes from a numeric sort of packed keys (seconds since the earliest start × 2^21 + index),
 * several times faster than a sort with a comparator; otherwise from the comparator. Among equal
 * starts the order does not matter to the sweep.
 */
function startOrder(starts: Float64Array): Int32Array {
  const count = starts.length;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  let wholeSeconds = true;
  for (const start of starts) {
    first = Math.min(first, start);
    last = Math.max(last, start);
  }
  for (const start of starts) wholeSeconds &&= (start - first) % 1000 === 0;
  const order = new Int32Array(count);
  if (wholeSeconds && count < 2 ** 21 && (last - first) / 1000 < 2 ** 31) {
    const keys = new Float64Array(count);
    for (let index = 0; index < count; index += 1)
      keys[index] = (((starts[index] as number) - first) / 1000) * 2 ** 21 + index;
    keys.sort();
    for (let position = 0; position < count; position += 1) order[position] = (keys[position] as number) % 2 ** 21;
    return order;
  }
  for (let index = 0; index < count; index += 1) order[index] = index;
  return order.sort((a, b) => (starts[a] as number) - (starts[b] as number) || a - b);
}

/** 0 = Sunday … 6 = Saturday, for a day counted from 1970-01-01 (a Thursday). */
const weekdayOf = (day: number) => (((day + 4) % 7) + 7) % 7;
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/**
 * Finds what is wrong with a schedule before invitations go out: people and rooms booked twice
 * (intervals are half-open, so 9–10 and 10–11 do not overlap), items outside their exchange,
 * public holidays of the Land where an item takes place (and local holidays the dataset declares),
 * weekends, too little time to travel between municipalities, and items outside working hours.
 * One conflict per pair of items per shared person or room. Conflicts come by start, then item ids.
 * It runs in O(n log n + conflicts): items are swept in start order, keeping per person and room
 * only the items still running.
 *
 * @param items - The schedule, e.g. from {@link scheduleOf}.
 * @param options - The dataset for names, periods, places and holidays; `locale`, `weekends`,
 *   `holidays`, `travelBufferMinutes` (default 30), `workingHours`, `timeZone` (default `Europe/Berlin`).
 * @returns The conflicts, in a deterministic order.
 * @throws {@link KommunalValidationError} listing every malformed item (no id, duplicate id, a time that is no instant, an end before the start).
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
 * ```
 */
export function detectConflicts(items: readonly ScheduleItem[], options: DetectConflictsOptions = {}): Conflict[] {
  const locale = options.locale ?? 'de';
  const words = CONFLICT_WORDS[locale];
  // readInstants refuses anything but an array; until then, size nothing after it.
  const size = Array.isArray(items) ? items.length : 0;
  // People and rooms as numbers, read in input order (items lie in memory in that order) into
  // flat arrays, so the sweep in start order touches only numbers.
  const resourceIds: string[] = [];
  const personNumbers = new Map<string, number>();
  const roomNumbers = new Map<string, Map<string, number>>();
  const placeNumbers = new Map<string, number>();
  const numberOf = (map: Map<string, number>, key: string, id: string) => {
    let number = map.get(key);
    if (number === undefined) {
      number = resourceIds.length;
      map.set(key, number);
      resourceIds.push(id);
    }
    return number;
  };
  // Per item, side by side so that one cache line serves the gather: first resource, the room's
  // resource (where the people end), the place; one more entry closes the last item's resources.
  const meta = new Int32Array(size * 3 + 1);
  let resourceList = new Int32Array(Math.max(16, size * 3));
  let listed = 0;
  const list = (resource: number) => {
    if (listed === resourceList.length) {
      const larger = new Int32Array(resourceList.length * 2);
      larger.set(resourceList);
      resourceList = larger;
    }
    resourceList[listed] = resource;
    listed += 1;
  };
  const intern = (entry: ScheduleItem, index: number) => {
    const { personIds, venueId, room, municipalityId } = entry;
    // Shapes TypeScript rules out are skipped here rather than crash; the types say what counts.
    meta[index * 3] = listed;
    if (Array.isArray(personIds)) {
      for (const personId of personIds) list(numberOf(personNumbers, personId, personId));
    }
    meta[index * 3 + 1] = listed;
    if (typeof venueId === 'string') {
      let rooms = roomNumbers.get(venueId);
      if (rooms === undefined) {
        rooms = new Map();
        roomNumbers.set(venueId, rooms);
      }
      const key = room ?? '';
      let number = rooms.get(key);
      if (number === undefined) {
        number = resourceIds.length;
        rooms.set(key, number);
        resourceIds.push(room === undefined ? venueId : `${venueId}/${room}`);
      }
      list(number);
    }
    meta[index * 3 + 2] = municipalityId === undefined ? -1 : numberOf(placeNumbers, municipalityId, municipalityId);
  };
  const { starts, ends } = readInstants(items, locale, intern);
  const count = items.length;
  const defaultZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  assertTimeZone(defaultZone);
  const buffer = (options.travelBufferMinutes ?? 30) * 60_000;
  const hours = options.workingHours;
  const window =
    hours === undefined
      ? undefined
      : [minutesOf(hours.start, 'den Arbeitsbeginn'), minutesOf(hours.end, 'das Arbeitsende')];
  const dataset = options.dataset;
  const municipalities = new Map(dataset?.municipalities.map((municipality) => [municipality.id, municipality]));
  const persons = new Map(dataset?.persons?.map((person) => [person.id, person]));
  const venues = new Map(dataset?.venues?.map((venue) => [venue.id, venue]));
  const exchanges = new Map(dataset?.exchanges?.map((exchange) => [exchange.id, exchange]));

  const zones = new Map<string | undefined, string>();
  const zoneOfMunicipality = (id: string | undefined): string => {
    let zone = zones.get(id);
    if (zone === undefined) {
      const municipality = id === undefined ? undefined : municipalities.get(id);
      zone = (municipality && timeZoneOf(municipality)) ?? defaultZone;
      zones.set(id, zone);
    }
    return zone;
  };
  const item = (index: number) => items[index] as ScheduleItem;
  const placeZones: string[] = [];
  const zoneOfPlace = (number: number, id: string | undefined) => {
    if (number < 0) return defaultZone;
    let zone = placeZones[number];
    if (zone === undefined) {
      zone = zoneOfMunicipality(id);
      placeZones[number] = zone;
    }
    return zone;
  };

  // What was found, as parallel arrays of numbers; objects and sentences are made only at the end.
  const kinds: number[] = [];
  const firsts: number[] = [];
  const seconds: number[] = [];
  const resources: number[] = [];
  const details: (string | number)[] = [];
  const record = (kind: number, first: number, second: number, resource: number, detail: string | number) => {
    kinds.push(kind);
    firsts.push(first);
    seconds.push(second);
    resources.push(resource);
    details.push(detail);
  };

  // Items in start order: the sweep relies on it.
  const order = startOrder(starts);

  meta[count * 3] = listed;

  // Everything the sweep reads, gathered into start order once: the sweep then reads memory in
  // order, and the items it compares with are the ones it has just read (random access into large
  // arrays made the sweep's time grow faster than the schedule).
  const sortedStart = new Float64Array(count);
  const sortedEnd = new Float64Array(count);
  const sortedPlace = new Int32Array(count);
  const sortedFirst = new Int32Array(count + 1);
  const sortedRoomAt = new Int32Array(count);
  const slots = new Int32Array(listed);
  const slotPosition = new Int32Array(listed);
  let filled = 0;
  for (let position = 0; position < count; position += 1) {
    const index = order[position] as number;
    sortedStart[position] = starts[index] as number;
    sortedEnd[position] = ends[index] as number;
    const from = meta[index * 3] as number;
    const to = meta[index * 3 + 3] as number;
    sortedPlace[position] = meta[index * 3 + 2] as number;
    sortedFirst[position] = filled;
    sortedRoomAt[position] = filled + (meta[index * 3 + 1] as number) - from;
    for (let slot = from; slot < to; slot += 1) {
      slots[filled] = resourceList[slot] as number;
      slotPosition[filled] = position;
      filled += 1;
    }
  }
  sortedFirst[count] = filled;

  // For each person and room, the items still running, as a linked list threaded through the
  // slots; for each person, the latest-ending item so far. Positions are places in start order.
  const nextSlot = new Int32Array(slots.length);
  const head = new Int32Array(resourceIds.length).fill(-1);
  const latest = new Int32Array(resourceIds.length).fill(-1);
  const sweep = (slot: number, kind: number) => {
    const resource = slots[slot] as number;
    const position = slotPosition[slot] as number;
    const start = sortedStart[position] as number;
    const end = sortedEnd[position] as number;
    let previous = -1;
    for (let current = head[resource] as number; current >= 0; ) {
      const following = nextSlot[current] as number;
      const other = slotPosition[current] as number;
      if ((sortedEnd[other] as number) <= start) {
        if (previous < 0) head[resource] = following;
        else nextSlot[previous] = following;
      } else {
        if ((sortedStart[other] as number) < end && other !== position) {
          record(kind, order[other] as number, order[position] as number, resource, 0);
        }
        previous = current;
      }
      current = following;
    }
    nextSlot[slot] = head[resource] as number;
    head[resource] = slot;
  };

  for (let position = 0; position < count; position += 1) {
    const roomAt = sortedRoomAt[position] as number;
    const start = sortedStart[position] as number;
    for (let slot = sortedFirst[position] as number; slot < roomAt; slot += 1) {
      sweep(slot, PERSON);
      const resource = slots[slot] as number;
      const before = latest[resource] as number;
      if (before >= 0 && before !== position && (sortedEnd[before] as number) <= start) {
        const gap = start - (sortedEnd[before] as number);
        const from = sortedPlace[before] as number;
        const to = sortedPlace[position] as number;
        if (gap < buffer && from >= 0 && to >= 0 && from !== to) {
          record(TRAVEL, order[before] as number, order[position] as number, resource, gap);
        }
      }
      if (before < 0 || (sortedEnd[position] as number) >= (sortedEnd[before] as number)) latest[resource] = position;
    }
    if (roomAt < (sortedFirst[position + 1] as number)) sweep(roomAt, VENUE);
  }

  // One item at a time: its exchange's period, holidays, weekends, working hours.
  const holidayTables = new Map<string, Map<string, string>>();
  const holidayOn = (municipality: Municipality, day: number): string | undefined => {
    const iso = isoOf(day);
    const local = municipality.holidays?.find((holiday) =>
      holiday.date.length === 5 ? iso.endsWith(holiday.date) : iso === holiday.date,
    );
    if (local !== undefined) return `${local.name}\u0000${municipality.name}`;
    const land =
      municipality.country === 'DE' && municipality.state !== undefined
        ? GERMAN_STATE_BY_CODE.get(municipality.state)
        : undefined;
    const year = Number(iso.slice(0, 4));
    if (land === undefined || year < 1990) return undefined;
    const key = `${land.code}${year}`;
    let table = holidayTables.get(key);
    if (table === undefined) {
      table = new Map(publicHolidays(year, land.code as GermanState).map((holiday) => [holiday.date, holiday.name]));
      holidayTables.set(key, table);
    }
    const name = table.get(iso);
    return name === undefined ? undefined : `${name}\u0000${land.name}`;
  };
  const dayOf = (millis: number, zone: string) => Math.floor((millis + offsetMillis(zone, millis)) / DAY);
  const checkHolidays = options.holidays !== false && municipalities.size > 0;
  const checkWeekends = options.weekends !== false;
  for (let index = 0; index < count; index += 1) {
    const entry = item(index);
    const start = starts[index] as number;
    const last = Math.max(start, (ends[index] as number) - 1);
    const zone = zoneOfPlace(meta[index * 3 + 2] as number, entry.municipalityId);
    const firstDay = dayOf(start, zone);
    const lastDay = Math.min(dayOf(last, zone), firstDay + 366);
    const exchange = entry.exchangeId === undefined ? undefined : exchanges.get(entry.exchangeId);
    if (exchange !== undefined) {
      const hostZone = zoneOfMunicipality(exchange.hostId);
      if (isoOf(dayOf(start, hostZone)) < exchange.startDate || isoOf(dayOf(last, hostZone)) > exchange.endDate) {
        record(OUTSIDE, index, -1, -1, exchange.id);
      }
    }
    const municipality =
      checkHolidays && entry.municipalityId !== undefined ? municipalities.get(entry.municipalityId) : undefined;
    if (municipality !== undefined) {
      for (let day = firstDay; day <= lastDay; day += 1) {
        const holiday = holidayOn(municipality, day);
        if (holiday !== undefined) {
          record(HOLIDAY, index, -1, -1, holiday);
          break;
        }
      }
    }
    if (checkWeekends) {
      for (let day = firstDay; day <= lastDay; day += 1) {
        const weekday = weekdayOf(day);
        if (weekday === 0 || weekday === 6) {
          record(WEEKEND, index, -1, -1, weekday);
          break;
        }
      }
    }
    if (hours !== undefined && window !== undefined) {
      const allowed = hours.days ?? [1, 2, 3, 4, 5];
      const startClock = wallClockAt(start, zone);
      const endClock = wallClockAt(ends[index] as number, zone);
      const startMinute = startClock.hour * 60 + startClock.minute;
      const endMinute =
        endClock.hour * 60 + endClock.minute + (endClock.second > 0 || endClock.millisecond > 0 ? 1 : 0);
      let onAllowedDays = true;
      for (let day = firstDay; day <= lastDay; day += 1) onAllowedDays &&= allowed.includes(weekdayOf(day) || 7);
      const outside =
        firstDay !== lastDay ||
        !onAllowedDays ||
        startMinute < (window[0] ?? 0) ||
        (endMinute === 0 ? 24 * 60 : endMinute) > (window[1] ?? 24 * 60);
      if (outside) record(HOURS, index, -1, -1, 0);
    }
  }

  // Sentences, made once per item and only for items in a conflict.
  // A Map, not new Array(count): V8 makes large preallocated arrays dictionaries.
  const described = new Map<number, string>();
  const describe = (index: number) => {
    let text = described.get(index);
    if (text === undefined) {
      const entry = item(index);
      text = describeItem(
        entry.title ?? entry.id,
        starts[index] as number,
        ends[index] as number,
        zoneOfMunicipality(entry.municipalityId),
        locale,
      );
      described.set(index, text);
    }
    return text;
  };
  const personName = (id: string) => {
    const person = persons.get(id);
    return person === undefined ? show(id, locale) : formatPersonName(person);
  };
  const placeName = (id: string | undefined) =>
    id === undefined ? '?' : (municipalities.get(id)?.name ?? show(id, locale));
  const roomName = (index: number) => {
    const { venueId = '', room } = item(index);
    const venue = venues.get(venueId);
    if (venue !== undefined) return formatVenue(venue, { room });
    return room === undefined
      ? show(venueId, locale)
      : `${show(venueId, locale)}, ${locale === 'de' ? 'Raum' : 'room'} ${room}`;
  };
  const message = (conflict: number): string => {
    const first = firsts[conflict] as number;
    const second = seconds[conflict] as number;
    const detail = details[conflict] as string | number;
    switch (kinds[conflict]) {
      case PERSON:
        return words.personDoubleBooked(
          personName(resourceIds[resources[conflict] as number] as string),
          describe(first),
          describe(second),
        );
      case VENUE:
        return words.venueDoubleBooked(roomName(second), describe(first), describe(second));
      case OUTSIDE: {
        const exchange = exchanges.get(detail as string);
        return words.outsideExchange(
          describe(first),
          exchange?.title ?? String(detail),
          exchange?.startDate ?? '',
          exchange?.endDate ?? '',
        );
      }
      case HOLIDAY: {
        const [name = '', place = ''] = String(detail).split('\u0000');
        return words.publicHoliday(describe(first), name, place);
      }
      case TRAVEL:
        return words.travelTime(
          personName(resourceIds[resources[conflict] as number] as string),
          describe(first),
          placeName(item(first).municipalityId),
          describe(second),
          placeName(item(second).municipalityId),
          Math.round((detail as number) / 60_000),
          buffer / 60_000,
        );
      case WEEKEND:
        return words.weekend(describe(first), detail === 6 ? 'Saturday' : 'Sunday');
      default:
        return words.outsideWorkingHours(
          describe(first),
          describeHours(hours?.days ?? [1, 2, 3, 4, 5], hours?.start ?? '', hours?.end ?? '', locale),
        );
    }
  };

  const resourceOf = (conflict: number): string | undefined => {
    const kind = kinds[conflict];
    if (kind === OUTSIDE) return details[conflict] as string;
    if (kind === HOLIDAY) return item(firsts[conflict] as number).municipalityId;
    const resource = resources[conflict] as number;
    return resource < 0 ? undefined : resourceIds[resource];
  };
  const idOf = (index: number) => (index < 0 ? '' : item(index).id);
  const startOf = (conflict: number) => {
    const second = seconds[conflict] as number;
    const first = starts[firsts[conflict] as number] as number;
    return second < 0 ? first : Math.min(first, starts[second] as number);
  };
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const conflicts = kinds.map((_, conflict) => conflict);
  conflicts.sort(
    (a, b) =>
      startOf(a) - startOf(b) ||
      compare(idOf(firsts[a] as number), idOf(firsts[b] as number)) ||
      compare(idOf(seconds[a] as number), idOf(seconds[b] as number)) ||
      (kinds[a] as number) - (kinds[b] as number) ||
      compare(resourceOf(a) ?? '', resourceOf(b) ?? ''),
  );
  return conflicts.map((conflict): Conflict => {
    const kind = KINDS[kinds[conflict] as number] as ConflictKind;
    const second = seconds[conflict] as number;
    const itemIds = second < 0 ? [idOf(firsts[conflict] as number)] : [idOf(firsts[conflict] as number), idOf(second)];
    const resourceId = resourceOf(conflict);
    // Literals, not a spread of an optional field: V8 builds spread objects on a slow path.
    return resourceId === undefined
      ? { kind, severity: SEVERITY[kind], itemIds, message: message(conflict) }
      : { kind, severity: SEVERITY[kind], itemIds, resourceId, message: message(conflict) };
  });
}
