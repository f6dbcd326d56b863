import { KommunalValidationError } from '../errors/KommunalValidationError.js';
import { failOption, type Locale, optionOf, readLocale, readOptions } from '../errors/options.js';
import { formatPersonName } from '../format/formatPersonName.js';
import { formatVenue } from '../format/formatVenue.js';
import { readTimeZone } from '../format/options.js';
import { CALENDAR_MESSAGES } from '../i18n/calendar.js';
import type { Dataset } from '../model/dataset.js';
import { GERMAN_ZONES } from '../places/countries.js';
import type { DatasetIndex } from '../query/datasetIndex.js';
import {
  DAY,
  dateMillis,
  isSupportedInstant,
  MAX_INSTANT,
  MIN_INSTANT,
  pad2,
  utcWallClock,
  type WallClock,
} from '../time/calendar.js';
import { offsetMillis, transitionsBetween } from '../time/offsets.js';
import { isRecord } from '../time/quote.js';
import { instantsAt, wallClockAt } from '../time/zonedTime.js';
import { ItemTexts } from './conflicts/itemText.js';
import { placeOf, zoneOf } from './itemPlace.js';
import { type CheckedItem, readCheckedItems, type ScheduleItem } from './scheduleItem.js';
import { readDatasetOption } from './scheduleOptions.js';

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
  /**
   * The dataset the items come from, as {@link parseDataset} returns it: the zone, venue and people
   * of items written by hand. Items from {@link scheduleOf} carry these themselves.
   */
  readonly dataset?: Dataset | undefined;
  /** The calendar's name (`X-WR-CALNAME`). */
  readonly name?: string | undefined;
  /** The domain in each event's `UID` (`id@domain`), a host name; default `kommunal`. Use your own so UIDs are unique. */
  readonly uidDomain?: string | undefined;
  /** The time of writing (`DTSTAMP`), in the years 1–9999; default now. */
  readonly now?: Date | undefined;
  /** The zone of items whose place is unknown, an IANA name; default `Europe/Berlin`. */
  readonly timeZone?: string | undefined;
  /** Language of the words the calendar adds (`Mit:`, `With:`) and of error messages: `de` (default) or `en`. */
  readonly locale?: Locale | undefined;
}

const CRLF = '\r\n';
const FN = 'toICalendar';
/**
 * How far either side of each DTSTART and DTEND written in local time the VTIMEZONE lists the
 * zone's changes: a year, so apps see the zone's standard and daylight time even for one event,
 * and never the decades between events far apart.
 */
const AROUND = 366 * DAY;
// The first and last day kommunal supports are written in UTC: in some zones their local date
// falls in year 0 or 10000, which iCalendar's four-digit years cannot carry.
const FIRST_LOCAL = MIN_INSTANT + DAY;
const LAST_LOCAL = MAX_INSTANT - DAY;
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
const HOST_NAME = new RegExp(`^(?=.{1,253}$)${LABEL}(?:\\.${LABEL})*$`, 'u');

