import { formatPersonName } from '../format/formatPersonName.js';
import { formatVenue } from '../format/formatVenue.js';
import { DEFAULT_TIME_ZONE } from '../format/options.js';
import { type GermanState, publicHolidays } from '../holidays/publicHolidays.js';
import type { Dataset } from '../model/dataset.js';
import type { Municipality } from '../model/municipality.js';
import { indexOf } from '../query/datasetIndex.js';
import { assertTimeZone, wallClockAt } from '../time/isValidTimeZone.js';
import { offsetMillis } from '../time/offsets.js';
import { show } from '../time/quote.js';
import type { Locale } from '../validate/messages.js';
import { GERMAN_STATE_BY_CODE, timeZoneOfId } from '../validate/places.js';
import { CONFLICT_WORDS, describeHours, describeItem, textCache } from './conflictMessages.js';
import {
  createFindings,
  HOLIDAY,
  HOURS,
  KINDS,
  OUTSIDE,
  PERSON,
  record,
  resourceReader,
  sweepOverlaps,
  TRAVEL,
  VENUE,
  WEEKEND,
} from './overlaps.js';
import { minuteOfDay, readInstants, type ScheduleItem } from './scheduleItem.js';

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
  /** The item it concerns, or the two that clash. */
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
  /** Beginning of the working day, `HH:mm`. */
  readonly start: string;
  /** End of the working day, `HH:mm`. */
  readonly end: string;
  /** Weekdays it applies to, 1 = Monday … 7 = Sunday; default Monday to Friday. */
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
 *
 * @category Scheduling
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
const DAY = 86_400_000;

/** 0 = Sunday … 6 = Saturday, for a day counted from 1970-01-01 (a Thursday). */
const weekdayOf = (day: number) => (((day + 4) % 7) + 7) % 7;
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/**
 * Finds what is wrong with a schedule before invitations go out: people and rooms booked twice
 * (intervals are half-open, so 9–10 and 10–11 do not overlap), items outside their exchange,
 * public holidays of the Land where an item takes place (and local holidays the dataset declares),
 * weekends, too little time to travel between municipalities, and items outside working hours.
 * One conflict per pair of items per shared person or room. Conflicts come by start, then item ids.
 * It runs in O(n + conflicts): items are radix-sorted by start and swept once through time,
 * keeping per person and room only the bookings still running.
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
 *
 * @category Scheduling
 */
export function detectConflicts(items: readonly ScheduleItem[], options: DetectConflictsOptions = {}): Conflict[] {
  const locale = options.locale ?? 'de';
  const words = CONFLICT_WORDS[locale];
  // readInstants refuses anything but an array; until then, size nothing after it.
  const reader = resourceReader(Array.isArray(items) ? items.length : 0);
  const { starts, ends, spare } = readInstants(items, locale, reader.visit);
  const count = items.length;
  const numbered = reader.finish();
  const defaultZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  assertTimeZone(defaultZone);
  const buffer = (options.travelBufferMinutes ?? 30) * 60_000;
  const hours = options.workingHours;
  const window =
    hours === undefined
      ? undefined
      : [minuteOfDay(hours.start, 'den Arbeitsbeginn'), minuteOfDay(hours.end, 'das Arbeitsende')];
  const dataset = options.dataset;
  const { municipalities, persons, venues, exchanges } = indexOf(dataset);
  const zoneOfMunicipality = (id: string | undefined): string => timeZoneOfId(municipalities, id) ?? defaultZone;
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

  const findings = createFindings();
  const { kinds, firsts, seconds, resources, details } = findings;
  const { places, ids: resourceIds } = numbered;

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
  const checkItems = checkHolidays || checkWeekends || hours !== undefined || exchanges.size > 0;
  for (let index = 0; checkItems && index < count; index += 1) {
    const entry = item(index);
    const start = starts[index] as number;
    const last = Math.max(start, (ends[index] as number) - 1);
    const zone = zoneOfPlace(places[index] as number, entry.municipalityId);
    const firstDay = dayOf(start, zone);
    const lastDay = Math.min(dayOf(last, zone), firstDay + 366);
    const exchange = entry.exchangeId === undefined ? undefined : exchanges.get(entry.exchangeId);
    if (exchange !== undefined) {
      const hostZone = zoneOfMunicipality(exchange.hostId);
      if (isoOf(dayOf(start, hostZone)) < exchange.startDate || isoOf(dayOf(last, hostZone)) > exchange.endDate) {
        record(findings, OUTSIDE, index, -1, -1, exchange.id);
      }
    }
    const municipality =
      checkHolidays && entry.municipalityId !== undefined ? municipalities.get(entry.municipalityId) : undefined;
    if (municipality !== undefined) {
      for (let day = firstDay; day <= lastDay; day += 1) {
        const holiday = holidayOn(municipality, day);
        if (holiday !== undefined) {
          record(findings, HOLIDAY, index, -1, -1, holiday);
          break;
        }
      }
    }
    if (checkWeekends) {
      for (let day = firstDay; day <= lastDay; day += 1) {
        const weekday = weekdayOf(day);
        if (weekday === 0 || weekday === 6) {
          record(findings, WEEKEND, index, -1, -1, weekday);
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
      if (outside) record(findings, HOURS, index, -1, -1, 0);
    }
  }

  // After the checks above: the search writes its keys over the instants.
  const { startOf, endOf, free } = sweepOverlaps(starts, ends, spare, numbered, buffer, findings);

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
  for (let index = 0; index < count; index += 1) {
    if ((slotOf[index] as number) < 0) continue;
    slotOf[index] = ids.length;
    const entry = item(index);
    ids.push(entry.id);
    const zone = zoneOfPlace(places[index] as number, entry.municipalityId);
    descriptions.push(describeItem(entry.title ?? entry.id, startOf(index), endOf(index), zone, locale, texts));
  }
  const describe = (index: number) => descriptions[slotOf[index] as number] as string;
  const idOf = (index: number) => (index < 0 ? '' : (ids[slotOf[index] as number] as string));
  const personName = (id: string) => {
    const person = persons.get(id);
    return person === undefined ? show(id, locale) : formatPersonName(person);
  };
  const roomName = (index: number) => {
    const { venueId = '', room: given } = item(index);
    // As in the search: an empty room is the venue's default room, named by the venue alone.
    const room = given || undefined;
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
      name =
        kinds[conflict] === VENUE ? roomName(seconds[conflict] as number) : personName(resourceIds[resource] as string);
      resourceNames.set(resource, name);
    }
    return name;
  };
  const placeNames = new Map<number, string>();
  const placeName = (index: number) => {
    const place = places[index] as number;
    let name = placeNames.get(place);
    if (name === undefined) {
      const id = item(index).municipalityId;
      name = id === undefined ? '?' : (municipalities.get(id)?.name ?? show(id, locale));
      placeNames.set(place, name);
    }
    return name;
  };
  const message = (conflict: number): string => {
    const first = firsts[conflict] as number;
    const second = seconds[conflict] as number;
    const detail = details[conflict] as string | number;
    switch (kinds[conflict]) {
      case PERSON:
        return words.personDoubleBooked(resourceName(conflict), describe(first), describe(second));
      case VENUE:
        return words.venueDoubleBooked(resourceName(conflict), describe(first), describe(second));
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
          resourceName(conflict),
          describe(first),
          placeName(first),
          describe(second),
          placeName(second),
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
  return conflicts.map((conflict): Conflict => {
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
}
