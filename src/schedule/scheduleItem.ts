import { type KommunalIssue, KommunalValidationError, MAX_ISSUES } from '../errors/KommunalValidationError.js';
import { type Locale, unreadableIssue } from '../errors/options.js';
import { copyTexts, type IssueList, issueList, tooManyIssues } from '../query/readData.js';
import { dateMillis, isSupportedInstant } from '../time/calendar.js';
import { germanNumber } from '../time/germanNumber.js';
import { isArray, show } from '../time/quote.js';
import { readTemporal } from '../time/readTemporal.js';

/**
 * One thing on a schedule: a programme item of an exchange or a session of a measure, at instants.
 * `start` and `end` are `Date`s or ISO strings with `Z` or an offset; the interval is half-open,
 * so an item ending at 10:00 and one starting at 10:00 do not overlap.
 *
 * @example
 * ```ts
 * import type { ScheduleItem } from 'kommunal';
 *
 * const welcome: ScheduleItem = {
 *   id: 'begruessung',
 *   title: 'Begrüßung',
 *   start: '2024-04-15T09:00:00+02:00',
 *   end: '2024-04-15T10:00:00+02:00',
 *   personIds: ['patricia-becher'],
 *   venueId: 'konradinerallee-11',
 *   room: '4.161',
 * };
 * welcome.room; // => '4.161'
 * ```
 *
 * @category Scheduling
 */
export interface ScheduleItem {
  /** Unique among the items scheduled together. */
  readonly id: string;
  /** When it begins: a `Date` or an ISO string with `Z` or an offset. */
  readonly start: Date | string;
  /** When it ends (excluded), in the same form as `start`. */
  readonly end: Date | string;
  /** Who takes part; no one can be in two items at once. */
  readonly personIds?: readonly string[] | undefined;
  /** Where it takes place; a venue hosts one item per room at a time. */
  readonly venueId?: string | undefined;
  /** The room in the venue. */
  readonly room?: string | undefined;
  /** Where it takes place: its venue's municipality, else the host's or the organisation's. */
  readonly municipalityId?: string | undefined;
  /** The exchange whose programme it belongs to. */
  readonly exchangeId?: string | undefined;
  /** The measure whose session it is. */
  readonly measureId?: string | undefined;
  /** What happens, for messages and calendars. */
  readonly title?: string | undefined;
  /** The end is an estimate („gegen 10 Uhr“) or a default duration. */
  readonly endApproximate?: boolean | undefined;
  /**
   * Where it takes place, as the conflict checks need it without a dataset (Land, zone, local
   * holidays); {@link scheduleOf} fills it in from the item's municipality.
   */
  readonly place?: ItemPlace | undefined;
  /** The people by name, in the order of `personIds` („Dr. Patricia Becher“); from {@link scheduleOf}. */
  readonly personNames?: readonly string[] | undefined;
  /** The venue down to the room as one line, for messages and calendars; from {@link scheduleOf}. */
  readonly location?: string | undefined;
  /** The first and last day of the item's exchange, in its host's calendar; from {@link scheduleOf}. */
  readonly period?: ItemPeriod | undefined;
}

/**
 * Where a schedule item takes place: the municipality with what the conflict checks need to know
 * about it, so that a schedule can be checked without its dataset.
 *
 * @example
 * ```ts
 * import type { ItemPlace } from 'kommunal';
 *
 * const wiesbaden: ItemPlace = { name: 'Wiesbaden', country: 'DE', state: 'DE-HE', timeZone: 'Europe/Berlin' };
 * wiesbaden.state; // => 'DE-HE'
 * ```
 *
 * @category Scheduling
 */
export interface ItemPlace {
  /** The municipality's name. */
  readonly name: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** ISO 3166-2, e.g. `DE-HE`: whose public holidays apply. */
  readonly state?: string | undefined;
  /** The IANA zone of its wall clocks. */
  readonly timeZone: string;
  /** Holidays the municipality keeps beyond its Land's (`MM-DD` or `YYYY-MM-DD`). */
  readonly holidays?: readonly { readonly date: string; readonly name: string }[] | undefined;
}