// RFC 5545 § 3.3.11: TEXT has no control characters but HTAB; a line break is written `\n`.
const LINE_BREAK = /\r\n?/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it removes.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
// Half a surrogate pair cannot be written in UTF-8.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A TEXT value (RFC 5545 § 3.3.11): line breaks (CRLF, CR, LF) written `\n`, other control
 * characters but HTAB removed, lone surrogates replaced by U+FFFD, and `\`, `;`, `,` escaped.
 */
function text(value: string): string {
  return value
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(LINE_BREAK, '\n')
    .replace(CONTROL, '')
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 § 3.1), never inside a UTF-8 sequence. */
function fold(line: string): string {
  // At most 3 octets a UTF-16 unit: no line of 25 units or fewer needs folding.
  if (line.length <= 25) return line;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  let limit = 75;
  for (let position = 0; position < line.length; ) {
    const point = line.codePointAt(position) as number;
    const size = point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
    if (octets + size > limit) {
      parts.push(line.slice(start, position));
      start = position;
      octets = 0;
      // A continuation line starts with a space, which counts.
      limit = 74;
    }
    octets += size;
    position += point > 0xffff ? 2 : 1;
  }
  parts.push(line.slice(start));
  return parts.join(`${CRLF} `);
}

function local(clock: WallClock): string {
  return `${String(clock.year).padStart(4, '0')}${pad2(clock.month)}${pad2(clock.day)}T${pad2(clock.hour)}${pad2(clock.minute)}${pad2(clock.second)}`;
}

function utc(millis: number): string {
  return `${local(utcWallClock(millis))}Z`;
}

/** A UTC offset, `+HHMM`, with seconds where the zone has them (local mean time, such as Berlin's +00:53:28). */
function offset(millis: number): string {
  const seconds = Math.round(Math.abs(millis) / 1000);
  const rest = seconds % 60;
  const minutes = (seconds - rest) / 60;
  return `${millis < 0 ? '-' : '+'}${pad2(Math.floor(minutes / 60))}${pad2(minutes % 60)}${rest === 0 ? '' : pad2(rest)}`;
}

/** What the options say, checked. */
interface Settings {
  readonly locale: Locale;
  readonly name: string | undefined;
  readonly domain: string;
  readonly stamp: string;
  /** The zone of items whose place is unknown. */
  readonly zone: string;
  /** The `dataset` option's index: the zones, venues and people of items that do not carry them. */
  readonly index: DatasetIndex;
  /** The events' times in words, for the line on the local time of an event abroad. */
  readonly texts: ItemTexts;
}

/** The options, each read once and checked. */
function readSettings(argument: unknown): Settings {
  const options = readOptions(FN, argument);
  const locale = readLocale(FN, options);
  const messages = CALENDAR_MESSAGES[locale];
  const name = optionOf(FN, options, 'name', locale);
  if (name !== undefined && typeof name !== 'string') failOption(FN, 'name', name, messages.text, locale);
  // `null` is no value of these options: refused, not replaced by the default.
  const given = optionOf(FN, options, 'uidDomain', locale);
  const domain = given === undefined ? 'kommunal' : given;
  if (typeof domain !== 'string' || !HOST_NAME.test(domain)) failOption(FN, 'uidDomain', domain, messages.host, locale);
  const time = optionOf(FN, options, 'now', locale);
  const now = time === undefined ? new Date() : time;
  // The Date's time from its slot: no Proxy trap runs, and a Date of another realm counts.
  const millis = dateMillis(now);
  if (millis === undefined) failOption(FN, 'now', now, messages.date, locale);
  if (!isSupportedInstant(millis)) {
    throw new KommunalValidationError([{ path: [], code: 'invalid_date', message: messages.now(now) }], { locale });
  }
  const zone = readTimeZone(FN, options, locale);
  const { index } = readDatasetOption(FN, options, locale);
  return { locale, name, domain, stamp: utc(millis), zone, index, texts: new ItemTexts(locale) };
}

/**
 * The items, each read once and checked. An object where the list belongs is most likely a
 * dataset, passed as before 0.x: the error says to pass it through scheduleOf.
 */
function readItems(items: unknown, locale: Locale): readonly CheckedItem[] {
  if (isRecord(items)) {
    const message = CALENDAR_MESSAGES[locale].notItems(items);
    throw new KommunalValidationError([{ path: [], code: 'invalid_type', message }], { locale });
  }
  return readCheckedItems(items, locale);
}

/** An item to write: its instants, its zone, and whether each instant is written in local time. */
interface Event {
  readonly item: CheckedItem;
  readonly zone: string;
  /** The name of its place, which labels its local time. */
  readonly placeName: string | undefined;
  readonly startLocal: boolean;
  readonly endLocal: boolean;
}

/**
 * Whether an instant is written in local time with TZID. Not in zone UTC, and not where the local
 * time cannot say it exactly: an hour the clocks repeat in autumn (RFC 5545 means its first
 * occurrence, but parsers such as ical.js read the second), and an offset with seconds (the local
 * mean time zones kept until about 1900, such as Berlin's +00:53:28), which parsers such as
 * ical.js round to the minute.
 */
function isLocal(millis: number, zone: string): boolean {
  if (zone === 'UTC' || zone === 'Etc/UTC' || millis < FIRST_LOCAL || millis > LAST_LOCAL) return false;
  if (offsetMillis(zone, millis) % 60_000 !== 0) return false;
  return instantsAt(wallClockAt(millis, zone), zone).length === 1;
}

function eventsOf(items: readonly CheckedItem[], settings: Settings): Event[] {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  return sorted.map((item): Event => {
    const place = placeOf(item.place, item.municipalityId, settings.index.places);
    const zone = zoneOf(place, settings.zone);
    return {
      item,
      zone,
      placeName: place?.name,
      startLocal: isLocal(item.start, zone),
      endLocal: isLocal(item.end, zone),
    };
  });
}

/** Where an item takes place, as LOCATION: its own line, else its venue in the dataset, else its room. */
function locationOf(item: CheckedItem, { venues }: DatasetIndex): string | undefined {
  if (item.location !== undefined) return item.location;
  const venue = item.venueId === undefined ? undefined : venues.get(item.venueId);
  return venue !== undefined ? formatVenue(venue, { room: item.room }) : item.room;
}

/** Who takes part, by name: the item's own names, else the dataset's (with their roles), else the ids. */
function peopleOf(item: CheckedItem, { persons }: DatasetIndex): readonly string[] {
  if (item.personNames !== undefined) return item.personNames;
  return (item.personIds ?? []).map((id) => {
    const person = persons.get(id);
    return person === undefined ? id : formatPersonName(person, { withRole: true });
  });
}

/**
 * Per zone, the periods its VTIMEZONE covers: a year either side of each instant written in
 * local time, overlapping periods merged, ascending.
 */
function periodsOf(events: readonly Event[]): Map<string, [number, number][]> {
  const centres = new Map<string, number[]>();
  const add = (zone: string, millis: number) => {
    let list = centres.get(zone);
    if (list === undefined) {
      list = [];
      centres.set(zone, list);
    }
    list.push(millis);
  };
  for (const event of events) {
    if (event.startLocal) add(event.zone, event.item.start);
    if (event.endLocal) add(event.zone, event.item.end);
  }
  const periods = new Map<string, [number, number][]>();
  for (const zone of [...centres.keys()].sort()) {
    const sorted = Float64Array.from(centres.get(zone) as number[]).sort();
    const list: [number, number][] = [];
    for (const centre of sorted) {
      const from = Math.max(FIRST_LOCAL, centre - AROUND);
      const to = Math.min(LAST_LOCAL, centre + AROUND);
      const last = list[list.length - 1];
      if (last !== undefined && from <= last[1]) last[1] = to;
      else list.push([from, to]);
    }
    periods.set(zone, list);
  }
  return periods;
}

/**
 * A VTIMEZONE for the periods, with the zone's real changes read from the runtime's tz data. Each
 * period opens with the offset in force at its start, so that no observance between periods,
 * where no event lies, has to be listed.
 */
function writeTimeZone(lines: string[], zone: string, periods: readonly [number, number][]): void {
  lines.push('BEGIN:VTIMEZONE', `TZID:${zone}`);
  let previous: number | undefined;
  for (const [from, to] of periods) {
    const transitions = transitionsBetween(zone, from, to);
    const initial = offsetMillis(zone, from);
    const before = previous ?? initial;
    // The first component stands for the offset in force before the period's first change.
    const first = transitions[0];
    const kind = first !== undefined && first.after < first.before ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${local(utcWallClock(from + before))}`,
      `TZOFFSETFROM:${offset(before)}`,
      `TZOFFSETTO:${offset(initial)}`,
      `END:${kind}`,
    );
    for (const change of transitions) {
      const changeKind = change.after > change.before ? 'DAYLIGHT' : 'STANDARD';
      lines.push(
        `BEGIN:${changeKind}`,
        // The onset in the local time before the change (RFC 5545 § 3.6.5): 02:00 for MEZ → MESZ.
        `DTSTART:${local(utcWallClock(change.at + change.before))}`,
        `TZOFFSETFROM:${offset(change.before)}`,
        `TZOFFSETTO:${offset(change.after)}`,
        `END:${changeKind}`,
      );
    }
    previous = transitions[transitions.length - 1]?.after ?? initial;
  }
  lines.push('END:VTIMEZONE');
}

