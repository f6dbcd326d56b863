import { bitsOf } from '../_lib/growable.js';
import type { Free, Instants, Keyed, Read, TimeKeys } from './search.js';

// The third phase: instants become 32-bit keys that sort and compare as they do, written over the
// instants' own memory.

/** Whether every instant is a whole number of `unit` milliseconds since 1970. */
function aligned(values: Float64Array, unit: number): boolean {
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index] as number;
    // By division: `%` on numbers beyond 32 bits is a call into the runtime, twenty times slower.
    if (Math.floor(value / unit) * unit !== value) return false;
  }
  return true;
}

/** Keys counting `unit`s from `first`, written over the instants they come from. */
function countedKeys(values: Float64Array, keys: Uint32Array, first: number, unit: number): void {
  // Key `index` takes bytes 4·index to 4·index + 3, which belonged to instant ⌊index/2⌋: read
  // already when it is written.
  for (let index = 0; index < values.length; index += 1) keys[index] = ((values[index] as number) - first) / unit;
}

/** The distinct instants in order, in memory of their own: keys are ranks among them. */
function distinctInstants(starts: Float64Array, ends: Float64Array): Float64Array {
  const values = new Float64Array(starts.length * 2);
  values.set(starts);
  values.set(ends, starts.length);
  values.sort();
  let distinct = 0;
  for (let index = 0; index < values.length; index += 1) {
    if (distinct === 0 || (values[index] as number) !== values[distinct - 1]) {
      values[distinct] = values[index] as number;
      distinct += 1;
    }
  }
  return values.subarray(0, distinct);
}

/** Keys that are the instants' ranks among `ranked`, written over the instants. */
function rankedKeys(values: Float64Array, keys: Uint32Array, ranked: Float64Array): number {
  let largest = 0;
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index] as number;
    let low = 0;
    let high = ranked.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((ranked[middle] as number) < value) low = middle + 1;
      else high = middle;
    }
    keys[index] = low;
    largest = Math.max(largest, low);
  }
  return largest;
}

/** The keys of the instants, written over them; see {@link TimeKeys}. */
function timeKeys({ starts, ends }: Instants): TimeKeys {
  const count = starts.length;
  const startKeys = new Uint32Array(starts.buffer, starts.byteOffset, count);
  const endKeys = new Uint32Array(ends.buffer, ends.byteOffset, count);
  let first = Number.POSITIVE_INFINITY;
  let lastStart = Number.NEGATIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  // Whole minutes, the usual case, are checked in the same loop: one pass less on a first call,
  // which runs before V8 has compiled anything of it.
  let minutes = true;
  for (let index = 0; index < count; index += 1) {
    const start = starts[index] as number;
    const end = ends[index] as number;
    // Comparisons, not Math.min and Math.max: uncompiled, each of those is a call per instant.
    if (start < first) first = start;
    if (start > lastStart) lastStart = start;
    if (end > last) last = end;
    if (Math.floor(start / 60_000) * 60_000 !== start || Math.floor(end / 60_000) * 60_000 !== end) minutes = false;
  }
  for (const unit of [60_000, 1000, 1]) {
    if (count === 0 || (last - first) / unit >= 2 ** 32) continue;
    // Whole units since 1970 are whole units after the first start, which is one of them.
    if (unit === 60_000 ? !minutes : unit > 1 && !(aligned(starts, unit) && aligned(ends, unit))) continue;
    countedKeys(starts, startKeys, first, unit);
    countedKeys(ends, endKeys, first, unit);
    return { startKeys, endKeys, bits: bitsOf((lastStart - first) / unit), first, unit, ranked: undefined };
  }
  // More than 49 days at millisecond precision (instants are whole milliseconds): ranks.
  const ranked = distinctInstants(starts, ends);
  const largest = rankedKeys(starts, startKeys, ranked);
  rankedKeys(ends, endKeys, ranked);
  return { startKeys, endKeys, bits: bitsOf(largest), first: 0, unit: 0, ranked };
}

/** The instant of a key, in milliseconds. */
export function millisOf(keys: Omit<TimeKeys, 'startKeys' | 'endKeys'>, key: number): number {
  return keys.ranked === undefined ? keys.first + key * keys.unit : (keys.ranked[key] as number);
}

/**
 * Writes the keys of the instants over them (see {@link TimeKeys}): afterwards the search has keys
 * and the second halves of the instants' memory, free; the instants are gone.
 */
export function keyTimes(search: Read): asserts search is Read & Keyed {
  const { instants } = search;
  const keys = timeKeys(instants);
  const count = keys.startKeys.length;
  const half = (array: Float64Array): Free => new Uint32Array(array.buffer, array.byteOffset + count * 4, count);
  const next = search as unknown as { instants: Instants | undefined; keys: TimeKeys; halves: readonly [Free, Free] };
  next.halves = [half(instants.starts), half(instants.ends)];
  next.keys = keys;
  next.instants = undefined;
}
