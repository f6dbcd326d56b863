import { grown } from '../_lib/growable.js';
import { keepShape } from '../_lib/shapes.js';
import type { Findings } from './findings.js';
import { HOLIDAY, HOURS, OUTSIDE, PERSON, TRAVEL, WEEKEND } from './kinds.js';
import { OWN_HOLIDAY, OWN_HOURS, OWN_OUTSIDE, OWN_WEEKEND, type OwnConflicts } from './own.js';
import type { Keyed, LaidOut, Read, Sorted } from './search.js';

// The sixth phase: one pass through time.

/** The bookings still running per person or room, as linked nodes in parallel arrays. */
class Running {
  item = new Uint32Array(64);
  start = new Uint32Array(64);
  end = new Uint32Array(64);
  next = new Int32Array(64);
  private used = 0;
  /** The first node given back, or -1. */
  unused = -1;

  /** A node for a new booking: one given back, or a new one. */
  take(): number {
    if (this.unused >= 0) {
      const node = this.unused;
      this.unused = this.next[node] as number;
      return node;
    }
    if (this.used === this.item.length) {
      const size = this.used * 2;
      this.item = grown(this.item, size);
      this.start = grown(this.start, size);
      this.end = grown(this.end, size);
      this.next = grown(this.next, size);
    }
    this.used += 1;
    return this.used - 1;
  }

  /** Gives a node back. */
  free(node: number): void {
    this.next[node] = this.unused;
    this.unused = node;
  }
}

/**
 * Records an item's own conflicts, in the order of their kinds; `true` once there are more than
 * `limit` findings.
 */
function recordOwn(findings: Findings, own: OwnConflicts, index: number, bits: number, limit: number): boolean {
  if ((bits & OWN_OUTSIDE) !== 0 && findings.add(OUTSIDE, index, -1, -1, 0, limit)) return true;
  if ((bits & OWN_HOLIDAY) !== 0 && findings.add(HOLIDAY, index, -1, -1, 0, limit)) return true;
  if ((bits & OWN_WEEKEND) !== 0 && findings.add(WEEKEND, index, -1, -1, own.weekendDays.get(index) as number, limit)) {
    return true;
  }
  return (bits & OWN_HOURS) !== 0 && findings.add(HOURS, index, -1, -1, 0, limit);
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
export function sweep(search: Read & Keyed & Sorted & LaidOut, own: OwnConflicts, findings: Findings): boolean {
  keepShape('Running', () => new Running());
  const { layout, keys, settings } = search;
  const { rankOf, endAt, placeAt, firstAt, resourceAt, ownAt } = layout;
  const { limit, buffer } = settings;
  // A gap in milliseconds from two keys, without a call per booking: exact, as every key times the
  // unit and every instant is a whole number below 2^53.
  const { unit, ranked } = keys;
  const kindOf = search.columns.resources.kinds;
  const count = rankOf.length;
  const itemAt = search.order.itemAt;
  const keyAt = search.order.keyAt;
  const resourceCount = kindOf.length;
  const kinds = Uint8Array.from(kindOf);
  const head = new Int32Array(resourceCount).fill(-1);
  const latest = new Int32Array(resourceCount).fill(-1);
  const latestEnd = new Uint32Array(resourceCount);
  const latestPlace = new Int32Array(resourceCount);
  const nodes = new Running();
  for (let rank = 0; rank < count; rank += 1) {
    const index = itemAt[rank] as number;
    const key = keyAt[rank] as number;
    const endKey = endAt[rank] as number;
    const place = placeAt[rank] as number;
    const last = rank + 1 < count ? (firstAt[rank + 1] as number) : resourceAt.length;
    if (ownAt !== undefined) {
      const bits = ownAt[rank] as number;
      if (bits !== 0 && recordOwn(findings, own, index, bits, limit)) return true;
    }
    for (let booking = firstAt[rank] as number; booking < last; booking += 1) {
      const resource = resourceAt[booking] as number;
      const kind = kinds[resource] as number;
      let previous = -1;
      let node = head[resource] as number;
      while (node >= 0) {
        const next = nodes.next[node] as number;
        if ((nodes.end[node] as number) > key) {
          if (
            (nodes.start[node] as number) < endKey &&
            findings.add(kind, nodes.item[node] as number, index, resource, 0, limit)
          ) {
            return true;
          }
          previous = node;
        } else {
          if (previous < 0) head[resource] = next;
          else nodes.next[previous] = next;
          nodes.free(node);
        }
        node = next;
      }
      node = nodes.take();
      nodes.item[node] = index;
      nodes.start[node] = key;
      nodes.end[node] = endKey;
      nodes.next[node] = head[resource] as number;
      head[resource] = node;
      if (kind !== PERSON) continue;
      const before = latest[resource] as number;
      const beforeEnd = latestEnd[resource] as number;
      if (before >= 0 && beforeEnd <= key) {
        const gap =
          ranked === undefined ? (key - beforeEnd) * unit : (ranked[key] as number) - (ranked[beforeEnd] as number);
        const fromPlace = latestPlace[resource] as number;
        if (gap < buffer && fromPlace !== 0 && place !== 0 && fromPlace !== place) {
          if (findings.add(TRAVEL, before, index, resource, gap, limit)) return true;
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