/**
 * The days a schedule item must lie within: its exchange's first and last day, in the host's
 * calendar.
 *
 * @example
 * ```ts
 * import type { ItemPeriod } from 'kommunal';
 *
 * const period: ItemPeriod = { start: '2024-04-15', end: '2024-04-18', title: 'Fachkräfteaustausch Wiesbaden–Wien' };
 * period.end; // => '2024-04-18'
 * ```
 *
 * @category Scheduling
 */
export interface ItemPeriod {
  /** First day, `YYYY-MM-DD`, included. */
  readonly start: string;
  /** Last day, `YYYY-MM-DD`, included. */
  readonly end: string;
  /** The exchange's title, for messages. */
  readonly title?: string | undefined;
  /** The IANA zone of the host's calendar, in which the days are read. */
  readonly timeZone?: string | undefined;
}

/**
 * A schedule item whose instants are `Date`s, as {@link scheduleOf} returns them.
 *
 * @example
 * ```ts
 * import type { DatedScheduleItem } from 'kommunal';
 *
 * const item: DatedScheduleItem = { id: 'a', start: new Date('2024-04-15T07:00:00Z'), end: new Date('2024-04-15T08:00:00Z') };
 * item.end.getTime() - item.start.getTime(); // => 3600000
 * ```
 *
 * @category Scheduling
 */
export interface DatedScheduleItem extends ScheduleItem {
  readonly start: Date;
  readonly end: Date;
}

/**
 * An item as {@link readInstants} read it: each field read once from the caller's object and
 * checked, its instants in milliseconds, `personIds` a list of texts. The schedule functions use
 * these and never look at the caller's item again, so a getter or Proxy that answers differently
 * on a second read has nothing to answer.
 */
export interface CheckedItem {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly title: string | undefined;
  readonly personIds: readonly string[] | undefined;
  readonly venueId: string | undefined;
  readonly room: string | undefined;
  readonly municipalityId: string | undefined;
  readonly exchangeId: string | undefined;
  readonly measureId: string | undefined;
  readonly endApproximate: boolean | undefined;
}

/**
 * The most items a schedule function reads in one call: ten times the million of the bench, whose
 * items take about 570 MB of a caller's heap. A list claiming more is refused (`too_big`) before
 * anything is allocated for it.
 */
export const MAX_ITEMS = 10_000_000;

/** How a message names an item: by its id, or by its index when it has none. */
const nameOf = (id: unknown, index: number, locale: Locale) =>
  typeof id === 'string' && id !== '' ? show(id, locale) : locale === 'de' ? `bei Index ${index}` : `at index ${index}`;

