import { tzOffset } from '@date-fns/tz/tzOffset';
import { remember } from './boundedCache.js';
import { DAY } from './calendar.js';
import { assertTimeZone } from './canonicalTimeZone.js';

// Asking Intl for an offset costs about as much as formatting a whole date, and offsets change
// only at a few transitions a year. So, per zone and per bucket of about 13 months, the transitions
// are found once (sampled every 3 days, then pinned to the second by bisection) and every later
// lookup is a scan of at most a few numbers. Since 1970 the shortest-lived offset in the tz
// database lasted 7 days (America/Boa_Vista, October 2000); before 1970 some lasted less, and
// there the history is irregular anyway, so older instants ask Intl directly. The test suite
// checks this cache against Intl for every zone the runtime knows.
const BUCKET = 2 ** 35; // ms, about 397.7 days
const SAMPLES = 133; // a sample every 2.99 days
const STEP = Math.floor(BUCKET / SAMPLES);
const MAX_BUCKETS = 10_000;
// More zones than the tz database has (about 600 names, links included), so only a flood of
// names from outside ever evicts one; buckets are bounded by MAX_BUCKETS across all zones.
const MAX_ZONES = 1000;
const CACHED_FROM = 0; // 1970-01-01T00:00:00Z

interface Bucket {
  /** Instants at which a new offset takes effect, ascending; the first entry is the bucket start. */
  readonly starts: readonly number[];
  readonly offsets: readonly number[];
}

function askIntl(timeZone: string, millis: number): number {
  return Math.round(tzOffset(timeZone, new Date(millis)) * 60_000);
}

function transition(timeZone: string, before: number, after: number, offsetBefore: number): number {
  // Transitions fall on whole seconds, so the search runs on whole seconds.
  let low = Math.floor(before / 1000) * 1000;
  let high = Math.ceil(after / 1000) * 1000;
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (askIntl(timeZone, middle) === offsetBefore) low = middle;
    else high = middle;
  }
  return high;
}

function build(timeZone: string, index: number): Bucket {
  const start = index * BUCKET;
  const starts = [start];
  const offsets = [askIntl(timeZone, start)];
  let previous = start;
  for (let sample = 1; sample <= SAMPLES; sample += 1) {
    const at = sample === SAMPLES ? start + BUCKET - 1 : start + sample * STEP;
    const offset = askIntl(timeZone, at);
    const current = offsets[offsets.length - 1] as number;
    if (offset !== current) {
      starts.push(transition(timeZone, previous, at, current));
      offsets.push(offset);
    }
    previous = at;
  }
  return { starts, offsets };
}

/** A change of a zone's offset: the instant it takes effect and the offsets before and after, in ms. */
export interface Transition {
  readonly at: number;
  readonly before: number;
  readonly after: number;
}

/** The offset changes of a zone after `from` up to `to` (instants in ms), in order. */
export function transitionsBetween(timeZone: string, from: number, to: number): Transition[] {
  const zone = zoneOf(timeZone);
  const transitions: Transition[] = [];
  let previous = offsetIn(zone, from);
  const add = (at: number, offset: number) => {
    if (at > from && at <= to && offset !== previous) {
      transitions.push({ at, before: previous, after: offset });
      previous = offset;
    }
  };
  // Before 1970 there is no cache: a daily scan finds the changes.
  for (let day = from; day < Math.min(to, CACHED_FROM); day += DAY) {
    const end = Math.min(day + DAY, to, CACHED_FROM);
    const offset = askIntl(zone.name, end);
    if (offset !== previous) add(transition(zone.name, day, end, previous), offset);
  }
  for (let index = Math.floor(Math.max(from, CACHED_FROM) / BUCKET); index * BUCKET <= to; index += 1) {
    const bucket = bucketOf(zone, index * BUCKET);
    bucket.starts.forEach((start, position) => {
      add(start, bucket.offsets[position] as number);
    });
  }
  return transitions;
}

interface ZoneCache {
  /** The canonical name: the only name that reaches Intl and `@date-fns/tz`, whose cache keeps one formatter per name. */
  readonly name: string;
  readonly buckets: Map<number, Bucket>;
  lastIndex: number;
  last: Bucket | undefined;
}

// Invisible to callers: it only remembers answers Intl would give again. Keyed by canonical name,
// so the case variants of a zone share one entry.
const zones = new Map<string, ZoneCache>();
let cachedBuckets = 0;

function forget(zone: ZoneCache): void {
  cachedBuckets -= zone.buckets.size;
}

function zoneOf(timeZone: string): ZoneCache {
  const cached = zones.get(timeZone);
  if (cached !== undefined) return cached;
  const name = assertTimeZone(timeZone, 'de');
  return (
    zones.get(name) ??
    remember(zones, name, { name, buckets: new Map(), lastIndex: Number.NaN, last: undefined }, MAX_ZONES, forget)
  );
}

function bucketOf(zone: ZoneCache, millis: number): Bucket {
  const index = Math.floor(millis / BUCKET);
  if (zone.lastIndex === index && zone.last !== undefined) return zone.last;
  let bucket = zone.buckets.get(index);
  if (bucket === undefined) {
    if (cachedBuckets >= MAX_BUCKETS) {
      for (const cache of zones.values()) {
        cache.buckets.clear();
        cache.last = undefined;
        cache.lastIndex = Number.NaN;
      }
      cachedBuckets = 0;
    }
    bucket = build(zone.name, index);
    zone.buckets.set(index, bucket);
    cachedBuckets += 1;
  }
  zone.lastIndex = index;
  zone.last = bucket;
  return bucket;
}

function offsetIn(zone: ZoneCache, millis: number): number {
  if (millis < CACHED_FROM) return askIntl(zone.name, millis);
  const { starts, offsets } = bucketOf(zone, millis);
  let found = 0;
  for (let position = 1; position < starts.length && (starts[position] as number) <= millis; position += 1) {
    found = position;
  }
  return offsets[found] as number;
}

/**
 * UTC offset of `timeZone` at an instant, in milliseconds. Any name Intl accepts will do (its
 * canonical name is looked up once); an unknown one is an `invalid_time_zone` error.
 */
export function offsetMillis(timeZone: string, millis: number): number {
  return offsetIn(zoneOf(timeZone), millis);
}
