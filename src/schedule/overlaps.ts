import { bitsOf, type ScheduleItem } from './scheduleItem.js';

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
  record(kind: number, first: number, second: number, resource: number, detail: string | number): void;
}

export function createFindings(): Findings {
  const findings: Findings = {
    kinds: [],
    firsts: [],
    seconds: [],
    resources: [],
    details: [],
    record: (kind, first, second, resource, detail) => {
      findings.kinds.push(kind);
      findings.firsts.push(first);
      findings.seconds.push(second);
      findings.resources.push(resource);
      findings.details.push(detail);
    },
  };
  return findings;
}

/** Items' people, rooms and places as numbers. */
export interface Resources {
  /** Per booking of a person or room by an item, in input order: the item. */
  readonly bookingItem: Int32Array;
  /** Per booking: the person or room. */
  readonly bookingResource: Int32Array;
  /** What each resource number stands for: a person id or `venueId` / `venueId/room`. */
  readonly ids: readonly string[];
  /** Per resource: PERSON or VENUE. */
  readonly kinds: readonly number[];
  /** Per item: its place (municipality) as a number, -1 for none. */
  readonly places: Int32Array;
}

/**
 * Numbers the people, rooms and places of items as a reader passes them in input order (where
 * items lie in memory), one booking per person or room of an item.
 */
export function resourceReader(size: number): {
  visit: (item: ScheduleItem, index: number) => void;
  finish: () => Resources;
} {
  const ids: string[] = [];
  const kinds: number[] = [];
  const people = new Map<string, number>();
  const rooms = new Map<string, Map<string, number>>();
  const places = new Map<string, number>();
  const numberOf = (map: Map<string, number>, key: string, id: string, kind: number) => {
    let number = map.get(key);
    if (number === undefined) {
      number = ids.length;
      map.set(key, number);
      ids.push(id);
      kinds.push(kind);
    }
    return number;
  };
  const placeOf = new Int32Array(size);
  // Room for 2.5 bookings per item before the arrays grow (two people and a room on most items).
  let bookingItem = new Int32Array(Math.max(16, Math.ceil(size * 2.5)));
  let bookingResource = new Int32Array(bookingItem.length);
  let booked = 0;
  const book = (index: number, resource: number, firstBooking: number) => {
    // A person named twice in one item is one booking: one conflict per pair per resource.
    for (let booking = firstBooking; booking < booked; booking += 1) if (bookingResource[booking] === resource) return;
    if (booked === bookingItem.length) {
      const larger = Math.ceil(booked * 1.5);
      const items = new Int32Array(larger);
      items.set(bookingItem);
      bookingItem = items;
      const resources = new Int32Array(larger);
      resources.set(bookingResource);
      bookingResource = resources;
    }
    bookingItem[booked] = index;
    bookingResource[booked] = resource;
    booked += 1;
  };
  const visit = (item: ScheduleItem, index: number) => {
    const { personIds, venueId, room, municipalityId } = item;
    const firstBooking = booked;
    // Shapes TypeScript rules out are skipped here rather than crash; the types say what counts.
    if (Array.isArray(personIds)) {
      for (const personId of personIds) book(index, numberOf(people, personId, personId, PERSON), firstBooking);
    }
    if (typeof venueId === 'string') {
      let ofVenue = rooms.get(venueId);
      if (ofVenue === undefined) {
        ofVenue = new Map();
        rooms.set(venueId, ofVenue);
      }
      const resource = numberOf(ofVenue, room ?? '', room === undefined ? venueId : `${venueId}/${room}`, VENUE);
      book(index, resource, firstBooking);
    }
    let place = municipalityId === undefined ? -1 : places.get(municipalityId);
    if (place === undefined) {
      place = places.size;
      places.set(municipalityId as string, place);
    }
    placeOf[index] = place;
  };
  const finish = (): Resources => ({
    bookingItem: bookingItem.subarray(0, booked),
    bookingResource: bookingResource.subarray(0, booked),
    ids,
    kinds,
    places: placeOf,
  });
  return { visit, finish };
}

/**
 * Instants as unsigned 32-bit integer keys that order and compare exactly as the instants do, and
 * the milliseconds between two keys. Where every start and end is a whole number of minutes (or
 * seconds, or milliseconds) after the earliest start and the span fits, a key is that count;
 * otherwise it is the instant's rank among all distinct starts and ends.
 */
interface TimeKeys {
  readonly startKeys: Uint32Array;
  readonly endKeys: Uint32Array;
  /** Bits needed for the largest start key. */
  readonly bits: number;
  /** Milliseconds from the instant of key `from` to the instant of key `to`. */
  between(from: number, to: number): number;
}

function timeKeys(starts: Float64Array, ends: Float64Array, spare: ArrayBuffer): TimeKeys {
  const count = starts.length;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  let lastStart = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < count; index += 1) {
    first = Math.min(first, starts[index] as number);
    lastStart = Math.max(lastStart, starts[index] as number);
    last = Math.max(last, ends[index] as number);
  }
  // In memory the caller no longer needs (at least 8 bytes per item), not in memory of their own.
  const startKeys = new Uint32Array(spare, 0, count);
  const endKeys = new Uint32Array(spare, count * 4, count);
  for (const unit of [60_000, 1000, 1]) {
    if (count === 0 || (last - first) / unit >= 2 ** 32) continue;
    let aligned = true;
    for (let index = 0; index < count && aligned; index += 1) {
      aligned = ((starts[index] as number) - first) % unit === 0 && ((ends[index] as number) - first) % unit === 0;
    }
    if (!aligned) continue;
    for (let index = 0; index < count; index += 1) {
      startKeys[index] = ((starts[index] as number) - first) / unit;
      endKeys[index] = ((ends[index] as number) - first) / unit;
    }
    return { startKeys, endKeys, bits: bitsOf((lastStart - first) / unit), between: (from, to) => (to - from) * unit };
  }
  // Fractions of a millisecond, or more than 49 days at millisecond precision: ranks.
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
  return {
    startKeys,
    endKeys,
    bits: bitsOf(largest),
    between: (from, to) => (values[to] as number) - (values[from] as number),
  };
}

