import { type KommunalIssue, KommunalValidationError, MAX_ISSUES } from '../errors/KommunalValidationError.js';
import { type Locale, unreadableIssue } from '../errors/options.js';
import { SCHEDULE_ITEM_MESSAGES } from '../i18n/scheduleItems.js';
import type { Place } from '../query/datasetIndex.js';
import { copyTexts, type IssueList, issueList, tooManyIssues } from '../query/readData.js';
import { dateMillis, isSupportedInstant } from '../time/calendar.js';
import { isArray, show } from '../time/quote.js';
import { readTemporal } from '../time/readTemporal.js';
import { IdTable } from './_lib/idTable.js';
import { keepShape } from './_lib/shapes.js';
import {
  type CheckedPeriod,
  type FieldMisfit,
  type HolidayLists,
  holidayLists,
  readPeriod,
  readPlace,
} from './itemPlace.js';

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
  /** Its Amtlicher Gemeindeschlüssel (8 digits): which local public holidays of its Land hold there. */
  readonly ags?: string | undefined;
  /** Names of local public holidays of its Land that do not hold there (see `Municipality.holidaysNotKept`). */
  readonly holidaysNotKept?: readonly string[] | undefined;
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
 * checked, its instants in milliseconds, `personIds` and `personNames` lists of texts, `place` and
 * `period` copies. The schedule functions use these and never look at the caller's item again, so
 * a getter or Proxy that answers differently on a second read has nothing to answer.
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
  /** The item's `place`, its zone by its canonical name. */
  readonly place: Place | undefined;
  /** As many names as `personIds` has entries. */
  readonly personNames: readonly string[] | undefined;
  readonly location: string | undefined;
  readonly period: CheckedPeriod | undefined;
}

/**
 * The most items a schedule function reads in one call: ten times the million of the bench, whose
 * items take about 570 MB of a caller's heap. A list claiming more is refused (`too_big`) before
 * anything is allocated for it.
 */
export const MAX_ITEMS = 10_000_000;

/** How a message names an item: by its id, or by its index when it has none. */
const nameOf = (id: unknown, index: number, locale: Locale) =>
  typeof id === 'string' && id !== '' ? show(id, locale) : SCHEDULE_ITEM_MESSAGES[locale].atIndex(index);

/** The sentence for an instant outside the years 1–9999 (UTC), naming the value it came from. */
export function unsupportedMessage(value: unknown, locale: Locale): string {
  return SCHEDULE_ITEM_MESSAGES[locale].unsupported(value);
}

/**
 * An instant in milliseconds; NaN for what is none; or, for an ISO text that is almost one (a day
 * or an offset that does not exist, a year outside 1–9999), the error that says why.
 */
function instant(value: unknown, locale: Locale): number | KommunalValidationError {
  // A Date's time from its internal slot: no getter or proxy trap of the caller's runs, a Date of
  // another realm counts, and an object that only claims to be a Date (its prototype) does not.
  if (typeof value === 'object' && value !== null) return dateMillis(value) ?? Number.NaN;
  // Not an instant without a time after the date: refused without the cost of an exception.
  if (typeof value !== 'string' || value.length < 16 || value.charCodeAt(10) !== 84 /* T */) return Number.NaN;
  try {
    const temporal = readTemporal(value, locale);
    return temporal.kind === 'instant' ? temporal.millis : Number.NaN;
  } catch (error) {
    if (error instanceof KommunalValidationError) return error;
    throw error;
  }
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
 * `personCount` entries of `personIds` (and their names, if given, of `personNames`). It is the
 * same object for every item, and the lists are the same lists, so a visitor copies what it keeps;
 * reading a million items then allocates nothing per item.
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
  const messages = SCHEDULE_ITEM_MESSAGES[locale];
  if (!isArray(items)) {
    // A revoked Proxy is no array to isArray: it says so rather than a TypeError.
    return refuse({ path: [], code: 'invalid_type', message: messages.notAList(items) });
  }
  let count: number;
  try {
    count = items.length;
  } catch (error) {
    return refuse(unreadableIssue([], error, locale));
  }
  if (count > MAX_ITEMS) {
    return refuse({ path: [], code: 'too_big', message: messages.tooMany(count, MAX_ITEMS) });
  }
  return count;
}