function writeEvent(lines: string[], event: Event, settings: Settings): void {
  const { item, zone } = event;
  const messages = CALENDAR_MESSAGES[settings.locale];
  const when = (name: string, millis: number, isLocal: boolean) =>
    isLocal ? `${name};TZID=${zone}:${local(wallClockAt(millis, zone))}` : `${name}:${utc(millis)}`;
  const location = locationOf(item, settings.index);
  const people = peopleOf(item, settings.index);
  // Calendar apps show the reader's clock: where the place's clock is not German time, its own.
  const times = GERMAN_ZONES.has(zone) ? undefined : settings.texts.times(item.start, item.end, zone, event.placeName);
  const description = [
    times?.zoneLabel === undefined ? undefined : messages.localTime(times),
    people.length > 0 ? messages.people(people.join('; ')) : undefined,
    item.endApproximate === true ? messages.approximateEnd : undefined,
  ].filter((line) => line !== undefined);
  lines.push(
    'BEGIN:VEVENT',
    `UID:${text(`${item.id}@${settings.domain}`)}`,
    `DTSTAMP:${settings.stamp}`,
    when('DTSTART', item.start, event.startLocal),
    when('DTEND', item.end, event.endLocal),
    `SUMMARY:${text(item.title ?? item.id)}`,
  );
  if (location !== undefined) lines.push(`LOCATION:${text(location)}`);
  if (description.length > 0) lines.push(`DESCRIPTION:${text(description.join('\n'))}`);
  lines.push('END:VEVENT');
}

