import {
  type KommunalIssue,
  type KommunalIssueCode,
  KommunalValidationError,
  MAX_ISSUES,
  moreIssuesMessage,
} from '../errors/KommunalValidationError.js';
import { isSupportedInstant } from '../time/calendar.js';
import { show } from '../time/quote.js';
import { readTemporal } from '../time/readTemporal.js';
import { type Locale, MESSAGES as VALIDATION_MESSAGES } from '../validate/messages.js';

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

/** A schedule item with its instants read, as the algorithms use it. */
export interface TimedItem {
  readonly item: ScheduleItem;
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** How a message names an item: by its id, or by its index when it has none. */
const nameOf = (id: unknown, index: number, locale: Locale) =>
  typeof id === 'string' && id !== '' ? show(id, locale) : locale === 'de' ? `bei Index ${index}` : `at index ${index}`;

const MESSAGES = {
  de: {
    notAList: (value: unknown) =>
      `${show(value, 'de')} ist keine Liste von Terminen: erwartet wird ein Array von Objekten mit id, start und end.`,
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
      `Das Feld ${field} des Termins ${item} muss eine Liste von Ids sein, nicht ${show(value, 'de')}.`,
    notAnId: (field: string, item: string, value: unknown) =>
      `Das Feld ${field} des Termins ${item} darf nur Ids (Texte) enthalten, nicht ${show(value, 'de')}.`,
    notText: (field: string, item: string, value: unknown) =>
      `Das Feld ${field} des Termins ${item} muss ein Text sein, nicht ${show(value, 'de')}.`,
    notBoolean: (field: string, item: string, value: unknown) =>
      `Das Feld ${field} des Termins ${item} muss true oder false sein, nicht ${show(value, 'de')}.`,
  },
  en: {
    notAList: (value: unknown) =>
      `${show(value, 'en')} is not a list of schedule items: expected an array of objects with id, start and end.`,
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
      `The field ${field} of the item ${item} must be a list of ids, not ${show(value, 'en')}.`,
    notAnId: (field: string, item: string, value: unknown) =>
      `The field ${field} of the item ${item} may only hold ids (strings), not ${show(value, 'en')}.`,
    notText: (field: string, item: string, value: unknown) =>
      `The field ${field} of the item ${item} must be a string, not ${show(value, 'en')}.`,
    notBoolean: (field: string, item: string, value: unknown) =>
      `The field ${field} of the item ${item} must be true or false, not ${show(value, 'en')}.`,
  },
} as const;

/** The issue that ends a shortened list: it counts the problems not listed. */
function tooManyIssues(rest: number, locale: Locale): KommunalIssue {
  return { path: [], code: 'too_many_issues', message: moreIssuesMessage(rest, locale) };
}

/**
 * Problems in input order, at most {@link MAX_ISSUES} kept: the rest are only counted, and their
 * messages never written.
 */
export interface IssueList {
  add(path: readonly (string | number)[], code: KommunalIssueCode, message: () => string): void;
  readonly kept: KommunalIssue[];
  /** How many were added, kept or not. */
  readonly total: number;
}

export function issueList(): IssueList {
  const kept: KommunalIssue[] = [];
  const list = {
    kept,
    total: 0,
    add: (path: readonly (string | number)[], code: KommunalIssueCode, message: () => string) => {
      list.total += 1;
      if (kept.length < MAX_ISSUES) kept.push({ path, code, message: message() });
    },
  };
  return list;
}

/** Throws the problems of an {@link IssueList}, if there are any. */
export function throwIssues(issues: IssueList, locale: Locale): void {
  const rest = issues.total - issues.kept.length;
  if (rest > 0) issues.kept.push(tooManyIssues(rest, locale));
  if (issues.kept.length > 0) throw new KommunalValidationError(issues.kept, { locale });
}

/**
 * An instant in milliseconds; NaN for what is none; or, for an ISO text that is almost one (a day
 * or an offset that does not exist, a year outside 1–9999), the error that says why.
 */
function instant(value: unknown): number | KommunalValidationError {
  if (typeof value === 'object' && value !== null) {
    // A Date's time from its internal slot: no getter or proxy trap of the caller's runs, a Date of
    // another realm counts, and an object that only claims to be a Date (its prototype) does not.
    try {
      return Date.prototype.getTime.call(value);
    } catch {
      return Number.NaN;
    }
  }
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

/**
 * Finds items whose id an earlier item has, from the ids' hashes: an open-addressing table in one
 * Uint32Array, so checking a million ids allocates one array instead of a million map entries.
 * Each entry holds an item's index and, in the bits the index leaves free, a fingerprint of its
 * hash, so that probing past other ids seldom reads those items. Items are added in batches, each
 * in a loop of its own: the table's reads at random are then independent of each other, and the
 * processor overlaps them. `pairs` collects (index, index of the first item with that id); the
 * table's memory is for the caller to reuse once all items are added.
 */
function duplicateFinder(
  items: readonly ScheduleItem[],
  count: number,
): {
  add: (index: number, id: string) => void;
  finish: () => ArrayBuffer;
  pairs: number[];
} {
  let capacity = 16;
  while (capacity < count * 2) capacity *= 2;
  const table = new Uint32Array(capacity);
  const mask = capacity - 1;
  const fingerprintBits = 32 - bitsOf(count);
  const fingerprintMask = 2 ** fingerprintBits - 1;
  const pairs: number[] = [];
  const batchIndexes = new Int32Array(256);
  const batchHashes = new Uint32Array(256);
  let batched = 0;
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
          if ((items[other] as ScheduleItem).id === (items[index] as ScheduleItem).id) {
            pairs.push(index, other);
            break;
          }
        }
      }
    }
    batched = 0;
  };
  const add = (index: number, id: string) => {
    batchIndexes[batched] = index;
    batchHashes[batched] = hashOf(id);
    batched += 1;
    if (batched === batchIndexes.length) flush();
  };
  const finish = () => {
    flush();
    return table.buffer;
  };
  return { add, finish, pairs };
}

