import { bitsOf, type Visit } from './scheduleItem.js';

// The search behind detectConflicts, on numbers only: people, rooms and places become integers,
// instants become integer keys, and what is found is kept in parallel arrays. Objects and
// sentences are made afterwards, only for what was found.

/** Kinds as numbers while searching; the order is also the order of conflicts that tie otherwise. */
export const KINDS = [
  'person-double-booked',
  'venue-double-booked',
  'outside-exchange-period',
  'public-holiday',
  'travel-time',
  'weekend',
  'outside-working-hours',
] as const;
export const [PERSON, VENUE, OUTSIDE, HOLIDAY, TRAVEL, WEEKEND, HOURS] = [0, 1, 2, 3, 4, 5, 6] as const;

/**
 * An item's own conflicts (those of one item), as bits of one byte per item: found in input order
 * before the search, recorded by the search when it reaches the item in start order.
 */
export const [OWN_OUTSIDE, OWN_HOLIDAY, OWN_SATURDAY, OWN_SUNDAY, OWN_HOURS] = [1, 2, 4, 8, 16] as const;

/** What a search found, one entry per conflict across the arrays. */
export interface Findings {
  readonly kinds: number[];
  readonly firsts: number[];
  /** The second item, or -1 for a conflict of one item. */
  readonly seconds: number[];
  /** The person or room, or -1. */
  readonly resources: number[];
  /** A gap in ms, a weekday, an exchange id or a holiday's name and place. */
  readonly details: (string | number)[];
}

export function createFindings(): Findings {
  return { kinds: [], firsts: [], seconds: [], resources: [], details: [] };
}

/**
 * Adds a finding. A function of the module rather than a closure per call: the sweep's optimised
 * code would otherwise be thrown away on every call, for calling another function.
 */
export function record(
  findings: Findings,
  kind: number,
  first: number,
  second: number,
  resource: number,
  detail: string | number,
): void {
  findings.kinds.push(kind);
  findings.firsts.push(first);
  findings.seconds.push(second);
  findings.resources.push(resource);
  findings.details.push(detail);
}

/**
 * Records an item's own conflicts from its bits, in the order of their kinds; `true` once there
 * are more than `limit` findings.
 */
function recordOwn(findings: Findings, index: number, bits: number, limit: number): boolean {
  if ((bits & OWN_OUTSIDE) !== 0) {
    record(findings, OUTSIDE, index, -1, -1, 0);
    if (findings.kinds.length > limit) return true;
  }
  if ((bits & OWN_HOLIDAY) !== 0) {
    record(findings, HOLIDAY, index, -1, -1, 0);
    if (findings.kinds.length > limit) return true;
  }
  if ((bits & (OWN_SATURDAY | OWN_SUNDAY)) !== 0) {
    record(findings, WEEKEND, index, -1, -1, (bits & OWN_SATURDAY) !== 0 ? 6 : 0);
    if (findings.kinds.length > limit) return true;
  }
  if ((bits & OWN_HOURS) !== 0) {
    record(findings, HOURS, index, -1, -1, 0);
    if (findings.kinds.length > limit) return true;
  }
  return false;
}

/**
 * Small integers in the narrowest array that holds them: one or two bytes each while they fit,
 * four once one does not. A million items' bookings, counts and places then stay within what V8
 * allows outside the heap before it collects the caller's whole heap.
 */
type Narrow = Uint8Array | Uint16Array | Int16Array | Int32Array;

/** A copy of `array`, of the same type, with room for `length` entries. */
function grown<T extends Narrow | Uint32Array>(array: T, length: number): T {
  const larger = new (array.constructor as new (size: number) => T)(length);
  larger.set(array);
  return larger;
}

