import type { KindNumber } from './kinds.js';

/**
 * What the search found, one entry per conflict across parallel arrays: numbers only, made into
 * objects and sentences afterwards, only for what was found.
 */
export class Findings {
  readonly kinds: KindNumber[] = [];
  readonly firsts: number[] = [];
  /** The second item, or -1 for a conflict of one item. */
  readonly seconds: number[] = [];
  /** The person or room, or -1. */
  readonly resources: number[] = [];
  /** For travel time the gap in milliseconds, for a weekend its day since 1970-01-01, else 0. */
  readonly details: number[] = [];

  /** Adds a finding; `true` once there are more than `limit`. */
  add(kind: KindNumber, first: number, second: number, resource: number, detail: number, limit: number): boolean {
    this.kinds.push(kind);
    this.firsts.push(first);
    this.seconds.push(second);
    this.resources.push(resource);
    this.details.push(detail);
    return this.kinds.length > limit;
  }

  /** Drops the last finding: the one past the limit, which only told the search to stop. */
  dropLast(): void {
    this.kinds.pop();
    this.firsts.pop();
    this.seconds.pop();
    this.resources.pop();
    this.details.pop();
  }

  get size(): number {
    return this.kinds.length;
  }
}