/**
 * Every item's instants in two typed arrays and its id, or a KommunalValidationError listing every
 * problem of every item (at most {@link MAX_ISSUES}, then a count of the rest): a list of more than
 * {@link MAX_ITEMS} entries, an entry that is no object (a hole of a sparse list too), an id that is
 * no non-empty text or repeats, a start or end that is no instant or lies outside the years
 * 1–9999, an end before the start, and fields of the wrong type (`personIds` and `personNames`
 * lists of texts, one name per person; `venueId`, `room`, `municipalityId`, `exchangeId`,
 * `measureId`, `title`, `location` texts; `endApproximate` a boolean; `place` and `period` as
 * {@link readPlace} and {@link readPeriod} read them). An item that cannot be read (a getter or
 * proxy trap that throws) is a problem of that item.
 *
 * Each field of each item is read once, and so is a `place` or `period` object that several items
 * share; `visit` sees what was read, checked, so a caller needs nothing else of the caller's items
 * (see {@link Visit}). Before that, a first look at the list's entries (not their fields) counts
 * those that are there, so that memory is sized by the items there are, not by the length a sparse
 * list claims: a list with a missing entry (a hole, `undefined`, `null`) fails, and its entries
 * are then only checked, with nothing stored. What the first look saw only decides that; an entry
 * that answers differently when read again is judged by the second answer (or by the first, if
 * only the first was missing). `begin` learns the number of items before the first visit, in a
 * call that may succeed.
 */
export function readInstants(items: unknown, locale: Locale, visit?: Visit, begin?: (count: number) => void): Instants {
  keepShape('IdTable', () => new IdTable(0, 0, []));
  keepShape('IssueList', issueList);
  const count = lengthOf(items, locale);
  const list = items as readonly unknown[];
  const { present, stray } = lookAt(list, count);
  const store = stray === undefined;
  if (store) begin?.(count);
  const issues = issueList();
  const duplicates = new IdTable(present, count, store ? new Array<string>(count) : []);
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
      place: undefined,
      personNames: undefined,
      location: undefined,
      period: undefined,
      personCount: 0,
    },
    people: [],
    names: [],
    places: new Map(),
    readPlace: placeReader(),
    periods: new Map(),
  };
  readItems(reader, count);
  const spare = duplicates.finish();
  const { pairs, ids } = duplicates;
  if (issues.total === 0 && pairs.length === 0) {
    if (stray === undefined) return { starts: reader.starts, ends: reader.ends, ids, spare };
    // The first look found an entry that is no item, which answered as one when read again.
    issues.add([stray.index], 'invalid_type', () =>
      stray.thrown
        ? unreadableIssue([], stray.value, locale).message
        : SCHEDULE_ITEM_MESSAGES[locale].notAnItem(stray.value),
    );
  }
  return throwListed(issues, pairs, ids, locale);
}

/**
 * Reads every item (see {@link readItem}). A loop of its own: V8 compiles it while it runs, and a
 * function that holds only the loop is not compiled again for what follows it, on every call.
 */
function readItems(reader: ItemReader, count: number): void {
  const { issues, locale } = reader;
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
        message: SCHEDULE_ITEM_MESSAGES[locale].duplicate(ids[repeated] as string, pairs[pair + 1] as number),
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
      place: item.place,
      personNames: item.personNames?.slice(0, item.personCount),
      location: item.location,
      period: item.period,
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
  readonly duplicates: IdTable;
  readonly issues: IssueList;
  readonly locale: Locale;
  /** Until an item has a problem. */
  visit: Visit | undefined;
  readonly checked: Scratch;
  /** The entries of the item's `personIds` and `personNames`, as read: lists reused from item to item. */
  readonly people: string[];
  readonly names: string[];
  /** `place` and `period` objects read so far, by identity: one that several items share is read once. */
  readonly places: Map<object, Place | FieldMisfit>;
  /** {@link readPlace} with the holiday lists read so far in this call. */
  readonly readPlace: (value: unknown) => Place | FieldMisfit;
  readonly periods: Map<object, CheckedPeriod | FieldMisfit>;
}

/** {@link readPlace} for one call: a list of holidays that several places share is read once. */
function placeReader(): (value: unknown) => Place | FieldMisfit {
  const lists: HolidayLists = holidayLists();
  return (value) => readPlace(value, lists);
}

/**
 * Reads one item, each field once: its instants into `starts` and `ends`, its problems into
 * `issues`, all of it to `visit`. `true` if it has no problem. Throws what a getter or proxy trap
 * of the caller's throws.
 */