/** Items' people, rooms and places as numbers, and what the messages need of each item. */
export interface Resources {
  /** Per item: how many people and rooms it books. */
  readonly bookingCounts: Narrow;
  /** Per booking of a person or room by an item, in input order: the person or room. */
  readonly bookingResource: Narrow;
  /** What each resource number stands for: a person id or `venueId` / `venueId/room`. */
  readonly ids: readonly string[];
  /** Per resource: PERSON or VENUE. */
  readonly kinds: readonly number[];
  /** Per resource of kind VENUE: its venue's id and its room (empty for the venue's default room). */
  readonly venueIds: readonly string[];
  readonly rooms: readonly string[];
  /** Per item: its place (municipality) as a number, -1 for none. */
  readonly places: Narrow;
  /** Per place: its municipality's id. */
  readonly placeIds: readonly string[];
  /** Per item: its title, if it has one. */
  readonly titles: readonly (string | undefined)[];
  /** Per item: its exchange's id, if asked for (see {@link resourceReader}). */
  readonly exchangeIds: readonly (string | undefined)[];
}

/**
 * Numbers the people, rooms and places of items as a reader passes them in input order (where
 * items lie in memory), one booking per person or room of an item, and keeps each item's title
 * and, with `withExchanges`, its exchange: all the search and its messages read of an item.
 */
export function resourceReader(withExchanges: boolean): {
  /** Sizes the arrays for this many items, before the first visit. */
  begin: (size: number) => void;
  visit: Visit;
  finish: () => Resources;
} {
  const ids: string[] = [];
  const kinds: number[] = [];
  const venueIds: string[] = [];
  const rooms: string[] = [];
  // Per resource: the last item that booked it, so that one named twice in an item is one booking.
  const bookedBy: number[] = [];
  const people = new Map<string, number>();
  const roomsOf = new Map<string, Map<string, number>>();
  const places = new Map<string, number>();
  const placeIds: string[] = [];
  const numberOf = (map: Map<string, number>, key: string, id: string, kind: number, venueId: string) => {
    let number = map.get(key);
    if (number === undefined) {
      number = ids.length;
      map.set(key, number);
      ids.push(id);
      kinds.push(kind);
      venueIds.push(venueId);
      rooms.push(kind === VENUE ? key : '');
      bookedBy.push(-1);
    }
    return number;
  };
  let placeOf: Narrow = new Int16Array(0);
  let counts: Narrow = new Uint8Array(0);
  let bookingResource: Narrow = new Uint16Array(16);
  let titles: (string | undefined)[] = [];
  let exchangeIds: (string | undefined)[] = [];
  let booked = 0;
  const begin = (size: number) => {
    placeOf = new Int16Array(size);
    counts = new Uint8Array(size);
    // Room for 3 bookings per item before the array grows (up to three people and a room).
    bookingResource = new Uint16Array(Math.max(16, size * 3));
    titles = new Array(size);
    if (withExchanges) exchangeIds = new Array(size);
  };
  const book = (resource: number, index: number) => {
    // A person named twice in one item is one booking: one conflict per pair per resource.
    if (bookedBy[resource] === index) return;
    bookedBy[resource] = index;
    if (resource > 0xffff && bookingResource instanceof Uint16Array) bookingResource = Int32Array.from(bookingResource);
    if (booked === bookingResource.length) bookingResource = grown(bookingResource, Math.ceil(booked * 1.5));
    bookingResource[booked] = resource;
    booked += 1;
  };
  // Items come checked (see readInstants): of the types ScheduleItem declares.
  const visit: Visit = (index, { personIds, personCount, venueId, room, municipalityId, title, exchangeId }) => {
    const firstBooking = booked;
    if (personIds !== undefined) {
      for (let entry = 0; entry < personCount; entry += 1) {
        const personId = personIds[entry] as string;
        book(numberOf(people, personId, personId, PERSON, ''), index);
      }
    }
    if (venueId !== undefined) {
      let ofVenue = roomsOf.get(venueId);
      if (ofVenue === undefined) {
        ofVenue = new Map();
        roomsOf.set(venueId, ofVenue);
      }
      // No room and an empty one are the venue's one default room, under the venue's id.
      const roomKey = room ?? '';
      book(numberOf(ofVenue, roomKey, roomKey === '' ? venueId : `${venueId}/${roomKey}`, VENUE, venueId), index);
    }
    let place = municipalityId === undefined ? -1 : places.get(municipalityId);
    if (place === undefined) {
      place = placeIds.length;
      places.set(municipalityId as string, place);
      placeIds.push(municipalityId as string);
    }
    if (place > 0x7fff && placeOf instanceof Int16Array) placeOf = Int32Array.from(placeOf);
    placeOf[index] = place;
    const count = booked - firstBooking;
    if (count > 0xff && counts instanceof Uint8Array) counts = Int32Array.from(counts);
    counts[index] = count;
    titles[index] = title;
    if (withExchanges) exchangeIds[index] = exchangeId;
  };
  const finish = (): Resources => ({
    bookingCounts: counts,
    bookingResource: bookingResource.subarray(0, booked),
    ids,
    kinds,
    venueIds,
    rooms,
    places: placeOf,
    placeIds,
    titles,
    exchangeIds,
  });
  return { begin, visit, finish };
}