/** Bookings as parallel arrays: the item and the person or room. */
interface Bookings {
  readonly item: Int32Array;
  readonly resource: Int32Array;
}

/**
 * One stable counting pass of a least-significant-digit radix sort: bookings from `source` into
 * `target`, by the digit at `shift` of their item's start key, or of their resource.
 */
function radixPass(
  source: Bookings,
  target: Bookings,
  startKeys: Uint32Array | undefined,
  shift: number,
  mask: number,
) {
  const { item, resource } = source;
  const size = item.length;
  const toItem = target.item;
  const toResource = target.resource;
  const keyOf = (entry: number) =>
    startKeys === undefined ? (resource[entry] as number) : (startKeys[item[entry] as number] as number);
  const counts = new Int32Array(mask + 1);
  for (let entry = 0; entry < size; entry += 1) {
    const bucket = (keyOf(entry) >>> shift) & mask;
    counts[bucket] = (counts[bucket] as number) + 1;
  }
  let sum = 0;
  for (let bucket = 0; bucket <= mask; bucket += 1) {
    const bucketSize = counts[bucket] as number;
    counts[bucket] = sum;
    sum += bucketSize;
  }
  for (let entry = 0; entry < size; entry += 1) {
    const bucket = (keyOf(entry) >>> shift) & mask;
    const at = counts[bucket] as number;
    counts[bucket] = at + 1;
    toItem[at] = item[entry] as number;
    toResource[at] = resource[entry] as number;
  }
}

/**
 * Sorts bookings by person or room, then start, ties in input order: a least-significant-digit
 * radix sort, first over the start keys, then over the resource numbers, in passes of at most 10
 * bits. Each pass writes to at most 1,024 places at a time, so the time grows linearly with the
 * schedule, also once it no longer fits the processor's cache, where a comparison sort would not.
 * Two arrays of four bytes per booking are all it allocates.
 */
function sortBookings(unsorted: Bookings, keys: TimeKeys, resourceCount: number): Bookings {
  let source = unsorted;
  let target: Bookings = { item: new Int32Array(unsorted.item.length), resource: new Int32Array(unsorted.item.length) };
  for (const [startKeys, bits] of [
    [keys.startKeys, keys.bits],
    [undefined, bitsOf(resourceCount - 1)],
  ] as const) {
    const passes = Math.ceil(bits / 10);
    const digit = Math.ceil(bits / Math.max(1, passes));
    for (let pass = 0; pass < passes; pass += 1) {
      radixPass(source, target, startKeys, pass * digit, 2 ** digit - 1);
      [source, target] = [target, source];
    }
  }
  return source;
}

/**
 * Finds people and rooms booked twice and people with too little time between places: the
 * bookings sorted by person or room, then start, and swept in that order, keeping per person and
 * room the bookings still running (half-open intervals) and, for a person, the latest-ending one.
 */
export function sweepOverlaps(
  starts: Float64Array,
  ends: Float64Array,
  spare: ArrayBuffer,
  resources: Resources,
  travelBuffer: number,
  findings: Findings,
): void {
  const { bookingItem, bookingResource, places, kinds } = resources;
  const keys = timeKeys(starts, ends, spare);
  // The reader's arrays are one of the sort's two buffers: nothing reads them afterwards.
  const sorted = sortBookings({ item: bookingItem, resource: bookingResource }, keys, kinds.length);
  const { item, resource: resourceOf } = sorted;
  const { startKeys, endKeys } = keys;

  const { record } = findings;
  // The bookings of the current person or room still running at the current start.
  let running = new Uint32Array(3 * 64);
  let runningCount = 0;
  let latest = -1;
  let latestEnd = 0;
  for (let booking = 0; booking < item.length; booking += 1) {
    const resource = resourceOf[booking] as number;
    if (booking === 0 || resource !== resourceOf[booking - 1]) {
      runningCount = 0;
      latest = -1;
    }
    const kind = kinds[resource] as number;
    const index = item[booking] as number;
    const key = startKeys[index] as number;
    const endKey = endKeys[index] as number;
    // Running bookings as (item, start key, end key) triples.
    let kept = 0;
    for (let at = 0; at < runningCount * 3; at += 3) {
      const otherEnd = running[at + 2] as number;
      if (otherEnd > key) {
        const other = running[at] as number;
        const otherStart = running[at + 1] as number;
        running[kept] = other;
        running[kept + 1] = otherStart;
        running[kept + 2] = otherEnd;
        kept += 3;
        if (otherStart < endKey) record(kind, other, index, resource, 0);
      }
    }
    if (kept === running.length) {
      const larger = new Uint32Array(running.length * 2);
      larger.set(running);
      running = larger;
    }
    running[kept] = index;
    running[kept + 1] = key;
    running[kept + 2] = endKey;
    runningCount = kept / 3 + 1;
    if (kind !== PERSON) continue;
    if (latest >= 0 && latestEnd <= key) {
      const gap = keys.between(latestEnd, key);
      const fromPlace = places[latest] as number;
      const toPlace = places[index] as number;
      if (gap < travelBuffer && fromPlace >= 0 && toPlace >= 0 && fromPlace !== toPlace) {
        record(TRAVEL, latest, index, resource, gap);
      }
    }
    if (latest < 0 || endKey >= latestEnd) {
      latest = index;
      latestEnd = endKey;
    }
  }
}