function readItem(reader: ItemReader, index: number): boolean {
  const { issues, locale } = reader;
  const item: unknown = reader.items[index];
  if (typeof item !== 'object' || item === null) {
    // Holes of a sparse list are counted, not built: there may be ten million of them.
    if (issues.full) issues.skip();
    else issues.add([index], 'invalid_type', () => SCHEDULE_ITEM_MESSAGES[locale].notAnItem(item));
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
    place,
    personNames,
    location,
    period,
  } = item as ScheduleItem;
  if (typeof id !== 'string' || id === '') {
    issues.add([index, 'id'], 'invalid_type', () => SCHEDULE_ITEM_MESSAGES[locale].noId(id, index));
  } else reader.duplicates.add(index, id);
  const start = checkInstant(instant(startValue, locale), startValue, index, 'start', issues, locale);
  const end = checkInstant(instant(endValue, locale), endValue, index, 'end', issues, locale);
  if (end < start) {
    issues.add([index, 'end'], 'invalid_range', () =>
      SCHEDULE_ITEM_MESSAGES[locale].endBeforeStart(nameOf(id, index, locale)),
    );
  }
  if (reader.store) {
    reader.starts[index] = start;
    reader.ends[index] = end;
  }
  const personCount =
    personIds === undefined ? 0 : checkTexts(id, index, 'personIds', personIds, reader.people, issues, locale);
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
      SCHEDULE_ITEM_MESSAGES[locale].notBoolean('endApproximate', nameOf(id, index, locale), endApproximate),
    );
  }
  if (location !== undefined && typeof location !== 'string') notText(id, index, 'location', location, issues, locale);
  if (personNames !== undefined) checkNames(reader, id, index, personNames, personCount);
  const checkedPlace =
    place === undefined ? undefined : checkNested(reader, reader.places, reader.readPlace, place, id, index, 'place');
  const checkedPeriod =
    period === undefined ? undefined : checkNested(reader, reader.periods, readPeriod, period, id, index, 'period');
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
    checked.place = checkedPlace;
    checked.personNames = personNames === undefined ? undefined : reader.names;
    checked.location = location;
    checked.period = checkedPeriod;
    visit(index, checked);
  }
  return true;
}

/**
 * A list of texts (`personIds`, `personNames`): its entries copied into `into`, and their number (0
 * after adding the problem).
 */
function checkTexts(
  id: unknown,
  index: number,
  field: 'personIds' | 'personNames',
  value: unknown,
  into: string[],
  issues: IssueList,
  locale: Locale,
): number {
  const read = copyTexts(value, into);
  if (typeof read === 'number') return read;
  const item = nameOf(id, index, locale);
  const messages = SCHEDULE_ITEM_MESSAGES[locale];
  const { at, value: misfit } = read;
  if (at === undefined) {
    issues.add([index, field], 'invalid_type', () =>
      field === 'personIds' ? messages.notIds(field, item, misfit) : messages.notTexts(field, item, misfit),
    );
  } else {
    issues.add([index, field, at], 'invalid_type', () =>
      field === 'personIds' ? messages.notAnId(field, item, misfit) : messages.notText(`${field}[${at}]`, item, misfit),
    );
  }
  return 0;
}

/** `personNames`: a list of texts with one name per entry of `personIds`. */
function checkNames(reader: ItemReader, id: unknown, index: number, value: unknown, people: number): void {
  const { issues, locale } = reader;
  const found = issues.total;
  const names = checkTexts(id, index, 'personNames', value, reader.names, issues, locale);
  if (issues.total === found && names !== people) {
    issues.add([index, 'personNames'], 'invalid_value', () =>
      SCHEDULE_ITEM_MESSAGES[locale].namesPerPerson(nameOf(id, index, locale), names, people),
    );
  }
}

/**
 * An item's `place` or `period`, read by `read` unless an earlier item gave the same object (then
 * what was read of it is used again, problem included), or `undefined` after adding its problem.
 */
function checkNested<T extends object>(
  reader: ItemReader,
  known: Map<object, T | FieldMisfit>,
  read: (value: unknown) => T | FieldMisfit,
  value: unknown,
  id: unknown,
  index: number,
  field: 'place' | 'period',
): T | undefined {
  let checked = typeof value === 'object' && value !== null ? known.get(value) : undefined;
  if (checked === undefined) {
    checked = read(value);
    if (typeof value === 'object' && value !== null) known.set(value, checked);
  }
  if (!isMisfit(checked)) return checked;
  const { path, code, message } = checked;
  const { locale } = reader;
  reader.issues.add([index, field, ...path], code, () => message(nameOf(id, index, locale), locale));
  return undefined;
}

const isMisfit = (value: object): value is FieldMisfit => 'code' in value && 'message' in value && 'path' in value;

function notText(id: unknown, index: number, field: string, value: unknown, issues: IssueList, locale: Locale): void {
  issues.add([index, field], 'invalid_type', () =>
    SCHEDULE_ITEM_MESSAGES[locale].notText(field, nameOf(id, index, locale), value),
  );
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
    // The usual case first, with nothing else looked up: NaN is no supported instant either.
    if (isSupportedInstant(read)) return read;
    if (Number.isNaN(read)) {
      issues.add([index, field], 'invalid_time', () => SCHEDULE_ITEM_MESSAGES[locale].badTime(value));
      return read;
    }
    issues.add([index, field], 'invalid_date', () => SCHEDULE_ITEM_MESSAGES[locale].unsupported(value));
    return Number.NaN;
  }
  // Why readTemporal refused it, in its words.
  const issue = read.issues[0] as KommunalIssue;
  issues.add([index, field], issue.code, () => issue.message);
  return Number.NaN;
}