const MESSAGES = {
  de: {
    notAList: (value: unknown) =>
      `${show(value, 'de')} ist keine Liste von Terminen: erwartet wird eine Liste von Objekten mit id, start und end.`,
    tooMany: (count: number) =>
      `Die Liste hat ${germanNumber(count)} Einträge; kommunal liest höchstens ${germanNumber(MAX_ITEMS)} Termine auf einmal.`,
    notAnItem: (value: unknown) =>
      `${show(value, 'de')} ist kein Termin: erwartet wird ein Objekt mit id, start und end.`,
    noId: (value: unknown, index: number) =>
      value === undefined
        ? `Der Termin bei Index ${index} hat keine Id: erwartet wird ein nicht leerer Text.`
        : `Die Id des Termins bei Index ${index} muss ein nicht leerer Text sein, nicht ${show(value, 'de')}.`,
    duplicate: (id: string, first: number) =>
      `Die Id ${show(id, 'de')} kommt mehrfach vor (zuerst bei Index ${first}).`,
    badTime: (value: unknown) =>
      `${show(value, 'de')} ist kein Zeitpunkt: erwartet wird ein Date oder ein ISO-Text mit Offset wie „2024-04-15T09:00+02:00“.`,
    unsupported: (value: unknown) =>
      `${show(value, 'de')} liegt nicht in den Jahren 1 bis 9999 (UTC), die kommunal unterstützt.`,
    endBeforeStart: (item: string) => `Der Termin ${item} endet vor seinem Beginn.`,
    notIds: (field: string, item: string, value: unknown) =>
      `Das Feld „${field}“ des Termins ${item} muss eine Liste von Ids sein, nicht ${show(value, 'de')}.`,
    notAnId: (field: string, item: string, value: unknown) =>
      `Das Feld „${field}“ des Termins ${item} darf nur Ids (Texte) enthalten, nicht ${show(value, 'de')}.`,
    notText: (field: string, item: string, value: unknown) =>
      `Das Feld „${field}“ des Termins ${item} muss ein Text sein, nicht ${show(value, 'de')}.`,
    notBoolean: (field: string, item: string, value: unknown) =>
      `Das Feld „${field}“ des Termins ${item} muss true oder false sein, nicht ${show(value, 'de')}.`,
  },
  en: {
    notAList: (value: unknown) =>
      `${show(value, 'en')} is not a list of schedule items: expected a list of objects with id, start and end.`,
    tooMany: (count: number) =>
      `The list has ${count.toLocaleString('en-US')} entries; kommunal reads at most ${MAX_ITEMS.toLocaleString('en-US')} schedule items at once.`,
    notAnItem: (value: unknown) =>
      `${show(value, 'en')} is not a schedule item: expected an object with id, start and end.`,
    noId: (value: unknown, index: number) =>
      value === undefined
        ? `The item at index ${index} has no id: expected a non-empty string.`
        : `The id of the item at index ${index} must be a non-empty string, not ${show(value, 'en')}.`,
    duplicate: (id: string, first: number) =>
      `The id ${show(id, 'en')} appears more than once (first at index ${first}).`,
    badTime: (value: unknown) =>
      `${show(value, 'en')} is not an instant: expected a Date or an ISO string with an offset like "2024-04-15T09:00+02:00".`,
    unsupported: (value: unknown) =>
      `${show(value, 'en')} does not lie in the years 1 to 9999 (UTC) that kommunal supports.`,
    endBeforeStart: (item: string) => `The item ${item} ends before it starts.`,
    notIds: (field: string, item: string, value: unknown) =>
      `The field "${field}" of the item ${item} must be a list of ids, not ${show(value, 'en')}.`,
    notAnId: (field: string, item: string, value: unknown) =>
      `The field "${field}" of the item ${item} may only hold ids (strings), not ${show(value, 'en')}.`,
    notText: (field: string, item: string, value: unknown) =>
      `The field "${field}" of the item ${item} must be a string, not ${show(value, 'en')}.`,
    notBoolean: (field: string, item: string, value: unknown) =>
      `The field "${field}" of the item ${item} must be true or false, not ${show(value, 'en')}.`,
  },
} as const;

/** The sentence for an instant outside the years 1–9999 (UTC), naming the value it came from. */
export function unsupportedMessage(value: unknown, locale: Locale): string {
  return MESSAGES[locale].unsupported(value);
}

/**
 * An instant in milliseconds; NaN for what is none; or, for an ISO text that is almost one (a day
 * or an offset that does not exist, a year outside 1–9999), the error that says why.
 */
function instant(value: unknown): number | KommunalValidationError {
  // A Date's time from its internal slot: no getter or proxy trap of the caller's runs, a Date of
  // another realm counts, and an object that only claims to be a Date (its prototype) does not.
  if (typeof value === 'object' && value !== null) return dateMillis(value) ?? Number.NaN;
  // Not an instant without a time after the date: refused without the cost of an exception.
  if (typeof value !== 'string' || value.length < 16 || value.charCodeAt(10) !== 84 /* T */) return Number.NaN;
  try {
    const temporal = readTemporal(value);
    return temporal.kind === 'instant' ? temporal.millis : Number.NaN;
  } catch (error) {
    if (error instanceof KommunalValidationError) return error;
    throw error;
  }
}

/** Bits needed to write a non-negative integer below 2^32 (0 for 0 and below). */
export const bitsOf = (value: number) => (value <= 0 ? 0 : 32 - Math.clz32(value));

