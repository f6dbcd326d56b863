import { fail } from '../errors/KommunalValidationError.js';
import { formatPersonName } from '../format/formatPersonName.js';
import { formatVenue } from '../format/formatVenue.js';
import { DEFAULT_TIME_ZONE } from '../format/options.js';
import { type GermanState, type PublicHoliday, publicHolidays } from '../holidays/publicHolidays.js';
import type { Dataset } from '../model/dataset.js';
import type { Municipality } from '../model/municipality.js';
import { toIsoDate, utcMillis } from '../time/calendar.js';
import { assertTimeZone, wallClockAt } from '../time/isValidTimeZone.js';
import { quote, show } from '../time/quote.js';
import type { Locale } from '../validate/messages.js';
import { GERMAN_STATE_BY_CODE, timeZoneOf } from '../validate/places.js';
import { CONFLICT_WORDS, describeHours, describeItem } from './conflictMessages.js';
import { type ScheduleItem, type TimedItem, timeItems } from './scheduleItem.js';

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
const KIND_ORDER: readonly ConflictKind[] = Object.keys(SEVERITY) as ConflictKind[];

interface Found {
  readonly kind: ConflictKind;
  readonly items: readonly number[];
  readonly resourceId?: string;
  readonly message: () => string;
}

const DAY = 86_400_000;

