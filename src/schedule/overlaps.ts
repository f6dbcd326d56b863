import type { ScheduleItem } from './scheduleItem.js';

// The search behind detectConflicts, on numbers only: people, rooms and places become integers,
// items become positions in start order, and what is found is kept in parallel arrays. Objects
// and sentences are made afterwards, only for what was found.

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
  /** Per item: first resource, the room's resource (where the people end), the place (-1: none). */
  readonly meta: Int32Array;
  /** The items' resources one after the other; `meta` points into it. */
  readonly list: Int32Array;
  /** What each resource number stands for: a person id or `venueId` / `venueId/room`. */
  readonly ids: readonly string[];
}

/**
 * Numbers the people, rooms and places of items as a reader passes them in input order (where
 * items lie in memory), side by side per item so that one cache line serves a later read.
 */
export function resourceReader(size: number): {
  visit: (item: ScheduleItem, index: number) => void;
  finish: (count: number) => Resources;
} {
  const ids: string[] = [];
  const people = new Map<string, number>();
  const rooms = new Map<string, Map<string, number>>();
  const places = new Map<string, number>();
  const numberOf = (map: Map<string, number>, key: string, id: string) => {
    let number = map.get(key);
    if (number === undefined) {
      number = ids.length;
      map.set(key, number);
      ids.push(id);
    }
    return number;
  };
  const meta = new Int32Array(size * 3 + 1);
  let list = new Int32Array(Math.max(16, size * 3));
  let listed = 0;
  const add = (resource: number) => {
    if (listed === list.length) {
      const larger = new Int32Array(list.length * 2);
      larger.set(list);
      list = larger;
    }
    list[listed] = resource;
    listed += 1;
  };
  const visit = (item: ScheduleItem, index: number) => {
    const { personIds, venueId, room, municipalityId } = item;
    // Shapes TypeScript rules out are skipped here rather than crash; the types say what counts.
    meta[index * 3] = listed;
    if (Array.isArray(personIds)) {
      for (const personId of personIds) add(numberOf(people, personId, personId));
    }
    meta[index * 3 + 1] = listed;
    if (typeof venueId === 'string') {
      let ofVenue = rooms.get(venueId);
      if (ofVenue === undefined) {
        ofVenue = new Map();
        rooms.set(venueId, ofVenue);
      }
      add(numberOf(ofVenue, room ?? '', room === undefined ? venueId : `${venueId}/${room}`));
    }
    meta[index * 3 + 2] = municipalityId === undefined ? -1 : numberOf(places, municipalityId, municipalityId);
  };
  const finish = (count: number): Resources => {
    meta[count * 3] = listed;
    return { meta, list: list.subarray(0, listed), ids };
  };
  return { visit, finish };
}

/**
 * Item indexes in start order. Where every start is a whole second (the rule in practice), the
 * order comes from a numeric sort of packed keys (seconds since the earliest start × 2^21 + index),
 * several times faster than a sort with a comparator; otherwise from the comparator. Among equal
 * starts the order does not matter to the sweep.
 */
export function startOrder(starts: Float64Array): Int32Array {
  const count = starts.length;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  let wholeSeconds = true;
  for (const start of starts) {
    first = Math.min(first, start);
    last = Math.max(last, start);
  }
  for (const start of starts) wholeSeconds &&= (start - first) % 1000 === 0;
  const order = new Int32Array(count);
  if (wholeSeconds && count < 2 ** 21 && (last - first) / 1000 < 2 ** 31) {
    const keys = new Float64Array(count);
    for (let index = 0; index < count; index += 1)
      keys[index] = (((starts[index] as number) - first) / 1000) * 2 ** 21 + index;
    keys.sort();
    for (let position = 0; position < count; position += 1) order[position] = (keys[position] as number) % 2 ** 21;
    return order;
  }
  for (let index = 0; index < count; index += 1) order[index] = index;
  return order.sort((a, b) => (starts[a] as number) - (starts[b] as number) || a - b);
}

