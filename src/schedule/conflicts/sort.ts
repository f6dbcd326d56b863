import type { Free, Keyed, Order, Read, Sorted } from './search.js';

// The fourth phase: items in start order, ties in input order.

/** Keys and item numbers as parallel arrays. */
type Pairs = readonly [keys: Uint32Array, items: Uint32Array];

/** Counts per digit of `keys`, turned into where each digit's first entry goes. */
function bucketStarts(keys: Uint32Array, shift: number, mask: number, counts: Int32Array): void {
  counts.fill(0);
  for (let entry = 0; entry < keys.length; entry += 1) {
    const bucket = ((keys[entry] as number) >>> shift) & mask;
    counts[bucket] = (counts[bucket] as number) + 1;
  }
  let sum = 0;
  for (let bucket = 0; bucket <= mask; bucket += 1) {
    const size = counts[bucket] as number;
    counts[bucket] = sum;
    sum += size;
  }
}

/**
 * One pass: pairs moved by the digit at `shift`. The first pass reads the keys in input order, where
 * each item is its own index (`items` is `undefined`); later ones read the pairs of the last.
 */
function pass(
  keys: Uint32Array,
  items: Uint32Array | undefined,
  shift: number,
  mask: number,
  counts: Int32Array,
  [toKeys, toItems]: Pairs,
): void {
  bucketStarts(keys, shift, mask, counts);
  for (let entry = 0; entry < keys.length; entry += 1) {
    const key = keys[entry] as number;
    const bucket = (key >>> shift) & mask;
    const at = counts[bucket] as number;
    counts[bucket] = at + 1;
    toKeys[at] = key;
    toItems[at] = items === undefined ? entry : (items[entry] as number);
  }
}

/**
 * Sorts the items by start key: a least-significant-digit radix sort of (start key, item) pairs in
 * passes of at most 8 bits. Each pass reads in order and writes to at most 256 places at a time, so
 * its time grows linearly with the schedule, also once the arrays no longer fit the processor's
 * caches (wider digits spread writes over more memory pages than it can keep track of at a million
 * items). It allocates nothing: the pairs move between the spare memory (8 bytes per item) and the
 * free halves of the instants' memory; the other of the two is free afterwards, and so are the
 * start keys, which the first pass reads.
 */
export function sortByStart(search: Read & Keyed): asserts search is Read & Keyed & Sorted {
  const { keys, halves, spare } = search;
  const { startKeys, bits } = keys;
  const count = startKeys.length;
  const inSpare = (part: number): Free => new Uint32Array(spare, part * count * 4, count);
  let target: Pairs = [inSpare(0), inSpare(1)];
  let free: Pairs = halves;
  const passes = Math.max(1, Math.ceil(bits / 8));
  const digit = Math.ceil(bits / passes);
  const mask = 2 ** digit - 1;
  const counts = new Int32Array(mask + 1);
  pass(startKeys, undefined, 0, mask, counts, target);
  for (let next = 1; next < passes; next += 1) {
    pass(target[0], target[1], next * digit, mask, counts, free);
    [target, free] = [free, target];
  }
  const order: Order = { keyAt: target[0], itemAt: target[1] };
  const next = search as unknown as { halves: unknown; spare: unknown; order: Order; free: readonly [Free, Free] };
  next.order = order;
  next.free = free;
  next.halves = undefined;
  next.spare = undefined;
}