/**
 * Instants as unsigned 32-bit integer keys that order and compare exactly as the instants do, and
 * the way back to milliseconds. Where every start and end is a whole number of minutes (or
 * seconds, or milliseconds) after the earliest start and the span fits, a key is that count;
 * otherwise it is the instant's rank among all distinct starts and ends.
 */
interface TimeKeys {
  /** Per item, in the memory of `starts`, which it overwrites. */
  readonly startKeys: Uint32Array;
  /** Per item, in the memory of `ends`, which it overwrites. */
  readonly endKeys: Uint32Array;
  /** Bits needed for the largest start key. */
  readonly bits: number;
  /** A key's instant in milliseconds: `first + key * unit`, or `ranked[key]` when keys are ranks. */
  readonly first: number;
  readonly unit: number;
  readonly ranked?: Float64Array;
}

/** The instant of a key, in milliseconds. */
const millisOf = (keys: TimeKeys, key: number) =>
  keys.ranked === undefined ? keys.first + key * keys.unit : (keys.ranked[key] as number);

/**
 * Keys for the instants, written over them: the first half of each array's memory then holds
 * the keys, the second half is free.
 */
function timeKeys(starts: Float64Array, ends: Float64Array): TimeKeys {
  const count = starts.length;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  let lastStart = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < count; index += 1) {
    first = Math.min(first, starts[index] as number);
    lastStart = Math.max(lastStart, starts[index] as number);
    last = Math.max(last, ends[index] as number);
  }
  // Key `index` takes bytes 4·index to 4·index + 3, which belonged to instant ⌊index/2⌋: read
  // already when it is written.
  const startKeys = new Uint32Array(starts.buffer, starts.byteOffset, count);
  const endKeys = new Uint32Array(ends.buffer, ends.byteOffset, count);
  for (const unit of [60_000, 1000, 1]) {
    if (count === 0 || (last - first) / unit >= 2 ** 32) continue;
    // Whole multiples of the unit, tested by division: `%` on numbers beyond 32 bits is a call
    // into the runtime, twenty times slower.
    const whole = (value: number) => Math.floor((value - first) / unit) * unit === value - first;
    let aligned = true;
    for (let index = 0; index < count && aligned; index += 1) {
      aligned = whole(starts[index] as number) && whole(ends[index] as number);
    }
    if (!aligned) continue;
    for (let index = 0; index < count; index += 1) {
      startKeys[index] = ((starts[index] as number) - first) / unit;
      endKeys[index] = ((ends[index] as number) - first) / unit;
    }
    return { startKeys, endKeys, bits: bitsOf((lastStart - first) / unit), first, unit };
  }
  // More than 49 days at millisecond precision (instants are whole milliseconds): ranks.
  const values = new Float64Array(count * 2);
  values.set(starts);
  values.set(ends, count);
  values.sort();
  let distinct = 0;
  for (let index = 0; index < values.length; index += 1) {
    if (distinct === 0 || (values[index] as number) !== values[distinct - 1]) {
      values[distinct] = values[index] as number;
      distinct += 1;
    }
  }
  const rank = (value: number) => {
    let low = 0;
    let high = distinct - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((values[middle] as number) < value) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  let largest = 0;
  for (let index = 0; index < count; index += 1) {
    startKeys[index] = rank(starts[index] as number);
    endKeys[index] = rank(ends[index] as number);
    largest = Math.max(largest, startKeys[index] as number);
  }
  return { startKeys, endKeys, bits: bitsOf(largest), first: 0, unit: 0, ranked: values };
}