/** What {@link readInstants} read. */
export interface Instants {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /**
   * Memory of at least 8 bytes per item that was used while reading and is free now: a caller
   * with a step of its own reuses it rather than allocate more memory outside the heap, which
   * makes V8 collect the whole heap when a call allocates much of it.
   */
  readonly spare: ArrayBuffer;
}

/**
 * Every item's instants in two typed arrays, or a KommunalValidationError listing every problem of
 * every item (at most {@link MAX_ISSUES}, then a count of the rest): an item that is no object, an
 * id that is no non-empty text or repeats, a start or end that is no instant or lies outside the
 * years 1–9999, an end before the start, and fields of the wrong type (`personIds` a list of
 * texts; `venueId`, `room`, `municipalityId`, `exchangeId`, `measureId`, `title` texts;
 * `endApproximate` a boolean). An item that cannot be read (a getter or proxy trap that throws) is
 * a problem of that item. `begin` learns the number of items before the first visit; `visit` sees
 * each item once, in input order, so a caller can read what else it needs in the same pass over
 * memory; once an item has a problem, it sees no more.
 */
export function readInstants(
  items: readonly ScheduleItem[],
  locale: Locale,
  visit?: Visit,
  begin?: (count: number) => void,
): Instants {
  const messages = MESSAGES[locale];
  let count: number;
  try {
    if (!Array.isArray(items)) {
      throw new KommunalValidationError([{ path: [], code: 'invalid_type', message: messages.notAList(items) }], {
        locale,
      });
    }
    count = items.length;
  } catch (error) {
    if (error instanceof KommunalValidationError) throw error;
    const message = VALIDATION_MESSAGES[locale].unreadable(error);
    throw new KommunalValidationError([{ path: [], code: 'invalid_type', message }], { locale });
  }
  begin?.(count);
  const issues = issueList();
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const duplicates = duplicateFinder(items, count);
  // Once an item has a problem the call fails: what `visit` collects is no longer needed.
  const reader: ItemReader = { items, starts, ends, duplicates, issues, locale, visit };
  for (let index = 0; index < count; index += 1) {
    const found = issues.total;
    try {
      if (!readItem(reader, index)) reader.visit = undefined;
    } catch (error) {
      if (error instanceof KommunalValidationError) throw error;
      reader.visit = undefined;
      // A getter or proxy trap of the caller's that throws: the item cannot be read. Its other
      // problems, if any were found before, stand in for this one.
      if (issues.total === found) {
        issues.add([index], 'invalid_type', () => VALIDATION_MESSAGES[locale].unreadable(error));
      }
    }
  }
  const buffer = duplicates.finish();
  const { pairs } = duplicates;
  if (issues.kept.length === 0 && pairs.length === 0) return { starts, ends, spare: buffer };
  // Item by item: the repeated ids (found in batches, in input order) merged into the rest, an
  // item's id before its other fields.
  const listed: KommunalIssue[] = [];
  const { kept } = issues;
  let next = 0;
  let pair = 0;
  while (listed.length < MAX_ISSUES && (next < kept.length || pair < pairs.length)) {
    const repeated = pair < pairs.length ? (pairs[pair] as number) : Number.POSITIVE_INFINITY;
    const other = next < kept.length ? ((kept[next] as KommunalIssue).path[0] as number) : Number.POSITIVE_INFINITY;
    if (repeated <= other) {
      const id = (items[repeated] as ScheduleItem).id;
      listed.push({
        path: [repeated, 'id'],
        code: 'duplicate_id',
        message: messages.duplicate(id, pairs[pair + 1] as number),
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
 * What a caller of {@link readInstants} reads of each item besides its instants, read once and
 * checked: the item's index, people, venue, room and municipality.
 */
export type Visit = (
  index: number,
  personIds: readonly string[] | undefined,
  venueId: string | undefined,
  room: string | undefined,
  municipalityId: string | undefined,
) => void;

/** The state of one {@link readInstants} call. */
interface ItemReader {
  readonly items: readonly ScheduleItem[];
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly duplicates: ReturnType<typeof duplicateFinder>;
  readonly issues: IssueList;
  readonly locale: Locale;
  /** Until an item has a problem. */
  visit: Visit | undefined;
}

/**
 * Reads one item, each field once: its instants into `starts` and `ends`, its problems into
 * `issues`, the rest to `visit`. `true` if it has no problem. Throws what a getter or proxy trap of
 * the caller's throws.
 */
function readItem(reader: ItemReader, index: number): boolean {
  const { issues, locale } = reader;
  const messages = MESSAGES[locale];
  const item: unknown = reader.items[index];
  if (typeof item !== 'object' || item === null) {
    issues.add([index], 'invalid_type', () => messages.notAnItem(item));
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
  reader.starts[index] = start;
  reader.ends[index] = end;
  if (personIds !== undefined) checkIds(id, index, personIds, issues, locale);
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
  reader.visit?.(index, personIds, venueId, room, municipalityId);
  return true;
}

/** `personIds`, which must be a list of texts. */
function checkIds(id: unknown, index: number, personIds: unknown, issues: IssueList, locale: Locale): void {
  if (!Array.isArray(personIds)) {
    issues.add([index, 'personIds'], 'invalid_type', () =>
      MESSAGES[locale].notIds('personIds', nameOf(id, index, locale), personIds),
    );
    return;
  }
  // The first entry that is no text is enough: a sparse array may claim billions of entries.
  for (let entry = 0; entry < personIds.length; entry += 1) {
    const personId: unknown = personIds[entry];
    if (typeof personId !== 'string') {
      issues.add([index, 'personIds', entry], 'invalid_type', () =>
        MESSAGES[locale].notAnId('personIds', nameOf(id, index, locale), personId),
      );
      return;
    }
  }
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

/** Every item with its instants read; see {@link readInstants}. */
export function timeItems(items: readonly ScheduleItem[], locale: Locale): TimedItem[] {
  const { starts, ends } = readInstants(items, locale);
  return items.map((item, index) => ({ item, index, start: starts[index] as number, end: ends[index] as number }));
}

/** Minutes since midnight of a time of day `HH:mm` from `00:00` to `24:00` (the end of the day), or undefined. */
export function clockMinutes(hhmm: unknown): number | undefined {
  const match = typeof hhmm === 'string' ? /^([01]\d|2[0-4]):([0-5]\d)$/.exec(hhmm) : null;
  if (!match || (match[1] === '24' && match[2] !== '00')) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}