function minutesOf(hhmm: string, what: string): number {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(hhmm);
  if (!match || (match[1] === '24' && match[2] !== '00')) {
    fail('invalid_time', `${quote(hhmm)} ist keine Uhrzeit für ${what}: erwartet wird „HH:mm“.`);
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

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
  const timed = timeItems(items, locale);
  const defaultZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  assertTimeZone(defaultZone);
  const buffer = (options.travelBufferMinutes ?? 30) * 60_000;
  const hours = options.workingHours;
  const hoursWindow =
    hours === undefined
      ? undefined
      : [minutesOf(hours.start, 'den Arbeitsbeginn'), minutesOf(hours.end, 'das Arbeitsende')];
  const dataset = options.dataset;
  const municipalities = new Map(dataset?.municipalities.map((municipality) => [municipality.id, municipality]));
  const persons = new Map(dataset?.persons?.map((person) => [person.id, person]));
  const venues = new Map(dataset?.venues?.map((venue) => [venue.id, venue]));
  const exchanges = new Map(dataset?.exchanges?.map((exchange) => [exchange.id, exchange]));

  const zoneOf = (entry: TimedItem): string => {
    const municipality =
      entry.item.municipalityId === undefined ? undefined : municipalities.get(entry.item.municipalityId);
    return (municipality && timeZoneOf(municipality)) ?? defaultZone;
  };
  const described = new Map<number, string>();
  const describe = (entry: TimedItem): string => {
    let text = described.get(entry.index);
    if (text === undefined) {
      text = describeItem(entry.item.title ?? entry.item.id, entry.start, entry.end, zoneOf(entry), locale);
      described.set(entry.index, text);
    }
    return text;
  };
  const personName = (id: string) => {
    const person = persons.get(id);
    return person === undefined ? show(id, locale) : formatPersonName(person);
  };
  const placeName = (id: string | undefined) =>
    id === undefined ? '?' : (municipalities.get(id)?.name ?? show(id, locale));

  const found: Found[] = [];
  // Items in start order (then end, then input order): the sweep below relies on it.
  const order = timed.slice().sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);

  // Double bookings: per person and per room, the items still running when the next one starts.
  const running = new Map<string, TimedItem[]>();
  const latest = new Map<string, TimedItem>();
  for (const entry of order) {
    const keys: [kind: ConflictKind, key: string, resourceId: string][] = [];
    for (const personId of entry.item.personIds ?? [])
      keys.push(['person-double-booked', `p\u0000${personId}`, personId]);
    if (entry.item.venueId !== undefined) {
      const room = entry.item.room ?? '';
      keys.push([
        'venue-double-booked',
        `v\u0000${entry.item.venueId}\u0000${room}`,
        room === '' ? entry.item.venueId : `${entry.item.venueId}/${room}`,
      ]);
    }
    for (const [kind, key, resourceId] of keys) {
      let active = running.get(key);
      if (active === undefined) {
        active = [];
        running.set(key, active);
      }
      let kept = 0;
      for (const other of active) {
        if (other.end <= entry.start) continue;
        active[kept] = other;
        kept += 1;
        if (other.start < entry.end) {
          const first = other;
          found.push({
            kind,
            items: [first.index, entry.index],
            resourceId,
            message: () =>
              kind === 'person-double-booked'
                ? words.personDoubleBooked(personName(resourceId), describe(first), describe(entry))
                : words.venueDoubleBooked(
                    roomName(entry.item.venueId ?? '', entry.item.room),
                    describe(first),
                    describe(entry),
                  ),
          });
        }
      }
      active.length = kept;
      active.push(entry);

      if (kind !== 'person-double-booked') continue;
      const before = latest.get(key);
      if (before !== undefined && before.end <= entry.start) {
        const gap = entry.start - before.end;
        const from = before.item.municipalityId;
        const to = entry.item.municipalityId;
        if (gap < buffer && from !== undefined && to !== undefined && from !== to) {
          found.push({
            kind: 'travel-time',
            items: [before.index, entry.index],
            resourceId,
            message: () =>
              words.travelTime(
                personName(resourceId),
                describe(before),
                placeName(from),
                describe(entry),
                placeName(to),
                Math.round(gap / 60_000),
                buffer / 60_000,
              ),
          });
        }
      }
      if (before === undefined || entry.end >= before.end) latest.set(key, entry);
    }
  }

  function roomName(venueId: string, room: string | undefined): string {
    const venue = venues.get(venueId);
    if (venue !== undefined) return formatVenue(venue, { room });
    return room === undefined
      ? show(venueId, locale)
      : `${show(venueId, locale)}, ${locale === 'de' ? 'Raum' : 'room'} ${room}`;
  }

  // One item at a time: its exchange's period, holidays, weekends, working hours.
  const holidayCache = new Map<string, PublicHoliday[]>();
  const holidaysOf = (state: GermanState, year: number) => {
    const key = `${state}${year}`;
    let list = holidayCache.get(key);
    if (list === undefined) {
      list = year >= 1990 ? publicHolidays(year, state) : [];
      holidayCache.set(key, list);
    }
    return list;
  };
  for (const entry of order) {
    const zone = zoneOf(entry);
    const days = localDays(entry, zone);
    const exchange = entry.item.exchangeId === undefined ? undefined : exchanges.get(entry.item.exchangeId);
    if (exchange !== undefined) {
      const host = municipalities.get(exchange.hostId);
      const hostZone = (host && timeZoneOf(host)) ?? defaultZone;
      const first = toIsoDate(wallClockAt(entry.start, hostZone));
      const last = toIsoDate(wallClockAt(Math.max(entry.start, entry.end - 1), hostZone));
      if (first < exchange.startDate || last > exchange.endDate) {
        found.push({
          kind: 'outside-exchange-period',
          items: [entry.index],
          resourceId: exchange.id,
          message: () => words.outsideExchange(describe(entry), exchange.title, exchange.startDate, exchange.endDate),
        });
      }
    }
    const municipality =
      entry.item.municipalityId === undefined ? undefined : municipalities.get(entry.item.municipalityId);
    if (options.holidays !== false && municipality !== undefined) {
      for (const day of days) {
        const holiday = holidayOn(municipality, day, holidaysOf);
        if (holiday !== undefined) {
          found.push({
            kind: 'public-holiday',
            items: [entry.index],
            resourceId: municipality.id,
            message: () => words.publicHoliday(describe(entry), holiday.name, holiday.place),
          });
          break;
        }
      }
    }
    if (options.weekends !== false) {
      const weekendDay = days.find((day) => day.weekday === 6 || day.weekday === 0);
      if (weekendDay !== undefined) {
        found.push({
          kind: 'weekend',
          items: [entry.index],
          message: () => words.weekend(describe(entry), weekendDay.weekday === 6 ? 'Saturday' : 'Sunday'),
        });
      }
    }
    if (hours !== undefined && hoursWindow !== undefined) {
      const allowed = hours.days ?? [1, 2, 3, 4, 5];
      const startClock = wallClockAt(entry.start, zone);
      const endClock = wallClockAt(entry.end, zone);
      const startMinute = startClock.hour * 60 + startClock.minute;
      const endMinute =
        endClock.hour * 60 + endClock.minute + (endClock.second > 0 || endClock.millisecond > 0 ? 1 : 0);
      const oneDay = days.length === 1;
      const outside =
        !oneDay ||
        !days.every((day) => allowed.includes(day.weekday === 0 ? 7 : day.weekday)) ||
        startMinute < (hoursWindow[0] ?? 0) ||
        (endMinute === 0 ? 24 * 60 : endMinute) > (hoursWindow[1] ?? 24 * 60);
      if (outside) {
        found.push({
          kind: 'outside-working-hours',
          items: [entry.index],
          message: () =>
            words.outsideWorkingHours(describe(entry), describeHours(allowed, hours.start, hours.end, locale)),
        });
      }
    }
  }

  const starts = new Map(timed.map((entry) => [entry.index, entry.start]));
  const idOf = new Map(timed.map((entry) => [entry.index, entry.item.id]));
  const sorted = found
    .map((conflict) => ({
      conflict,
      start: Math.min(...conflict.items.map((index) => starts.get(index) ?? 0)),
      key: conflict.items.map((index) => idOf.get(index) ?? '').join('\u0000'),
    }))
    .sort(
      (a, b) =>
        a.start - b.start ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
        KIND_ORDER.indexOf(a.conflict.kind) - KIND_ORDER.indexOf(b.conflict.kind) ||
        ((a.conflict.resourceId ?? '') < (b.conflict.resourceId ?? '') ? -1 : 1),
    );
  return sorted.map(({ conflict }) => ({
    kind: conflict.kind,
    severity: SEVERITY[conflict.kind],
    itemIds: conflict.items.map((index) => idOf.get(index) ?? ''),
    ...(conflict.resourceId === undefined ? {} : { resourceId: conflict.resourceId }),
    message: conflict.message(),
  }));
}