/** Keys and item numbers as parallel arrays. */
type Pairs = readonly [keys: Uint32Array, items: Uint32Array];

/**
 * Items in start order, ties in input order: a least-significant-digit radix sort of (start key,
 * item) pairs in passes of at most 8 bits. Each pass reads in order and writes to at most 256
 * places at a time, so its time grows linearly with the schedule, also once the arrays no longer
 * fit the processor's caches (wider digits spread writes over more memory pages than it can keep
 * track of at a million items). It allocates nothing: the pairs move between two buffers.
 */
function sortByStart(startKeys: Uint32Array, bits: number, buffers: readonly [Pairs, Pairs]): [Pairs, Pairs] {
  const count = startKeys.length;
  const passes = Math.max(1, Math.ceil(bits / 8));
  const digit = Math.ceil(bits / passes);
  const mask = 2 ** digit - 1;
  const counts = new Int32Array(mask + 1);
  let [target, free] = buffers;
  let source: Pairs | undefined;
  for (let pass = 0; pass < passes; pass += 1) {
    const shift = pass * digit;
    // The first pass reads the keys in input order, the item being the index.
    const keys = source === undefined ? startKeys : source[0];
    counts.fill(0);
    for (let entry = 0; entry < count; entry += 1) {
      const bucket = ((keys[entry] as number) >>> shift) & mask;
      counts[bucket] = (counts[bucket] as number) + 1;
    }
    let sum = 0;
    for (let bucket = 0; bucket <= mask; bucket += 1) {
      const size = counts[bucket] as number;
      counts[bucket] = sum;
      sum += size;
    }
    const [toKeys, toItems] = target;
    const items = source?.[1];
    for (let entry = 0; entry < count; entry += 1) {
      const key = keys[entry] as number;
      const bucket = (key >>> shift) & mask;
      const at = counts[bucket] as number;
      counts[bucket] = at + 1;
      toKeys[at] = key;
      toItems[at] = items === undefined ? entry : (items[entry] as number);
    }
    if (source !== undefined) free = source;
    source = target;
    target = free;
  }
  return [source as Pairs, target];
}

/** An item's start and end as the sweep saw them, for messages and their order. */
export interface Swept {
  startOf(index: number): number;
  endOf(index: number): number;
  /** Memory of one 32-bit integer per item that is free after the sweep. */
  readonly free: Int32Array;
  /**
   * Whether the sweep stopped at more than `limit` findings; the last finding is then the one
   * past the limit.
   */
  readonly truncated: boolean;
}

/** Items in start order, with what the sweep reads of them in the same order. */
interface Layout {
  /** Per position in start order: the item, its start and end keys, its place. */
  readonly itemAt: Uint32Array;
  readonly keyAt: Uint32Array;
  readonly endAt: Uint32Array;
  readonly placeAt: Int32Array;
  /** Per position: where its bookings begin in `resourceAt`. */
  readonly firstAt: Uint32Array;
  /** The person or room of each booking, in start order. */
  readonly resourceAt: Narrow;
  /** Per item: its position in start order. */
  readonly rankOf: Uint32Array;
  /** Per position: the item's own conflicts (OWN_… bits), if any were looked for. */
  readonly ownAt: Uint8Array | undefined;
}

/**
 * Sorts the items by start and lays out their ends, places and bookings in that order, each
 * gathered in a loop of its own: independent reads the processor can overlap, where reading them
 * while sweeping would wait for memory at every booking. Only the bookings take memory of their
 * own; everything else goes into the memory of `starts`, `ends` and `spare`.
 */
