import type { Narrow } from '../_lib/growable.js';
import type { Columns, Keyed, LaidOut, Layout, Read, Sorted } from './search.js';

// The fifth phase: what the sweep reads of each item, gathered into start order, each column in a
// loop of its own: independent reads the processor can overlap, where reading them while sweeping
// would wait for memory at every booking. Only the bookings take memory of their own; the rest goes
// into memory the keys and the sort leave.

/** Per position in start order: `from[itemAt[position]]`. */
function gather(itemAt: Uint32Array, from: Uint32Array, into: Uint32Array): void {
  for (let rank = 0; rank < itemAt.length; rank += 1) into[rank] = from[itemAt[rank] as number] as number;
}

/** The place of each item, in start order. */
function gatherPlaces(itemAt: Uint32Array, places: Narrow, into: Int32Array): void {
  for (let rank = 0; rank < itemAt.length; rank += 1) into[rank] = places[itemAt[rank] as number] as number;
}

/** The own conflicts of each item, in start order. */
function gatherOwn(itemAt: Uint32Array, own: Uint8Array): Uint8Array {
  const into = new Uint8Array(itemAt.length);
  for (let rank = 0; rank < itemAt.length; rank += 1) into[rank] = own[itemAt[rank] as number] as number;
  return into;
}

/** Per position: where the item's bookings begin among all bookings in start order. */
function firstBookings(itemAt: Uint32Array, counts: Narrow, into: Uint32Array): number {
  let bookings = 0;
  for (let rank = 0; rank < itemAt.length; rank += 1) {
    into[rank] = bookings;
    bookings += counts[itemAt[rank] as number] as number;
  }
  return bookings;
}

/** The bookings, moved from input order into start order. */
function bookingsInOrder(columns: Columns, rankOf: Uint32Array, firstAt: Uint32Array, total: number): Narrow {
  const { bookings, bookingCounts } = columns;
  const into = new (bookings.constructor as new (length: number) => Narrow)(total);
  for (let index = 0, from = 0; index < bookingCounts.length; index += 1) {
    const to = from + (bookingCounts[index] as number);
    const at = (firstAt[rankOf[index] as number] as number) - from;
    for (let booking = from; booking < to; booking += 1) into[at + booking] = bookings[booking] as number;
    from = to;
  }
  return into;
}

/**
 * Lays the items out in start order (see {@link Layout}): afterwards the start keys hold each
 * item's position, the end keys where its bookings begin, and the free memory its end and place.
 */
export function layOut(
  search: Read & Keyed & Sorted,
  own: Uint8Array | undefined,
): asserts search is Read & Keyed & Sorted & LaidOut {
  const { columns, keys, order, free } = search;
  const { itemAt } = order;
  const count = itemAt.length;
  const rankOf = keys.startKeys;
  for (let rank = 0; rank < count; rank += 1) rankOf[itemAt[rank] as number] = rank;
  const [endAt, placeMemory] = free;
  gather(itemAt, keys.endKeys, endAt);
  const placeAt = new Int32Array(placeMemory.buffer, placeMemory.byteOffset, count);
  gatherPlaces(itemAt, columns.places, placeAt);
  const firstAt = keys.endKeys;
  const total = firstBookings(itemAt, columns.bookingCounts, firstAt);
  const layout: Layout = {
    endAt,
    placeAt,
    firstAt,
    resourceAt: bookingsInOrder(columns, rankOf, firstAt, total),
    rankOf,
    ownAt: own === undefined ? undefined : gatherOwn(itemAt, own),
  };
  const next = search as unknown as { keys: unknown; free: unknown; layout: Layout };
  next.keys = { bits: keys.bits, first: keys.first, unit: keys.unit, ranked: keys.ranked };
  next.layout = layout;
  next.free = undefined;
}
