import { formatPersonName } from '../format/formatPersonName.js';
import { formatVenue } from '../format/formatVenue.js';
import { DEFAULT_TIME_ZONE } from '../format/options.js';
import type { Dataset } from '../model/dataset.js';
import { indexOf } from '../query/datasetIndex.js';
import { pad2, utcWallClock, type WallClock } from '../time/calendar.js';
import { assertTimeZone, instantsAt, wallClockAt } from '../time/isValidTimeZone.js';
import { offsetMillis, transitionsBetween } from '../time/offsets.js';
import { timeZoneOfId } from '../validate/places.js';
import { type ScheduleItem, type TimedItem, timeItems } from './scheduleItem.js';
import { scheduleOf } from './scheduleOf.js';

/**
 * Options for {@link toICalendar}.
 *
 * @example
 * ```ts
 * import type { ToICalendarOptions } from 'kommunal';
 *
 * const options: ToICalendarOptions = { name: 'Fachkräfteaustausch', uidDomain: 'wiesbaden.de', now: new Date('2024-03-01T00:00:00Z') };
 * options.uidDomain; // => 'wiesbaden.de'
 * ```
 *
 * @category Scheduling
 */
export interface ToICalendarOptions {
  /** The dataset the items come from, for places, rooms and people (given automatically for a dataset). */
  readonly dataset?: Dataset | undefined;
  /** The calendar's name (`X-WR-CALNAME`). */
  readonly name?: string | undefined;
  /** The domain in each event's `UID` (`id@domain`); default `kommunal`. Use your own so UIDs are unique. */
  readonly uidDomain?: string | undefined;
  /** The time of writing (`DTSTAMP`); default now. */
  readonly now?: Date | undefined;
  /** The zone of items whose place is unknown; default `Europe/Berlin`. */
  readonly timeZone?: string | undefined;
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** Escapes TEXT as RFC 5545 § 3.3.11 requires. */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 § 3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function local(clock: WallClock): string {
  return `${String(clock.year).padStart(4, '0')}${pad2(clock.month)}${pad2(clock.day)}T${pad2(clock.hour)}${pad2(clock.minute)}${pad2(clock.second)}`;
}

function utc(millis: number): string {
  return `${local(wallClockAt(millis, 'UTC'))}Z`;
}

function offset(millis: number): string {
  const minutes = Math.round(Math.abs(millis) / 60_000);
  return `${millis < 0 ? '-' : '+'}${pad2(Math.floor(minutes / 60))}${pad2(minutes % 60)}`;
}

/** A VTIMEZONE that covers `from`–`to` with the zone's real changes, read from the runtime's tz data. */
function vtimezone(zone: string, from: number, to: number): string[] {
  const transitions = transitionsBetween(zone, from, to);
  const initial = offsetMillis(zone, from);
  // The first component stands for the offset in force before the first change.
  const firstIsDaylight = transitions[0] !== undefined && transitions[0].after < transitions[0].before;
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    `BEGIN:${firstIsDaylight ? 'DAYLIGHT' : 'STANDARD'}`,
    `DTSTART:${local(wallClockAt(from, zone))}`,
    `TZOFFSETFROM:${offset(initial)}`,
    `TZOFFSETTO:${offset(initial)}`,
    `END:${firstIsDaylight ? 'DAYLIGHT' : 'STANDARD'}`,
  ];
  for (const change of transitions) {
    const kind = change.after > change.before ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      // The onset in the local time before the change (RFC 5545 § 3.6.5): 02:00 for MEZ → MESZ.
      `DTSTART:${local(utcWallClock(change.at + change.before))}`,
      `TZOFFSETFROM:${offset(change.before)}`,
      `TZOFFSETTO:${offset(change.after)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/**
 * Writes a schedule as an iCalendar file (RFC 5545) that calendar apps import: one `VEVENT` per
 * item with a stable `UID` (`id@uidDomain`), `DTSTAMP`, `DTSTART`/`DTEND` in the local time of the
 * item's place with `TZID` and a matching `VTIMEZONE` built from the zone's actual changes
 * (UTC for zone `UTC`, and for both occurrences of an hour the clocks repeat in autumn),
 * `SUMMARY`, `LOCATION` from the venue (room, building, floor, street, postal code, locality) and
 * a `DESCRIPTION` naming the people. Text is escaped and lines are folded at 75 octets.
 *
 * @param itemsOrDataset - A dataset (its {@link scheduleOf}) or schedule items.
 * @param options - `dataset` (for items), `name`, `uidDomain` (default `kommunal`), `now` (`DTSTAMP`, default now), `timeZone`.
 * @returns The calendar, lines ending in CRLF.
 * @throws {@link KommunalValidationError} for malformed items.
 *
 * @example
 * ```ts
 * import { toICalendar } from 'kommunal';
 *
 * const ics = toICalendar(
 *   [{ id: 'begruessung', title: 'Begrüßung', start: '2024-04-15T09:00+02:00', end: '2024-04-15T10:00+02:00' }],
 *   { now: new Date('2024-03-01T00:00:00Z'), uidDomain: 'wiesbaden.de' },
 * );
 * ics.split('\r\n').filter((line) => /^(UID:|DTSTART;|DTEND;|SUMMARY:)/.test(line)); // => ['UID:begruessung@wiesbaden.de', 'DTSTART;TZID=Europe/Berlin:20240415T090000', 'DTEND;TZID=Europe/Berlin:20240415T100000', 'SUMMARY:Begrüßung']
 * ```
 *
 * @category Scheduling
 */
export function toICalendar(
  itemsOrDataset: readonly ScheduleItem[] | Dataset,
  options: ToICalendarOptions = {},
): string {
  const isDataset = !Array.isArray(itemsOrDataset);
  const dataset = isDataset ? (itemsOrDataset as Dataset) : options.dataset;
  const items = isDataset ? scheduleOf(itemsOrDataset as Dataset) : (itemsOrDataset as readonly ScheduleItem[]);
  const defaultZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  assertTimeZone(defaultZone);
  const timed = timeItems(items, 'de').sort((a, b) => a.start - b.start || a.index - b.index);
  const { municipalities, venues, persons } = indexOf(dataset);
  const zoneOf = (entry: TimedItem) => timeZoneOfId(municipalities, entry.item.municipalityId) ?? defaultZone;

  const spans = new Map<string, [number, number]>();
  for (const entry of timed) {
    const zone = zoneOf(entry);
    if (zone === 'UTC' || zone === 'Etc/UTC') continue;
    const span = spans.get(zone);
    spans.set(
      zone,
      span === undefined ? [entry.start, entry.end] : [Math.min(span[0], entry.start), Math.max(span[1], entry.end)],
    );
  }

  const stamp = utc((options.now ?? new Date()).getTime());
  const domain = options.uidDomain ?? 'kommunal';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//kommunal//kommunal//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.name !== undefined) lines.push(`X-WR-CALNAME:${text(options.name)}`);
  for (const [zone, [from, to]] of [...spans].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // A year either side, so apps see the zone's standard and daylight time even for one event.
    lines.push(...vtimezone(zone, from - 366 * 86_400_000, to + 366 * 86_400_000));
  }
  for (const entry of timed) {
    const { item } = entry;
    const zone = zoneOf(entry);
    const when = (millis: number, name: string) => {
      const clock = wallClockAt(millis, zone);
      // UTC where local time cannot say it unambiguously: zone UTC, or an hour the clocks repeat in
      // autumn (RFC 5545 means its first occurrence, but parsers such as ical.js read the second).
      return spans.has(zone) && instantsAt(clock, zone).length === 1
        ? `${name};TZID=${zone}:${local(clock)}`
        : `${name}:${utc(millis)}`;
    };
    const venue = item.venueId === undefined ? undefined : venues.get(item.venueId);
    const location = venue !== undefined ? formatVenue(venue, { room: item.room }) : item.room;
    const people = (item.personIds ?? []).map((id) => {
      const person = persons.get(id);
      return person === undefined ? id : formatPersonName(person, { withRole: true });
    });
    const description = [
      people.length > 0 ? `Mit: ${people.join('; ')}` : undefined,
      item.endApproximate === true ? 'Das Ende ist ungefähr angegeben.' : undefined,
    ].filter((line) => line !== undefined);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${text(`${item.id}@${domain}`)}`,
      `DTSTAMP:${stamp}`,
      when(entry.start, 'DTSTART'),
      when(entry.end, 'DTEND'),
      `SUMMARY:${text(item.title ?? item.id)}`,
    );
    if (location !== undefined) lines.push(`LOCATION:${text(location)}`);
    if (description.length > 0) lines.push(`DESCRIPTION:${text(description.join('\n'))}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join(CRLF)}${CRLF}`;
}