/** An id's hash: FNV-1a with Murmur3's finalizer. */
function hashOf(id: string): number {
  let hash = 2_166_136_261;
  for (let position = 0; position < id.length; position += 1)
    hash = Math.imul(hash ^ id.charCodeAt(position), 16_777_619);
  // The finalizer: FNV-1a alone leaves ids that differ in their last digit in neighbouring slots.
  hash = Math.imul(hash ^ (hash >>> 16), 0x85eb_ca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2_ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** What {@link duplicateFinder} gives its caller. */
interface DuplicateFinder {
  add(index: number, id: string): void;
  finish(): ArrayBuffer;
  /** Pairs (index, index of the first item with that id), in the order of the first index. */
  readonly pairs: number[];
  /** Every id added, at its item's index. */
  readonly ids: string[];
}

/**
 * Finds items whose id an earlier item has, from the ids' hashes: an open-addressing table in one
 * Uint32Array, so checking a million ids allocates one array instead of a million map entries.
 * Each entry holds an item's index and, in the bits the index leaves free, a fingerprint of its
 * hash, so that probing past other ids seldom compares them. Items are added in batches, each in a
 * loop of its own: the table's reads at random are then independent of each other, and the
 * processor overlaps them. The table has room for `room` ids (it takes no more), indexes below
 * `count`; its memory is for the caller to reuse once all items are added.
 */
function duplicateFinder(room: number, count: number, ids: string[]): DuplicateFinder {
  let capacity = 16;
  while (capacity < room * 2) capacity *= 2;
  const table = new Uint32Array(capacity);
  const mask = capacity - 1;
  const fingerprintBits = 32 - bitsOf(count);
  const fingerprintMask = 2 ** fingerprintBits - 1;
  const pairs: number[] = [];
  const batchIndexes = new Int32Array(256);
  const batchHashes = new Uint32Array(256);
  let batched = 0;
  let added = 0;
  const flush = () => {
    for (let entry = 0; entry < batched; entry += 1) {
      const index = batchIndexes[entry] as number;
      const hash = batchHashes[entry] as number;
      const fingerprint = (hash >>> (32 - fingerprintBits)) & fingerprintMask;
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const found = table[slot] as number;
        if (found === 0) {
          table[slot] = (((index + 1) << fingerprintBits) | fingerprint) >>> 0;
          break;
        }
        if ((found & fingerprintMask) === fingerprint) {
          const other = (found >>> fingerprintBits) - 1;
          if (ids[other] === ids[index]) {
            pairs.push(index, other);
            break;
          }
        }
      }
    }
    batched = 0;
  };
  return {
    pairs,
    ids,
    add(index, id) {
      ids[index] = id;
      // Only where a list answered differently on a second read: the call fails anyway.
      if (added === room) return;
      added += 1;
      batchIndexes[batched] = index;
      batchHashes[batched] = hashOf(id);
      batched += 1;
      if (batched === batchIndexes.length) flush();
    },
    finish() {
      flush();
      return table.buffer;
    },
  };
}

/** What {@link readInstants} read. */
export interface Instants {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Every item's id, by index. */
  readonly ids: readonly string[];
  /**
   * Memory of at least 8 bytes per item that was used while reading and is free now: a caller
   * with a step of its own reuses it rather than allocate more memory outside the heap, which
   * makes V8 collect the whole heap when a call allocates much of it.
   */
  readonly spare: ArrayBuffer;
}

/**
 * An item as a visitor of {@link readInstants} sees it: checked, with its people as the first
 * `personCount` entries of `personIds`. It is the same object for every item, and `personIds` the
 * same list, so a visitor copies what it keeps; reading a million items then allocates nothing per
 * item.
 */
export interface VisitedItem extends CheckedItem {
  readonly personCount: number;
}

/** What a caller of {@link readInstants} sees of each item, once, in input order, until an item has a problem. */
export type Visit = (index: number, item: VisitedItem) => void;

/** The first entry of a list that is missing (or throws), as a first look at the list saw it. */
interface Stray {
  readonly index: number;
  readonly value: unknown;
  readonly thrown: boolean;
}

/**
 * The number of entries of `items` that are there (neither `undefined`, as holes read, nor
 * `null`), and the first that is not (or throws). It compares each entry without looking into it:
 * at a million items spread over the heap, looking at each object cost 40 ms of waiting for memory.
 */
function lookAt(items: readonly unknown[], count: number): { present: number; stray: Stray | undefined } {
  let present = 0;
  let stray: Stray | undefined;
  for (let index = 0; index < count; index += 1) {
    let item: unknown;
    try {
      item = items[index];
    } catch (error) {
      stray ??= { index, value: error, thrown: true };
      continue;
    }
    if (item !== undefined && item !== null) present += 1;
    else stray ??= { index, value: item, thrown: false };
  }
  return { present, stray };
}

/** The length of a list of items, or an error: no list, a length that cannot be read, or one above {@link MAX_ITEMS}. */
function lengthOf(items: unknown, locale: Locale): number {
  const refuse = (issue: KommunalIssue): never => {
    throw new KommunalValidationError([issue], { locale });
  };
  if (!isArray(items)) {
    // A revoked Proxy is no array to isArray: it says so rather than a TypeError.
    return refuse({ path: [], code: 'invalid_type', message: MESSAGES[locale].notAList(items) });
  }
  let count: number;
  try {
    count = items.length;
  } catch (error) {
    return refuse(unreadableIssue([], error, locale));
  }
  if (count > MAX_ITEMS) return refuse({ path: [], code: 'too_big', message: MESSAGES[locale].tooMany(count) });
  return count;
}

/**
 * Every item's instants in two typed arrays and its id, or a KommunalValidationError listing every
 * problem of every item (at most {@link MAX_ISSUES}, then a count of the rest): a list of more than
 * {@link MAX_ITEMS} entries, an entry that is no object (a hole of a sparse list too), an id that is
 * no non-empty text or repeats, a start or end that is no instant or lies outside the years
 * 1–9999, an end before the start, and fields of the wrong type (`personIds` a list of texts;
 * `venueId`, `room`, `municipalityId`, `exchangeId`, `measureId`, `title` texts; `endApproximate`
 * a boolean). An item that cannot be read (a getter or proxy trap that throws) is a problem of that
 * item.
 *
 * Each field of each item is read once; `visit` sees what was read, checked, so a caller needs
 * nothing else of the caller's items (see {@link Visit}). Before that, a first look at the list's
 * entries (not their fields) counts those that are there, so that memory is sized by the items
 * there are, not by the length a sparse list claims: a list with a missing entry (a hole,
 * `undefined`, `null`) fails, and its entries are then only checked, with nothing stored. What the
 * first look saw only decides that; an entry that answers differently when read again is judged by
 * the second answer (or by the first, if only the first was missing). `begin` learns the number of
 * items before the first visit, in a call that may succeed.
 */
export function readInstants(items: unknown, locale: Locale, visit?: Visit, begin?: (count: number) => void): Instants {
  const count = lengthOf(items, locale);
  const list = items as readonly unknown[];
  const { present, stray } = lookAt(list, count);
  const store = stray === undefined;
  if (store) begin?.(count);
  const issues = issueList();
  const duplicates = duplicateFinder(present, count, store ? new Array<string>(count) : []);
  const reader: ItemReader = {
    items: list,
    store,
    starts: new Float64Array(store ? count : 0),
    ends: new Float64Array(store ? count : 0),
    duplicates,
    issues,
    locale,
    // Once an item has a problem the call fails: what `visit` collects is no longer needed.
    visit: store ? visit : undefined,
    checked: {
      id: '',
      start: 0,
      end: 0,
      title: undefined,
      personIds: undefined,
      venueId: undefined,
      room: undefined,
      municipalityId: undefined,
      exchangeId: undefined,
      measureId: undefined,
      endApproximate: undefined,
      personCount: 0,
    },
    people: [],
  };
  for (let index = 0; index < count; index += 1) {
    const found = issues.total;
    try {
      if (!readItem(reader, index)) reader.visit = undefined;
    } catch (error) {
      reader.visit = undefined;
      // A getter or proxy trap of the caller's that throws: the item cannot be read. Its other
      // problems, if any were found before, stand in for this one.
      if (issues.total === found) issues.add([index], 'invalid_type', () => unreadableIssue([], error, locale).message);
    }
  }
  const spare = duplicates.finish();
  const { pairs, ids } = duplicates;
  if (issues.total === 0 && pairs.length === 0) {
    if (stray === undefined) return { starts: reader.starts, ends: reader.ends, ids, spare };
    // The first look found an entry that is no item, which answered as one when read again.
    issues.add([stray.index], 'invalid_type', () =>
      stray.thrown ? unreadableIssue([], stray.value, locale).message : MESSAGES[locale].notAnItem(stray.value),
    );
  }
  return throwListed(issues, pairs, ids, locale);
}

/**
 * Throws the problems found, item by item: the repeated ids (found in batches, in input order)
 * merged into the rest, an item's id before its other fields.
 */
function throwListed(issues: IssueList, pairs: readonly number[], ids: readonly string[], locale: Locale): never {
  const listed: KommunalIssue[] = [];
  const { kept } = issues;
  let next = 0;
  let pair = 0;
  while (listed.length < MAX_ISSUES && (next < kept.length || pair < pairs.length)) {
    const repeated = pair < pairs.length ? (pairs[pair] as number) : Number.POSITIVE_INFINITY;
    const other = next < kept.length ? ((kept[next] as KommunalIssue).path[0] as number) : Number.POSITIVE_INFINITY;
    if (repeated <= other) {
      listed.push({
        path: [repeated, 'id'],
        code: 'duplicate_id',
        message: MESSAGES[locale].duplicate(ids[repeated] as string, pairs[pair + 1] as number),
      });
      pair += 2;
    } else {
      listed.push(kept[next] as KommunalIssue);
      next += 1;
    }
  }
  const rest = issues.total - next + (pairs.length - pair) / 2;
  if (rest > 0) listed.push(tooManyIssues(rest, locale));
  throw new KommunalValidationError(listed, { locale });
}

/**
 * Every item, read and checked once (see {@link readInstants}): for functions that keep all of an
 * item's fields, where the few objects per item cost nothing that matters.
 */
export function readCheckedItems(items: unknown, locale: Locale): CheckedItem[] {
  const checked: CheckedItem[] = [];
  readInstants(items, locale, (_, item) => {
    checked.push({
      id: item.id,
      start: item.start,
      end: item.end,
      title: item.title,
      personIds: item.personIds?.slice(0, item.personCount),
      venueId: item.venueId,
      room: item.room,
      municipalityId: item.municipalityId,
      exchangeId: item.exchangeId,
      measureId: item.measureId,
      endApproximate: item.endApproximate,
    });
  });
  return checked;
}

/** A {@link VisitedItem} as {@link readItem} fills it in, once per item. */
type Scratch = { -readonly [Field in keyof VisitedItem]: VisitedItem[Field] };

/** The state of one {@link readInstants} call. */
interface ItemReader {
  readonly items: readonly unknown[];
  /** Whether instants are kept: not once the first look found an entry that is no item. */
  readonly store: boolean;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly duplicates: DuplicateFinder;
  readonly issues: IssueList;
  readonly locale: Locale;
  /** Until an item has a problem. */
  visit: Visit | undefined;
  readonly checked: Scratch;
  /** The entries of the item's `personIds`, as read: a list reused from item to item. */
  readonly people: string[];
}

/**
 * Reads one item, each field once: its instants into `starts` and `ends`, its problems into
 * `issues`, all of it to `visit`. `true` if it has no problem. Throws what a getter or proxy trap
 * of the caller's throws.
 */
function readItem(reader: ItemReader, index: number): boolean {
  const { issues, locale } = reader;
  const messages = MESSAGES[locale];
  const item: unknown = reader.items[index];
  if (typeof item !== 'object' || item === null) {
    // Holes of a sparse list are counted, not built: there may be ten million of them.
    if (issues.full) issues.skip();
    else issues.add([index], 'invalid_type', () => messages.notAnItem(item));
    return false;
  }
  const found = issues.total;
  const {
    id,
    start: startValue,
    end: endValue,
    personIds,
    venueId,
    room,
    municipalityId,
    exchangeId,
    measureId,
    title,
    endApproximate,
  } = item as ScheduleItem;
  if (typeof id !== 'string' || id === '') issues.add([index, 'id'], 'invalid_type', () => messages.noId(id, index));
  else reader.duplicates.add(index, id);
  const start = checkInstant(instant(startValue), startValue, index, 'start', issues, locale);
  const end = checkInstant(instant(endValue), endValue, index, 'end', issues, locale);
  if (end < start) {
    issues.add([index, 'end'], 'invalid_range', () => messages.endBeforeStart(nameOf(id, index, locale)));
  }
  if (reader.store) {
    reader.starts[index] = start;
    reader.ends[index] = end;
  }
  const personCount = personIds === undefined ? 0 : checkIds(id, index, personIds, reader.people, issues, locale);
  if (venueId !== undefined && typeof venueId !== 'string') notText(id, index, 'venueId', venueId, issues, locale);
  if (room !== undefined && typeof room !== 'string') notText(id, index, 'room', room, issues, locale);
  if (municipalityId !== undefined && typeof municipalityId !== 'string')
    notText(id, index, 'municipalityId', municipalityId, issues, locale);
  if (exchangeId !== undefined && typeof exchangeId !== 'string')
    notText(id, index, 'exchangeId', exchangeId, issues, locale);
  if (measureId !== undefined && typeof measureId !== 'string')
    notText(id, index, 'measureId', measureId, issues, locale);
  if (title !== undefined && typeof title !== 'string') notText(id, index, 'title', title, issues, locale);
  if (endApproximate !== undefined && typeof endApproximate !== 'boolean') {
    issues.add([index, 'endApproximate'], 'invalid_type', () =>
      messages.notBoolean('endApproximate', nameOf(id, index, locale), endApproximate),
    );
  }
  if (issues.total !== found) return false;
  const { visit, checked } = reader;
  if (visit !== undefined) {
    checked.id = id as string;
    checked.start = start;
    checked.end = end;
    checked.title = title;
    checked.personIds = personIds === undefined ? undefined : reader.people;
    checked.personCount = personCount;
    checked.venueId = venueId;
    checked.room = room;
    checked.municipalityId = municipalityId;
    checked.exchangeId = exchangeId;
    checked.measureId = measureId;
    checked.endApproximate = endApproximate;
    visit(index, checked);
  }
  return true;
}

/** `personIds`, which must be a list of texts: its entries copied into `people`, and their number (0 after adding the problem). */
function checkIds(
  id: unknown,
  index: number,
  personIds: unknown,
  people: string[],
  issues: IssueList,
  locale: Locale,
): number {
  const read = copyTexts(personIds, people);
  if (typeof read === 'number') return read;
  const item = nameOf(id, index, locale);
  const { at, value } = read;
  if (at === undefined) {
    issues.add([index, 'personIds'], 'invalid_type', () => MESSAGES[locale].notIds('personIds', item, value));
  } else {
    issues.add([index, 'personIds', at], 'invalid_type', () => MESSAGES[locale].notAnId('personIds', item, value));
  }
  return 0;
}

function notText(id: unknown, index: number, field: string, value: unknown, issues: IssueList, locale: Locale): void {
  issues.add([index, field], 'invalid_type', () => MESSAGES[locale].notText(field, nameOf(id, index, locale), value));
}

/** An instant read by {@link instant}, or NaN after adding the problem with it. */
function checkInstant(
  read: number | KommunalValidationError,
  value: unknown,
  index: number,
  field: 'start' | 'end',
  issues: IssueList,
  locale: Locale,
): number {
  if (typeof read === 'number') {
    if (Number.isNaN(read)) issues.add([index, field], 'invalid_time', () => MESSAGES[locale].badTime(value));
    else if (!isSupportedInstant(read)) {
      issues.add([index, field], 'invalid_date', () => MESSAGES[locale].unsupported(value));
      return Number.NaN;
    }
    return read;
  }
  // Why readTemporal refused it, in its words where they are in the caller's language.
  const issue = read.issues[0] as KommunalIssue;
  issues.add([index, field], issue.code, () => (locale === 'de' ? issue.message : MESSAGES[locale].badTime(value)));
  return Number.NaN;
}

/** Minutes since midnight of a time of day `HH:mm` from `00:00` to `24:00` (the end of the day), or undefined. */
export function clockMinutes(hhmm: unknown): number | undefined {
  const match = typeof hhmm === 'string' ? /^([01]\d|2[0-4]):([0-5]\d)$/.exec(hhmm) : null;
  if (!match || (match[1] === '24' && match[2] !== '00')) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}