function layOut(
  starts: Float64Array,
  ends: Float64Array,
  spare: ArrayBuffer,
  resources: Resources,
  own: Uint8Array | undefined,
): { layout: Layout; keys: TimeKeys } {
  const count = starts.length;
  const { bookingCounts, bookingResource, places } = resources;
  const keys = timeKeys(starts, ends);
  const { startKeys, endKeys } = keys;
  const half = (buffer: ArrayBufferLike, byteOffset: number, part: number) =>
    new Uint32Array(buffer, byteOffset + part * count * 4, count);
  const [[keyAt, itemAt], [endAt, placeMemory]] = sortByStart(startKeys, keys.bits, [
    [half(spare, 0, 0), half(spare, 0, 1)],
    [half(starts.buffer, starts.byteOffset, 1), half(ends.buffer, ends.byteOffset, 1)],
  ]);
  const rankOf = startKeys;
  for (let rank = 0; rank < count; rank += 1) rankOf[itemAt[rank] as number] = rank;
  for (let rank = 0; rank < count; rank += 1) endAt[rank] = endKeys[itemAt[rank] as number] as number;
  const placeAt = new Int32Array(placeMemory.buffer, placeMemory.byteOffset, count);
  for (let rank = 0; rank < count; rank += 1) placeAt[rank] = places[itemAt[rank] as number] as number;
  const firstAt = endKeys;
  let bookings = 0;
  for (let rank = 0; rank < count; rank += 1) {
    const index = itemAt[rank] as number;
    firstAt[rank] = bookings;
    bookings += bookingCounts[index] as number;
  }
  const resourceAt = bookingResource instanceof Uint16Array ? new Uint16Array(bookings) : new Int32Array(bookings);
  for (let index = 0, from = 0; index < count; index += 1) {
    const to = from + (bookingCounts[index] as number);
    const at = (firstAt[rankOf[index] as number] as number) - from;
    for (let booking = from; booking < to; booking += 1) resourceAt[at + booking] = bookingResource[booking] as number;
    from = to;
  }
  let ownAt: Uint8Array | undefined;
  if (own !== undefined) {
    ownAt = new Uint8Array(count);
    for (let rank = 0; rank < count; rank += 1) ownAt[rank] = own[itemAt[rank] as number] as number;
  }
  return { layout: { itemAt, keyAt, endAt, placeAt, firstAt, resourceAt, rankOf, ownAt }, keys };
}

/** The bookings still running per person or room, as linked nodes in parallel arrays. */
interface Nodes {
  item: Uint32Array;
  start: Uint32Array;
  end: Uint32Array;
  next: Int32Array;
  used: number;
  unused: number;
}

function takeNode(nodes: Nodes): number {
  if (nodes.unused >= 0) {
    const node = nodes.unused;
    nodes.unused = nodes.next[node] as number;
    return node;
  }
  if (nodes.used === nodes.item.length) {
    const size = nodes.used * 2;
    nodes.item = grown(nodes.item, size);
    nodes.start = grown(nodes.start, size);
    nodes.end = grown(nodes.end, size);
    nodes.next = grown(nodes.next, size);
  }
  nodes.used += 1;
  return nodes.used - 1;
}

/**
 * One pass through time over the bookings in start order, keeping per person and room the
 * bookings still running (half-open intervals) and, for a person, the latest-ending booking and
 * its place. What it reads per booking lies in order in memory; what it reads at random is per
 * person and room, which is small. At each item it records the item's own conflicts, then those
 * with items that began before it; it stops, returning `true`, once it has more than `limit`.
 * The bookings still running of a person or room overlap each other pairwise (a moment is dropped
 * at the next booking), so their number is bounded by the conflicts recorded, and a booking
 * passes over a running one without a conflict only where it is a moment at that one's start.
 */