/**
 * Finds people and rooms booked twice and people with too little time between places: one sweep in
 * start order that keeps, per person and room, the items still running (half-open intervals) and,
 * per person, the latest-ending item so far.
 */
export function sweepOverlaps(
  starts: Float64Array,
  ends: Float64Array,
  resources: Resources,
  travelBuffer: number,
  findings: Findings,
): void {
  const count = starts.length;
  const { meta, list } = resources;
  const order = startOrder(starts);
  const { record } = findings;

  // Everything the sweep reads, gathered into start order once: the sweep then reads memory in
  // order, and the items it compares with are the ones it has just read (random access into large
  // arrays made the sweep's time grow faster than the schedule).
  const sortedStart = new Float64Array(count);
  const sortedEnd = new Float64Array(count);
  const sortedPlace = new Int32Array(count);
  const sortedFirst = new Int32Array(count + 1);
  const sortedRoomAt = new Int32Array(count);
  const slots = new Int32Array(list.length);
  const slotPosition = new Int32Array(list.length);
  let filled = 0;
  for (let position = 0; position < count; position += 1) {
    const index = order[position] as number;
    sortedStart[position] = starts[index] as number;
    sortedEnd[position] = ends[index] as number;
    const from = meta[index * 3] as number;
    const to = meta[index * 3 + 3] as number;
    sortedPlace[position] = meta[index * 3 + 2] as number;
    sortedFirst[position] = filled;
    sortedRoomAt[position] = filled + (meta[index * 3 + 1] as number) - from;
    for (let slot = from; slot < to; slot += 1) {
      slots[filled] = list[slot] as number;
      slotPosition[filled] = position;
      filled += 1;
    }
  }
  sortedFirst[count] = filled;

  // For each person and room, the items still running, as a linked list threaded through the
  // slots; for each person, the latest-ending item so far. Positions are places in start order.
  const nextSlot = new Int32Array(slots.length);
  const head = new Int32Array(resources.ids.length).fill(-1);
  const latest = new Int32Array(resources.ids.length).fill(-1);
  const sweep = (slot: number, kind: number) => {
    const resource = slots[slot] as number;
    const position = slotPosition[slot] as number;
    const start = sortedStart[position] as number;
    const end = sortedEnd[position] as number;
    let previous = -1;
    for (let current = head[resource] as number; current >= 0; ) {
      const following = nextSlot[current] as number;
      const other = slotPosition[current] as number;
      if ((sortedEnd[other] as number) <= start) {
        if (previous < 0) head[resource] = following;
        else nextSlot[previous] = following;
      } else {
        if ((sortedStart[other] as number) < end && other !== position) {
          record(kind, order[other] as number, order[position] as number, resource, 0);
        }
        previous = current;
      }
      current = following;
    }
    nextSlot[slot] = head[resource] as number;
    head[resource] = slot;
  };

  for (let position = 0; position < count; position += 1) {
    const roomAt = sortedRoomAt[position] as number;
    const start = sortedStart[position] as number;
    for (let slot = sortedFirst[position] as number; slot < roomAt; slot += 1) {
      sweep(slot, PERSON);
      const resource = slots[slot] as number;
      const before = latest[resource] as number;
      if (before >= 0 && before !== position && (sortedEnd[before] as number) <= start) {
        const gap = start - (sortedEnd[before] as number);
        const from = sortedPlace[before] as number;
        const to = sortedPlace[position] as number;
        if (gap < travelBuffer && from >= 0 && to >= 0 && from !== to) {
          record(TRAVEL, order[before] as number, order[position] as number, resource, gap);
        }
      }
      if (before < 0 || (sortedEnd[position] as number) >= (sortedEnd[before] as number)) latest[resource] = position;
    }
    if (roomAt < (sortedFirst[position + 1] as number)) sweep(roomAt, VENUE);
  }
}
