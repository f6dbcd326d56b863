import { fail, type KommunalIssue, KommunalValidationError } from '../errors/KommunalValidationError.js';
import { quote, show } from '../time/quote.js';
import { readTemporal } from '../time/readTemporal.js';
import type { Locale } from '../validate/messages.js';

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

const MESSAGES = {
  de: {
    notAnItem: (value: unknown) =>
      `${show(value, 'de')} ist kein Termin: erwartet wird ein Objekt mit id, start und end.`,
    noId: () => 'Der Termin hat keine Id: erwartet wird ein nicht leerer Text.',
    duplicate: (id: string, first: number) =>
      `Die Id ${show(id, 'de')} kommt mehrfach vor (zuerst bei Index ${first}).`,
    badTime: (value: unknown) =>
      `${show(value, 'de')} ist kein Zeitpunkt: erwartet wird ein Date oder ein ISO-Text mit Offset wie „2024-04-15T09:00+02:00“.`,
    endBeforeStart: (id: string) => `Der Termin ${show(id, 'de')} endet vor seinem Beginn.`,
  },
  en: {
    notAnItem: (value: unknown) =>
      `${show(value, 'en')} is not a schedule item: expected an object with id, start and end.`,
    noId: () => 'The item has no id: expected a non-empty string.',
    duplicate: (id: string, first: number) =>
      `The id ${show(id, 'en')} appears more than once (first at index ${first}).`,
    badTime: (value: unknown) =>
      `${show(value, 'en')} is not an instant: expected a Date or an ISO string with an offset like "2024-04-15T09:00+02:00".`,
    endBeforeStart: (id: string) => `The item ${show(id, 'en')} ends before it starts.`,
  },
} as const;

function instant(value: unknown): number | undefined {
  if (value instanceof Date) {
    const millis = value.getTime();
    return Number.isNaN(millis) ? undefined : millis;
  }
  if (typeof value !== 'string') return undefined;
  try {
    const temporal = readTemporal(value);
    return temporal.kind === 'instant' ? temporal.millis : undefined;
  } catch {
    return undefined;
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
function duplicateFinder(items: readonly ScheduleItem[]): {
  add: (index: number, id: string) => void;
  finish: () => ArrayBuffer;
  pairs: number[];
} {
  const count = items.length;
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
 * Every item's instants in two typed arrays, or a KommunalValidationError listing every malformed
 * item. `visit` sees each item once, in input order, so a caller can read what else it needs in
 * the same pass over memory.
 */
export function readInstants(
  items: readonly ScheduleItem[],
  locale: Locale,
  visit?: (item: ScheduleItem, index: number) => void,
): Instants {
  const messages = MESSAGES[locale];
  if (!Array.isArray(items)) {
    throw new KommunalValidationError([{ path: [], code: 'invalid_type', message: messages.notAnItem(items) }]);
  }
  const issues: KommunalIssue[] = [];
  const starts = new Float64Array(items.length);
  const ends = new Float64Array(items.length);
  const duplicates = duplicateFinder(items);
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    if (typeof item !== 'object' || item === null) {
      issues.push({ path: [index], code: 'invalid_type', message: messages.notAnItem(item) });
      continue;
    }
    if (typeof item.id !== 'string' || item.id === '') {
      issues.push({ path: [index, 'id'], code: 'invalid_type', message: messages.noId() });
    } else {
      duplicates.add(index, item.id);
    }
    const start = instant(item.start);
    const end = instant(item.end);
    if (start === undefined)
      issues.push({ path: [index, 'start'], code: 'invalid_time', message: messages.badTime(item.start) });
    if (end === undefined)
      issues.push({ path: [index, 'end'], code: 'invalid_time', message: messages.badTime(item.end) });
    if (start !== undefined && end !== undefined && end < start) {
      issues.push({ path: [index, 'end'], code: 'invalid_range', message: messages.endBeforeStart(String(item.id)) });
    }
    starts[index] = start ?? 0;
    ends[index] = end ?? 0;
    visit?.(item, index);
  }
  const buffer = duplicates.finish();
  const { pairs } = duplicates;
  for (let pair = 0; pair < pairs.length; pair += 2) {
    const index = pairs[pair] as number;
    const id = (items[index] as ScheduleItem).id;
    issues.push({
      path: [index, 'id'],
      code: 'duplicate_id',
      message: messages.duplicate(id, pairs[pair + 1] as number),
    });
  }
  if (issues.length > 0) {
    // Item by item, and an item's id before its times.
    const order = (issue: KommunalIssue) => (issue.path[0] as number) * 2 + (issue.path[1] === 'id' ? 0 : 1);
    throw new KommunalValidationError(issues.sort((a, b) => order(a) - order(b)));
  }
  return { starts, ends, spare: buffer };
}

/** Every item with its instants read; see {@link readInstants}. */
export function timeItems(items: readonly ScheduleItem[], locale: Locale): TimedItem[] {
  const { starts, ends } = readInstants(items, locale);
  return items.map((item, index) => ({ item, index, start: starts[index] as number, end: ends[index] as number }));
}

/** Minutes since midnight of a time of day `HH:mm` (`24:00` is the end of the day), for working hours. */
export function minuteOfDay(hhmm: string, what: string): number {
  const match = typeof hhmm === 'string' ? /^([01]\d|2[0-4]):([0-5]\d)$/.exec(hhmm) : null;
  if (!match || (match[1] === '24' && match[2] !== '00')) {
    fail('invalid_time', `${quote(hhmm)} ist keine Uhrzeit für ${what}: erwartet wird „HH:mm“.`);
  }
  return Number(match[1]) * 60 + Number(match[2]);
}