function sweep(
  layout: Layout,
  keys: TimeKeys,
  kindOf: readonly number[],
  travelBuffer: number,
  findings: Findings,
  limit: number,
): boolean {
  const { itemAt, keyAt, endAt, placeAt, firstAt, resourceAt, ownAt } = layout;
  const found = findings.kinds;
  const count = itemAt.length;
  const resourceCount = kindOf.length;
  const kinds = Uint8Array.from(kindOf);
  const head = new Int32Array(resourceCount).fill(-1);
  const latest = new Int32Array(resourceCount).fill(-1);
  const latestEnd = new Uint32Array(resourceCount);
  const latestPlace = new Int32Array(resourceCount);
  const nodes: Nodes = {
    item: new Uint32Array(64),
    start: new Uint32Array(64),
    end: new Uint32Array(64),
    next: new Int32Array(64),
    used: 0,
    unused: -1,
  };
  for (let rank = 0; rank < count; rank += 1) {
    const index = itemAt[rank] as number;
    const key = keyAt[rank] as number;
    const endKey = endAt[rank] as number;
    const place = placeAt[rank] as number;
    const last = rank + 1 < count ? (firstAt[rank + 1] as number) : resourceAt.length;
    if (ownAt !== undefined) {
      const bits = ownAt[rank] as number;
      if (bits !== 0 && recordOwn(findings, index, bits, limit)) return true;
    }
    for (let booking = firstAt[rank] as number; booking < last; booking += 1) {
      const resource = resourceAt[booking] as number;
      const kind = kinds[resource] as number;
      let previous = -1;
      let node = head[resource] as number;
      while (node >= 0) {
        const next = nodes.next[node] as number;
        if ((nodes.end[node] as number) > key) {
          if ((nodes.start[node] as number) < endKey) {
            record(findings, kind, nodes.item[node] as number, index, resource, 0);
            if (found.length > limit) return true;
          }
          previous = node;
        } else {
          if (previous < 0) head[resource] = next;
          else nodes.next[previous] = next;
          nodes.next[node] = nodes.unused;
          nodes.unused = node;
        }
        node = next;
      }
      node = takeNode(nodes);
      nodes.item[node] = index;
      nodes.start[node] = key;
      nodes.end[node] = endKey;
      nodes.next[node] = head[resource] as number;
      head[resource] = node;
      if (kind !== PERSON) continue;
      const before = latest[resource] as number;
      const beforeEnd = latestEnd[resource] as number;
      if (before >= 0 && beforeEnd <= key) {
        const gap = millisOf(keys, key) - millisOf(keys, beforeEnd);
        const fromPlace = latestPlace[resource] as number;
        if (gap < travelBuffer && fromPlace >= 0 && place >= 0 && fromPlace !== place) {
          record(findings, TRAVEL, before, index, resource, gap);
          if (found.length > limit) return true;
        }
      }
      if (before < 0 || endKey >= beforeEnd) {
        latest[resource] = index;
        latestEnd[resource] = endKey;
        latestPlace[resource] = place;
      }
    }
  }
  return false;
}

/**
 * Finds people and rooms booked twice and people with too little time between places: items
 * sorted by start, their bookings laid out in that order and swept once through time.
 *
 * `starts` and `ends` are overwritten: their memory holds keys and the sort's buffers, since
 * allocating more outside the heap than V8 allows without a collection would make it collect the
 * caller's whole heap. `spare` is free memory of at least 8 bytes per item. `own` holds each
 * item's own conflicts (OWN_… bits), recorded when the sweep reaches the item. The sweep stops once
 * it has found more than `limit` conflicts. The returned functions give an item's start and end in
 * milliseconds afterwards.
 */
export function sweepOverlaps(
  starts: Float64Array,
  ends: Float64Array,
  spare: ArrayBuffer,
  resources: Resources,
  travelBuffer: number,
  findings: Findings,
  own: Uint8Array | undefined,
  limit: number,
): Swept {
  const { layout, keys } = layOut(starts, ends, spare, resources, own);
  const truncated = sweep(layout, keys, resources.kinds, travelBuffer, findings, limit);
  const { rankOf, keyAt, endAt, placeAt } = layout;
  return {
    startOf: (index) => millisOf(keys, keyAt[rankOf[index] as number] as number),
    endOf: (index) => millisOf(keys, endAt[rankOf[index] as number] as number),
    free: placeAt,
    truncated,
  };
}