interface LocalDay {
  readonly date: string;
  readonly weekday: number;
}

/** The local days an item touches in its zone (an item ending at midnight does not touch the next day). */
function localDays(entry: TimedItem, zone: string): LocalDay[] {
  const first = wallClockAt(entry.start, zone);
  const last = wallClockAt(Math.max(entry.start, entry.end - 1), zone);
  const days: LocalDay[] = [];
  for (let millis = utcMillis(first); millis <= utcMillis(last) && days.length < 366; millis += DAY) {
    const date = new Date(millis);
    days.push({ date: date.toISOString().slice(0, 10), weekday: date.getUTCDay() });
  }
  return days;
}

function holidayOn(
  municipality: Municipality,
  day: LocalDay,
  holidaysOf: (state: GermanState, year: number) => PublicHoliday[],
): { name: string; place: string } | undefined {
  const local = municipality.holidays?.find((holiday) =>
    holiday.date.length === 5 ? day.date.endsWith(holiday.date) : day.date === holiday.date,
  );
  if (local !== undefined) return { name: local.name, place: municipality.name };
  const state = municipality.country === 'DE' ? municipality.state : undefined;
  const land = state === undefined ? undefined : GERMAN_STATE_BY_CODE.get(state);
  if (state === undefined || land === undefined) return undefined;
  const holiday = holidaysOf(state as GermanState, Number(day.date.slice(0, 4))).find(
    (entry) => entry.date === day.date,
  );
  return holiday === undefined ? undefined : { name: holiday.name, place: land.name };
}