/**
 * Writes a schedule as an iCalendar file (RFC 5545) that calendar apps import: one `VEVENT` per
 * item with a stable `UID` (`id@uidDomain`), `DTSTAMP`, `DTSTART`/`DTEND` in the local time of the
 * item's place with `TZID` and a matching `VTIMEZONE` built from the zone's actual changes
 * within a year either side of each local time it writes (UTC for zone `UTC`, for both occurrences
 * of an hour the clocks repeat in autumn, and on the first and last day of the years 1–9999),
 * `SUMMARY`, `LOCATION` from the item's `location` (the venue down to the room, as
 * {@link scheduleOf} writes it) and a `DESCRIPTION` that gives, for an item whose place is not on
 * German time, its times on the place's clock with the zone named by the place („Ortszeit Osaka:
 * Montag, 15. April 2024, 10–11 Uhr“: calendar apps show the reader's clock), names the people
 * (`personNames`) and says when the end is an estimate. Items written by hand without these get
 * them from the `dataset` option (the people with their roles), else the room and the person ids. A dataset's schedule is
 * `toICalendar(scheduleOf(dataset))`. Text is escaped, line breaks become `\n`, other control
 * characters (but tabs) are removed and lone surrogates replaced by U+FFFD; lines are folded at
 * 75 octets, never inside a character.
 *
 * @param items - Schedule items, as {@link scheduleOf} returns them or written by hand.
 * @param options - `dataset` (for items written by hand), `name`, `uidDomain` (a host name,
 *   default `kommunal`), `now` (`DTSTAMP`, default now), `timeZone` (of items whose place is
 *   unknown, default `Europe/Berlin`), `locale` (`de` or `en`) of the words the calendar adds and of errors.
 * @returns The calendar, lines ending in CRLF.
 * @throws {@link KommunalValidationError} for anything but a list of items (an object, such as a
 *   dataset, with a hint to scheduleOf), malformed items, a `dataset` not shaped like one from
 *   parseDataset (paths begin at `dataset`), more than 10,000,000 items (`too_big`), instants
 *   outside the years 1–9999 (`invalid_date`), and options of the wrong type (`invalid_option`;
 *   `now` must be a `Date`, also one of another realm).
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
 * toICalendar('begruessung' as never); // throws KommunalValidationError
 * ```
 *
 * @category Scheduling
 */
export function toICalendar(items: readonly ScheduleItem[], options?: ToICalendarOptions): string {
  const settings = readSettings(options);
  const events = eventsOf(readItems(items, settings.locale), settings);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//kommunal//kommunal//${CALENDAR_MESSAGES[settings.locale].language}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (settings.name !== undefined) lines.push(`X-WR-CALNAME:${text(settings.name)}`);
  for (const [zone, periods] of periodsOf(events)) writeTimeZone(lines, zone, periods);
  for (const event of events) writeEvent(lines, event, settings);
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join(CRLF)}${CRLF}`;
}
